// The Impact area driven like an executive: open Telco, let the default model score it, read the
// headline figures (checked against ImpactService on the same data), give the acceptance as a
// range, set a budget, split the customers by another column, print the PDF, and find the
// assumptions again after the workspace's settings are restored (as a project restores them).
#include "common/chartpanel.h"
#include "common/currency.h"
#include "report/reportwriter.h"
#include "common/format.h"
#include "dashboard/howcomputedpanel.h"
#include "workspace/impactassumptions.h"
#include "dashboard/impactcards.h"
#include "dashboard/impactchartsgrid.h"
#include "dashboard/impactformat.h"
#include "dashboard/impactnotes.h"
#include "dashboard/impactview.h"
#include "dashboard/simulatorform.h"
#include "dashboard/simulatorresults.h"
#include "data/datatable.h"
#include "data/column.h"
#include "jobs/taskrunner.h"
#include "project/activitylog.h"
#include "project/project.h"
#include "dashboard/impactchartwidget.h"
#include "shell/projectcontroller.h"
#include "workspace/projectsession.h"
#include "score/campaignpanel.h"
#include "score/scoreresult.h"
#include "score/scoreview.h"
#include "services/impactservice.h"
#include "shell/areas.h"
#include "shell/dataopener.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"
#include "../core/testtranslator.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QWheelEvent>

#include <cmath>

using namespace churnlens;

namespace {

const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
const QString DefaultModel = QStringLiteral(CHURNLENS_TESTDATA "/../../models/default");

struct App
{
    MainWindow window;
    ImpactView *view = nullptr;

    bool open(QSize size = QSize(1600, 1000))
    {
        installAreas(window);
        window.resize(size);
        window.show();
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(Telco, false);
        if (!loaded.wait(60000))
            return false;
        if (!window.setCurrentArea(AreaId::Impact))
            return false;
        view = qobject_cast<ImpactView *>(window.areaView(AreaId::Impact));
        return view && waitForReport();
    }

    //! Bounded wait on the work, not on the clock: a report for the current scores, nothing pending.
    bool waitForReport(quint64 after = 0)
    {
        return QTest::qWaitFor([this, after]() {
            return view->reportCount() > after && !view->isBuilding() && !view->context()->isBusy() && view->report();
        }, 120000);
    }

    //! Changes an assumption through \a edit and waits for the report that follows.
    template<typename Edit>
    bool change(Edit edit)
    {
        const quint64 before = view->reportCount();
        edit();
        return waitForReport(before);
    }

    Result<ImpactReport> expected() const
    {
        ImpactRequest request = view->currentRequest();
        const QString segment = view->charts()->segmentColumn();
        if (!segment.isEmpty())
            request.segmentColumns = {segment};
        return ImpactService::build(request);
    }
};

void sendWheel(QWidget *widget, int delta)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

} // namespace

class TestImpactView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings stay out of the user's files
        QSettings().remove(QStringLiteral("workspace/campaign"));
        initUiResources();
        // The model a first start finds: the one shipped in models/default.
        qputenv("CHURNLENS_MODEL_DIR", QDir(DefaultModel).absolutePath().toLocal8Bit());
        QVERIFY(m_out.isValid());
    }

    void cleanup()
    {
        QSettings().remove(QStringLiteral("workspace/campaign"));
    }

    void areaIsRegistered()
    {
        MainWindow window;
        installAreas(window);
        QVERIFY(window.areaIds().contains(AreaId::Impact));
        QCOMPARE(areaFromName(QStringLiteral("impact")), std::optional<AreaId>(AreaId::Impact));
        QVERIFY(areaNames().contains(QStringLiteral("impact")));
        QCOMPARE(machineName(AreaId::Impact), QStringLiteral("impact"));
        QVERIFY(qobject_cast<ImpactView *>(window.areaView(AreaId::Impact)));
        // View > Go to > Impact, with a shortcut like every area.
        QAction *goTo = nullptr;
        for (QAction *a : window.menuBar()->actions()) {
            if (!a->menu())
                continue;
            for (QAction *sub : a->menu()->actions()) {
                if (!sub->menu())
                    continue;
                for (QAction *area : sub->menu()->actions())
                    if (area->text() == QStringLiteral("Impact"))
                        goTo = area;
            }
        }
        QVERIFY(goTo);
        QVERIFY(!goTo->shortcut().isEmpty());
    }

    void saysWhatToDoWithoutScores()
    {
        Workspace workspace;
        ImpactView view(workspace.scoring());
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isBuilding());
        QVERIFY(view.showsPlaceholder());
        QVERIFY(!view.report());
        QVERIFY2(view.placeholderText().contains(QStringLiteral("Open")) || view.placeholderText().contains(QStringLiteral("model")),
                 qPrintable(view.placeholderText()));
        QVERIFY(!view.exportButton()->isEnabled());
    }

    void headlineFiguresMatchTheService()
    {
        App app;
        QVERIFY(app.open());
        ImpactView *view = app.view;
        QVERIFY(!view->showsPlaceholder());
        QCOMPARE(view->context()->scores()->rows, qsizetype(7043));
        auto expected = app.expected();
        QVERIFY2(expected, qPrintable(expected ? QString() : expected.error().toString()));
        const ImpactKpis &k = expected->kpis;
        ImpactCards *cards = view->cards();
        QCOMPARE(cards->value(QStringLiteral("customers")), format::count(k.scored));
        QCOMPARE(k.scored, qsizetype(7043));
        QCOMPARE(cards->value(QStringLiteral("churn")), format::percent(k.meanProbability));
        QCOMPARE(cards->value(QStringLiteral("high")), format::count(k.risk.high));
        QVERIFY(k.hasCharges); // Telco maps MonthlyCharges
        QCOMPARE(cards->value(QStringLiteral("monthly")), impactformat::money(k.monthlyRevenueAtRisk));
        QCOMPARE(cards->value(QStringLiteral("horizon")), impactformat::money(k.monthlyRevenueAtRisk * 12.0));
        QVERIFY(k.monthlyRevenueAtRisk > 1000.0);
        QVERIFY(cards->title(QStringLiteral("horizon")).contains(QStringLiteral("12")));
        // Thousands separators, no decimals: "139,131", not "139131.4".
        QVERIFY2(cards->value(QStringLiteral("horizon")).contains(QLocale().groupSeparator()), qPrintable(cards->value(QStringLiteral("horizon"))));
        // Every card says what it is computed from.
        const QString monthlyTip = cards->toolTip(QStringLiteral("monthly"));
        QVERIFY2(monthlyTip.contains(QStringLiteral("MonthlyCharges")), qPrintable(monthlyTip));
        QVERIFY2(monthlyTip.contains(format::count(k.scored - k.missingCharges)), qPrintable(monthlyTip));
        QVERIFY(cards->toolTip(QStringLiteral("customers")).contains(QStringLiteral("telco.csv")));
        QVERIFY(cards->toolTip(QStringLiteral("high")).contains(format::percent(k.thresholds.high, 0)));
        QVERIFY(cards->toolTip(QStringLiteral("churn")).contains(impactformat::customers(k.expectedChurners)));
        QVERIFY(cards->toolTip(QStringLiteral("horizon")).contains(QStringLiteral("12")));

        // The banner: the shipped model's calibration error is either known and shown, or the warning is there.
        const QString calibration = view->notes()->calibrationText();
        QCOMPARE(view->notes()->isWarning(), expected->calibration.warn());
        if (expected->calibration.warn())
            QVERIFY2(calibration.contains(QStringLiteral("assume the probabilities are right")), qPrintable(calibration));
        else
            QVERIFY(calibration.contains(format::percent(expected->calibration.ece)));
        QCOMPARE(view->notes()->inSampleText().isEmpty(), !expected->inSample);

        // The simulator's recommendation is the service's best list.
        SimulatorResults *results = view->simulatorResults();
        QVERIFY(expected->curve.bestCustomers > 0);
        QVERIFY(results->value(SimulatorResults::Contact).startsWith(format::count(expected->curve.bestCustomers)));
        QCOMPARE(results->value(SimulatorResults::Net), impactformat::money(expected->curve.best.net));
        QCOMPARE(results->value(SimulatorResults::Cost), impactformat::money(expected->curve.best.cost));
        QVERIFY(!results->showsRange());
        QVERIFY(results->range(SimulatorResults::Net).isEmpty());
        QVERIFY(results->recommendation().contains(format::count(expected->curve.bestCustomers)));

        // The charts' numbers, for "Copy data".
        ImpactChartsGrid *charts = view->charts();
        QCOMPARE(charts->profitPanel()->table().rows.size(), qsizetype(expected->curve.points.size()));
        QCOMPARE(charts->gainsPanel()->table().rows.size(), qsizetype(expected->curve.points.size()));
        QVERIFY(!charts->segmentsPanel()->table().isEmpty());
        QVERIFY(charts->segmentPicker()->count() >= int(expected->segments.size()));
        // No project: the trend panel says how it comes about.
        auto *trend = qobject_cast<QLabel *>(charts->trendPanel()->content());
        QVERIFY(trend);
        QVERIFY(trend->text().contains(QStringLiteral("project")));

        // How is this computed: folded, then open, with the service's own text.
        HowComputedPanel *how = view->howComputed();
        QVERIFY(!how->isExpanded());
        QTest::mouseClick(how->toggle(), Qt::LeftButton);
        QVERIFY(how->isExpanded());
        const auto sections = ImpactService::howComputed(*view->report());
        QVERIFY(!sections.isEmpty());
        for (const auto &[title, text] : sections)
            QVERIFY2(how->text().contains(title.toHtmlEscaped()), qPrintable(title));
    }

    void acceptanceRangeShowsTheBand()
    {
        App app;
        QVERIFY(app.open());
        SimulatorForm *form = app.view->simulator();
        QCOMPARE(form->acceptanceFrom()->value(), 24.0); // the default, a single value
        QCOMPARE(form->acceptanceTo()->value(), 24.0);
        QVERIFY(app.change([form]() {
            form->acceptanceTo()->setValue(35.0);
            form->acceptanceFrom()->setValue(15.0);
        }));
        const auto report = app.view->report();
        QCOMPARE(report->curve.economics.acceptanceLow, 0.15);
        QCOMPARE(report->curve.economics.acceptanceHigh, 0.35);
        QVERIFY(report->curve.bestNetLow < report->curve.bestNetHigh);
        SimulatorResults *results = app.view->simulatorResults();
        QVERIFY(results->showsRange());
        QCOMPARE(results->range(SimulatorResults::Net), impactformat::moneyRange(report->curve.bestNetLow, report->curve.bestNetHigh));
        QVERIFY(!results->range(SimulatorResults::Saved).isEmpty());
        QVERIFY(!results->range(SimulatorResults::Roi).isEmpty());
        QVERIFY(results->range(SimulatorResults::Contact).isEmpty()); // who is contacted does not depend on it
        QVERIFY(results->recommendation().contains(impactformat::moneyRange(report->curve.bestNetLow, report->curve.bestNetHigh)));
        // The profit curve's table carries the band.
        const ChartTable &curve = app.view->charts()->profitPanel()->table();
        QVERIFY(curve.header.contains(QStringLiteral("net_saving_p10")));
        const QStringList mid = curve.rows.at(curve.rows.size() / 2);
        QVERIFY(mid.at(3).toDouble() < mid.at(4).toDouble());

        // "To" below "from" moves "from" along: never an invalid range.
        QVERIFY(app.change([form]() { form->acceptanceTo()->setValue(10.0); }));
        QCOMPARE(form->acceptanceFrom()->value(), 10.0);
        QVERIFY(!app.view->simulatorResults()->showsRange());
    }

    void budgetLimitsTheList()
    {
        App app;
        QVERIFY(app.open());
        const auto before = app.view->report();
        const qsizetype unlimited = before->curve.bestCustomers;
        QVERIFY(unlimited > 100);
        const double budget = std::round(before->curve.best.cost / 3.0);
        QVERIFY(app.change([&app, budget]() { app.view->simulator()->budget()->setValue(budget); }));
        const auto after = app.view->report();
        QVERIFY(after->curve.economics.hasBudget());
        QCOMPARE(after->curve.economics.budget, budget);
        QVERIFY(after->curve.best.cost <= budget + 1e-6);
        QVERIFY(after->curve.bestCustomers < unlimited);
        QVERIFY(after->curve.bestCustomers > 0);
        QVERIFY(after->curve.budgetLimited);
        SimulatorResults *results = app.view->simulatorResults();
        QVERIFY(results->value(SimulatorResults::Contact).startsWith(format::count(after->curve.bestCustomers)));
        QVERIFY(results->recommendation().contains(QStringLiteral("budget")));
        // Back to no limit.
        QVERIFY(app.change([&app]() { app.view->simulator()->budget()->setValue(0.0); }));
        QCOMPARE(app.view->report()->curve.bestCustomers, unlimited);
    }

    void anotherSegmentColumn()
    {
        App app;
        QVERIFY(app.open());
        ImpactChartsGrid *charts = app.view->charts();
        const ChartTable first = charts->segmentsPanel()->table();
        QVERIFY(!first.isEmpty());
        const QString shown = first.rows.first().first();
        QComboBox *picker = charts->segmentPicker();
        // A categorical column the defaults do not show: PaymentMethod or another one further down.
        int pick = picker->findData(QStringLiteral("PaymentMethod"));
        if (pick < 0 || picker->itemData(pick).toString() == shown)
            pick = picker->count() - 1;
        const QString column = picker->itemData(pick).toString();
        QVERIFY(column != shown);
        QVERIFY(app.change([picker, pick]() {
            picker->setFocus();
            picker->setCurrentIndex(pick - 1 >= 0 ? pick - 1 : 0);
            QTest::keyClick(picker, Qt::Key_Down); // as a user steps through the list
        }));
        // The chart's numbers are the picked column's, and the report now leads with it (the PDF prints it).
        QTRY_VERIFY(!charts->segmentsPanel()->table().isEmpty());
        const ChartTable now = charts->segmentsPanel()->table();
        QCOMPARE(now.rows.first().first(), column);
        QVERIFY(now.rows != first.rows);
        QCOMPARE(app.view->report()->segments.front().columnName, column);
        QCOMPARE(charts->segmentColumn(), column);
        const QJsonObject saved = app.window.workspace()->campaignSettings().value(QStringLiteral("impact")).toObject();
        QCOMPARE(saved.value(QStringLiteral("segment_columns")).toArray().first().toString(), column);
        // The defaults stay in the picker.
        QVERIFY(picker->findData(shown) >= 0);

        // Columns are named as the Data area names them, the user's own label included, in the
        // picker and the chart's title.
        Workspace *workspace = app.window.workspace();
        const int at = picker->findData(column);
        QVERIFY(at >= 0);
        QCOMPARE(picker->itemText(at), workspace->fieldLabels().label(workspace->table()->column(workspace->table()->indexOf(column))));
        workspace->setFieldLabel(column, QStringLiteral("Our own name"));
        QTRY_COMPARE(picker->itemText(picker->findData(column)), QStringLiteral("Our own name"));
        QVERIFY(picker->findText(column) < 0);
        workspace->setFieldLabel(column, QString()); // not remembered for the next test
        QTRY_VERIFY(picker->itemText(picker->findData(column)) != QStringLiteral("Our own name"));
    }

    void segmentLevelsInTheUsersLanguage()
    {
        // Known levels of known fields are drawn translated; the copied data keeps the file's values.
        TestTranslator translator;
        translator.add("Two year", QStringLiteral("Zwei Jahre"), "value of the field Contract");
        QCoreApplication::installTranslator(&translator);
        App app;
        QVERIFY(app.open());
        ImpactChartsGrid *charts = app.view->charts();
        QComboBox *picker = charts->segmentPicker();
        const int contract = picker->findData(QStringLiteral("Contract"));
        QVERIFY(contract >= 0);
        if (charts->segmentColumn() != QLatin1String("Contract") && charts->shownSegments()->columnName != QLatin1String("Contract")) {
            QVERIFY(app.change([picker, contract]() {
                picker->setCurrentIndex(contract);
                Q_EMIT picker->activated(contract);
            }));
        }
        QTRY_VERIFY(charts->drawnSegments() && charts->drawnSegments()->columnName == QLatin1String("Contract"));
        QStringList drawn, copied;
        for (const SegmentRow &row : charts->drawnSegments()->rows)
            drawn << row.label;
        for (const QStringList &row : charts->segmentsPanel()->table().rows)
            copied << row.at(1); // column, segment, …
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(drawn.contains(QStringLiteral("Zwei Jahre")) && !drawn.contains(QStringLiteral("Two year")), qPrintable(drawn.join(QStringLiteral(", "))));
        QVERIFY2(copied.contains(QStringLiteral("Two year")), qPrintable(copied.join(QStringLiteral(", "))));
    }

    void exportsThePdf()
    {
        App app;
        QVERIFY(app.open());
        const QString path = m_out.filePath(QStringLiteral("impact.pdf"));
        QSignalSpy exported(app.view, &ImpactView::reportExported);
        QVERIFY(app.view->exportPdf(path));
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().first().toString(), path);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(4), QByteArray("%PDF"));
        QVERIFY(pdf.size() > 2000);
        QVERIFY(app.window.statusBar()->currentMessage().contains(QFileInfo(path).fileName()));
        QTRY_VERIFY(app.view->exportButton()->isEnabled());
    }

    void assumptionsSurviveASettingsRoundTrip()
    {
        App app;
        QVERIFY(app.open());
        Workspace *workspace = app.window.workspace();
        // The Score & export area's campaign settings live next to ours.
        auto *score = qobject_cast<ScoreView *>(app.window.areaView(AreaId::Score));
        score->campaignPanel()->setMode(CampaignOptions::Mode::TopN);
        score->campaignPanel()->setTopN(321);
        QVERIFY(workspace->campaignSettings().contains(QStringLiteral("mode")) || workspace->campaignSettings().size() > 1);
        const QJsonObject scoreKeys = workspace->campaignSettings();

        SimulatorForm *form = app.view->simulator();
        QVERIFY(app.change([form]() {
            form->offerCost()->setValue(20.0);
            form->contactCost()->setValue(3.5);
            form->acceptanceTo()->setValue(30.0);
            form->acceptanceFrom()->setValue(18.0);
            form->months()->setValue(18);
            form->budget()->setValue(25000.0);
        }));
        const QJsonObject saved = workspace->campaignSettings();
        QVERIFY(saved.contains(QStringLiteral("impact")));
        for (auto it = scoreKeys.begin(); it != scoreKeys.end(); ++it) // the Score area's entries are kept
            if (it.key() != QStringLiteral("impact"))
                QCOMPARE(saved.value(it.key()), it.value());
        const ImpactAssumptions kept = ImpactAssumptions::fromSettings(saved);
        QCOMPARE(kept.economics.offerCost, 20.0);
        QCOMPARE(kept.economics.contactCost, 3.5);
        QCOMPARE(kept.economics.acceptanceLow, 0.18);
        QCOMPARE(kept.economics.acceptanceHigh, 0.30);
        QCOMPARE(kept.economics.months, 18.0);
        QCOMPARE(kept.economics.budget, 25000.0);
        QCOMPARE(kept, app.view->assumptions());
        QCOMPARE(app.view->report()->curve.economics, kept.economics);
        QCOMPARE(app.view->report()->kpis.months, 18.0);

        // The Score area changing its settings leaves ours alone.
        score->campaignPanel()->setTopN(123);
        QCOMPARE(ImpactAssumptions::fromSettings(workspace->campaignSettings()), kept);

        // Someone changes everything; then the project's settings come back.
        QVERIFY(app.change([form]() {
            form->offerCost()->setValue(1.0);
            form->months()->setValue(6);
            form->budget()->setValue(0.0);
        }));
        QVERIFY(ImpactAssumptions::fromSettings(workspace->campaignSettings()) != kept);
        QVERIFY(app.change([workspace, saved]() { workspace->restoreSettings({}, saved); }));
        QCOMPARE(app.view->assumptions(), kept);
        QCOMPARE(form->offerCost()->value(), 20.0);
        QCOMPARE(form->acceptanceFrom()->value(), 18.0);
        QCOMPARE(form->months()->value(), 18);
        QCOMPARE(app.view->report()->curve.economics, kept.economics);

        // And after a restart (the settings are remembered without a project too).
        App later;
        QVERIFY(later.open());
        QCOMPARE(later.view->assumptions().economics, kept.economics);
    }

    void projectKeepsAssumptionsAndShowsTheTrend()
    {
        const QString path = m_out.filePath(QStringLiteral("impact.churnlens"));
        {
            App app;
            QVERIFY(app.open());
            // Without a project the assumptions go to the application's settings.
            QVERIFY(app.change([&app]() { app.view->simulator()->offerCost()->setValue(3.0); }));
            ProjectSession *session = app.window.projects()->session();
            QVERIFY(session->newProject(path)); // records the current scoring
            QVERIFY(app.change([&app]() { app.view->simulator()->offerCost()->setValue(7.0); }));
            QVERIFY(session->save());
            // A second, different scoring: the model decides from another threshold, and fewer
            // customers count as high risk (the levels do not follow the threshold by default).
            ScoringContext *context = app.view->context();
            const qsizetype high = context->scores()->counts.high;
            const RiskThresholds cuts = context->riskThresholds();
            context->setThreshold(std::min(0.9, context->threshold() + 0.2));
            context->setRiskThresholds(RiskThresholds{cuts.medium, std::min(1.0, cuts.high + 0.2)});
            Project *project = app.window.workspace()->project();
            QVERIFY(project);
            QTRY_VERIFY_WITH_TIMEOUT(project->activity().scorings() && project->activity().scorings()->size() >= 2, 60000);
            QTRY_VERIFY_WITH_TIMEOUT(app.view->report() && app.view->report()->trend.size() >= 2 && !app.view->isBuilding()
                                         && app.view->report()->kpis.risk.high != high,
                                     60000);
            ChartPanel *trend = app.view->charts()->trendPanel();
            QVERIFY(qobject_cast<ImpactChartWidget *>(trend->content()));
            QCOMPARE(trend->table().rows.size(), qsizetype(app.view->report()->trend.size()));
            // Changed after saving: not what the project holds.
            QVERIFY(app.change([&app]() { app.view->simulator()->offerCost()->setValue(1.0); }));
            session->close();
        }
        App later;
        installAreas(later.window);
        later.window.resize(1600, 1000);
        later.window.show();
        later.view = qobject_cast<ImpactView *>(later.window.areaView(AreaId::Impact));
        QCOMPARE(later.view->assumptions().economics.offerCost, 1.0); // the application's settings
        QSignalSpy restored(later.window.projects()->session(), &ProjectSession::restoreFinished);
        later.window.projects()->openPath(path, false);
        QVERIFY(restored.wait(60000));
        QCOMPARE(later.view->simulator()->offerCost()->value(), 7.0); // the project's
        QCOMPARE(later.view->assumptions().economics.offerCost, 7.0);
        QVERIFY(later.window.setCurrentArea(AreaId::Impact));
        QVERIFY(later.waitForReport());
        QCOMPARE(later.view->report()->curve.economics.offerCost, 7.0);
        QVERIFY(later.view->report()->trend.size() >= 2);
    }

    void calibrationWarning_data()
    {
        QTest::addColumn<bool>("known");
        QTest::addColumn<double>("ece");
        QTest::addColumn<bool>("warns");
        QTest::newRow("unknown") << false << std::nan("") << true;
        QTest::newRow("off by 8%") << true << 0.08 << true;
        QTest::newRow("off by 2%") << true << 0.02 << false;
    }

    void calibrationWarning()
    {
        QFETCH(bool, known);
        QFETCH(double, ece);
        QFETCH(bool, warns);
        ImpactReport report;
        report.calibration.known = known;
        report.calibration.ece = ece;
        report.calibration.method = QStringLiteral("platt");
        ImpactNotes notes;
        notes.setReport(&report);
        QCOMPARE(notes.isWarning(), warns);
        QCOMPARE(notes.calibrationText().contains(QStringLiteral("assume the probabilities are right")), warns);
        if (known)
            QVERIFY(notes.calibrationText().contains(format::percent(ece)));
        QVERIFY(notes.inSampleText().isEmpty());
        report.inSample = true;
        notes.setReport(&report);
        QVERIFY(!notes.inSampleText().isEmpty());
    }

    void fixedValueWithoutAChargesColumn()
    {
        App app;
        QVERIFY(app.open());
        Workspace *workspace = app.window.workspace();
        const int charges = workspace->table()->semanticIndex(Semantic::MonthlyCharges);
        QVERIFY(charges >= 0);
        // In the Data area the user unmaps the charges column; back here, the customers are scored
        // again, without money from the data.
        QVERIFY(app.window.setCurrentArea(AreaId::Data));
        const quint64 before = app.view->reportCount();
        workspace->setSemantic(charges, Semantic::None);
        QVERIFY(app.window.setCurrentArea(AreaId::Impact));
        QVERIFY(app.waitForReport(before));
        QTRY_VERIFY_WITH_TIMEOUT(app.view->report()->valueColumn.isEmpty() && !app.view->isBuilding(), 60000);
        SimulatorForm *form = app.view->simulator();
        QComboBox *source = form->valueSource();
        // A fixed amount is offered (and chosen), and so is every numeric column.
        QCOMPARE(source->currentText(), QStringLiteral("a fixed amount"));
        QVERIFY(source->findText(QStringLiteral("TotalCharges")) >= 0);
        QVERIFY(!form->fixedValue()->isHidden());
        QVERIFY(app.change([form]() { form->fixedValue()->setValue(40.0); }));
        const auto report = app.view->report();
        QCOMPARE(report->fixedValue, 40.0);
        QVERIFY(report->kpis.hasCharges);
        QCOMPARE(app.view->cards()->value(QStringLiteral("monthly")), impactformat::money(40.0 * report->kpis.expectedChurners));
        QVERIFY(app.view->cards()->toolTip(QStringLiteral("monthly")).contains(impactformat::money(40.0)));
        // Another numeric column as the monthly value.
        const int other = source->findText(QStringLiteral("MonthlyCharges"));
        QVERIFY(other >= 0);
        QVERIFY(app.change([source, other]() {
            source->setFocus();
            source->setCurrentIndex(other - 1);
            QTest::keyClick(source, Qt::Key_Down);
        }));
        QCOMPARE(app.view->report()->valueColumn, QStringLiteral("MonthlyCharges"));
        QVERIFY(form->fixedValue()->isHidden());
        QCOMPARE(app.view->assumptions().valueColumn, QStringLiteral("MonthlyCharges"));
    }

    void moneyInTheChosenCurrency()
    {
        App app;
        QVERIFY(app.open());
        Workspace *workspace = app.window.workspace();
        // Euros chosen in Preferences: the figures are written again from the same report.
        Preferences prefs = workspace->preferences();
        prefs.currency = QStringLiteral("EUR");
        workspace->setPreferences(prefs);
        QCOMPARE(Currency::current().code, QStringLiteral("EUR"));
        ImpactCards *cards = app.view->cards();
        const ImpactKpis &k = app.view->report()->kpis;
        for (const QString &card : {QStringLiteral("monthly"), QStringLiteral("horizon")})
            QVERIFY2(cards->value(card).contains(QStringLiteral("€")), qPrintable(cards->value(card)));
        QCOMPARE(cards->value(QStringLiteral("monthly")), Currency::current().format(std::round(k.monthlyRevenueAtRisk), 0));
        QVERIFY(app.view->simulator()->contactCost()->text().contains(QStringLiteral("€")));
        QDoubleSpinBox *budget = app.view->simulator()->budget(); // its 0 reads "no limit": the affixes say the currency
        QVERIFY((budget->prefix() + budget->suffix()).contains(QStringLiteral("€")));
        bool howSaysEuro = false;
        for (const auto &[title, text] : ImpactService::howComputed(*app.view->report()))
            howSaysEuro |= text.contains(QStringLiteral("€"));
        QVERIFY(howSaysEuro);
        QCOMPARE(ReportOptions{}.currency, QStringLiteral("€")); // the PDF's figures too
        // Back to dollars.
        prefs.currency = QStringLiteral("USD");
        workspace->setPreferences(prefs);
        QVERIFY(!cards->value(QStringLiteral("monthly")).contains(QStringLiteral("€")));
        QVERIFY(cards->value(QStringLiteral("monthly")).contains(QStringLiteral("$")));
        workspace->setPreferences(Preferences{});
    }

    void wheelOnlyChangesAFocusedField()
    {
        App app;
        QVERIFY(app.open());
        QDoubleSpinBox *offer = app.view->simulator()->offerCost();
        app.view->exportButton()->setFocus();
        const double before = offer->value();
        sendWheel(offer, 120);
        QCOMPARE(offer->value(), before);
        offer->setFocus();
        QTRY_VERIFY(offer->hasFocus());
        sendWheel(offer, 120);
        QVERIFY(offer->value() > before);
    }

    void fitsALaptopScreen()
    {
        App app;
        QVERIFY(app.open(QSize(1600, 1000)));
        QTest::qWait(50);
        // At 1600 x 1000 the headline figures and the recommendation are in view without scrolling.
        QScrollArea *scroll = app.view->scrollArea();
        const QRect viewport = scroll->viewport()->rect();
        const QList<QWidget *> mustShow{app.view->cards(),
                                        app.view->simulatorResults()->findChild<QLabel *>(QStringLiteral("recommendation"))};
        for (QWidget *w : mustShow) {
            QVERIFY(w);
            const QRect at(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
            QVERIFY2(viewport.contains(at), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside %6x%7")
                                                          .arg(w->objectName()).arg(at.x()).arg(at.y()).arg(at.width())
                                                          .arg(at.height()).arg(viewport.width()).arg(viewport.height())));
        }
        // At 1366 x 768 nothing is cut off sideways.
        app.window.resize(1366, 768);
        QTest::qWait(50);
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    }

    // Pictures to look at: CHURNLENS_SCREENSHOTS=DIR ./tst_impactview screenshots
    // (CHURNLENS_SCREENSHOT_LANGUAGE=de: in German, from the build's translations, named *-de.png).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CHURNLENS_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set CHURNLENS_SCREENSHOTS=DIR to save impact.png and its variants");
        const QString language = qEnvironmentVariable("CHURNLENS_SCREENSHOT_LANGUAGE");
        QTranslator translator;
        if (!language.isEmpty()) {
            const QLocale locale(language);
            QVERIFY(translator.load(locale, QStringLiteral("churnlens"), QStringLiteral("_"),
                                    QCoreApplication::applicationDirPath() + QStringLiteral("/../translations")));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(locale);
        }
        const QString languageSuffix = language.isEmpty() ? QString() : QLatin1Char('-') + language;
        App app;
        QVERIFY(app.open());
        // A range, so the band and the likely figures are in the picture.
        QVERIFY(app.change([&app]() {
            app.view->simulator()->acceptanceTo()->setValue(35.0);
            app.view->simulator()->acceptanceFrom()->setValue(15.0);
        }));
        for (const auto &[theme, themeSuffix] : {std::pair{Theme::Light, QString()}, std::pair{Theme::Dark, QStringLiteral("-dark")}}) {
            applyTheme(theme);
            for (const QSize &size : {QSize(1600, 1000), QSize(1366, 768)}) {
                app.window.resize(size);
                QTest::qWait(300);
                const QString tail = (size.width() == 1366 ? QStringLiteral("-1366") : QString()) + themeSuffix + languageSuffix;
                QVERIFY(app.window.grab().save(dir + QStringLiteral("/impact%1.png").arg(tail)));
                // The rest of the page, scrolled to the end.
                QScrollBar *bar = app.view->scrollArea()->verticalScrollBar();
                if (bar->maximum() > 0) {
                    bar->setValue(bar->maximum());
                    QTest::qWait(100);
                    QVERIFY(app.window.grab().save(dir + QStringLiteral("/impact-end%1.png").arg(tail)));
                    bar->setValue(0);
                }
            }
        }
        applyTheme(Theme::Light);
        app.window.resize(1600, 1000);
        QTest::qWait(200);
        // "How is this computed?" open, scrolled to it.
        app.view->howComputed()->setExpanded(true);
        QTest::qWait(200);
        app.view->scrollArea()->verticalScrollBar()->setValue(app.view->scrollArea()->verticalScrollBar()->maximum());
        QTest::qWait(100);
        QVERIFY(app.window.grab().save(dir + QStringLiteral("/impact-how%1.png").arg(languageSuffix)));
        app.view->howComputed()->setExpanded(false);
        ImpactChartsGrid *charts = app.view->charts();
        QVERIFY(charts->profitPanel()->savePng(dir + QStringLiteral("/impact-profit%1.png").arg(languageSuffix)));
        QVERIFY(charts->segmentsPanel()->saveSvg(dir + QStringLiteral("/impact-segments%1.svg").arg(languageSuffix)));
        QSignalSpy exported(app.view, &ImpactView::reportExported);
        QVERIFY(app.view->exportPdf(dir + QStringLiteral("/impact-report%1.pdf").arg(languageSuffix)));
        QVERIFY(exported.wait(60000));
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }

private:
    QTemporaryDir m_out;
};

QTEST_MAIN(TestImpactView)
#include "tst_impactview.moc"
