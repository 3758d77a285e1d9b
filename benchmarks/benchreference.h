#pragma once
// The Python reference every benchmark compares against: measured in the same run when
// Debian's /usr/bin/python3 has the packages, otherwise the figures stored in
// benchmarks/anchors.json. Both live in the repository (benchmarks/python/, anchors.json);
// every benchmark prints which of the two its ratio uses.

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <cstdio>

namespace churnlens::bench {

inline const QString PythonExe = QStringLiteral("/usr/bin/python3");
//! The reference scripts (make_big.py, python_reference.py, python_timing.py).
inline const QString PythonDir = QStringLiteral(CHURNLENS_BENCH_DIR "/python");
inline const QString AnchorsFile = QStringLiteral(CHURNLENS_BENCH_DIR "/anchors.json");

//! True when /usr/bin/python3 exists and imports every one of \a modules.
inline bool pythonHas(const QStringList &modules)
{
    if (!QFileInfo::exists(PythonExe))
        return false;
    QProcess p;
    p.start(PythonExe, {QStringLiteral("-c"), QStringLiteral("import ") + modules.join(QStringLiteral(", "))});
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

//! Runs a Python snippet with benchmarks/python as its sys.argv[1] (the snippet puts it on
//! its path) followed by \a args, and parses the last output line as JSON. Empty object when
//! Python or its packages are missing or the snippet fails.
inline QJsonObject runPython(const QString &code, const QStringList &args)
{
    if (!QFileInfo::exists(PythonExe))
        return {};
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(PythonExe, QStringList{QStringLiteral("-c"), code, PythonDir} + args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

//! One Python reference figure stored in anchors.json.
struct StoredFigure
{
    double seconds = 0;
    double peakMiB = 0;  //!< 0 when not recorded
    QString range;       //!< "2.17–2.45 s" when the reference gives one
    QString origin;      //!< where the figure comes from, for the output
};

//! The figure \a key of anchors.json; exits with a message when the file or key is missing
//! (a benchmark must never compare against a number it cannot name).
inline StoredFigure storedFigure(const char *key)
{
    QFile f(AnchorsFile);
    const QJsonObject all = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    const QJsonObject figure = all.value(QStringLiteral("figures")).toObject().value(QLatin1String(key)).toObject();
    if (figure.isEmpty() || figure.value(QStringLiteral("seconds")).toDouble() <= 0) {
        std::fprintf(stderr, "benchmark: no figure \"%s\" in %s\n", key, qPrintable(AnchorsFile));
        std::exit(1);
    }
    StoredFigure out;
    out.seconds = figure.value(QStringLiteral("seconds")).toDouble();
    out.peakMiB = figure.value(QStringLiteral("peak_rss_mib")).toDouble();
    const QJsonArray range = figure.value(QStringLiteral("range")).toArray();
    if (range.size() == 2)
        out.range = QStringLiteral("%1–%2 s").arg(range[0].toDouble()).arg(range[1].toDouble());
    out.origin = QStringLiteral("stored figure \"%1\" of benchmarks/anchors.json, %2").arg(QLatin1String(key),
                                                                                        all.value(QStringLiteral("date")).toString());
    return out;
}

} // namespace churnlens::bench
