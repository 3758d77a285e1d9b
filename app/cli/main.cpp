// churnlens-cli: the same core as the GUI, for schedulers and scripts.
#include "cliutil.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#ifdef CHURNLENS_HAS_REPORT
#include <QGuiApplication>
#endif

#include <algorithm>
#include <exception>
#include <memory>
#include <new>

using namespace churnlens::cli;

namespace {
QString overview()
{
    QString s = QStringLiteral("Usage: churnlens-cli <command> [options]\n\n"
                               "Predict which customers are about to leave, explain why, act on it.\n\n"
                               "Commands:\n");
    QList<Command> list = commands();
    std::sort(list.begin(), list.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const Command &c : list)
        s += QStringLiteral("  %1 %2\n").arg(c.name.leftJustified(10), c.summary);
    s += QStringLiteral("\nRun \"churnlens-cli <command> --help\" for a command's options.\n\n"
                        "Exit codes:\n"
                        "  0  success (warnings, if any, on stderr)\n"
                        "  1  an unexpected failure\n"
                        "  2  usage error: a wrong command, option or value\n"
                        "  3  bad input data (the message names the file, line and column)\n"
                        "  4  drift: the check recommends retraining\n"
                        "  5  canceled (Ctrl+C, SIGTERM)\n"
                        "  6  a file could not be read or written, or a database not reached\n"
                        "  7  a model could not be trained, read or applied\n");
    return s;
}
/*!
 * A QCoreApplication, except for `report`: painting its PDF needs fonts and so a
 * QGuiApplication, on the "offscreen" platform unless another is asked for, so that it runs
 * on a server without a display. Every other command stays free of the GUI.
 */
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
#ifdef CHURNLENS_HAS_REPORT
    if (argc > 1 && qstrcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A scheduler (cron, systemd timers) runs without a session: the GUI platform's note that
        // XDG_RUNTIME_DIR is unset would be the only line on stderr of every successful report.
        static QtMessageHandler previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                return;
            previous(type, context, message);
        });
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}
} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ChurnLens"));
    QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHURNLENS_VERSION));
    // The GUI's embedded translations (:/i18n); LANG=C still gets the English plural forms.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("churnlens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator; // QCommandLineParser's "Usage:" and "Options:"
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printErr(overview());
        return ExitUsage;
    }
    const QString name = args.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printOut(overview());
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        printOut(QStringLiteral("churnlens-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    for (const Command &c : commands()) {
        if (c.name != name)
            continue;
        // As a GUI job's worker: nothing a command throws ends the process with a signal; it
        // becomes a message and an exit code.
        try {
            return c.run(args);
        } catch (const std::bad_alloc &) {
            printErr(QStringLiteral("churnlens-cli: %1\n").arg(churnlens::Tr::tr("not enough memory to finish; work on a smaller file or free memory.")));
        } catch (const std::exception &e) {
            printErr(QStringLiteral("churnlens-cli: %1\n").arg(churnlens::Tr::tr("unexpected error: %1").arg(QString::fromLocal8Bit(e.what()))));
        }
        return ExitFailure;
    }
    printErr(QStringLiteral("churnlens-cli: unknown command \"%1\"\n\n").arg(name) + overview());
    return ExitUsage;
}
