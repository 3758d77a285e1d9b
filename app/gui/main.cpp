// churnlens: the desktop application. Wiring only: options, translators, theme, window.
#include "shell/areas.h"
#include "shell/helpwindow.h"
#include "shell/preferencesdialog.h"
#include "shell/shortcutlist.h"
#include "shell/dataopener.h"
#include "data/importdialog.h"
#include "data/databasedialog.h"
#include "shell/mainwindow.h"
#include "shell/progresspanel.h"
#include "shell/projectcontroller.h"
#include "workspace/projectsession.h"
#include "jobs/stallmonitor.h"
#include "jobs/taskrunner.h"
#include "workspace/workspace.h"
#include "shell/theme.h"
#include "shell/uilanguage.h"
#include "workspace/preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace churnlens;

namespace {

// Saves a picture of \a widget and quits: for the docs and for looking at every screen.
void saveScreenshot(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    std::fprintf(ok ? stdout : stderr, ok ? "churnlens: saved %s\n" : "churnlens: cannot write %s\n",
                 qPrintable(QDir::toNativeSeparators(path)));
    QCoreApplication::exit(ok ? 0 : 1);
}

// Saves the window once its background jobs (scoring, profiling, charts) have been idle for a
// moment, so a screenshot shows results rather than progress bars. Gives up waiting after 2 min.
void screenshotWhenIdle(MainWindow *window, const QString &path)
{
    auto *poll = new QTimer(window);
    auto idleSince = std::make_shared<QElapsedTimer>();
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    QObject::connect(poll, &QTimer::timeout, window, [window, path, poll, idleSince, waited]() {
        if (window->progressPanel()->current()) {
            idleSince->invalidate();
        } else if (!idleSince->isValid()) {
            idleSince->start();
        }
        if ((idleSince->isValid() && idleSince->elapsed() >= 600) || waited->elapsed() > 120000) {
            poll->stop();
            saveScreenshot(window, path);
        }
    });
    poll->start(100);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
    QCoreApplication::setApplicationName(QStringLiteral("ChurnLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CHURNLENS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("churnlens"));
    // Without a configured locale (LANG=C), still show 7,043 rather than 7043.
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // The language chosen in Edit → Preferences (the system's when none): read before any window.
    installTranslators(app, Preferences::load().language);
    initUiResources();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Predict which customers are about to leave."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption openOption(QStringLiteral("open"), QCoreApplication::translate("main", "Open FILE at start."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption areaOption(QStringLiteral("area"), QCoreApplication::translate("main", "Show area NAME (data, …)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption themeOption(QStringLiteral("theme"), QCoreApplication::translate("main", "Theme: system, light or dark."),
                                         QStringLiteral("THEME"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a PNG of the window to FILE once loaded, then quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption dialogOption(QStringLiteral("dialog"),
                                          QCoreApplication::translate("main", "With --screenshot: picture a dialog instead (import, database, preferences, help, shortcuts)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QCoreApplication::translate("main", "Window size WIDTHxHEIGHT."),
                                        QStringLiteral("SIZE"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          QCoreApplication::translate("main", "Open the bundled sample customers at start."));
    parser.addOptions({openOption, areaOption, themeOption, shotOption, dialogOption, sizeOption, sampleOption});
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "A project (.churnlens) or customer data to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    rememberSystemTheme();
    Theme theme = savedTheme();
    if (parser.isSet(themeOption) && !themeFromMachineName(parser.value(themeOption), &theme)) {
        std::fprintf(stderr, "churnlens: unknown theme \"%s\" (use system, light or dark)\n", qPrintable(parser.value(themeOption)));
        return 2;
    }
    applyTheme(theme);

    MainWindow window;
    // CHURNLENS_STALL_MONITOR=1 (or =<ms>): log every stall of the event loop and the worst per job at exit.
    std::unique_ptr<StallMonitor> stallMonitor;
    if (const qint64 threshold = StallMonitor::thresholdFromEnvironment(); threshold > 0) {
        stallMonitor = std::make_unique<StallMonitor>(threshold);
        QObject::connect(&window, &MainWindow::currentAreaChanged, stallMonitor.get(),
                         [monitor = stallMonitor.get()](AreaId id) { monitor->setContext(machineName(id)); });
        // Printed while the jobs' owners still exist: the report names every job seen.
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&stallMonitor]() { stallMonitor.reset(); });
    }
    installAreas(window);
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(QLatin1Char('x'));
        if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0)
            window.resize(wh[0].toInt(), wh[1].toInt());
    }
    window.show();

    QString file = parser.value(openOption);
    if (file.isEmpty() && !parser.positionalArguments().isEmpty())
        file = parser.positionalArguments().constFirst();
    const QString area = parser.value(areaOption);
    const QString shot = parser.isSet(shotOption) ? QFileInfo(parser.value(shotOption)).absoluteFilePath() : QString();
    const QString dialog = parser.value(dialogOption);

    if (!shot.isEmpty() && dialog == QLatin1String("import") && !file.isEmpty()) {
        auto *import = new ImportDialog(file, &window);
        import->show();
        QObject::connect(import, &ImportDialog::previewUpdated, import, [import, shot]() {
            QTimer::singleShot(200, import, [import, shot]() { saveScreenshot(import, shot); });
        });
        return app.exec();
    }
    if (!shot.isEmpty() && dialog == QLatin1String("database")) {
        auto *db = new DatabaseDialog(&window);
        db->show();
        if (!file.isEmpty()) {
            QObject::connect(db, &DatabaseDialog::tablesListed, db, [db, shot]() {
                QTimer::singleShot(200, db, [db, shot]() { saveScreenshot(db, shot); });
            });
            db->setSqliteFile(file);
        } else {
            QTimer::singleShot(300, db, [db, shot]() { saveScreenshot(db, shot); });
        }
        return app.exec();
    }
    // Dialogs of the window itself are pictured once the window shows its area (see finish).
    const QStringList windowDialogs{QStringLiteral("preferences"), QStringLiteral("help"), QStringLiteral("shortcuts")};
    if (!dialog.isEmpty() && !shot.isEmpty() && !windowDialogs.contains(dialog)) {
        std::fprintf(stderr, "churnlens: unknown dialog \"%s\" (use import, database, preferences, help or shortcuts)\n",
                     qPrintable(dialog));
        return 2;
    }

    auto finish = [&window, area, shot, dialog]() {
        const std::optional<AreaId> id = areaFromName(area);
        if (!area.isEmpty() && (!id || !window.setCurrentArea(*id)))
            std::fprintf(stderr, "churnlens: no area \"%s\" (have: %s)\n", qPrintable(area),
                         qPrintable(areaNames().join(QStringLiteral(", "))));
        if (shot.isEmpty())
            return;
        if (dialog.isEmpty()) {
            screenshotWhenIdle(&window, shot);
            return;
        }
        QWidget *shown = nullptr;
        if (dialog == QLatin1String("preferences")) {
            window.showPreferences();
            shown = window.preferencesDialog();
        } else if (dialog == QLatin1String("help")) {
            window.showUserGuide();
            shown = window.helpWindow();
        } else {
            window.showShortcuts();
            shown = window.shortcutsDialog();
        }
        QTimer::singleShot(500, shown, [shown, shot]() { saveScreenshot(shown, shot); });
    };
    if (!file.isEmpty() && ProjectController::isProjectFile(file)) {
        // A project: its data is read and scored again; the screenshot waits for that.
        QObject::connect(window.projects()->session(), &ProjectSession::restoreFinished, &window, finish);
        QTimer::singleShot(0, &window, [&window, file]() { window.projects()->openPath(file, false); });
    } else if (!file.isEmpty()) {
        // The screenshot waits for the load to end, whichever way it ends.
        QObject::connect(window.opener(), &DataOpener::loaded, &window, finish);
        if (!shot.isEmpty()) {
            QObject::connect(window.opener(), &DataOpener::failed, &window, [shot](const Error &e) {
                std::fprintf(stderr, "churnlens: %s\n", qPrintable(e.toString()));
                QCoreApplication::exit(3);
            });
            QObject::connect(window.opener(), &DataOpener::canceled, &window, []() { QCoreApplication::exit(1); });
        }
        QTimer::singleShot(0, &window, [&window, file]() { window.opener()->openPath(file, false); });
    } else if (parser.isSet(sampleOption)) {
        QObject::connect(window.opener(), &DataOpener::loaded, &window, finish);
        QTimer::singleShot(0, &window, [&window]() { window.opener()->openSample(); });
    } else {
        // The last project again, or on the very first start the sample project.
        QTimer::singleShot(0, &window, [&window]() { window.projects()->openAtStart(); });
        QTimer::singleShot(0, &window, finish);
    }
    return app.exec();
}
