#pragma once

// Small pieces every benchmark program needs.

#include "common/error.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <type_traits>
#include <vector>

//! The int after \a name in \a args ("--rows 1000"), or \a fallback.
inline int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

//! The value of \a r; a failure is printed with \a what and ends the benchmark.
template<typename T>
T check(churnlens::Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(r.error().toString()));
        std::exit(1);
    }
    if constexpr (!std::is_void_v<T>)
        return std::move(*r);
}

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
