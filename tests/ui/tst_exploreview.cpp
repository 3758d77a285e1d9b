// The Explore area driven offscreen: profile a table through the view, open every chart,
// export PNG/SVG, copy CSV, switch bins, cancel, and check the GUI thread stays responsive.
#include "data/csvreader.h"
#include "data/dataloader.h"
#include "data/samplegenerator.h"
#include "data/schemaguess.h"
#include "common/chartpanel.h"
#include "common/chartstyle.h"
#include "common/charttable.h"
#include "explore/columnpage.h"
#include "explore/explorecards.h"
#include "explore/driverschart.h"
#include "explore/exploreview.h"
#include "explore/heatmapwidget.h"
#include "eda/profile.h"
#include "data/fieldlabels.h"
#include "workspace/workspace.h"
#include "jobtesting.h"
#include "jobs/taskrunner.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QGraphicsSimpleTextItem>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <algorithm>
#include <cmath>

using namespace churnlens;

namespace {

DataTable telcoTable()
{
    Result<LoadResult> loaded = CsvReader::read(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
    if (!loaded)
        qFatal("telco.csv: %s", qPrintable(loaded.error().toString()));
    SchemaGuess::apply(loaded->table);
    return std::move(loaded->table);
}

Column coded(const QString &name, const std::vector<QString> &values)
{
    Dictionary d;
    std::vector<int32_t> codes;
    for (const QString &v : values) {
        const QByteArray u = v.toUtf8();
        codes.push_back(d.insert(std::string_view(u.constData(), size_t(u.size()))));
    }
    return Column::coded(name, std::move(codes), std::move(d), ColumnType::Categorical);
}

// \a rows customers: a 50-level "city", a numeric "usage" and a Yes/No churn.
DataTable wideCategoryTable(int rows)
{
    std::vector<QString> city, churn;
    std::vector<double> usage;
    for (int i = 0; i < rows; ++i) {
        const int c = (i * 7) % 50;
        city.push_back(QStringLiteral("City %1").arg(c, 2, 10, QLatin1Char('0')));
        usage.push_back(double((i * 37) % 1000) / 10.0);
        churn.push_back((i % 10) < (c % 5) ? QStringLiteral("Yes") : QStringLiteral("No"));
    }
    DataTable t;
    t.addColumn(coded(QStringLiteral("city"), city));
    t.addColumn(Column::numeric(QStringLiteral("usage"), usage));
    Column target = coded(QStringLiteral("Churn"), churn);
    t.addColumn(std::move(target));
    t.setTarget(2);
    t.setPositiveLabel(QStringLiteral("Yes"));
    return t;
}

// Qt Charts only warns when it is fed NaN or an empty axis range; in these tests that is a defect.
QStringList chartWarnings;
QtMessageHandler previousHandler = nullptr;
void recordChartWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("NaN")) || message.contains(QLatin1String("invalid range"))) {
        chartWarnings << message;
        if (qEnvironmentVariableIsSet("EXPLORE_ABORT_ON_CHART_WARNING"))
            std::abort();
    }
    previousHandler(type, context, message);
}

bool waitForProfile(ExploreView &view, int timeoutMs = 30000)
{
    QSignalSpy ready(&view, &ExploreView::profileReady);
    return ready.wait(timeoutMs) || (view.profile() && !view.isProfiling());
}

QStringList categories(QChart *chart)
{
    // Labels are drawn with no-break spaces; compare them as plain text.
    for (QAbstractAxis *axis : chart->axes())
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories().replaceInStrings(QString(QChar(0x00a0)), QStringLiteral(" "));
    return {};
}

} // namespace

class TestExploreView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        previousHandler = qInstallMessageHandler(recordChartWarnings);
    }
    void cleanup()
    {
        const QStringList seen = std::exchange(chartWarnings, {});
        QVERIFY2(seen.isEmpty(), qPrintable(seen.join(QLatin1Char('\n'))));
    }

    void telcoOverviewAndDrivers()
    {
        Workspace session;
        ExploreView view(&session);
        view.resize(1280, 860);
        view.show();
        session.setLoaded(telcoTable(), DataSource::fromPath(QStringLiteral("telco.csv")), {}, 0.1);
        QVERIFY(waitForProfile(view));
        QCOMPARE(view.cards()->value(QStringLiteral("rows")), QStringLiteral("7,043"));
        QVERIFY2(view.cards()->value(QStringLiteral("churn")).startsWith(QLatin1String("26.5")),
                 qPrintable(view.cards()->value(QStringLiteral("churn"))));
        QCOMPARE(view.cards()->value(QStringLiteral("duplicates")), QStringLiteral("22"));
        QVERIFY(view.cards()->caption(QStringLiteral("duplicates")).contains(QLatin1String("customerID")));

        // Drivers: strongest on top (Qt lists categories bottom-up), the table strongest first.
        QChart *drivers = view.driversPanel()->chart();
        QVERIFY(drivers);
        const QStringList names = categories(drivers);
        QVERIFY(names.size() >= 15);
        QCOMPARE(names.last(), QStringLiteral("Contract"));
        QCOMPARE(view.driversPanel()->table().rows.first().first(), QStringLiteral("Contract"));
        QVERIFY(!drivers->title().isEmpty());
        // Every bar is labelled with two decimals, zero bars too (Contract's Cramér's V is 0.41).
        QStringList labels;
        for (QGraphicsItem *item : drivers->childItems())
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                labels << text->text();
        QCOMPARE(labels.size(), names.size());
        QVERIFY(labels.contains(QStringLiteral("0.41")));
        for (const QString &label : labels)
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\.\\d\\d$")).match(label).hasMatch(), qPrintable(label));

        // Every bar has the same measure, Cramér's V, and says what it was computed over: a
        // category's levels, a number's value groups (deciles); the AUC is named as a second opinion.
        QString contractTip, tenureTip;
        for (const FeatureAssociation &a : view.profile()->association) {
            if (a.name == QLatin1String("Contract"))
                contractTip = DriversChart::barTooltip(a);
            else if (a.name == QLatin1String("tenure"))
                tenureTip = DriversChart::barTooltip(a);
        }
        QVERIFY2(contractTip.contains(QStringLiteral("a category with 3 levels")) && contractTip.contains(QStringLiteral("Cramér's V 0.4")),
                 qPrintable(contractTip));
        QVERIFY2(tenureTip.contains(QStringLiteral("a number, grouped into")) && tenureTip.contains(QStringLiteral("Cramér's V"))
                     && tenureTip.contains(QStringLiteral("single-field AUC")),
                 qPrintable(tenureTip));
        QVERIFY(drivers->axes(Qt::Horizontal).constFirst()->titleText().contains(QStringLiteral("deciles of numbers")));

        // Clicking a bar opens that column.
        auto *series = qobject_cast<QAbstractBarSeries *>(drivers->series().constFirst());
        QVERIFY(series);
        // Bars are named by the fields' labels, as in the Data area ("Tenure (months)"), not "tenure".
        const QString tenureLabel = session.fieldLabels().label(session.table()->column(session.table()->indexOf(QStringLiteral("tenure"))));
        QVERIFY(tenureLabel != QStringLiteral("tenure"));
        QVERIFY(names.contains(tenureLabel) && !names.contains(QStringLiteral("tenure")));
        Q_EMIT series->barSets().constFirst()->clicked(int(names.indexOf(tenureLabel)));
        QCOMPARE(view.columnPage()->currentColumn(), QStringLiteral("tenure"));
        QCOMPARE(view.tabs()->currentWidget(), view.columnPage());

        // Missing values: only TotalCharges has any.
        QVERIFY(view.missingPanel()->chart());
        QCOMPARE(view.missingPanel()->table().rows.size(), 1);
        QCOMPARE(view.missingPanel()->table().rows.first().first(), QStringLiteral("TotalCharges"));
        QVERIFY(view.warningList()->count() >= 1);
    }

    void everyColumnOpensItsCharts()
    {
        Workspace session;
        ExploreView view(&session);
        view.resize(1280, 860);
        view.show();
        session.setLoaded(telcoTable(), DataSource::fromPath(QStringLiteral("telco.csv")), {}, 0.1);
        QVERIFY(waitForProfile(view));
        ColumnPage *page = view.columnPage();
        for (const ColumnProfile &c : view.profile()->columns) {
            QVERIFY2(page->showColumn(c.name), qPrintable(c.name));
            QApplication::processEvents();
            // An id has nothing to draw: the panel says so instead.
            QCOMPARE(page->distributionPanel()->chart() != nullptr, !c.idLike);
            if (!c.idLike)
                QVERIFY2(!page->distributionPanel()->chart()->series().isEmpty(), qPrintable(c.name));
            QVERIFY2(page->statsPanel()->table().rows.size() > 0, qPrintable(c.name));
            if (c.numeric) {
                QVERIFY2(page->boxPanel()->isVisibleTo(page) && page->boxPanel()->chart(), qPrintable(c.name));
                QVERIFY(!page->boxPanel()->chart()->series().isEmpty());
            } else {
                QVERIFY(!page->boxPanel()->isVisibleTo(page));
            }
            const bool feature = c.role == ColumnRole::Feature && !c.idLike;
            QCOMPARE(page->churnPanel()->chart() != nullptr, feature);
        }
        // The id's level table is capped (50 most frequent + "Other"), whatever the row count.
        page->showColumn(QStringLiteral("customerID"));
        QCOMPARE(page->statsPanel()->table().rows.size(), 51);
    }

    void churnRateNumbersAndBins()
    {
        Workspace session;
        ExploreView view(&session);
        view.show();
        session.setLoaded(telcoTable(), DataSource::fromPath(QStringLiteral("telco.csv")), {}, 0.1);
        QVERIFY(waitForProfile(view));
        ColumnPage *page = view.columnPage();
        QVERIFY(page->showColumn(QStringLiteral("Contract")));
        const ChartTable contract = page->churnPanel()->table();
        QCOMPARE(contract.rows.first().at(0), QStringLiteral("Month-to-month"));
        QCOMPARE(contract.rows.first().at(1), QStringLiteral("3875"));
        QCOMPARE(contract.rows.first().at(2), QStringLiteral("1655"));
        QVERIFY(std::abs(contract.rows.first().at(3).toDouble() - 0.4270967742) < 1e-9);

        // Hovering a bar shows the exact numbers.
        auto *rates = qobject_cast<QAbstractBarSeries *>(page->churnPanel()->chart()->series().constFirst());
        QVERIFY(rates);
        const int monthly = int(categories(page->churnPanel()->chart()).indexOf(QStringLiteral("Month-to-month")));
        Q_EMIT rates->barSets().constFirst()->hovered(true, monthly);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLatin1String("1,655 of 3,875")), qPrintable(QToolTip::text()));
        QVERIFY(QToolTip::text().contains(QLatin1String("42.71")));
        Q_EMIT rates->barSets().constFirst()->hovered(false, monthly);

        QVERIFY(page->showColumn(QStringLiteral("tenure")));
        QVERIFY(page->binChoice()->isVisibleTo(page));
        QCOMPARE(page->churnPanel()->table().rows.size(), 3); // tenure bands
        QCOMPARE(page->churnPanel()->table().rows.first().at(1), QStringLiteral("2186"));
        page->binChoice()->setCurrentIndex(1); // deciles
        QCOMPARE(page->churnPanel()->table().rows.size(), 10);
        QVERIFY(page->churnPanel()->chart()->title().contains(QLatin1String("decile")));

        QVERIFY(page->showColumn(QStringLiteral("MonthlyCharges")));
        QVERIFY(!page->binChoice()->isVisibleTo(page));
        QCOMPARE(page->boxPanel()->table().rows.size(), 2); // stayed, churned
    }

    void exportAndCopy()
    {
        Workspace session;
        ExploreView view(&session);
        view.resize(1200, 800);
        view.show();
        session.setLoaded(telcoTable(), DataSource::fromPath(QStringLiteral("telco.csv")), {}, 0.1);
        QVERIFY(waitForProfile(view));
        QTemporaryDir dir;
        view.tabs()->setCurrentIndex(0);
        QApplication::processEvents();
        QString error;
        const QString png = dir.filePath(QStringLiteral("drivers.png"));
        const QString svg = dir.filePath(QStringLiteral("drivers.svg"));
        QVERIFY2(view.driversPanel()->savePng(png, &error), qPrintable(error));
        QVERIFY2(view.driversPanel()->saveSvg(svg, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= view.driversPanel()->content()->width()); // rendered at 2x
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svgText = f.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("Contract"));
        QVERIFY(!view.driversPanel()->savePng(QStringLiteral("/nonexistent-dir/x.png"), &error));
        QVERIFY(!error.isEmpty());

        // Heatmap and a column chart export too.
        view.tabs()->setCurrentWidget(view.correlationPanel());
        QApplication::processEvents();
        QVERIFY(view.correlationPanel()->saveSvg(dir.filePath(QStringLiteral("corr.svg")), &error));
        QVERIFY(view.correlationPanel()->savePng(dir.filePath(QStringLiteral("corr.png")), &error));
        auto *heat = qobject_cast<HeatmapWidget *>(view.correlationPanel()->content());
        QVERIFY(heat);
        const int t = int(heat->matrix().names.indexOf(QStringLiteral("tenure")));
        const int tc = int(heat->matrix().names.indexOf(QStringLiteral("TotalCharges")));
        QVERIFY(heat->cellText(t, tc).contains(QLatin1String("0.826")));
        QVERIFY(heat->cellText(t, tc).contains(QLatin1String("7,032")));

        view.driversPanel()->copyCsv();
        const QString csv = QApplication::clipboard()->text();
        QVERIFY(csv.startsWith(QLatin1String("feature,kind,cramers_v")));
        QVERIFY(csv.contains(QLatin1String("\r\nContract,categorical,0.409798")));
    }

    void csvIsSafe()
    {
        ChartTable t;
        t.header = {QStringLiteral("level"), QStringLiteral("n")};
        t.rows = {{QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("-3")}, {QStringLiteral("a,b"), QStringLiteral("1")}};
        QCOMPARE(t.toCsv(), QStringLiteral("level,n\r\n\"'=HYPERLINK(\"\"x\"\")\",-3\r\n\"a,b\",1\r\n"));
    }

    // On a 1366x768 laptop Qt Charts showed every field name of the drivers chart as "…": the
    // labels' font shrinks until a line fits the height each bar has, and grows back when there is room.
    void driverNamesFitOnALaptop()
    {
        Workspace session;
        ExploreView view(&session);
        view.resize(1220, 720); // a plot ~430 px high for 19 bars, as in a maximised 1366x768 window
        view.show();
        session.setLoaded(telcoTable(), DataSource::fromPath(QStringLiteral("telco.csv")), {}, 0.1);
        QVERIFY(waitForProfile(view));
        QChart *drivers = view.driversPanel()->chart();
        QVERIFY(drivers);
        const int n = int(categories(drivers).size());
        QVERIFY(n >= 15);
        QAbstractAxis *y = drivers->axes(Qt::Vertical).constFirst();
        const QFont normal = QApplication::font();
        auto fits = [&]() {
            return QFontMetricsF(y->labelsFont()).height() <= ChartStyle::categoryLabelRoom(drivers->plotArea().height(), n);
        };
        // The normal font does not fit at this height: the labels' font is smaller, and fits.
        QVERIFY(QFontMetricsF(normal).height() > ChartStyle::categoryLabelRoom(drivers->plotArea().height(), n));
        QTRY_VERIFY(fits());
        QVERIFY(y->labelsFont().pointSizeF() < normal.pointSizeF());
        // A tall window: the normal font again.
        view.resize(1500, 1400);
        QTRY_COMPARE(y->labelsFont().pointSizeF(), normal.pointSizeF());
        QVERIFY(fits());
    }

    void fiftyLevelsStayReadable()
    {
        Workspace session;
        ExploreView view(&session);
        view.show();
        session.setLoaded(wideCategoryTable(5000), DataSource{}, {}, 0.0);
        QVERIFY(waitForProfile(view));
        QVERIFY(view.columnPage()->showColumn(QStringLiteral("city")));
        const QStringList shown = categories(view.columnPage()->churnPanel()->chart());
        QCOMPARE(shown.size(), 13);
        QVERIFY(shown.first().startsWith(QLatin1String("Other (38 levels)"))); // bottom-most bar
        const QStringList dist = categories(view.columnPage()->distributionPanel()->chart());
        QCOMPARE(dist.size(), 13);
        qsizetype total = 0;
        for (const QStringList &row : view.columnPage()->churnPanel()->table().rows)
            total += row.at(1).toLongLong();
        QCOMPARE(total, qsizetype(5000));
    }

    void reprofilesAfterAnEditAndCancels()
    {
        Workspace session;
        ExploreView view(&session);
        view.show();
        session.setLoaded(telcoTable(), DataSource::fromPath(QStringLiteral("telco.csv")), {}, 0.1);
        QVERIFY(waitForProfile(view));
        const int gender = session.table()->indexOf(QStringLiteral("gender"));
        session.setRole(gender, ColumnRole::Ignore);
        QVERIFY(waitForProfile(view));
        QVERIFY(!view.profile()->associationOf(gender));

        // A big table: cancel right after the start; the view must settle, not hang.
        session.setLoaded(wideCategoryTable(1500000), DataSource{}, {}, 0.0);
        view.refresh();
        QTRY_VERIFY(view.runner()->isRunning());
        view.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!view.runner()->isRunning(), 10000);
    }

    void theLatestSnapshotWins()
    {
        Workspace session;
        ExploreView view(&session);
        view.show();
        session.setLoaded(telcoTable(), DataSource::fromPath(QStringLiteral("telco.csv")), {}, 0.1);
        QVERIFY(waitForProfile(view));
        const int gender = session.table()->indexOf(QStringLiteral("gender"));
        const int partner = session.table()->indexOf(QStringLiteral("Partner"));
        QVERIFY(gender >= 0 && partner >= 0);
        QVERIFY(view.profile()->associationOf(gender) && view.profile()->associationOf(partner));

        testing::StartedJobs started;
        QSignalSpy ready(&view, &ExploreView::profileReady);
        // Three snapshots without the event loop running in between: the first run starts at
        // once, the second replaces it, the third replaces the second before that ever starts.
        session.setRole(gender, ColumnRole::Ignore);
        view.refresh();
        QVERIFY(view.runner()->isRunning());
        session.setRole(partner, ColumnRole::Ignore);
        view.refresh();
        session.setRole(gender, ColumnRole::Feature);
        view.refresh();
        QVERIFY(view.isProfiling());
        QVERIFY(QTest::qWaitFor([&]() { return !view.isProfiling(); }, 30000));

        QCOMPARE(ready.count(), 1); // the stale profiles were never shown
        QVERIFY(view.profile()->associationOf(gender));   // the last snapshot's roles
        QVERIFY(!view.profile()->associationOf(partner));
        QCOMPARE(started.of(view.runner()), 2); // the second snapshot was never profiled
    }

    void cancelingAReplacedRunSettles()
    {
        Workspace session;
        ExploreView view(&session);
        view.show();
        session.setLoaded(wideCategoryTable(1500000), DataSource{}, {}, 0.0);
        view.refresh();
        view.refresh(); // replaces the first run: neither will deliver a result after the cancel
        view.cancel();
        QVERIFY(QTest::qWaitFor([&]() { return !view.isProfiling(); }, 10000));
        QVERIFY(!view.profile());
        QVERIFY(!view.findChild<QProgressBar *>()->isVisible()); // the progress row is gone
        // The view says what happened and offers to start again, rather than "Profiling…" forever.
        bool said = false;
        for (const QLabel *label : view.findChildren<QLabel *>())
            said = said || (label->isVisible() && label->text() == QLatin1String("Profiling was canceled."));
        QVERIFY(said);
        bool retry = false;
        for (const QPushButton *button : view.findChildren<QPushButton *>())
            retry = retry || (button->isVisible() && button->text() == QLatin1String("Profile again"));
        QVERIFY(retry);
    }

    // For people, not for CTest: with EXPLORE_SCREENSHOT_DIR set, saves every tab and a few
    // columns for Telco, the generated sample and (if present) /tmp/telco_1m.csv.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("EXPLORE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set EXPLORE_SCREENSHOT_DIR to save screenshots");
        QTemporaryDir tmp;
        const QString sample = tmp.filePath(QStringLiteral("sample.csv"));
        QVERIFY(SampleGenerator::writeCsv(sample, 20000, 42).has_value());
        QList<std::pair<QString, QString>> files{{QStringLiteral("telco"), QStringLiteral(CHURNLENS_TESTDATA "/telco.csv")},
                                                 {QStringLiteral("sample"), sample}};
        if (QFile::exists(QStringLiteral("/tmp/telco_1m.csv")))
            files.append({QStringLiteral("1m"), QStringLiteral("/tmp/telco_1m.csv")});
        for (const auto &[name, path] : files) {
            Result<LoadResult> loaded = DataLoader::load(DataSource::fromPath(path));
            QVERIFY2(loaded.has_value(), qPrintable(path));
            Workspace session;
            ExploreView view(&session);
            view.resize(1440, 900);
            view.show();
            session.setLoaded(std::move(loaded->table), DataSource::fromPath(path), {}, 0.0);
            QVERIFY(waitForProfile(view, 60000));
            const auto save = [&](const QString &what) {
                QApplication::processEvents();
                QTest::qWait(50);
                QVERIFY(view.grab().save(QDir(out).filePath(QStringLiteral("%1-%2.png").arg(name, what))));
            };
            view.tabs()->setCurrentIndex(0);
            save(QStringLiteral("overview"));
            view.tabs()->setCurrentIndex(2);
            save(QStringLiteral("correlation"));
            for (const FeatureAssociation &a : view.profile()->association) {
                if (&a - view.profile()->association.data() >= 3)
                    break;
                view.showColumn(a.name);
                save(QStringLiteral("column-%1").arg(a.name));
            }
            for (const ColumnProfile &c : view.profile()->columns) {
                if (c.semantic == Semantic::MonthlyCharges || c.idLike || c.distinct > 12) {
                    if (c.numeric || c.idLike) {
                        view.showColumn(c.name);
                        save(QStringLiteral("column-%1").arg(c.name));
                    }
                }
            }
        }
    }

    void guiThreadStaysResponsive()
    {
        Workspace session;
        ExploreView view(&session);
        view.resize(1200, 800);
        view.show();
        DataTable big = wideCategoryTable(1000000);
        QElapsedTimer clock;
        qint64 last = 0, worst = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&]() {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        clock.start();
        tick.start();
        session.setLoaded(std::move(big), DataSource{}, {}, 0.0);
        last = clock.elapsed();
        QVERIFY(waitForProfile(view, 60000));
        QApplication::processEvents();
        tick.stop();
        // Profiling a million rows happens on a worker (the pause goes to the log: machines are shared and noisy).
        qInfo("longest pause of the GUI thread while profiling 1,000,000 rows: %lld ms", static_cast<long long>(worst));
        QCOMPARE(view.profile()->rows, qsizetype(1000000));
    }
};

QTEST_MAIN(TestExploreView)
#include "tst_exploreview.moc"
