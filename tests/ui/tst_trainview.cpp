// The Train area driven like a user: open Telco through the app's loader, choose a model,
// start, read the leaderboard, move the threshold slider, save the model, cancel long runs,
// and check the GUI thread keeps answering while training runs.
#include "shell/areas.h"
#include "data/datatable.h"
#include "shell/dataopener.h"
#include "common/chartpanel.h"
#include "shell/mainwindow.h"
#include "shell/progresspanel.h"
#include "ml/autosearch.h"
#include "ml/modelbundle.h"
#include "ml/trainreport.h"
#include "score/scoreresult.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"
#include "services/trainresults.h"
#include "jobs/taskrunner.h"
#include "train/confusionpanel.h"
#include "train/evaluationcharts.h"
#include "train/leaderboardmodel.h"
#include "ml/thresholdcurve.h"
#include "train/trainjobspanel.h"
#include "train/trainresultsview.h"
#include "services/trainrun.h"
#include "train/trainsettings.h"
#include "train/trainview.h"
#include "common/format.h"
#include "shell/theme.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLayout>
#include <QTranslator>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QScrollArea>
#include <QHeaderView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <algorithm>
#include <memory>
#include <tuple>

using namespace churnlens;

namespace {

const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

// Longest gap between ticks of a 10 ms timer on the GUI thread: how long the window froze.
class FreezeMeter : public QObject
{
public:
    FreezeMeter()
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            m_longest = std::max(m_longest, m_clock.restart());
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

struct App
{
    MainWindow window;
    TrainView *view = nullptr;

    bool open()
    {
        installAreas(window);
        window.resize(1600, 1000);
        window.show();
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(Telco, false);
        if (!loaded.wait(60000))
            return false;
        if (!window.setCurrentArea(AreaId::Train))
            return false;
        view = qobject_cast<TrainView *>(window.areaView(AreaId::Train));
        return view != nullptr;
    }

    // Tuning::Auto picks "Automatic — quick" (the first automatic entry).
    void choose(TrainSettings::ModelChoice model, int foldsIndex, Tuning tuning)
    {
        TrainSettings *s = view->settings();
        s->modelChoice()->setCurrentIndex(model);
        s->foldsChoice()->setCurrentIndex(foldsIndex);
        s->tuningChoice()->setCurrentIndex(s->tuningChoice()->findData(int(tuning)));
    }

    bool waitIdle(int ms)
    {
        return QTest::qWaitFor([this]() { return !view->isTraining(); }, ms);
    }
};

// The entry of \a box whose text contains \a text, or -1.
int entryWith(const QComboBox *box, const QString &text)
{
    for (int i = 0; i < box->count(); ++i)
        if (box->itemText(i).contains(text, Qt::CaseInsensitive))
            return i;
    return -1;
}

QLineSeries *seriesNamed(QChart *chart, const QString &objectName)
{
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == objectName)
            return qobject_cast<QLineSeries *>(s);
    return nullptr;
}

} // namespace

class TestTrainView : public QObject
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

    void thresholdCurveMatchesBinaryMetrics()
    {
        QRandomGenerator rng(7);
        std::vector<int8_t> labels;
        std::vector<double> scores;
        for (int i = 0; i < 3000; ++i) {
            labels.push_back(int8_t(rng.bounded(100) < 27 ? 1 : 0));
            // Coarse scores: many ties, also exactly at the thresholds probed below.
            scores.push_back(double(rng.bounded(41)) / 40.0);
        }
        labels.push_back(-1); // unlabelled rows are left out
        scores.push_back(0.9);
        const ThresholdCurve curve(labels, scores);
        QCOMPARE(curve.rows(), qint64(3000));
        const std::span<const int8_t> l(labels.data(), 3000);
        const std::span<const double> s(scores.data(), 3000);
        for (double t : {-0.1, 0.0, 0.025, 0.1, 0.3333, 0.5, 0.75, 0.975, 1.0, 1.1}) {
            const ConfusionMatrix want = BinaryMetrics::confusionAt(l, s, t);
            const ConfusionMatrix got = curve.at(t);
            QCOMPARE(got.truePositives, want.truePositives);
            QCOMPARE(got.falsePositives, want.falsePositives);
            QCOMPARE(got.trueNegatives, want.trueNegatives);
            QCOMPARE(got.falseNegatives, want.falseNegatives);
        }
        // A NaN score is never flagged; a NaN threshold flags nobody.
        const std::vector<int8_t> l2{1, 0, 1};
        const std::vector<double> s2{std::nan(""), 0.2, 0.8};
        const ThresholdCurve c2(l2, s2);
        QCOMPARE(c2.at(0.0).truePositives, qint64(1));
        QCOMPARE(c2.at(0.0).falseNegatives, qint64(1));
        QCOMPARE(c2.at(std::nan("")).truePositives + c2.at(std::nan("")).falsePositives, qint64(0));
        QVERIFY(ThresholdCurve().isEmpty());
        QCOMPARE(ThresholdCurve().at(0.5).total(), qint64(0));
    }

    void leaderboardShowsEveryMetric()
    {
        // Two hand-made model reports: the numbers shown must be theirs, the best starred.
        auto results = std::make_shared<TrainResults>();
        TrainReport &r = results->report;
        r.options.folds = 5;
        for (auto [kind, cvAuc, testAuc, logLoss] : {std::tuple{ModelKind::Logistic, 0.84, 0.83, 0.41},
                                                     std::tuple{ModelKind::XGBoost, 0.86, 0.82, 0.45}}) {
            ModelReport m;
            m.kind = kind;
            m.cv[QStringLiteral("roc_auc")] = {cvAuc, 0.0123};
            m.cv[QStringLiteral("f1")] = {0.6, 0.02};
            m.test.rocAuc = testAuc;
            m.test.f1 = 0.61;
            m.test.logLoss = logLoss;
            m.threshold = 0.3;
            r.models.push_back(m);
            results->thresholds.emplace_back();
        }
        r.best = TrainRun::bestModel(r);
        QCOMPARE(r.best, 1); // by CV ROC AUC, not by test
        LeaderboardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(results);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, LeaderboardModel::Model).data().toString(), QStringLiteral("★ XGBoost"));
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(0, LeaderboardModel::CvRocAuc).data().toString(), QStringLiteral("0.840 ± 0.012"));
        QCOMPARE(model.index(0, LeaderboardModel::RocAuc).data().toString(), QStringLiteral("0.830"));
        QCOMPARE(model.index(1, LeaderboardModel::LogLoss).data(Qt::UserRole).toDouble(), 0.45);
        QVERIFY(model.headerData(LeaderboardModel::Brier, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("Lower")));
        // Cross-validation view: the metric columns show mean ± spread.
        model.setSource(LeaderboardModel::Source::CrossValidation);
        QCOMPARE(model.index(0, LeaderboardModel::F1).data().toString(), QStringLiteral("0.600 ± 0.020"));
        QCOMPARE(model.index(0, LeaderboardModel::PrAuc).data().toString(), QStringLiteral("—")); // not computed in CV here
        // Sorting by a column orders by its number.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Qt::UserRole);
        proxy.sort(LeaderboardModel::CvRocAuc, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("XGBoost"));
        model.setSource(LeaderboardModel::Source::Test);
        proxy.sort(LeaderboardModel::RocAuc, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(Qt::UserRole).toString(), QStringLiteral("Logistic regression"));
    }

    void failedJobSkipsTheRest()
    {
        // Nobody churned: nothing can be learned; the first job fails and says why.
        auto table = std::make_shared<DataTable>();
        std::vector<double> x;
        std::vector<int32_t> codes;
        Dictionary d;
        d.insert("No");
        d.insert("Yes");
        for (int i = 0; i < 200; ++i) {
            x.push_back(i);
            codes.push_back(0);
        }
        table->addColumn(Column::numeric(QStringLiteral("x"), x));
        table->addColumn(Column::coded(QStringLiteral("Churn"), codes, d, ColumnType::Boolean));
        table->setTarget(1);
        table->setPositiveLabel(QStringLiteral("Yes"));
        TrainRun run;
        QSignalSpy failed(&run, &TrainRun::failed);
        QSignalSpy finished(&run, &TrainRun::finished);
        TrainOptions o;
        o.models = {ModelKind::Logistic, ModelKind::Forest, ModelKind::XGBoost};
        QVERIFY(run.start(table, o, QStringLiteral("test")));
        QVERIFY(!run.start(table, o, QStringLiteral("again"))); // one run at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().value<Error>().message.isEmpty());
        QVERIFY(run.jobs()[0].state == TrainRun::JobState::Failed);
        QVERIFY(run.jobs()[1].state == TrainRun::JobState::Skipped);
        QVERIFY(run.jobs()[2].state == TrainRun::JobState::Skipped);
        QVERIFY(!run.results());
        QVERIFY(!run.isRunning());
    }

    void settingsMakeOptions()
    {
        App app;
        QVERIFY(app.open());
        TrainSettings *s = app.view->settings();
        // Defaults: Auto (all three), no rebalancing, 5 folds, best-F1 threshold.
        TrainOptions o = s->options();
        QCOMPARE(o.models.size(), size_t(3));
        QVERIFY(o.imbalance == ImbalanceStrategy::None);
        QCOMPARE(o.folds, 5);
        QVERIFY(o.threshold.kind == ThresholdPolicy::Kind::BestF1);
        // Telco maps tenure, charges, contract and services, but no support-call column.
        QVERIFY(s->engineeredSwitch(EngineeredFeature::TenureBins)->isEnabled());
        QVERIFY(!s->engineeredSwitch(EngineeredFeature::SupportCallsPerMonth)->isEnabled());
        QVERIFY(o.preparation.isOn(EngineeredFeature::TenureBins));
        QVERIFY(!o.preparation.isOn(EngineeredFeature::SupportCallsPerMonth));
        QVERIFY(!s->engineeredSwitch(EngineeredFeature::SupportCallsPerMonth)->isChecked()); // shown off: nothing is made
        s->engineeredSwitch(EngineeredFeature::TenureBins)->setChecked(false);
        QVERIFY(!s->options().preparation.isOn(EngineeredFeature::TenureBins));
        // Unmapping tenure turns off what needs it; mapping it again restores the user's choices.
        Workspace *session = app.window.workspace();
        const int tenure = session->table()->indexOf(QStringLiteral("tenure"));
        QVERIFY(tenure >= 0);
        session->setSemantic(tenure, Semantic::None);
        QTRY_VERIFY(!s->engineeredSwitch(EngineeredFeature::ChargesPerMonth)->isEnabled());
        QVERIFY(!s->engineeredSwitch(EngineeredFeature::ChargesPerMonth)->isChecked());
        QVERIFY(!s->options().preparation.isOn(EngineeredFeature::ChargesPerMonth));
        session->setSemantic(tenure, Semantic::Tenure);
        QTRY_VERIFY(s->engineeredSwitch(EngineeredFeature::ChargesPerMonth)->isEnabled());
        QVERIFY(s->engineeredSwitch(EngineeredFeature::ChargesPerMonth)->isChecked());
        QVERIFY(!s->engineeredSwitch(EngineeredFeature::TenureBins)->isChecked());
        // Tuning without folds cannot work: Start says why and stays off.
        app.choose(TrainSettings::XGBoost, 0, Tuning::Grid);
        QVERIFY(!s->problem().isEmpty());
        QVERIFY(!app.view->startButton()->isEnabled());
        app.choose(TrainSettings::XGBoost, 2, Tuning::Grid);
        QVERIFY(s->problem().isEmpty());
        QVERIFY(app.view->startButton()->isEnabled());
        QVERIFY(s->options().models == std::vector<ModelKind>{ModelKind::XGBoost});
        QVERIFY(s->options().tuning == Tuning::Grid);
        // Early stopping: off by default, a number of rounds when set, only with folds and XGBoost.
        QCOMPARE(s->options().earlyStoppingRounds, 0);
        s->earlyStopping()->setValue(25);
        QCOMPARE(s->options().earlyStoppingRounds, 25);
        app.choose(TrainSettings::Logistic, 2, Tuning::Grid);
        QVERIFY(!s->earlyStopping()->isEnabled());
        QCOMPARE(s->options().earlyStoppingRounds, 0);
        app.choose(TrainSettings::XGBoost, 0, Tuning::None);
        QVERIFY(!s->earlyStopping()->isEnabled());
        app.choose(TrainSettings::XGBoost, 2, Tuning::Grid);
        QVERIFY(s->earlyStopping()->isEnabled());
        QCOMPARE(s->options().earlyStoppingRounds, 25);
        s->setEnabled(false); // as during a run
        QCOMPARE(s->options().earlyStoppingRounds, 25);
        s->setEnabled(true);
        s->earlyStopping()->setValue(0);
        // Without a churn column there is nothing to learn.
        app.window.workspace()->setTarget(-1);
        QTRY_VERIFY(!app.view->startButton()->isEnabled());
    }

    // The engineered features name their columns as the Data area does ("From Tenure (months)", not
    // "From tenure"), and follow a label the user types.
    void engineeredFeaturesNameColumnsByTheirLabels()
    {
        App app;
        QVERIFY(app.open());
        auto noteOf = [&app](EngineeredFeature f) {
            const QString tip = app.view->settings()->engineeredSwitch(f)->toolTip();
            return tip;
        };
        Workspace *workspace = app.window.workspace();
        const auto table = workspace->table();
        const int tenure = table->indexOf(QStringLiteral("tenure"));
        QVERIFY(tenure >= 0);
        const QString label = workspace->fieldLabels().label(table->column(tenure));
        QVERIFY(label != QStringLiteral("tenure"));
        QVERIFY2(noteOf(EngineeredFeature::TenureBins).contains(label), qPrintable(noteOf(EngineeredFeature::TenureBins)));
        bool noteShown = false;
        for (QLabel *l : app.view->settings()->findChildren<QLabel *>())
            noteShown |= l->text() == QStringLiteral("From %1").arg(label);
        QVERIFY(noteShown);
        FieldLabels labels = workspace->fieldLabels();
        labels.setUserLabel(QStringLiteral("tenure"), QStringLiteral("Months with us"));
        workspace->setFieldLabels(labels);
        QVERIFY(noteOf(EngineeredFeature::TenureBins).contains(QStringLiteral("Months with us")));
        labels.setUserLabel(QStringLiteral("tenure"), QString());
        workspace->setFieldLabels(labels);
    }

    // On a first start in a 1360x860 window the scroll area squeezed the settings below the height
    // their wrapped notes need: the tuning note was drawn over the time-limit row.
    void settingsKeepTheHeightTheirNotesNeed()
    {
        QSettings().clear();
        App app;
        QVERIFY(app.open());
        app.window.resize(1360, 860);
        TrainSettings *s = app.view->settings();
        for (int round = 0; round < 2; ++round) {
            // Another tuning choice changes the note's text and the rows shown.
            if (round == 1)
                s->tuningChoice()->setCurrentIndex(s->tuningChoice()->count() - 1);
            QTRY_VERIFY(s->height() >= s->layout()->totalHeightForWidth(s->width()));
            QTRY_VERIFY(s->minimumHeight() >= s->layout()->totalHeightForWidth(s->width()));
        }
        s->tuningChoice()->setCurrentIndex(0); // the default again, for the tests after
    }

    void automaticTuningIsTheDefault()
    {
        QSettings().clear(); // a first start: nothing remembered from the tests before
        App app;
        QVERIFY(app.open());
        TrainSettings *s = app.view->settings();
        QComboBox *tuning = s->tuningChoice();
        QComboBox *limit = s->timeLimitChoice();
        const int quick = entryWith(tuning, QStringLiteral("Automatic — quick"));
        const int thorough = entryWith(tuning, QStringLiteral("Automatic — thorough"));
        QCOMPARE(quick, 0);
        QVERIFY(thorough > 0);
        for (const char *other : {"None", "Grid", "Random"})
            QVERIFY(entryWith(tuning, QLatin1String(other)) > thorough);
        QCOMPARE(tuning->currentIndex(), quick);
        TrainOptions o = s->options();
        QVERIFY(o.tuning == Tuning::Auto);
        QVERIFY(o.effort == SearchEffort::Quick);
        QCOMPARE(o.budgetSeconds, 0.0);
        QVERIFY(limit->isVisibleTo(s));
        QCOMPARE(limit->currentData().toInt(), 0);

        // The note counts what AutoSearch will try, family by family, on the chosen folds.
        app.choose(TrainSettings::XGBoost, 2, Tuning::Auto); // 5 folds
        QCOMPARE(tuning->currentIndex(), quick);
        auto expectNote = [s](ModelKind kind, SearchEffort effort, int folds) {
            const QString note = s->tuningNote()->text();
            const auto sets = qsizetype(AutoSearch::candidates(kind, effort).size());
            const std::vector<int> rungs = AutoSearch::rungFolds(effort, folds);
            QVERIFY2(note.contains(displayName(kind) + QStringLiteral(": %1 setting").arg(sets)), qPrintable(note));
            QVERIFY2(note.contains(QStringLiteral("on %1 fold").arg(rungs.front())), qPrintable(note));
            qsizetype finalists = sets;
            for (size_t r = 1; r < rungs.size(); ++r)
                finalists = AutoSearch::promoted(finalists);
            QVERIFY2(rungs.size() > 1, "every effort narrows the sets down on 3 and 5 folds");
            QVERIFY2(note.contains(QStringLiteral("the best %1 on all folds").arg(finalists)), qPrintable(note));
        };
        expectNote(ModelKind::XGBoost, SearchEffort::Quick, 5);
        QVERIFY(s->tuningNote()->text().contains(QStringLiteral("early stopping")));
        // Back from other modes, the note gets the room it needs.
        app.choose(TrainSettings::XGBoost, 2, Tuning::None);
        QTest::qWait(50);
        app.choose(TrainSettings::Auto, 2, Tuning::Auto);
        QTRY_VERIFY(s->tuningNote()->height() >= s->tuningNote()->heightForWidth(s->tuningNote()->width()));
        app.choose(TrainSettings::XGBoost, 2, Tuning::Auto);
        QVERIFY(!s->earlyStopping()->isVisibleTo(s)); // automatic tuning stops early by itself
        QCOMPARE(s->options().earlyStoppingRounds, 0);

        // Thorough with a time limit of five minutes.
        tuning->setCurrentIndex(thorough);
        limit->setCurrentIndex(limit->findData(300));
        QVERIFY(limit->currentIndex() > 0);
        o = s->options();
        QVERIFY(o.tuning == Tuning::Auto);
        QVERIFY(o.effort == SearchEffort::Thorough);
        QCOMPARE(o.budgetSeconds, 300.0);
        expectNote(ModelKind::XGBoost, SearchEffort::Thorough, 5);
        QVERIFY(s->tuningNote()->text().contains(format::seconds(300)));
        app.choose(TrainSettings::Auto, 1, Tuning::Auto); // every family, 3 folds; the effort stays as chosen
        tuning->setCurrentIndex(thorough);
        for (ModelKind kind : {ModelKind::Logistic, ModelKind::Forest, ModelKind::XGBoost})
            expectNote(kind, SearchEffort::Thorough, 3);

        // Without folds automatic tuning trains the standard settings: the note says so, Start stays on.
        app.choose(TrainSettings::XGBoost, 0, Tuning::Auto);
        QVERIFY(s->problem().isEmpty());
        QVERIFY(app.view->startButton()->isEnabled());
        QVERIFY(s->tuningNote()->text().contains(QStringLiteral("standard settings")));
        QVERIFY(!limit->isEnabled());

        // Other tuning modes: no time limit shown or used; early stopping back.
        app.choose(TrainSettings::XGBoost, 2, Tuning::Grid);
        QVERIFY(!limit->isVisibleTo(s));
        QCOMPARE(s->options().budgetSeconds, 0.0);
        QVERIFY(s->earlyStopping()->isVisibleTo(s));

        // The choices survive saving and restoring (the Workspace keeps what the panel says).
        tuning->setCurrentIndex(thorough);
        limit->setCurrentIndex(limit->findData(60));
        TrainSettings restored;
        restored.setState(app.window.workspace()->trainSettings());
        QCOMPARE(restored.tuningChoice()->currentIndex(), thorough);
        QCOMPARE(restored.timeLimitChoice()->currentData().toInt(), 60);
        QVERIFY(restored.options().effort == SearchEffort::Thorough);
        QCOMPARE(restored.options().budgetSeconds, 60.0);
        restored.setState(QJsonObject{{QStringLiteral("tuning"), QStringLiteral("random")}});
        QVERIFY(restored.options().tuning == Tuning::Random);
        // States saved before automatic tuning hold the index into None, Grid, Random.
        restored.setState(QJsonObject{{QStringLiteral("tuning"), 1}});
        QVERIFY(restored.options().tuning == Tuning::Grid);
        restored.setState(QJsonObject{{QStringLiteral("tuning"), 0}});
        QVERIFY(restored.options().tuning == Tuning::None);
        restored.setState(QJsonObject{{QStringLiteral("tuning"), 2}});
        QVERIFY(restored.options().tuning == Tuning::Random);
        // Unknown entries change nothing.
        restored.setState(QJsonObject{{QStringLiteral("tuning"), 7}, {QStringLiteral("time_limit"), 42}});
        QVERIFY(restored.options().tuning == Tuning::Random);
        QCOMPARE(restored.timeLimitChoice()->currentData().toInt(), 60);
        restored.setState(QJsonObject{{QStringLiteral("tuning"), QStringLiteral("auto")}});
        QVERIFY(restored.options().tuning == Tuning::Auto);
        QVERIFY(restored.options().effort == SearchEffort::Quick);
    }

    void calibrationChartShowsSmoteInflation()
    {
        App app;
        QVERIFY(app.open());
        TrainSettings *s = app.view->settings();
        app.choose(TrainSettings::Logistic, 1, Tuning::None);
        s->imbalanceChoice()->setCurrentIndex(s->imbalanceChoice()->findData(int(ImbalanceStrategy::Smote)));
        QSignalSpy finished(app.view, &TrainView::trainingFinished);
        QTest::mouseClick(app.view->startButton(), Qt::LeftButton);
        QVERIFY(finished.wait(180000));
        TrainResultsView *results = app.view->resultsView();
        QVERIFY(results->results());
        const ModelReport &m = results->results()->report.bestModel();
        qInfo("SMOTE logistic: calibration %s, error %.4f -> %.4f", qPrintable(Calibration::machineName(m.calibration.method())),
              m.uncalibrated.ece, m.ece);
        // SMOTE trains on as many churners as stayers: the model's own probabilities are too high,
        // and a calibration map brings them down.
        QVERIFY(!m.calibration.isIdentity());
        QVERIFY(m.ece < m.uncalibrated.ece);

        QChart *chart = results->curvePanel(EvaluationCharts::Kind::Calibration)->chart();
        QVERIFY(chart);
        QLineSeries *calibrated = seriesNamed(chart, EvaluationCharts::CalibratedName);
        QLineSeries *raw = seriesNamed(chart, EvaluationCharts::UncalibratedName);
        QVERIFY(calibrated && raw);
        QVERIFY(calibrated->count() >= 3);
        QVERIFY(raw->count() >= 3);
        // The uncalibrated curve lies below the diagonal: fewer churn than predicted.
        int below = 0;
        for (const QPointF &p : raw->points())
            below += p.y() < p.x() ? 1 : 0;
        QVERIFY2(below * 3 >= raw->count() * 2, qPrintable(QStringLiteral("%1 of %2 below").arg(below).arg(raw->count())));
        const QString title = chart->title();
        const QString method = m.calibration.method() == Calibration::Method::Isotonic ? QStringLiteral("isotonic regression")
                                                                                        : QStringLiteral("Platt scaling");
        QVERIFY2(title.contains(method), qPrintable(title));
        QVERIFY2(title.contains(format::percent(m.uncalibrated.ece) + QStringLiteral(" → ") + format::percent(m.ece)), qPrintable(title));
        // Copy data holds both curves.
        const ChartTable &table = results->curvePanel(EvaluationCharts::Kind::Calibration)->table();
        QVERIFY(table.header.contains(QStringLiteral("probabilities")));
        QVERIFY(std::any_of(table.rows.begin(), table.rows.end(), [](const QStringList &r) { return r.last() == QLatin1String("uncalibrated"); }));

        // The leaderboard's calibration error: after calibration, the method and the value before in its tooltip.
        LeaderboardModel *board = results->leaderboardModel();
        const QModelIndex cell = board->index(0, LeaderboardModel::CalibrationError);
        QCOMPARE(cell.data().toString(), format::percent(m.ece));
        QCOMPARE(cell.data(Qt::UserRole).toDouble(), m.ece);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(method));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(format::percent(m.uncalibrated.ece)));

        const QString dir = qEnvironmentVariable("CHURNLENS_SCREENSHOTS");
        if (!dir.isEmpty()) {
            results->chartTabs()->setCurrentIndex(int(EvaluationCharts::Kind::Calibration));
            QTest::qWait(200);
            QVERIFY(results->curvePanel(EvaluationCharts::Kind::Calibration)->savePng(dir + QStringLiteral("/train-calibration-smote.png")));
        }
    }

    void trainsLogisticAndMovesThreshold()
    {
        App app;
        QVERIFY(app.open());
        app.choose(TrainSettings::Logistic, 0, Tuning::None);
        QSignalSpy finished(app.view, &TrainView::trainingFinished);
        FreezeMeter freeze;
        QTest::mouseClick(app.view->startButton(), Qt::LeftButton);
        QVERIFY(app.view->isTraining());
        QCOMPARE(app.view->jobsPanel()->rowCount(), 1);
        QVERIFY(finished.wait(120000));
        qInfo("logistic regression trained; longest GUI freeze %lld ms", freeze.longestMs());

        TrainResultsView *results = app.view->resultsView();
        LeaderboardModel *board = results->leaderboardModel();
        QAbstractItemModelTester tester(board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(board->rowCount(), 1);
        const double auc = board->index(0, LeaderboardModel::RocAuc).data(Qt::UserRole).toDouble();
        qInfo("test ROC AUC %.4f", auc);
        QVERIFY(auc > 0.8);
        QVERIFY(board->index(0, LeaderboardModel::Model).data().toString().contains(QStringLiteral("Logistic")));
        QVERIFY(!results->leaderboard()->isColumnHidden(LeaderboardModel::Brier));
        QVERIFY(app.view->jobsPanel()->stepText(0).contains(QStringLiteral("ROC AUC")));

        // The run is kept in the Workspace; training did not change the model in use for scoring.
        Workspace *workspace = app.window.workspace();
        QCOMPARE(workspace->runsOfCurrentData().size(), qsizetype(1));
        QVERIFY(!workspace->runs().last()->running);
        const auto model = TrainResults::modelOf(workspace->runs().last(), 0);
        QVERIFY(model);
        QVERIFY(model->kind == ModelKind::Logistic);
        ScoringContext *scoring = workspace->scoring();
        QVERIFY(scoring->origin() != ScoringContext::Origin::Trained);
        QVERIFY(results->useButton()->isEnabled());

        // Every curve is drawn, with its numbers behind it; the threshold marker is on the ROC curve.
        for (int k = 0; k < EvaluationCharts::KindCount; ++k) {
            ChartPanel *panel = results->curvePanel(EvaluationCharts::Kind(k));
            QVERIFY(panel->chart());
            QVERIFY(!panel->table().isEmpty());
        }
        QVERIFY(results->importancePanel()->chart());
        {
            // Columns of the data are named by their labels, as in the Data area ("tenure" showed raw).
            const auto axes = results->importancePanel()->chart()->axes(Qt::Vertical);
            auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
            QVERIFY(axis && axis->count() > 0);
            const auto data = workspace->table();
            int labelled = 0;
            for (const QString &category : axis->categories()) {
                const int c = data->indexOf(category);
                QVERIFY2(c < 0 || workspace->fieldLabels().label(data->column(c)) == category, qPrintable(category));
                for (int col = 0; col < data->columnCount(); ++col)
                    labelled += category == workspace->fieldLabels().label(data->column(col)) && category != data->column(col).name();
            }
            QVERIFY(labelled > 0);
        }

        // As many importance bars as leave room for every label (Qt drops every other label when
        // crowded): a short window shows fewer and says so in the title, a tall one more.
        auto barsShown = [results]() -> qsizetype {
            const auto axes = results->importancePanel()->chart()->axes(Qt::Vertical);
            auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
            return axis ? axis->count() : 0;
        };
        app.window.resize(1200, 700);
        QTRY_VERIFY(barsShown() > 0 && barsShown() < 8);
        const qsizetype fewer = barsShown();
        QVERIFY(results->importancePanel()->chart()->title().contains(QStringLiteral("strongest %1 of").arg(fewer)));
        app.window.resize(1600, 1400);
        QTRY_VERIFY(barsShown() > fewer);
        qInfo("importance bars: %lld in a 700 px window, %lld in a 1400 px one", qlonglong(fewer), qlonglong(barsShown()));
        // A 1366 x 768 laptop: the results scroll instead of growing the window past the screen.
        app.window.resize(1366, 700);
        QTRY_COMPARE(app.window.height(), 700);
        QVERIFY(app.window.minimumSizeHint().height() <= 700);
        // (The results no longer need to scroll as a whole: the confusion panel scrolls in its own area.)
        QTRY_VERIFY(results->height() >= results->minimumSizeHint().height());
        {
            // The confusion panel has the height its wrapped sentences need (it scrolls in its own
            // area): its last sentence was drawn over the importance chart below it.
            ConfusionPanel *panel = results->confusionPanel();
            QCOMPARE(panel->parentWidget(), results->confusionScroll()->viewport());
            QTRY_VERIFY(panel->width() > 0 && panel->height() >= panel->heightForWidth(panel->width()));
            const QRect scroll(results->confusionScroll()->mapTo(results, QPoint()), results->confusionScroll()->size());
            const QRect chart(results->importancePanel()->mapTo(results, QPoint()), results->importancePanel()->size());
            QVERIFY(!scroll.intersects(chart));
            // Every leaderboard header in full ("enauigke", "efferquot" in German at this width).
            QTableView *board = results->leaderboard();
            const QFontMetrics headerFont = board->horizontalHeader()->fontMetrics();
            for (int c = 0; c < board->model()->columnCount(); ++c) {
                const QString header = board->model()->headerData(c, Qt::Horizontal).toString();
                if (!board->isColumnHidden(c))
                    QVERIFY2(board->columnWidth(c) > headerFont.horizontalAdvance(header) + 8, qPrintable(header));
            }
        }
        app.window.resize(1600, 1000);

        // The confusion matrix at the chosen threshold equals the report's.
        ConfusionPanel *confusion = results->confusionPanel();
        const auto report = results->results();
        const qint64 positives = report->report.testPositives;
        const qint64 rows = qint64(report->report.testRows.size());
        QCOMPARE(confusion->threshold(), model->threshold);
        QCOMPARE(confusion->counts().truePositives, model->test.confusion.truePositives);
        QCOMPARE(confusion->counts().falsePositives, model->test.confusion.falsePositives);

        // Moving the slider changes the counts consistently, and the shown figures follow.
        QSlider *slider = confusion->slider();
        qint64 previousFlagged = rows + 1;
        for (int v : {100, 250, 500, 750, 900}) {
            slider->setValue(v);
            const ConfusionMatrix c = confusion->counts();
            QCOMPARE(c.truePositives + c.falseNegatives, positives);
            QCOMPARE(c.total(), rows);
            const qint64 flagged = c.truePositives + c.falsePositives;
            QVERIFY(flagged < previousFlagged); // a higher threshold flags fewer customers
            previousFlagged = flagged;
            const ConfusionMatrix want = BinaryMetrics::confusionAt(report->report.testLabels, model->testScores, v / 1000.0);
            QCOMPARE(c.truePositives, want.truePositives);
            QCOMPARE(c.falsePositives, want.falsePositives);
            QCOMPARE(confusion->shownText(QStringLiteral("tp")), QLocale().toString(c.truePositives));
            QCOMPARE(confusion->shownText(QStringLiteral("fn")), QLocale().toString(c.falseNegatives));
            QCOMPARE(confusion->shownText(QStringLiteral("recall")), QLocale().toString(c.recall() * 100.0, 'f', 1) + QLatin1Char('%'));
        }
        // The ROC marker sits at the slider's point.
        const ConfusionMatrix c = confusion->counts();
        QScatterSeries *marker = nullptr;
        for (QAbstractSeries *s : results->curvePanel(EvaluationCharts::Kind::Roc)->chart()->series())
            if (s->objectName() == QLatin1String("thresholdMarker"))
                marker = static_cast<QScatterSeries *>(s);
        QVERIFY(marker && marker->count() == 1);
        QCOMPARE(marker->at(0).y(), double(c.truePositives) / double(positives));

        // "Use this model" puts the model in use at the slider's threshold: the threshold reaches scoring.
        slider->setValue(420);
        QTest::mouseClick(results->useButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(scoring->origin() == ScoringContext::Origin::Trained && scoring->scores() && !scoring->isBusy(), 60000);
        QCOMPARE(scoring->threshold(), 0.42);
        QCOMPARE(scoring->scores()->threshold, 0.42);
        QVERIFY(scoring->modelTitle().contains(QStringLiteral("training run 1")));
        QVERIFY(!results->useButton()->isEnabled());
        QVERIFY(results->useButton()->text().contains(QStringLiteral("42")));
        // Another threshold on the slider can be put in use in one click; scoring follows.
        slider->setValue(300);
        QTRY_VERIFY(results->useButton()->isEnabled());
        QVERIFY(results->useButton()->text().contains(QStringLiteral("30")));
        QTest::mouseClick(results->useButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(scoring->threshold() == 0.3 && scoring->scores() && scoring->scores()->threshold == 0.3
                                     && !scoring->isBusy(), 60000);
        slider->setValue(int(std::lround(model->threshold * 1000.0)));

        // Save the model; it loads back and scores like the trained one. Saving again replaces it.
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("churn-model"));
        QSignalSpy saved(results, &TrainResultsView::modelSaved);
        QSignalSpy failed(results, &TrainResultsView::saveFailed);
        results->saveModel(dir);
        QVERIFY(saved.wait(30000));
        auto bundle = ModelBundle::load(dir);
        QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().toString()));
        QVERIFY(bundle->kind() == ModelKind::Logistic);
        QCOMPARE(bundle->threshold(), model->threshold);
        results->saveModel(dir);
        QVERIFY(saved.wait(30000));
        QVERIFY(ModelBundle::load(dir));
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("churn-model")});
        // A folder with other files in it is never overwritten.
        const QString other = tmp.filePath(QStringLiteral("documents"));
        QVERIFY(QDir().mkpath(other));
        QFile note(other + QStringLiteral("/note.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("keep me");
        note.close();
        results->saveModel(other);
        QVERIFY(failed.wait(30000));
        QVERIFY(QFile::exists(other + QStringLiteral("/note.txt")));
        QVERIFY(!QFile::exists(other + QStringLiteral("/meta.json")));
    }

    void cancelsOneJobAndKeepsTheOthers()
    {
        App app;
        QVERIFY(app.open());
        app.choose(TrainSettings::Auto, 1, Tuning::None); // logistic, forest, xgboost; 3 folds
        TrainRun *run = app.view->run();
        QTest::mouseClick(app.view->startButton(), Qt::LeftButton);
        QCOMPARE(app.view->jobsPanel()->rowCount(), 3);
        QVERIFY(run->jobs()[0].kind == ModelKind::Logistic);
        // Skip XGBoost before it starts; cancel the forest while it trains.
        QTest::mouseClick(app.view->jobsPanel()->cancelButton(2), Qt::LeftButton);
        QVERIFY(run->jobs()[2].state == TrainRun::JobState::Canceled);
        QVERIFY(QTest::qWaitFor([run]() { return run->currentJob() == 1; }, 120000));
        QVERIFY(QTest::qWaitFor([run]() { return run->jobs()[1].fraction > 0.0; }, 60000));
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(app.view->jobsPanel()->cancelButton(1), Qt::LeftButton);
        QVERIFY(app.waitIdle(30000));
        qInfo("random forest stopped %lld ms after Cancel", clock.elapsed());
        QVERIFY(run->jobs()[0].state == TrainRun::JobState::Done);
        QVERIFY(run->jobs()[1].state == TrainRun::JobState::Canceled);
        QVERIFY(run->jobs()[2].state == TrainRun::JobState::Canceled);
        // The logistic regression's results stay (shown, and kept in the Workspace as a finished run).
        QCOMPARE(app.view->resultsView()->leaderboardModel()->rowCount(), 1);
        const auto kept = app.window.workspace()->latestRunWithModel();
        QVERIFY(kept);
        QVERIFY(!kept->running);
        QVERIFY(kept->report.bestModel().kind == ModelKind::Logistic);
        QVERIFY(app.view->startButton()->isEnabled());
    }

    void statusBarCancelStopsTheWholeRun()
    {
        App app;
        QVERIFY(app.open());
        app.choose(TrainSettings::Auto, 2, Tuning::None);
        QTest::mouseClick(app.view->startButton(), Qt::LeftButton);
        TrainRun *run = app.view->run();
        QVERIFY(run->currentJob() == 0);
        // Esc / Cancel in the status bar means "stop training", not "go on with the next model".
        QCOMPARE(app.window.progressPanel()->current(), run->runner());
        app.window.progressPanel()->cancelCurrent();
        QVERIFY(app.waitIdle(5000));
        for (const TrainRun::Job &job : run->jobs())
            QVERIFY(job.state == TrainRun::JobState::Canceled);
        QVERIFY(!app.window.workspace()->latestRunWithModel());
        QVERIFY(app.view->startButton()->isEnabled());
    }

    void cancelsXgboostGrid()
    {
        App app;
        QVERIFY(app.open());
        app.choose(TrainSettings::XGBoost, 2, Tuning::Grid);
        QSignalSpy finished(app.view, &TrainView::trainingFinished);
        FreezeMeter freeze;
        QTest::mouseClick(app.view->startButton(), Qt::LeftButton);
        TrainRun *run = app.view->run();
        // Wait until the search reports rounds, then give it a moment in full swing.
        QVERIFY(QTest::qWaitFor([run]() { return run->jobs()[0].step.contains(QStringLiteral("round")); }, 60000));
        QTest::qWait(1000);
        const QString step = app.view->jobsPanel()->stepText(0);
        qInfo("step shown: %s", qPrintable(step));
        QVERIFY(step.contains(QStringLiteral("fold"), Qt::CaseInsensitive));
        QVERIFY(!step.startsWith(QStringLiteral("XGBoost"))); // the row names the model already
        QVERIFY(!app.view->startButton()->isEnabled());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(app.view->jobsPanel()->cancelAllButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        const qint64 stopMs = clock.elapsed();
        qInfo("XGBoost grid stopped %lld ms after Cancel; longest GUI freeze %lld ms", stopMs, freeze.longestMs());
        QVERIFY(run->jobs()[0].state == TrainRun::JobState::Canceled);
        QVERIFY(!app.view->isTraining());
        QVERIFY(app.view->startButton()->isEnabled());
        QVERIFY(!run->results());
    }

    // Pictures for the docs: CHURNLENS_SCREENSHOTS=DIR ./tst_trainview screenshots
    // (CHURNLENS_SCREENSHOT_LANGUAGE=de: in German, from the build's translations, named *-de.png).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CHURNLENS_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set CHURNLENS_SCREENSHOTS=DIR to save train-running.png and train-results.png");
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
        QSignalSpy finished(app.view, &TrainView::trainingFinished);
        // An earlier quick run, so that the run picker shows.
        app.choose(TrainSettings::Logistic, 0, Tuning::None);
        QTest::mouseClick(app.view->startButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        app.choose(TrainSettings::Auto, 2, Tuning::Auto);
        QTest::mouseClick(app.view->startButton(), Qt::LeftButton);
        TrainRun *run = app.view->run();
        // During: the logistic regression done, the forest in its folds.
        QVERIFY(QTest::qWaitFor([run]() { return run->currentJob() == 1 && run->jobs()[1].fraction > 0.3; }, 300000));
        QTest::qWait(1500);
        QVERIFY(app.window.grab().save(dir + QStringLiteral("/train-running%1.png").arg(languageSuffix)));
        QVERIFY(finished.wait(600000));
        QTest::qWait(300);
        app.view->resultsView()->confusionPanel()->setThreshold(0.3);
        QTest::mouseClick(app.view->resultsView()->useButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.window.workspace()->scoring()->threshold() == 0.3
                                     && !app.window.workspace()->scoring()->isBusy(), 60000);
        TrainResultsView *results = app.view->resultsView();
        // The results in both themes and on a laptop screen, on the first and the calibration tab.
        for (const auto &[theme, themeSuffix] : {std::pair{Theme::Light, QString()}, std::pair{Theme::Dark, QStringLiteral("-dark")}}) {
            applyTheme(theme);
            for (const QSize &size : {QSize(1600, 1000), QSize(1366, 768)}) {
                app.window.resize(size);
                const QString tail = (size.width() == 1366 ? QStringLiteral("-1366") : QString()) + themeSuffix + languageSuffix
                                   + QStringLiteral(".png");
                for (const auto &[tab, name] : {std::pair{0, QStringLiteral("train-results")},
                                                std::pair{int(EvaluationCharts::Kind::Calibration), QStringLiteral("train-calibration")}}) {
                    results->chartTabs()->setCurrentIndex(tab);
                    QTest::qWait(300);
                    QVERIFY(app.window.grab().save(dir + QLatin1Char('/') + name + tail));
                }
            }
        }
        applyTheme(Theme::Light);
        results->chartTabs()->setCurrentIndex(0);
        app.window.resize(1600, 1000);
        QTest::qWait(200);
        // Every curve of the best model, as "PNG" on its panel saves it.
        for (int k = 0; k < EvaluationCharts::KindCount; ++k) {
            const auto kind = EvaluationCharts::Kind(k);
            results->chartTabs()->setCurrentIndex(k);
            QTest::qWait(100);
            QVERIFY(results->curvePanel(kind)->savePng(dir + QStringLiteral("/train-curve-%1%2.png").arg(EvaluationCharts::fileName(kind), languageSuffix)));
        }
        // A tree model's importance (gain, one colour).
        results->selectModel(2);
        QTest::qWait(200);
        QVERIFY(results->importancePanel()->savePng(dir + QStringLiteral("/train-importance-xgboost%1.png").arg(languageSuffix)));
        // The logistic regression's importance (signed coefficients, two colours).
        const std::vector<ModelReport> &models = run->results()->report.models;
        const auto logistic = std::find_if(models.begin(), models.end(), [](const ModelReport &m) { return m.kind == ModelKind::Logistic; });
        QVERIFY(logistic != models.end());
        results->selectModel(int(logistic - models.begin()));
        QTest::qWait(200);
        QVERIFY(results->importancePanel()->savePng(dir + QStringLiteral("/train-importance-logistic%1.png").arg(languageSuffix)));
    }
};

QTEST_MAIN(TestTrainView)
#include "tst_trainview.moc"
