// The Models area driven like a user: the runs of a project (filter, sort, choose columns),
// two runs compared (only what differs, then everything; curves and a search overlaid), a note
// and tags, deleting with the confirmation, the registry (register, promote, roll back with a
// reason) and "champion on a date". Runs are trained for real on Telco (small and quick).
#include "common/chartpanel.h"
#include "data/dataloader.h"
#include "ml/trainer.h"
#include "models/annotatedialog.h"
#include "models/comparepanel.h"
#include "models/comparisonmodel.h"
#include "models/historymodel.h"
#include "models/modelsview.h"
#include "models/reasondialog.h"
#include "models/registrypanel.h"
#include "models/runcomparison.h"
#include "models/runfiltermodel.h"
#include "models/runtablemodel.h"
#include "models/versiontablemodel.h"
#include "project/project.h"
#include "shell/area.h"
#include "shell/areas.h"
#include "shell/dataopener.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <memory>

using namespace churnlens;

namespace {

const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

RunRecord trained(const DataTable &table, std::vector<ModelKind> models, Tuning tuning, ImbalanceStrategy imbalance, quint64 seed)
{
    TrainOptions o;
    o.models = std::move(models);
    o.tuning = tuning;
    o.imbalance = imbalance;
    o.folds = 3;
    o.seed = seed;
    o.threads = 2;
    o.baseParams[ModelKind::XGBoost] = {{QStringLiteral("n_estimators"), 40}};
    auto report = Trainer::run(table, o);
    if (!report)
        qFatal("training failed: %s", qPrintable(report.error().toString()));
    auto run = RunRecord::fromReport(*report, QStringLiteral("telco.csv"), {});
    if (!run)
        qFatal("recording failed: %s", qPrintable(run.error().toString()));
    return *run;
}

//! A run as an older version or another machine might have left it: no models stored.
RunRecord listedRun(int n)
{
    RunRecord run;
    run.created = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::UTC).addDays(n);
    run.dataName = n % 2 ? QStringLiteral("customers-march.csv") : QStringLiteral("customers-april.csv");
    run.target = QStringLiteral("Churn");
    run.trainRows = 80000 + n;
    run.testRows = 20000;
    run.families = {QStringLiteral("forest")};
    run.bestFamily = QStringLiteral("forest");
    run.testAuc = 0.70 + n / 100.0;
    run.cvAuc = 0.71 + n / 100.0;
    run.testF1 = 0.5;
    run.seconds = 3 + n;
    run.note = n == 3 ? QStringLiteral("Wider bins for tenure") : QString();
    run.tags = n == 2 ? QStringList{QStringLiteral("baseline")} : QStringList();
    run.report = {{QStringLiteral("best"), QStringLiteral("forest")},
                  {QStringLiteral("seed"), 42},
                  {QStringLiteral("models"), QJsonArray{QJsonObject{{QStringLiteral("model"), QStringLiteral("forest")}}}}};
    return run;
}

//! A run canceled before its first model was done.
RunRecord canceledRun()
{
    RunRecord run = listedRun(1);
    run.families.clear();
    run.bestFamily.clear();
    run.testAuc = run.cvAuc = run.testF1 = std::nan("");
    run.status = QStringLiteral("canceled");
    return run;
}

ModelBundle::Files defaultModelFiles()
{
    const QString dir = QStringLiteral(CHURNLENS_TESTDATA "/../../models/default");
    ModelBundle::Files files;
    for (auto [name, target] : {std::pair{"model.json", &files.model}, std::pair{"preparation.json", &files.preparation},
                                std::pair{"meta.json", &files.meta}}) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(f.fileName()));
        *target = f.readAll();
    }
    return files;
}

bool openProject(Workspace &workspace, const QString &path)
{
    auto file = ProjectFile::create(path);
    if (!file)
        return false;
    workspace.setProject(std::make_unique<Project>(std::move(*file)));
    return workspace.project() != nullptr;
}

//! Types \a reason into the panel's open reason dialog and presses its action button.
bool giveReason(RegistryPanel *panel, const QString &reason)
{
    ReasonDialog *dialog = panel->reasonDialog();
    if (!dialog || !dialog->isVisible() || dialog->actionButton()->isEnabled())
        return false; // no reason yet: the action must wait for one
    QTest::keyClicks(dialog->reasonEdit(), reason);
    if (!dialog->actionButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog->actionButton(), Qt::LeftButton);
    return true;
}

void clickHeader(QTableView *table, int column)
{
    QHeaderView *h = table->horizontalHeader();
    QTest::mouseClick(h->viewport(), Qt::LeftButton, {}, QPoint(h->sectionViewportPosition(column) + 8, h->height() / 2));
}

QStringList keysShown(const ComparisonModel *model)
{
    QStringList keys;
    for (int r = 0; r < model->rowCount(); ++r)
        keys << model->key(r);
    return keys;
}

} // namespace

class TestModelsView : public QObject
{
    Q_OBJECT

    DataTable m_telco;
    RunRecord m_logistic;   // logistic regression, grid search
    RunRecord m_weighted;   // the same with class weights and another seed
    RunRecord m_xgboost;    // XGBoost and logistic regression, no search

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensTest"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        initUiResources();
        auto loaded = DataLoader::load(DataSource::fromPath(Telco));
        QVERIFY(loaded);
        m_telco = std::move(loaded->table);
        m_logistic = trained(m_telco, {ModelKind::Logistic}, Tuning::Grid, ImbalanceStrategy::None, 42);
        m_weighted = trained(m_telco, {ModelKind::Logistic}, Tuning::Grid, ImbalanceStrategy::ClassWeights, 7);
        m_xgboost = trained(m_telco, {ModelKind::XGBoost, ModelKind::Logistic}, Tuning::None, ImbalanceStrategy::None, 42);
    }

    void init() { QSettings().remove(QStringLiteral("models")); }

    void messagesWithoutProjectOrRuns()
    {
        Workspace workspace;
        ModelsView view(&workspace);
        view.resize(1200, 800);
        view.show();
        QVERIFY(view.message()->isVisible());
        QVERIFY(view.message()->text().contains(QStringLiteral("No project is open")));
        QTemporaryDir dir;
        QVERIFY(openProject(workspace, dir.filePath(QStringLiteral("empty.churnlens"))));
        QVERIFY(!view.message()->isVisible());
        QVERIFY(!view.isShowingRuns());
        QVERIFY(view.runsMessage()->isVisible());
        QVERIFY(view.runsMessage()->text().contains(QStringLiteral("Train area")));
        // The first run recorded shows at once.
        QVERIFY(workspace.project()->recordRun(m_logistic));
        QVERIFY(view.isShowingRuns());
        QCOMPARE(view.runModel()->rowCount(), 1);
        workspace.setProject(nullptr);
        QVERIFY(view.message()->isVisible());
        QCOMPARE(view.runModel()->rowCount(), 0);
    }

    void filterSortAndColumns()
    {
        Workspace workspace;
        QTemporaryDir dir;
        QVERIFY(openProject(workspace, dir.filePath(QStringLiteral("p.churnlens"))));
        ModelsView view(&workspace);
        QAbstractItemModelTester tester(view.runModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1400, 900);
        view.show();
        for (int i = 1; i <= 6; ++i)
            QVERIFY(workspace.project()->recordRun(listedRun(i)));
        QVERIFY(workspace.project()->recordRun(m_xgboost));
        QCOMPARE(view.runModel()->rowCount(), 7);
        QCOMPARE(view.filterModel()->rowCount(), 7);
        // The data's name and the note show in full (they were cut at a typical width).
        RunRecord longer = listedRun(8);
        longer.dataName = QStringLiteral("training data + customers-march-2026-final.csv");
        longer.note = QStringLiteral("Challenger to v2 (Logistic regression), new tenure bins");
        const auto longerId = workspace.project()->recordRun(longer);
        QVERIFY(longerId);
        const QFontMetrics fm = view.runsTable()->fontMetrics();
        QTRY_VERIFY(view.runsTable()->columnWidth(RunTableModel::Data) > fm.horizontalAdvance(longer.dataName));
        QTRY_VERIFY(view.runsTable()->columnWidth(RunTableModel::Note) > fm.horizontalAdvance(longer.note));
        QVERIFY(workspace.project()->removeRuns({*longerId}));
        QCOMPARE(view.runModel()->rowCount(), 7);
        // Newest first.
        QCOMPARE(view.filterModel()->index(0, RunTableModel::Id).data().toLongLong(), 7);

        // Filter: by tag, note, data name and model, any case; every word must match.
        QTest::keyClicks(view.filterEdit(), QStringLiteral("BASELINE"));
        QCOMPARE(view.filterModel()->rowCount(), 1);
        QCOMPARE(view.filterModel()->index(0, RunTableModel::Id).data().toLongLong(), 2);
        view.filterEdit()->clear();
        QTest::keyClicks(view.filterEdit(), QStringLiteral("tenure"));
        QCOMPARE(view.filterModel()->rowCount(), 1);
        view.filterEdit()->setText(QStringLiteral("march forest"));
        QCOMPARE(view.filterModel()->rowCount(), 3); // runs 1, 3 and 5
        view.filterEdit()->setText(QStringLiteral("xgboost"));
        QCOMPARE(view.filterModel()->rowCount(), 1);
        QVERIFY(view.filterModel()->index(0, RunTableModel::Families).data().toString().contains(QStringLiteral("XGBoost")));
        view.filterEdit()->clear();
        QCOMPARE(view.filterModel()->rowCount(), 7);

        // Sort by a click on a header: test ROC AUC, then the other way round.
        clickHeader(view.runsTable(), RunTableModel::TestAuc);
        const QHeaderView *header = view.runsTable()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(RunTableModel::TestAuc));
        auto column = [&view](int c) {
            QList<double> v;
            for (int r = 0; r < view.filterModel()->rowCount(); ++r)
                v << view.filterModel()->index(r, c).data(RunTableModel::SortRole).toDouble();
            return v;
        };
        QList<double> auc = column(RunTableModel::TestAuc);
        QVERIFY(std::is_sorted(auc.begin(), auc.end()) || std::is_sorted(auc.rbegin(), auc.rend()));
        const bool ascending = std::is_sorted(auc.begin(), auc.end());
        clickHeader(view.runsTable(), RunTableModel::TestAuc);
        auc = column(RunTableModel::TestAuc);
        QVERIFY(ascending ? std::is_sorted(auc.rbegin(), auc.rend()) : std::is_sorted(auc.begin(), auc.end()));
        QVERIFY(auc.first() != auc.last());

        // Choose columns from the header's menu; the choice is remembered.
        QVERIFY(view.runsTable()->isColumnHidden(RunTableModel::Target));
        QVERIFY(!view.runsTable()->isColumnHidden(RunTableModel::Note));
        std::unique_ptr<QMenu> menu(view.makeColumnMenu());
        QCOMPARE(menu->actions().size(), int(RunTableModel::ColumnCount));
        QVERIFY(!menu->actions().at(RunTableModel::Id)->isEnabled()); // the run number always shows
        menu->actions().at(RunTableModel::Note)->trigger();
        menu->actions().at(RunTableModel::Target)->trigger();
        QVERIFY(view.runsTable()->isColumnHidden(RunTableModel::Note));
        QVERIFY(!view.runsTable()->isColumnHidden(RunTableModel::Target));
        ModelsView again(&workspace);
        QVERIFY(again.runsTable()->isColumnHidden(RunTableModel::Note));
        QVERIFY(!again.runsTable()->isColumnHidden(RunTableModel::Target));
    }

    void flattenedKeysHaveWords()
    {
        const auto entries = RunComparison::flatten(m_xgboost);
        QStringList keys;
        for (const auto &[key, value] : entries)
            keys << key;
        for (const char *key : {"run.data", "best", "imbalance", "models.xgboost.params.learning_rate", "models.xgboost.test.roc_auc",
                                "models.logistic.cv.roc_auc", "settings.preparation.impute", "settings.environment.qt"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        QVERIFY(!keys.join(QLatin1Char(' ')).contains(QStringLiteral("curves"))); // curves are charts, not rows
        QCOMPARE(RunComparison::label(QStringLiteral("models.xgboost.params.max_depth")), QStringLiteral("XGBoost · Tree depth (0 = no limit)"));
        QCOMPARE(RunComparison::label(QStringLiteral("models.logistic.cv.roc_auc")),
                 QStringLiteral("Logistic regression · CV ROC AUC (mean ± spread)"));
        QCOMPARE(RunComparison::label(QStringLiteral("settings.preparation.impute")), QStringLiteral("Preparation · Fill in missing values"));
        // A key nobody named still reads as words.
        QCOMPARE(RunComparison::label(QStringLiteral("settings.new_thing.some_value")), QStringLiteral("New thing · Some value"));
        // Values in words.
        for (const auto &[key, value] : entries) {
            if (key == QLatin1String("best"))
                QVERIFY2(value == QStringLiteral("XGBoost") || value == QStringLiteral("Logistic regression"), qPrintable(value));
            if (key == QLatin1String("settings.preparation.impute"))
                QVERIFY(value == QStringLiteral("Yes") || value == QStringLiteral("No"));
        }
    }

    void compareOnlyWhatDiffers()
    {
        Workspace workspace;
        QTemporaryDir dir;
        QVERIFY(openProject(workspace, dir.filePath(QStringLiteral("c.churnlens"))));
        ModelsView view(&workspace);
        view.resize(1500, 950);
        view.show();
        const qint64 a = *workspace.project()->recordRun(m_logistic);
        const qint64 b = *workspace.project()->recordRun(m_weighted);
        const qint64 c = *workspace.project()->recordRun(m_xgboost);
        ComparePanel *compare = view.comparePanel();
        ComparisonModel *model = compare->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Two runs selected with the mouse (click, Ctrl+click).
        view.selectRuns({});
        auto rowRect = [&view](qint64 id) {
            const QModelIndex source = view.runModel()->index(view.runModel()->rowOf(id), RunTableModel::Data);
            return view.runsTable()->visualRect(view.filterModel()->mapFromSource(source));
        };
        QTest::mouseClick(view.runsTable()->viewport(), Qt::LeftButton, {}, rowRect(a).center());
        QTest::mouseClick(view.runsTable()->viewport(), Qt::LeftButton, Qt::ControlModifier, rowRect(b).center());
        QCOMPARE(view.selectedRuns().size(), 2);
        QCOMPARE(compare->runs().size(), 2);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Run %1").arg(qMax(a, b)));

        // Only what differs (checked by default): the imbalance handling and the seed, not the
        // preparation they share.
        QVERIFY(compare->onlyDifferences()->isChecked());
        QStringList shown = keysShown(model);
        QVERIFY(shown.contains(QStringLiteral("imbalance")));
        QVERIFY(shown.contains(QStringLiteral("seed")));
        QVERIFY(!shown.contains(QStringLiteral("settings.preparation.impute")));
        QVERIFY(!shown.contains(QStringLiteral("run.target")));
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY2(model->index(r, 1).data() != model->index(r, 2).data(), qPrintable(model->key(r)));
        const int differing = model->rowCount();
        QVERIFY(compare->summary()->text().contains(QStringLiteral("%1 of %2").arg(differing).arg(model->totalRows())));
        const int imbalanceRow = int(shown.indexOf(QStringLiteral("imbalance")));
        QCOMPARE(model->index(imbalanceRow, 0).data().toString(), QStringLiteral("Imbalance handling"));
        QCOMPARE(model->index(imbalanceRow, 1).data().toString(), QStringLiteral("None"));
        QCOMPARE(model->index(imbalanceRow, 2).data().toString(), QStringLiteral("Class weights"));

        // Unchecked: everything, the differing rows in bold.
        QTest::mouseClick(compare->onlyDifferences(), Qt::LeftButton);
        QVERIFY(!compare->onlyDifferences()->isChecked());
        shown = keysShown(model);
        QVERIFY(model->rowCount() > differing);
        QCOMPARE(model->rowCount(), int(model->totalRows()));
        QVERIFY(shown.contains(QStringLiteral("settings.preparation.impute")));
        QVERIFY(model->index(int(shown.indexOf(QStringLiteral("imbalance"))), 1).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model->index(int(shown.indexOf(QStringLiteral("run.target"))), 1).data(Qt::FontRole).isValid());
        QTest::mouseClick(compare->onlyDifferences(), Qt::LeftButton);
        QCOMPARE(model->rowCount(), differing);

        // The curves of both best models overlaid, one colour each, named by run and model.
        QChart *roc = compare->rocPanel()->chart();
        QVERIFY(roc);
        QStringList names;
        QList<QColor> colors;
        for (QAbstractSeries *s : roc->series()) {
            names << s->name();
            colors << static_cast<QLineSeries *>(s)->pen().color();
        }
        QVERIFY(names.contains(QStringLiteral("Run %1 — Logistic regression").arg(a)));
        QVERIFY(names.contains(QStringLiteral("Run %1 — Logistic regression").arg(b)));
        QCOMPARE(QSet<QRgb>({colors[1].rgb(), colors[2].rgb()}).size(), 2);
        QVERIFY(static_cast<QLineSeries *>(roc->series().last())->count() > 10);
        QCOMPARE(compare->prPanel()->chart()->series().size(), 2);
        QVERIFY(!compare->rocPanel()->table().isEmpty());

        // The grid search: CV ROC AUC against a chosen parameter, one series per run.
        QComboBox *parameter = compare->parameterChoice();
        QVERIFY(parameter->count() >= 2); // C and the penalty
        const int cAt = parameter->findData(QStringLiteral("logistic/C"));
        QVERIFY(cAt >= 0);
        parameter->setCurrentIndex(cAt);
        QChart *search = compare->searchPanel()->chart();
        QVERIFY(search);
        QCOMPARE(search->series().size(), 2);
        const auto *points = static_cast<QScatterSeries *>(search->series().first());
        QCOMPARE(points->count(), int(m_logistic.report.value(QStringLiteral("models")).toArray().first().toObject()
                                          .value(QStringLiteral("search")).toArray().size()));
        for (const QPointF &p : points->points())
            QVERIFY(p.y() > 0.7 && p.y() < 0.9);

        // A third run without a search: its models line up by family, its logistic regression shows
        // as the one setting it tried.
        view.selectRuns({a, b, c});
        QCOMPARE(compare->runs().size(), 3);
        QVERIFY(keysShown(model).contains(QStringLiteral("models.xgboost.test.roc_auc")));
        QCOMPARE(parameter->currentData().toString(), QStringLiteral("logistic/C")); // the choice is kept
        QCOMPARE(compare->searchPanel()->chart()->series().size(), 3);
        QCOMPARE(static_cast<QScatterSeries *>(compare->searchPanel()->chart()->series().last())->count(), 1);
        // One run alone: everything it records, nothing to differ from.
        view.selectRuns({c});
        QVERIFY(!compare->onlyDifferences()->isEnabled());
        QCOMPARE(model->rowCount(), int(model->totalRows()));
        QVERIFY(compare->searchPanel()->chart() == nullptr); // a message: no search in this run
    }

    void annotateAndDelete()
    {
        Workspace workspace;
        QTemporaryDir dir;
        QVERIFY(openProject(workspace, dir.filePath(QStringLiteral("a.churnlens"))));
        ModelsView view(&workspace);
        view.resize(1400, 900);
        view.show();
        const qint64 a = *workspace.project()->recordRun(m_logistic);
        const qint64 b = *workspace.project()->recordRun(listedRun(1));
        const qint64 c = *workspace.project()->recordRun(listedRun(2));
        QVERIFY(workspace.project()->registerRun(a, 0, QStringLiteral("first model")));

        // Note and tags through the dialog.
        view.selectRuns({a, b});
        QVERIFY(!view.annotateButton()->isEnabled()); // one run at a time
        view.selectRuns({a});
        QVERIFY(view.annotateButton()->isEnabled());
        QTest::mouseClick(view.annotateButton(), Qt::LeftButton);
        AnnotateDialog *dialog = view.annotateDialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->noteEdit()->clear();
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Grid over C, no weights"));
        QTest::keyClicks(dialog->tagsEdit(), QStringLiteral("candidate, q3 ,candidate"));
        dialog->accept();
        const int row = view.runModel()->rowOf(a);
        QCOMPARE(view.runModel()->runs()[row].note, QStringLiteral("Grid over C, no weights"));
        QCOMPARE(view.runModel()->runs()[row].tags, (QStringList{QStringLiteral("candidate"), QStringLiteral("q3")}));
        QCOMPARE(view.selectedRuns(), QList<qint64>{a}); // the selection survives the reload
        view.filterEdit()->setText(QStringLiteral("q3"));
        QCOMPARE(view.filterModel()->rowCount(), 1);
        view.filterEdit()->clear();

        // Delete two runs: the confirmation says how many and that versions stay.
        view.selectRuns({a, c});
        QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
        QMessageBox *box = view.deleteConfirmation();
        QVERIFY(box && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("2 runs")));
        QVERIFY(box->informativeText().contains(QStringLiteral("versions registered from them are kept")));
        QCOMPARE(view.runModel()->rowCount(), 3); // nothing before the answer
        auto *yes = box->findChild<QPushButton *>(QStringLiteral("confirmDelete"));
        QVERIFY(yes);
        QTest::mouseClick(yes, Qt::LeftButton);
        QCOMPARE(view.runModel()->rowCount(), 1);
        QCOMPARE(view.runModel()->runs().first().id, b);
        QCOMPARE(workspace.project()->registry().versions()->size(), 1);
        QCOMPARE(view.registryPanel()->versionModel()->rowCount(), 1);

        // Canceling deletes nothing.
        view.selectRuns({b});
        QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
        box = view.deleteConfirmation();
        QVERIFY(box && box->text().contains(QStringLiteral("run %1").arg(b)));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(view.runModel()->rowCount(), 1);

        // Another project opened while the question is asked: the question goes, nothing is deleted.
        const QString first = workspace.project()->path();
        view.selectRuns({b});
        QTest::mouseClick(view.deleteButton(), Qt::LeftButton);
        QVERIFY(view.deleteConfirmation() && view.deleteConfirmation()->isVisible());
        QVERIFY(openProject(workspace, dir.filePath(QStringLiteral("other.churnlens"))));
        QTRY_VERIFY(!view.deleteConfirmation() || !view.deleteConfirmation()->isVisible());
        QCOMPARE(view.runModel()->rowCount(), 0);
        workspace.setProject(nullptr);
        auto reopened = ProjectFile::open(first);
        QVERIFY(reopened);
        QCOMPARE(*RunStore(**reopened).count(), qint64(1));
    }

    void registerPromoteRollBack()
    {
        Workspace workspace;
        QTemporaryDir dir;
        QVERIFY(openProject(workspace, dir.filePath(QStringLiteral("r.churnlens"))));
        ModelsView view(&workspace);
        view.resize(1400, 900);
        view.show();
        const qint64 a = *workspace.project()->recordRun(m_logistic);
        const qint64 x = *workspace.project()->recordRun(m_xgboost);
        const qint64 empty = *workspace.project()->recordRun(canceledRun());
        const qint64 listed = *workspace.project()->recordRun(listedRun(1)); // its models were not kept
        view.tabs()->setCurrentWidget(view.registryPanel());
        RegistryPanel *panel = view.registryPanel();
        VersionTableModel *versions = panel->versionModel();
        QAbstractItemModelTester tester(versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(panel->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Nothing to register without a run, nor from a run whose models were not kept.
        view.selectRuns({});
        QVERIFY(!panel->registerButton()->isEnabled());
        view.selectRuns({empty});
        QVERIFY(!panel->registerButton()->isEnabled());
        QVERIFY(panel->registerButton()->toolTip().contains(QStringLiteral("no trained model")));
        QVERIFY(!panel->rollbackButton()->isEnabled());
        // A run listed with a model whose files are missing: the registry says so.
        view.selectRuns({listed});
        QVERIFY(panel->registerButton()->isEnabled());
        QTest::mouseClick(panel->registerButton(), Qt::LeftButton);
        QVERIFY(giveReason(panel, QStringLiteral("try")));
        QMessageBox *error = nullptr;
        QTRY_VERIFY((error = view.window()->findChild<QMessageBox *>(QStringLiteral("registryErrorBox"))) != nullptr);
        QCOMPARE(error->windowTitle(), QStringLiteral("Could not register the model"));
        QCOMPARE(error->text(), QStringLiteral("Run %1 has no model 1.").arg(listed));
        error->close();
        QCOMPARE(versions->rowCount(), 0);

        // Register run a: the first version becomes champion.
        view.selectRuns({a});
        QVERIFY(panel->registerButton()->isEnabled());
        QTest::mouseClick(panel->registerButton(), Qt::LeftButton);
        QVERIFY(giveReason(panel, QStringLiteral("first model of the project")));
        QCOMPARE(versions->rowCount(), 1);
        QCOMPARE(VersionStatus(versions->index(0, 0).data(VersionTableModel::StatusRole).toInt()), VersionStatus::Champion);
        QCOMPARE(versions->index(0, VersionTableModel::Status).data().toString(), QStringLiteral("Champion"));
        QCOMPARE(versions->index(0, VersionTableModel::Family).data().toString(), QStringLiteral("Logistic regression"));
        QCOMPARE(versions->index(0, VersionTableModel::Origin).data().toString(), QStringLiteral("run %1").arg(a));
        // Nothing to roll back to: disabled, and the tooltip says why.
        QVERIFY(!panel->rollbackButton()->isEnabled());
        QVERIFY(panel->rollbackButton()->toolTip().contains(QStringLiteral("no earlier champion")));

        // Register the XGBoost run's best model: a challenger, newest on top.
        view.selectRuns({x});
        QTest::mouseClick(panel->registerButton(), Qt::LeftButton);
        QVERIFY(giveReason(panel, QStringLiteral("XGBoost for comparison")));
        QCOMPARE(versions->rowCount(), 2);
        QCOMPARE(versions->index(0, VersionTableModel::Version).data().toString(), QStringLiteral("v2"));
        QCOMPARE(VersionStatus(versions->index(0, 0).data(VersionTableModel::StatusRole).toInt()), VersionStatus::Challenger);

        // Promote v2 with a reason: v2 champion, v1 archived.
        panel->selectVersion(2);
        QVERIFY(panel->promoteButton()->isEnabled());
        QVERIFY(panel->archiveButton()->isEnabled());
        QTest::mouseClick(panel->promoteButton(), Qt::LeftButton);
        QVERIFY(panel->reasonDialog()->findChild<QLabel *>() != nullptr);
        QVERIFY(giveReason(panel, QStringLiteral("higher test ROC AUC")));
        QCOMPARE(VersionStatus(versions->index(versions->rowOf(2), 0).data(VersionTableModel::StatusRole).toInt()), VersionStatus::Champion);
        QCOMPARE(VersionStatus(versions->index(versions->rowOf(1), 0).data(VersionTableModel::StatusRole).toInt()), VersionStatus::Archived);
        QVERIFY(!panel->promoteButton()->isEnabled()); // v2 is selected and champion now
        QVERIFY(!panel->archiveButton()->isEnabled());
        // … and the model in use for scoring.
        QTRY_COMPARE(workspace.scoring()->version(), 2);

        // Roll back: v1 again.
        QVERIFY(panel->rollbackButton()->isEnabled());
        QVERIFY(panel->rollbackButton()->toolTip().contains(QStringLiteral("v1")));
        QTest::mouseClick(panel->rollbackButton(), Qt::LeftButton);
        QVERIFY(giveReason(panel, QStringLiteral("v2 flags too many loyal customers")));
        QCOMPARE(VersionStatus(versions->index(versions->rowOf(1), 0).data(VersionTableModel::StatusRole).toInt()), VersionStatus::Champion);
        QCOMPARE(VersionStatus(versions->index(versions->rowOf(2), 0).data(VersionTableModel::StatusRole).toInt()), VersionStatus::Archived);
        QVERIFY(!panel->rollbackButton()->isEnabled());
        QTRY_COMPARE(workspace.scoring()->version(), 1);

        // A canceled dialog changes nothing.
        panel->selectVersion(2);
        QTest::mouseClick(panel->promoteButton(), Qt::LeftButton);
        panel->reasonDialog()->reject();
        QCOMPARE((*workspace.project()->registry().champion())->version, 1);

        // The history, newest first: who, what and why.
        HistoryModel *history = panel->historyModel();
        QCOMPARE(history->rowCount(), 5); // register, first promotion, register, promote, roll back
        QCOMPARE(history->index(0, HistoryModel::Action).data().toString(), QStringLiteral("Rolled back"));
        QCOMPARE(history->index(0, HistoryModel::Version).data().toString(), QStringLiteral("v1"));
        QCOMPARE(history->index(0, HistoryModel::Champion).data().toString(), QStringLiteral("v2 → v1"));
        QCOMPARE(history->index(0, HistoryModel::Reason).data().toString(), QStringLiteral("v2 flags too many loyal customers"));
        QCOMPARE(history->index(1, HistoryModel::Reason).data().toString(), QStringLiteral("higher test ROC AUC"));
        QVERIFY(!history->index(0, HistoryModel::User).data().toString().isEmpty());
        QCOMPARE(history->index(2, HistoryModel::Champion).data().toString(), QStringLiteral("v1 (unchanged)"));

        // Today, every change in order.
        QCOMPARE(panel->championDate()->date(), QDate::currentDate());
        QVERIFY2(panel->championAnswer()->text().contains(QStringLiteral("the champion changed (none → v1 → v2 → v1); at the end of the day it was "
                                                                         "v1 (Logistic regression")),
                 qPrintable(panel->championAnswer()->text()));

        // v2 is archived already: Archive says so.
        panel->selectVersion(2);
        QVERIFY(!panel->archiveButton()->isEnabled());
        QVERIFY(panel->archiveButton()->toolTip().contains(QStringLiteral("archived already")));
    }

    void exportAndImportFolders()
    {
        Workspace workspace;
        QTemporaryDir dir;
        QVERIFY(openProject(workspace, dir.filePath(QStringLiteral("io.churnlens"))));
        ModelsView view(&workspace);
        view.resize(1400, 900);
        view.show();
        RegistryPanel *panel = view.registryPanel();
        view.tabs()->setCurrentWidget(panel);
        auto defaults = ModelBundle::read(QStringLiteral(CHURNLENS_TESTDATA "/../../models/default"));
        QVERIFY(defaults);
        QVERIFY(workspace.project()->registerFiles(*defaults, QStringLiteral("shipped default"), QStringLiteral("first")));
        QVERIFY(!panel->exportButton()->isEnabled()); // nothing selected yet
        panel->selectVersion(1);
        QVERIFY(panel->exportButton()->isEnabled());
        QVERIFY(panel->importButton()->isEnabled());

        // Export: the folder holds the model, its preparation, metadata and card.
        const QString out = dir.filePath(QStringLiteral("exported-v1"));
        QVERIFY(panel->exportSelectedTo(out));
        QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("MODEL_CARD.md"), QStringLiteral("meta.json"), QStringLiteral("model.json"), QStringLiteral("preparation.json")}));
        QVERIFY(panel->championAnswer()->text().contains(QStringLiteral("v1 was written")));

        // Import Python's XGBoost model (it reads the champion's features), checked on the Telco
        // customers loaded now: the reason dialog says what the check found before anything is added.
        const QString python = dir.filePath(QStringLiteral("python"));
        QVERIFY(QDir().mkpath(python));
        QVERIFY(QFile::copy(QStringLiteral(CHURNLENS_TESTDATA "/python_model/model.json"), python + QStringLiteral("/model.json")));
        workspace.setLoaded(DataTable(m_telco), DataSource::fromPath(Telco), {}, 0.0);
        panel->importFrom(python);
        QVERIFY(panel->reasonDialog());
        const QString shown = panel->reasonDialog()->findChild<QLabel *>()->text();
        QVERIFY2(shown.contains(QStringLiteral("Checked on 1,000 of the customers")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("ROC AUC 0.8")), qPrintable(shown));
        QCOMPARE(panel->versionModel()->rowCount(), 1);
        QVERIFY(giveReason(panel, QStringLiteral("Python model from the data team")));
        QCOMPARE(panel->versionModel()->rowCount(), 2);
        auto stored = workspace.project()->registry().version(2);
        QVERIFY(stored);
        QCOMPARE(stored->status, VersionStatus::Challenger);

        // A folder that is no model is refused with a message, and nothing is added.
        panel->importFrom(dir.filePath(QStringLiteral("no-such-folder")));
        QMessageBox *error = nullptr;
        QTRY_VERIFY((error = view.window()->findChild<QMessageBox *>(QStringLiteral("registryErrorBox"))) != nullptr);
        QCOMPARE(error->windowTitle(), QStringLiteral("Could not import the model"));
        QVERIFY(error->text().contains(QStringLiteral("no model folder")));
        error->close();
        QCOMPARE(panel->versionModel()->rowCount(), 2);
    }

    void championOnDate()
    {
        Workspace workspace;
        QTemporaryDir dir;
        QVERIFY(openProject(workspace, dir.filePath(QStringLiteral("d.churnlens"))));
        ModelsView view(&workspace);
        view.show();
        // Versions registered and promoted on known days (through the registry, which takes a time).
        const QDate today = QDate::currentDate();
        auto at = [&today](int daysAgo) { return QDateTime(today.addDays(-daysAgo), QTime(12, 0)).toUTC(); };
        ModelRegistry registry = workspace.project()->registry();
        const auto files = defaultModelFiles();
        QVERIFY(registry.registerFiles(files, QStringLiteral("shipped default"), QStringLiteral("start"), at(30)));
        QVERIFY(registry.registerFiles(files, QStringLiteral("retrained"), QStringLiteral("retrained"), at(20)));
        QVERIFY(registry.promote(2, QStringLiteral("better"), at(10)));
        RegistryPanel *panel = view.registryPanel();
        panel->refresh();
        const ModelVersion v2 = *registry.version(2);
        const QString auc = QLocale().toString(v2.testAuc, 'f', 2);

        QDateEdit *date = panel->championDate();
        date->setDate(today.addDays(-40));
        QCOMPARE(panel->championAnswer()->text(),
                 QStringLiteral("On %1 the project had no champion yet.").arg(QLocale().toString(today.addDays(-40), QStringLiteral("d MMMM yyyy"))));
        date->setDate(today.addDays(-30));
        QVERIFY(panel->championAnswer()->text().contains(QStringLiteral("became the project's first champion")));
        date->setDate(today.addDays(-15));
        QCOMPARE(panel->championAnswer()->text(), QStringLiteral("On %1 the champion was v1 (XGBoost, test ROC AUC %2).")
                                                      .arg(QLocale().toString(today.addDays(-15), QStringLiteral("d MMMM yyyy")), auc));
        date->setDate(today.addDays(-10));
        QVERIFY(panel->championAnswer()->text().contains(QStringLiteral("the champion changed (v1 → v2); at the end of the day it was v2 (XGBoost")));
        date->setDate(today.addDays(-5));
        QVERIFY(panel->championAnswer()->text().contains(QStringLiteral("the champion was v2 (XGBoost")));
    }

    // Pictures to look at: CHURNLENS_SCREENSHOTS=DIR ./tst_modelsview screenshots
    void screenshots();
};

void TestModelsView::screenshots()
{
    const QString dir = qEnvironmentVariable("CHURNLENS_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set CHURNLENS_SCREENSHOTS=DIR to save models-*.png");
    MainWindow window;
    installAreas(window);
    window.resize(1600, 1000);
    window.show();
    QSignalSpy loaded(window.opener(), &DataOpener::loaded);
    window.opener()->openPath(Telco, false);
    QVERIFY(loaded.wait(60000));
    QVERIFY(window.setCurrentArea(AreaId::Models));
    auto *view = qobject_cast<ModelsView *>(window.areaView(AreaId::Models));
    QVERIFY(view);
    QTest::qWait(200);
    QVERIFY(window.grab().save(dir + QStringLiteral("/models-no-project.png")));

    QTemporaryDir projectDir;
    QVERIFY(openProject(*window.workspace(), projectDir.filePath(QStringLiteral("telco-retention.churnlens"))));
    Project *project = window.workspace()->project();
    QTest::qWait(200);
    QVERIFY(window.grab().save(dir + QStringLiteral("/models-no-runs.png")));
    for (int i = 1; i <= 9; ++i) {
        RunRecord r = listedRun(i);
        r.created = QDateTime::currentDateTimeUtc().addDays(-40 + i * 3);
        QVERIFY(project->recordRun(r));
    }
    RunRecord logistic = m_logistic, weighted = m_weighted, xgb = m_xgboost;
    logistic.note = QStringLiteral("Grid over C, no weights");
    logistic.tags = {QStringLiteral("candidate")};
    weighted.note = QStringLiteral("Class weights for the churners");
    weighted.tags = {QStringLiteral("candidate"), QStringLiteral("weights")};
    xgb.note = QStringLiteral("XGBoost, 40 trees");
    const qint64 a = *project->recordRun(logistic);
    const qint64 b = *project->recordRun(weighted);
    const qint64 x = *project->recordRun(xgb);
    QVERIFY(project->registerRun(a, 0, QStringLiteral("First model of the project")));
    QVERIFY(project->registerRun(x, 0, QStringLiteral("XGBoost for comparison")));
    QVERIFY(project->registerRun(b, 0, QStringLiteral("Class weights catch more churners")));
    QVERIFY(project->promote(2, QStringLiteral("Higher test ROC AUC on the March customers")));
    QVERIFY(project->promote(3, QStringLiteral("Catches more churners at the same cost")));
    QVERIFY(project->rollback(QStringLiteral("Flags too many loyal customers in the pilot")));

    view->selectRuns({a, b});
    view->comparePanel()->chartTabs()->setCurrentIndex(0);
    view->tabs()->setCurrentIndex(0);
    auto shoot = [&](const QString &name) {
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + QLatin1Char('/') + name));
    };
    for (const auto &[theme, suffix] : {std::pair{Theme::Light, QString()}, std::pair{Theme::Dark, QStringLiteral("-dark")}}) {
        applyTheme(theme);
        for (const QSize &size : {QSize(1600, 1000), QSize(1366, 768)}) {
            window.resize(size);
            const QString tail = (size.width() == 1366 ? QStringLiteral("-1366") : QString()) + suffix + QStringLiteral(".png");
            view->tabs()->setCurrentIndex(0);
            view->comparePanel()->chartTabs()->setCurrentIndex(0);
            shoot(QStringLiteral("models-compare") + tail);
            view->comparePanel()->chartTabs()->setCurrentIndex(2);
            shoot(QStringLiteral("models-search") + tail);
            view->tabs()->setCurrentIndex(1);
            view->registryPanel()->selectVersion(2);
            shoot(QStringLiteral("models-registry") + tail);
        }
    }
    applyTheme(Theme::Light);
    window.resize(1600, 1000);
    view->tabs()->setCurrentIndex(1);
    view->registryPanel()->selectVersion(3);
    QTest::mouseClick(view->registryPanel()->promoteButton(), Qt::LeftButton);
    QVERIFY(view->registryPanel()->reasonDialog());
    QTest::keyClicks(view->registryPanel()->reasonDialog()->reasonEdit(), QStringLiteral("Better on April data"));
    QTest::qWait(200);
    QVERIFY(view->registryPanel()->reasonDialog()->grab().save(dir + QStringLiteral("/models-reason-dialog.png")));
    view->registryPanel()->reasonDialog()->reject();
    view->selectRuns({a, b});
    view->deleteSelected();
    QTest::qWait(200);
    QVERIFY(view->deleteConfirmation()->grab().save(dir + QStringLiteral("/models-delete.png")));
    view->deleteConfirmation()->reject();
    view->selectRuns({a});
    view->annotateSelected();
    QTest::qWait(200);
    QVERIFY(view->annotateDialog()->grab().save(dir + QStringLiteral("/models-annotate.png")));
    view->annotateDialog()->reject();
}

QTEST_MAIN(TestModelsView)
#include "tst_modelsview.moc"
