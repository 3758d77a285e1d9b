#pragma once
// The large data files of the benchmarks, made from the repository alone: the Telco copy in
// tests/data grown by benchmarks/python/make_big.py when pandas is installed (the file the
// Python reference's stored figures were measured on: same source, same seed, same bytes),
// otherwise the product's own generator. Each benchmark prints which one it read.

#include "benchreference.h"
#include "data/samplegenerator.h"

#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <optional>

namespace churnlens::bench {

struct DataFile
{
    QString path;
    QString origin; //!< how the file was made, for the output
};

//! \a given when not empty (read as is); otherwise a file of \a rows rows in /tmp, made once
//! and reused: /tmp/churnlens_bench_telco_<rows>.csv from make_big.py when /usr/bin/python3 has
//! pandas, else /tmp/churnlens_bench_generated_<rows>.csv from SampleGenerator (seed 42).
//! Nothing when the file cannot be made (the reason is printed).
inline std::optional<DataFile> dataFile(const QString &given, qint64 rows)
{
    if (!given.isEmpty()) {
        if (!QFileInfo::exists(given)) {
            std::fprintf(stderr, "benchmark: %s not found\n", qPrintable(given));
            return std::nullopt;
        }
        return DataFile{given, QStringLiteral("given on the command line")};
    }
    const QString telco = QStringLiteral("/tmp/churnlens_bench_telco_%1.csv").arg(rows);
    const QString telcoOrigin = QStringLiteral("tests/data/telco.csv grown to %1 rows by benchmarks/python/make_big.py").arg(rows);
    if (QFileInfo::exists(telco))
        return DataFile{telco, telcoOrigin};
    if (pythonHas({QStringLiteral("numpy"), QStringLiteral("pandas")})) {
        std::fprintf(stderr, "making %s with make_big.py (%lld rows)...\n", qPrintable(telco), static_cast<long long>(rows));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(PythonExe, {PythonDir + QStringLiteral("/make_big.py"), QStringLiteral("--rows"), QString::number(rows),
                            QStringLiteral("--out"), telco});
        if (p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && QFileInfo::exists(telco))
            return DataFile{telco, telcoOrigin};
        std::fprintf(stderr, "benchmark: make_big.py failed; using the product's generator instead\n");
    }
    const QString generated = QStringLiteral("/tmp/churnlens_bench_generated_%1.csv").arg(rows);
    const QString generatedOrigin =
        QStringLiteral("the product's SampleGenerator, %1 rows, seed 42 (pandas not installed, so not make_big.py's Telco rows)")
            .arg(rows);
    if (QFileInfo::exists(generated))
        return DataFile{generated, generatedOrigin};
    std::fprintf(stderr, "making %s with SampleGenerator (%lld rows)...\n", qPrintable(generated), static_cast<long long>(rows));
    if (auto ok = SampleGenerator::writeCsv(generated, rows, 42); !ok) {
        std::fprintf(stderr, "benchmark: %s\n", qPrintable(ok.error().toString()));
        return std::nullopt;
    }
    return DataFile{generated, generatedOrigin};
}

} // namespace churnlens::bench
