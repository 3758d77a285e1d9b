// Drives the window like a user: open Telco through the same loader path as the GUI,
// read the Data view, edit a role, cancel a big load.
#include "shell/areas.h"
#include "data/columnmodel.h"
#include "data/samplegenerator.h"
#include "shell/dataopener.h"
#include "data/datatablemodel.h"
#include "data/dataview.h"
#include "common/issuelist.h"
#include "shell/dropoverlay.h"
#include "shell/mainwindow.h"
#include "common/format.h"
#include "common/menutext.h"
#include "shell/progresspanel.h"
#include "shell/recentfiles.h"
#include "workspace/workspace.h"
#include "data/summarybar.h"
#include "jobs/taskrunner.h"
#include "shell/theme.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QAbstractButton>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

using namespace churnlens;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

int columnIndex(const DataTableModel *model, const QString &name)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == name)
            return c;
    return -1;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensTest"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        initUiResources();
    }

    void startsWithWelcome()
    {
        MainWindow window;
        installAreas(window);
        QCOMPARE(window.areaIds().value(0), AreaId::Data); // the first area, others follow
        QVERIFY(window.isShowingWelcome());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("sampleButton")));
        QVERIFY(!QIcon(QStringLiteral(":/icons/data.svg")).pixmap(32, 32).isNull());
    }

    void loadsTelcoIntoDataView()
    {
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        auto *view = qobject_cast<DataView *>(window.areaView(AreaId::Data));
        QVERIFY(view);
        QAbstractItemModelTester tableTester(view->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester columnTester(view->columnModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        QSignalSpy failed(window.opener(), &DataOpener::failed);
        window.opener()->openPath(Telco, false);
        QVERIFY(window.opener()->isLoading());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!window.isShowingWelcome());
        QVERIFY(window.currentArea() == AreaId::Data);
        QVERIFY(window.windowTitle().contains(QStringLiteral("telco.csv")));

        DataTableModel *model = view->tableModel();
        QCOMPARE(model->rowCount(), 7043);
        QCOMPARE(model->columnCount(), 21);
        const int id = columnIndex(model, QStringLiteral("customerID"));
        const int monthly = columnIndex(model, QStringLiteral("MonthlyCharges"));
        const int total = columnIndex(model, QStringLiteral("TotalCharges"));
        const int tenure = columnIndex(model, QStringLiteral("tenure"));
        QCOMPARE(model->index(0, id).data().toString(), QStringLiteral("7590-VHVEG"));
        QCOMPARE(model->index(0, monthly).data().toString(), QStringLiteral("29.85"));
        QCOMPARE(model->index(1, total).data().toString(), QStringLiteral("1,889.50"));
        QCOMPARE(model->index(1, tenure).data().toString(), QStringLiteral("34"));
        QVERIFY(model->index(0, total).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        // Telco's 11 blank TotalCharges read as missing: a grey dash, never an empty cell or 0.
        int dashes = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            dashes += model->index(r, total).data().toString() == QStringLiteral("—");
        QCOMPARE(dashes, 11);

        ColumnModel *columns = view->columnModel();
        QCOMPARE(columns->rowCount(), 21);
        QCOMPARE(columns->index(id, ColumnModel::RoleField).data(Qt::EditRole).toInt(), int(ColumnRole::Id));
        const int churn = columnIndex(model, QStringLiteral("Churn"));
        QCOMPARE(columns->index(churn, ColumnModel::RoleField).data(Qt::EditRole).toInt(), int(ColumnRole::Target));
        QCOMPARE(columns->index(id, ColumnModel::DistinctField).data().toString(), QStringLiteral("7,043"));
        QCOMPARE(columns->index(total, ColumnModel::MissingField).data().toString(), QStringLiteral("0.16%"));

        QCOMPARE(view->summary()->value(QStringLiteral("rows")), QStringLiteral("7,043"));
        QCOMPARE(view->summary()->value(QStringLiteral("columns")), QStringLiteral("21"));
        QCOMPARE(view->summary()->value(QStringLiteral("churn")), QStringLiteral("26.5%"));
        QCOMPARE(view->summary()->value(QStringLiteral("missing")), QStringLiteral("11 (0.2%)"));
        QCOMPARE(view->targetCombo()->currentText(), QStringLiteral("Churn"));
        QCOMPARE(view->positiveCombo()->currentText(), QStringLiteral("Yes"));

        // Status bar: "7,043 rows · 21 columns · loaded in 0.04 s".
        bool statusFound = false;
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
            statusFound |= label->text().startsWith(QStringLiteral("7,043 rows · 21 columns · loaded in "));
        QVERIFY(statusFound);

        // Fixed row heights, and widths computed (not left at the default) for the big model.
        QCOMPARE(view->tableView()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QVERIFY(view->tableView()->columnWidth(id) > view->tableView()->fontMetrics().horizontalAdvance(QStringLiteral("7590-VHVEG")));

        // A role edit through the column panel publishes a new snapshot that every view sees.
        const auto before = window.workspace()->table();
        QSignalSpy tableChanged(window.workspace(), &Workspace::tableChanged);
        QVERIFY(columns->setData(columns->index(churn, ColumnModel::RoleField), int(ColumnRole::Ignore)));
        QCOMPARE(tableChanged.count(), 1);
        QVERIFY(window.workspace()->table() != before);
        QCOMPARE(window.workspace()->table()->targetIndex(), -1);
        QCOMPARE(view->summary()->value(QStringLiteral("churn")), QStringLiteral("—"));
        QCOMPARE(view->targetCombo()->currentData().toInt(), -1);
        QCOMPARE(model->rowCount(), 7043);
        // And back through the target picker.
        window.workspace()->setTarget(churn);
        QCOMPARE(view->summary()->value(QStringLiteral("churn")), QStringLiteral("26.5%"));

        QCOMPARE(window.recentFiles()->files().value(0), QFileInfo(Telco).absoluteFilePath());
    }

    void badFileReportsWhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a,b\n1,\"unterminated\n2,3\n");
        f.close();
        MainWindow window;
        installAreas(window);
        // Replace the modal message box: the test reads the error instead.
        disconnect(window.opener(), &DataOpener::failed, &window, &MainWindow::showError);
        QSignalSpy failed(window.opener(), &DataOpener::failed);
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(path, false);
        QVERIFY(QTest::qWaitFor([&]() { return failed.count() + loaded.count() > 0; }, 10000));
        if (failed.count()) {
            const Error e = failed.at(0).at(0).value<Error>();
            QVERIFY(e.file.endsWith(QStringLiteral("broken.csv")));
            QVERIFY(e.line > 0);
        } else {
            // The reader chose to continue: the problem must then be listed, with its line.
            const QList<Issue> issues = window.workspace()->issues();
            QVERIFY(!issues.isEmpty());
            QVERIFY(std::any_of(issues.begin(), issues.end(), [](const Issue &i) { return i.line > 0; }));
        }
        QVERIFY(!window.opener()->isLoading());
    }

    void missingFileIsAnError()
    {
        MainWindow window;
        disconnect(window.opener(), &DataOpener::failed, &window, &MainWindow::showError);
        QSignalSpy failed(window.opener(), &DataOpener::failed);
        window.opener()->openPath(QStringLiteral("/nonexistent/file.csv"), false);
        QCOMPARE(failed.count(), 1);
        QVERIFY(window.isShowingWelcome());
    }

    void bigLoadStaysResponsiveAndCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(SampleGenerator::writeCsv(path, 1'000'000, 7).has_value());
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy canceled(window.opener(), &DataOpener::canceled);
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);

        // A full load: the longest gap between ticks of a 5 ms timer is the longest freeze.
        qint64 longest = 0;
        QElapsedTimer gap;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&]() { longest = std::max(longest, gap.restart()); });
        gap.start();
        ticker.start();
        QElapsedTimer wall;
        wall.start();
        window.opener()->openPath(path, false);
        QVERIFY(loaded.wait(60000));
        QTest::qWait(100); // the first paint of the table and the other areas' reactions
        ticker.stop();
        qInfo("1,000,000 rows loaded in %.2f s (%lld ms to the screen); longest GUI freeze %lld ms",
              window.workspace()->loadSeconds(), wall.elapsed(), longest);
        QCOMPARE(window.workspace()->table()->rowCount(), 1'000'000);
        // Loading on the GUI thread would freeze it for seconds (the figure is logged, not asserted:
        // shared machines are noisy).

        // The same file again, canceled with Esc while it loads.
        window.workspace()->clear();
        window.opener()->openPath(path, false);
        QVERIFY(window.opener()->isLoading());
        // Every job reaches the status bar through the job manager: Esc is armed at once (the
        // panel itself appears only once a job has run for a moment).
        QCOMPARE(window.progressPanel()->current(), window.opener()->runner());
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(&window, Qt::Key_Escape); // same as the Cancel button
        QVERIFY(QTest::qWaitFor([&]() { return !window.opener()->isLoading(); }, 5000));
        const qint64 ms = timer.elapsed();
        qInfo("cancel took %lld ms", ms);
        QCOMPARE(canceled.count(), 1);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!window.workspace()->hasTable());
        QVERIFY(window.isShowingWelcome());
        QVERIFY(QTest::qWaitFor([&]() { return !window.progressPanel()->isVisible(); }, 1000));
    }

    void dropAcceptsDataFiles()
    {
        MainWindow window;
        window.resize(900, 600);
        window.show();
        DropOverlay *overlay = window.dropOverlay();
        QVERIFY(overlay && !overlay->isVisible());

        // A CSV file: taken, and the window is highlighted with the file's name.
        QMimeData csv;
        csv.setUrls({QUrl::fromLocalFile(Telco)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &csv, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
        QVERIFY(overlay->isVisible());
        QVERIFY(overlay->isAccepting());
        QCOMPARE(overlay->message(), QStringLiteral("Drop to open telco.csv"));
        QCOMPARE(overlay->geometry(), window.rect());
        QDragMoveEvent move(QPoint(20, 20), Qt::CopyAction, &csv, Qt::LeftButton, Qt::NoModifier);
        move.setAccepted(false);
        QCoreApplication::sendEvent(&window, &move);
        QVERIFY(move.isAccepted());
        // The drag leaves the window: the highlight goes.
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(&window, &leave);
        QVERIFY(!overlay->isVisible());

        // A picture: the window says it cannot open it, and refuses the drop.
        QMimeData image;
        image.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/picture.png"))});
        QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &other);
        QCOMPARE(other.dropAction(), Qt::IgnoreAction);
        QVERIFY(overlay->isVisible());
        QVERIFY(!overlay->isAccepting());
        QVERIFY2(overlay->message().startsWith(QStringLiteral("Cannot open this kind of file")), qPrintable(overlay->message()));
        QDragMoveEvent refused(QPoint(20, 20), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(!drop.isAccepted());
        QVERIFY(!overlay->isVisible());
        QCoreApplication::processEvents();
        QVERIFY(window.isShowingWelcome()); // nothing was opened

        // A text drag without files is none of the window's business.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent plain(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        plain.setAccepted(false);
        QCoreApplication::sendEvent(&window, &plain);
        QVERIFY(!plain.isAccepted());
        QVERIFY(!overlay->isVisible());
    }

    // Area titles are names: "Score & export" reads as such in View → Go to, not "Score _export".
    void areaTitlesKeepTheirAmpersand()
    {
        MainWindow window;
        installAreas(window);
        QMenu *view = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->menu() && a->text() == QStringLiteral("&View"))
                view = a->menu();
        QVERIFY(view);
        QMenu *goTo = nullptr;
        for (QAction *a : view->actions())
            if (a->menu() && a->text() == QStringLiteral("&Go to"))
                goTo = a->menu();
        QVERIFY(goTo);
        QStringList shown;
        for (QAction *a : goTo->actions())
            shown << a->text();
        QVERIFY2(shown.contains(QStringLiteral("Score && export")), qPrintable(shown.join(QStringLiteral(" | "))));
        for (QAction *a : goTo->actions()) {
            // What the menu draws: "&&" is one "&", a single "&" would be a mnemonic (underlined, hidden).
            QString drawn = a->text();
            drawn.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
            QVERIFY2(!drawn.contains(QLatin1Char('&')), qPrintable(a->text()));
        }
        // The navigation list shows the title itself.
        bool listed = false;
        for (QListWidget *list : window.findChildren<QListWidget *>())
            for (int i = 0; i < list->count(); ++i)
                listed |= list->item(i)->text() == QStringLiteral("Score & export");
        QVERIFY(listed);
        // File names with "&" in the recent-files menu stay whole too.
        QCOMPARE(format::literalMenuText(QStringLiteral("R&D customers.csv")), QStringLiteral("R&&D customers.csv"));
    }

    void recentFilesSurviveAndAreCapped()
    {
        {
            RecentFiles recent;
            recent.clear();
            for (int i = 0; i < 10; ++i)
                recent.add(QStringLiteral("/data/file%1.csv").arg(i));
            recent.add(QStringLiteral("/data/file3.csv"));
        }
        RecentFiles again;
        QCOMPARE(again.files().size(), RecentFiles::MaxFiles);
        QCOMPARE(again.files().first(), QStringLiteral("/data/file3.csv"));
        QCOMPARE(again.files().count(QStringLiteral("/data/file3.csv")), 1);
    }

    void sampleDataOnFirstClick()
    {
        QFile::remove(DataOpener::samplePath());
        MainWindow window;
        installAreas(window);
        window.show();
        auto *sample = window.findChild<QAbstractButton *>(QStringLiteral("sampleButton"));
        QVERIFY(sample);
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        sample->click();
        QVERIFY(loaded.wait(60000));
        QVERIFY(QFileInfo::exists(DataOpener::samplePath()));
        QCOMPARE(window.workspace()->table()->rowCount(), DataOpener::SampleRows);
        QVERIFY(window.workspace()->table()->targetIndex() >= 0);
        const double churn = window.workspace()->stats().churnRate;
        QVERIFY2(churn > 0.2 && churn < 0.35, qPrintable(QString::number(churn)));
        // The sample is not a "recent file" of the user's.
        QVERIFY(!window.recentFiles()->files().contains(DataOpener::samplePath()));
        // Second time: opened as it is, not written again.
        const QDateTime written = QFileInfo(DataOpener::samplePath()).lastModified();
        window.opener()->openSample();
        QVERIFY(loaded.wait(60000));
        QCOMPARE(QFileInfo(DataOpener::samplePath()).lastModified(), written);
    }

    void geometryIsRemembered()
    {
        {
            MainWindow window;
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(1111, 777));
    }

    void recentMenuListsFiles()
    {
        MainWindow window;
        window.recentFiles()->clear();
        window.recentFiles()->add(Telco);
        QMenu *recent = window.menuBar()->findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
        QVERIFY(recent);
        QVERIFY(recent->isEnabled());
        QVERIFY(recent->actions().first()->text().contains(QStringLiteral("telco.csv")));
        window.recentFiles()->clear();
        QVERIFY(!recent->isEnabled());
    }

    void themesSwitch()
    {
        MainWindow window;
        rememberSystemTheme();
        applyTheme(Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        applyTheme(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        applyTheme(Theme::System);
        QVERIFY(currentTheme() == Theme::System);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
