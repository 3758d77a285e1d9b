#pragma once

// Small pieces every benchmark program needs.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <ctime>
#include <vector>

//! CPU time of the whole process (all threads), in seconds.
inline double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

//! Writes \a bytes of \a data as a NumPy .npy file (format 1.0, C order) for the Python side.
inline bool writeNpy(const QString &path, const char *descr, const QList<qint64> &shape, const void *data, qint64 bytes)
{
    QByteArray header = QByteArrayLiteral("{'descr': '") + descr + QByteArrayLiteral("', 'fortran_order': False, 'shape': (");
    for (qint64 s : shape)
        header += QByteArray::number(s) + ", ";
    header += QByteArrayLiteral("), }");
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("\x93NUMPY\x01\x00", 8);
    const quint16 len = quint16(header.size());
    f.write(reinterpret_cast<const char *>(&len), 2);
    f.write(header);
    return f.write(static_cast<const char *>(data), bytes) == bytes;
}

namespace churnlens::bench {

//! The median of \a v (the upper one of the middle two for an even count).
inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace churnlens::bench
