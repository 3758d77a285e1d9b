#include "cliutil.h"

#include "common/threads.h"
#include "ml/modellocator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace churnlens::cli {

namespace {
std::atomic<Progress *> g_active{nullptr};

// Ctrl+C and SIGTERM (kill, a scheduler's timeout) cancel the running step, which then cleans
// up (temporary export files) and exits; a second signal, or one with no step running, ends
// the process at once with the shell's code for it.
void onSignal(int signal)
{
    Progress *p = g_active.load();
    if (p && !p->isCanceled())
        p->cancel();
    else
        std::_Exit(128 + signal);
}
} // namespace

QList<Command> &commands()
{
    static QList<Command> list;
    return list;
}

CommandRegistration::CommandRegistration(const char *name, const char *summary,
                                         std::function<int(const QStringList &)> run)
{
    commands().append({QString::fromLatin1(name), QString::fromUtf8(summary), std::move(run)});
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &object)
{
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

int parseCommand(QCommandLineParser &parser, const QString &command, const QString &description,
                 const QStringList &arguments, int minPositional, int maxPositional)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    parser.addOption(help);
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("churnlens-cli %1").arg(command));
    if (!parser.parse(argv))
        return usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        // QCommandLineParser names the program as it was started ("./churnlens-cli", a full
        // path) and without the command; the usage line and the man page want both, plainly.
        QString text = parser.helpText();
        const QString started = QCoreApplication::arguments().value(0);
        const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
            text.replace(at, started.size(), QStringLiteral("churnlens-cli %1").arg(command));
        printOut(text);
        return ExitOk;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional)
        return usageError(command, Tr::tr("missing argument"));
    if (maxPositional >= 0 && n > maxPositional)
        return usageError(command, Tr::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().at(maxPositional)));
    return -1;
}

int usageError(const QString &command, const QString &message)
{
    printErr(QStringLiteral("churnlens-cli %1: %2\n").arg(command, message)
             + Tr::tr("Run \"churnlens-cli %1 --help\" for usage.\n").arg(command));
    return ExitUsage;
}

int fail(const Error &error)
{
    printErr(QStringLiteral("churnlens-cli: ") + error.toString() + QLatin1Char('\n'));
    return exitCodeFor(error.code);
}

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return ExitUsage;
    case ErrorCode::BadInput:
        return ExitBadInput;
    case ErrorCode::Canceled:
        return ExitCanceled;
    case ErrorCode::Io:
    case ErrorCode::Database:
        return ExitIo;
    case ErrorCode::Model:
        return ExitModel;
    case ErrorCode::Internal:
        break;
    }
    return ExitFailure;
}

bool optionInt(const QCommandLineParser &p, const QString &name, qint64 *out, const QString &command, int *exitCode)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok) {
        *exitCode = usageError(command, Tr::tr("--%1 expects a whole number, got \"%2\"").arg(name, p.value(name)));
        return false;
    }
    *out = v;
    return true;
}

bool optionThreads(const QCommandLineParser &p, int *threads, const QString &command, int *exitCode)
{
    qint64 n = 0;
    if (!optionInt(p, QStringLiteral("threads"), &n, command, exitCode))
        return false;
    if (n < 0 || n > 100000) {
        *exitCode = usageError(command, Tr::tr("--threads must be 0 (all cores) or a positive number of threads, got \"%1\"")
                                            .arg(p.value(QStringLiteral("threads"))));
        return false;
    }
    const int cap = threadCount(int(n)); // n itself unless more than MaxThreadsPerCore per core
    if (n > cap) {
        printErr(Tr::tr("churnlens-cli %1: --threads %2 is more than %3 per core; using %4.\n")
                     .arg(command).arg(n).arg(MaxThreadsPerCore).arg(cap));
        n = cap;
    }
    *threads = int(n);
    return true;
}

void addModelOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("model"), Tr::tr("Model folder saved by \"churnlens-cli train --out\" (default: the model shipped with ChurnLens)."),
                 QStringLiteral("DIR")});
}

void addOutputOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("json"), Tr::tr("Print one JSON object on stdout.")});
    p.addOption({QStringLiteral("quiet"), Tr::tr("No progress on stderr.")});
}

void addThreadsOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("threads"), Tr::tr("Threads (default: all cores)."), QStringLiteral("N"), QStringLiteral("0")});
}

void addIdOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("id"), Tr::tr("Column with the customer ids (default: guessed)."), QStringLiteral("COL")});
}

void addTargetOption(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("target"), Tr::tr("The churn column (default: guessed from names and values)."), QStringLiteral("COL")});
}

void addSqliteOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("table"), Tr::tr("Table of a SQLite file to read."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("query"), Tr::tr("Read-only SELECT to run on a SQLite file."), QStringLiteral("SQL")});
}

QString modelDirectory(const QCommandLineParser &p, const QString &command, int *exitCode)
{
    if (p.optionNames().contains(QStringLiteral("model")))
        return QFileInfo(p.value(QStringLiteral("model"))).absoluteFilePath();
    const QString shipped = ModelLocator::defaultModelDirectory();
    if (shipped.isEmpty())
        *exitCode = usageError(command, Tr::tr("no --model DIR given, and the default model is not installed (looked in %1)")
                                            .arg(ModelLocator::candidates().join(QStringLiteral(", "))));
    return shipped;
}

bool optionDouble(const QCommandLineParser &p, const QString &name, double *out, const QString &command, int *exitCode)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok) {
        *exitCode = usageError(command, Tr::tr("--%1 expects a number, got \"%2\"").arg(name, p.value(name)));
        return false;
    }
    *out = v;
    return true;
}

ConsoleProgress::ConsoleProgress(bool quiet)
    : m_quiet(quiet)
    , m_tty(::isatty(STDERR_FILENO) == 1)
    , m_startMs(QDateTime::currentMSecsSinceEpoch())
{
    g_active.store(this);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

ConsoleProgress::~ConsoleProgress()
{
    finish();
    g_active.store(nullptr);
}

void ConsoleProgress::setProgress(double fraction)
{
    Progress::setProgress(fraction);
    draw(fraction);
}

void ConsoleProgress::setText(const QString &text)
{
    Progress::setText(text);
    draw(fraction());
}

void ConsoleProgress::draw(double fraction)
{
    if (m_quiet)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_tty) {
        if (now - m_lastDrawMs < 100 && fraction < 1.0)
            return;
        m_lastDrawMs = now;
        const int width = 30;
        const int filled = int(fraction * width);
        QString eta;
        const double elapsed = double(now - m_startMs) / 1000.0;
        if (fraction > 0.02 && fraction < 1.0)
            eta = Tr::tr(" · %1 s left").arg(elapsed / fraction - elapsed, 0, 'f', 0);
        printErr(QStringLiteral("\r\033[K[%1%2] %3% %4%5")
                     .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char(' ')))
                     .arg(int(fraction * 100))
                     .arg(text(), eta));
        return;
    }
    const int decile = int(fraction * 10);
    if (decile != m_lastDecile) {
        m_lastDecile = decile;
        printErr(QStringLiteral("%1% %2\n").arg(decile * 10).arg(text()));
    }
}

void ConsoleProgress::finish()
{
    if (!m_quiet && m_tty && m_lastDrawMs != 0) {
        printErr(QStringLiteral("\r\033[K"));
        m_lastDrawMs = 0;
    }
}

QString textTable(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c)
        widths[c] = header[c].size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    }
    auto line = [&](const QStringList &cells) {
        QString s = QStringLiteral(" ");
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = cells.value(c);
            const bool last = c + 1 == widths.size();
            s += QStringLiteral(" ");
            if (rightAligned.contains(int(c)))
                s += cell.rightJustified(widths[c]);
            else
                s += last ? cell : cell.leftJustified(widths[c]);
            if (!last)
                s += QLatin1Char(' ');
        }
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1); // empty last cells
        return s + QLatin1Char('\n');
    };
    QString out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString formatCount(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString formatPercent(double fraction, int decimals)
{
    return QLocale(QLocale::English).toString(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

} // namespace churnlens::cli
