#pragma once
// Shared by bench_prep and bench_smote: the 1M-row Telco-schema file and the Python side
// measured in the same run (Debian's /usr/bin/python3 with pandas, scikit-learn, imbalanced-learn).

#include "data/dataloader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace churnlens::bench {

inline const QString PythonExe = QStringLiteral("/usr/bin/python3");
inline const QString Anchors = QStringLiteral(CHURNLENS_ANCHORS);

//! Creates \a path with the anchors' make_big.py when it is missing. False if that fails.
inline bool ensureBigCsv(const QString &path, qint64 rows)
{
    if (QFileInfo::exists(path))
        return true;
    std::fprintf(stderr, "%s not found: generating it with make_big.py (%lld rows)...\n", qPrintable(path),
                 static_cast<long long>(rows));
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(PythonExe, {Anchors + QStringLiteral("/make_big.py"), QStringLiteral("--rows"), QString::number(rows),
                        QStringLiteral("--out"), path});
    if (!p.waitForFinished(-1) || p.exitCode() != 0 || !QFileInfo::exists(path)) {
        std::fprintf(stderr, "could not generate %s; create it with\n  /usr/bin/python3 %s/make_big.py --rows %lld "
                             "--out %s\n", qPrintable(path), qPrintable(Anchors), static_cast<long long>(rows),
                     qPrintable(path));
        return false;
    }
    return true;
}

//! Runs a Python snippet (argv: the snippet's own arguments) and parses the last output
//! line as JSON. Empty object when Python or its packages are missing.
inline QJsonObject runPython(const QString &code, const QStringList &args)
{
    if (!QFileInfo::exists(PythonExe))
        return {};
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(PythonExe, QStringList{QStringLiteral("-c"), code} + args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return {};
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace churnlens::bench
