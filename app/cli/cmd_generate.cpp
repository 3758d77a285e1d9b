// churnlens-cli generate: deterministic sample customers.
#include "cliutil.h"

#include "data/samplegenerator.h"

#include <QElapsedTimer>

namespace churnlens::cli {
namespace {

int runGenerate(const QStringList &arguments)
{
    const QString command = QStringLiteral("generate");
    QCommandLineParser p;
    p.addOption({QStringLiteral("rows"), Tr::tr("Number of customers (default 100000)."), QStringLiteral("N"), QStringLiteral("100000")});
    p.addOption({QStringLiteral("seed"), Tr::tr("Random seed; the same seed gives the same file (default 42)."), QStringLiteral("S"), QStringLiteral("42")});
    p.addOption({QStringLiteral("out"), Tr::tr("CSV file to write (required)."), QStringLiteral("FILE.csv")});
    p.addOption({QStringLiteral("quiet"), Tr::tr("No progress on stderr.")});
    if (const int code = parseCommand(p, command, Tr::tr("Write a realistic sample customer file (CSV)."), arguments, 0, 0); code >= 0)
        return code;

    int code = ExitOk;
    qint64 rows = 100000, seed = 42;
    if (!optionInt(p, QStringLiteral("rows"), &rows, command, &code) || !optionInt(p, QStringLiteral("seed"), &seed, command, &code))
        return code;
    if (rows < 1)
        return usageError(command, Tr::tr("--rows must be at least 1"));
    if (seed < 0)
        return usageError(command, Tr::tr("--seed must not be negative"));
    if (!p.isSet(QStringLiteral("out")))
        return usageError(command, Tr::tr("--out FILE.csv is required"));

    QElapsedTimer timer;
    timer.start();
    ConsoleProgress progress(p.isSet(QStringLiteral("quiet")));
    progress.setText(Tr::tr("Generating customers"));
    const QString out = p.value(QStringLiteral("out"));
    if (auto written = SampleGenerator::writeCsv(out, rows, quint64(seed), &progress); !written)
        return fail(written.error());
    progress.finish();
    printErr(Tr::tr("Wrote %1 customers to %2 in %3 s\n").arg(formatCount(rows), out).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));
    return ExitOk;
}

const CommandRegistration registration("generate", "Write a deterministic sample customer file", runGenerate);

} // namespace
} // namespace churnlens::cli
