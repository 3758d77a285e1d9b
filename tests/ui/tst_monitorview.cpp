// The Monitor area driven like an analyst: a small XGBoost trained on Telco (with the reference a
// model keeps of its training data) in use, Telco opened and checked field by field; a file whose
// MonthlyCharges were tripled flags that field; the settings recommend again without a new check;
// in a project every check is stored and the trend grows; Retrain… trains a challenger on the
// project's copy of the training data plus the new file, compares it, and Promote makes it the
// champion in use. Plus the empty states (no data, no model, a model without a reference).
#include "common/chartpanel.h"
#include "jobtesting.h"
#include "data/dataloader.h"
#include "data/datatable.h"
#include "jobs/taskrunner.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"
#include "models/reasondialog.h"
#include "monitor/comparisonpanel.h"
#include "data/fieldlabels.h"
#include "monitor/drifttablemodel.h"
#include "monitor/explanationdriftmodel.h"
#include "monitor/monitorsettingsdialog.h"
#include "monitor/monitorview.h"
#include "monitor/performancepanel.h"
#include "monitor/recommendationbanner.h"
#include "monitor/retraindialog.h"
#include "project/monitorstore.h"
#include "project/project.h"
#include "project/runrecord.h"
#include "services/monitorservice.h"
#include "services/trainingreference.h"
#include "shell/areas.h"
#include "shell/dataopener.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "workspace/columnroles.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>
#include <QtCharts/QChart>

#include <cmath>

using namespace churnlens;

namespace {

const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
const QString DefaultModel = QStringLiteral(CHURNLENS_TESTDATA "/../../models/default");
constexpr int Wait = 180000;

//! Telco with column \a column multiplied by \a factor, or left out when \a factor is 0.
bool writeVariant(const QString &path, const QString &column, double factor)
{
    QFile in(Telco);
    QFile out(path);
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text) || !out.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream read(&in);
    QTextStream write(&out);
    const QStringList header = read.readLine().split(QLatin1Char(','));
    const qsizetype at = header.indexOf(column);
    if (at < 0)
        return false;
    const auto put = [&write, at, factor](QStringList cells) {
        if (factor == 0.0)
            cells.removeAt(at);
        write << cells.join(QLatin1Char(',')) << '\n';
    };
    put(header);
    while (!read.atEnd()) {
        QStringList cells = read.readLine().split(QLatin1Char(','));
        if (factor != 0.0) {
            bool ok = false;
            const double v = cells[at].toDouble(&ok);
            if (ok)
                cells[at] = QString::number(v * factor, 'f', 2);
        }
        put(cells);
    }
    return true;
}

struct App
{
    MainWindow window;
    MonitorView *view = nullptr;
    Workspace *workspace = nullptr;

    App(QSize size = QSize(1600, 1000))
    {
        installAreas(window);
        workspace = window.workspace();
        view = qobject_cast<MonitorView *>(window.areaView(AreaId::Monitor));
        window.resize(size);
        window.show();
    }

    bool openData(const QString &path)
    {
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(path, false);
        return loaded.wait(60000);
    }

    //! Bounded wait on the work, not on the clock: a check after \a after, for the data and model in use, nothing pending.
    bool waitForCheck(quint64 after)
    {
        return QTest::qWaitFor([this, after]() {
            return view->checkCount() > after && !view->isChecking() && !workspace->scoring()->isBusy() && view->report();
        }, Wait);
    }

    //! Opens \a path with the Monitor area shown and waits for its check.
    bool check(const QString &path)
    {
        const quint64 before = view->checkCount();
        if (!openData(path))
            return false;
        window.setCurrentArea(AreaId::Monitor);
        return waitForCheck(before);
    }
};

//! The row of field \a name in the view's (sorted) table.
int shownRow(MonitorView *view, const QString &name)
{
    QSortFilterProxyModel *proxy = view->driftProxy();
    const int source = view->driftModel()->rowOf(name);
    return source < 0 ? -1 : proxy->mapFromSource(view->driftModel()->index(source, 0)).row();
}

QString cell(MonitorView *view, const QString &field, int column, int role = Qt::DisplayRole)
{
    const int row = shownRow(view, field);
    return view->driftProxy()->index(row, column).data(role).toString();
}

} // namespace

class TestMonitorView : public QObject
{
    Q_OBJECT

    DataTable m_telco;
    TrainReport m_report;      // XGBoost, 40 trees, with its training reference
    QTemporaryDir m_files;
    QString m_scaled;          // MonthlyCharges x 3
    QString m_unlabelled;      // without the Churn column

    std::shared_ptr<const ModelBundle> bundle(bool withReference = true) const
    {
        auto files = ModelBundle::encode(m_report);
        if (!files)
            qFatal("encoding failed: %s", qPrintable(files.error().toString()));
        if (!withReference) {
            QJsonObject meta = QJsonDocument::fromJson(files->meta).object();
            meta.remove(QStringLiteral("reference"));
            files->meta = QJsonDocument(meta).toJson();
        }
        auto decoded = ModelBundle::decode(*files);
        if (!decoded)
            qFatal("decoding failed: %s", qPrintable(decoded.error().toString()));
        return std::make_shared<const ModelBundle>(std::move(*decoded));
    }

    //! A project at \a path with the trained model registered as v1 (the champion) and put in use.
    bool openProject(App &app, const QString &path, bool embedData)
    {
        auto file = ProjectFile::create(path);
        if (!file)
            return false;
        if (embedData && !(*file)->embedData(Telco))
            return false;
        app.workspace->setProject(std::make_unique<Project>(std::move(*file)));
        Project *project = app.workspace->project();
        auto run = RunRecord::fromReport(m_report, QStringLiteral("telco.csv"), ColumnRoles::of(m_telco));
        if (!run)
            return false;
        auto id = project->recordRun(*run);
        if (!id)
            return false;
        auto v = project->registerRun(*id, 0, QStringLiteral("first model"));
        if (!v || v->version != 1)
            return false;
        app.workspace->scoring()->useVersion(1);
        return QTest::qWaitFor([&app]() { return app.workspace->scoring()->version() == 1 && !app.workspace->scoring()->isBusy(); }, Wait);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensTest"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        initUiResources();
        qputenv("CHURNLENS_MODEL_DIR", QDir(DefaultModel).absolutePath().toLocal8Bit());
        auto loaded = DataLoader::load(DataSource::fromPath(Telco));
        QVERIFY(loaded);
        m_telco = std::move(loaded->table);
        TrainOptions o;
        o.models = {ModelKind::XGBoost};
        o.tuning = Tuning::None;
        o.folds = 3;
        o.seed = 42;
        o.threads = 2;
        o.baseParams[ModelKind::XGBoost] = {{QStringLiteral("n_estimators"), 40}};
        auto report = Trainer::run(m_telco, o);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        auto kept = TrainingReference::attach(*report, m_telco, 2);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().toString()));
        m_report = std::move(*report);
        QVERIFY(m_files.isValid());
        m_scaled = m_files.filePath(QStringLiteral("telco-charges-x3.csv"));
        m_unlabelled = m_files.filePath(QStringLiteral("telco-no-churn.csv"));
        QVERIFY(writeVariant(m_scaled, QStringLiteral("MonthlyCharges"), 3.0));
        QVERIFY(writeVariant(m_unlabelled, QStringLiteral("Churn"), 0.0));
    }

    void areaIsRegistered()
    {
        MainWindow window;
        installAreas(window);
        QCOMPARE(window.areaIds().last(), AreaId::Monitor);
        QCOMPARE(window.areaIds().indexOf(AreaId::Monitor), window.areaIds().indexOf(AreaId::Models) + 1);
        QCOMPARE(areaFromName(QStringLiteral("monitor")), std::optional<AreaId>(AreaId::Monitor));
        QCOMPARE(machineName(AreaId::Monitor), QStringLiteral("monitor"));
        QVERIFY(areaNames().contains(QStringLiteral("monitor")));
        QVERIFY(qobject_cast<MonitorView *>(window.areaView(AreaId::Monitor)));
        QAction *goTo = nullptr;
        for (QAction *a : window.menuBar()->actions())
            for (QAction *sub : a->menu() ? a->menu()->actions() : QList<QAction *>{})
                for (QAction *area : sub->menu() ? sub->menu()->actions() : QList<QAction *>{})
                    if (area->text() == QStringLiteral("Monitor"))
                        goTo = area;
        QVERIFY(goTo);
        QCOMPARE(goTo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_8));
    }

    void saysWhatToDoWithoutDataOrModel()
    {
        // No data: what to open.
        Workspace workspace;
        MonitorView view(&workspace);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(!view.isChecking());
        QVERIFY(view.showsPlaceholder());
        QVERIFY2(view.placeholderText().contains(QStringLiteral("Open")), qPrintable(view.placeholderText()));
        QVERIFY(!view.checkButton()->isEnabled());

        // Data but no model (the remembered model folder cannot be read): what to train or open.
        QTemporaryDir broken;
        QFile meta(broken.filePath(QStringLiteral("meta.json")));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write("{}");
        meta.close();
        QSettings().setValue(QStringLiteral("scoring/modelFolder"), broken.path());
        App app;
        QVERIFY(app.openData(Telco));
        app.window.setCurrentArea(AreaId::Monitor);
        QTRY_VERIFY_WITH_TIMEOUT(!app.workspace->scoring()->isBusy() && !app.view->isChecking(), Wait);
        QSettings().remove(QStringLiteral("scoring/modelFolder"));
        QVERIFY(!app.workspace->scoring()->model());
        QVERIFY(app.view->showsPlaceholder());
        QVERIFY2(app.view->placeholderText().contains(QStringLiteral("no model")), qPrintable(app.view->placeholderText()));
    }

    void modelWithoutReferenceSaysToRetrain()
    {
        App app;
        app.workspace->scoring()->setModel(bundle(false), ScoringContext::Origin::Trained, {});
        QVERIFY(app.openData(Telco));
        app.window.setCurrentArea(AreaId::Monitor);
        QTRY_VERIFY_WITH_TIMEOUT(!app.view->isChecking() && app.view->headline()->text().contains(QStringLiteral("7,043")), Wait);
        QVERIFY(app.view->showsPlaceholder());
        QVERIFY(!app.view->report());
        const QString text = app.view->placeholderText();
        QVERIFY2(text.contains(QStringLiteral("cannot be checked")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("rain the model again")), qPrintable(text)); // what to do
        // The check's own message is there too.
        MonitorRequest request;
        request.table = app.workspace->table().get();
        const auto model = bundle(false);
        request.model = model.get();
        const auto failed = MonitorService::check(request);
        QVERIFY(!failed);
        QVERIFY2(text.contains(failed.error().message), qPrintable(text));
    }

    void checksEveryField()
    {
        App app;
        app.workspace->scoring()->setModel(bundle(), ScoringContext::Origin::Trained, {});
        QVERIFY(app.check(Telco));
        MonitorView *view = app.view;
        QVERIFY(!view->showsPlaceholder());
        const auto report = view->report();
        QVERIFY(report->hasReference);
        QVERIFY(report->inSample); // the training data itself
        QVERIFY2(view->headline()->text().contains(QStringLiteral("telco.csv")) && view->headline()->text().contains(QStringLiteral("7,043")),
                 qPrintable(view->headline()->text()));

        // One row per field of the model's reference.
        const QJsonArray fields = bundle()->meta().value(QStringLiteral("reference")).toObject().value(QStringLiteral("features")).toArray();
        QVERIFY(!fields.isEmpty());
        QCOMPARE(view->fieldsTable()->model()->rowCount(), int(fields.size()));
        // The verdict is next to the field's name, wide enough for it: never behind the scroll bar.
        const QHeaderView *header = view->fieldsTable()->horizontalHeader();
        QCOMPARE(header->visualIndex(DriftTableModel::Flag), header->visualIndex(DriftTableModel::Field) + 1);
        QFont bold = view->fieldsTable()->font();
        bold.setBold(true);
        QVERIFY(view->fieldsTable()->columnWidth(DriftTableModel::Flag) > QFontMetrics(bold).horizontalAdvance(DriftTableModel::tr("Drifted")));
        QCOMPARE(int(report->drift.features.size()), int(fields.size()));
        QAbstractItemModelTester tester(view->driftModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester explanationTester(view->explanationTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Sorted by PSI, largest first.
        QSortFilterProxyModel *proxy = view->driftProxy();
        for (int r = 1; r < proxy->rowCount(); ++r)
            QVERIFY(proxy->index(r - 1, DriftTableModel::Psi).data(DriftTableModel::SortRole).toDouble()
                    >= proxy->index(r, DriftTableModel::Psi).data(DriftTableModel::SortRole).toDouble());
        // Its own training data: nothing flagged, tiny shifts.
        for (const FeatureDrift &f : report->drift.features)
            QVERIFY2(!f.flagged, qPrintable(f.name));
        QCOMPARE(cell(view, QStringLiteral("tenure"), DriftTableModel::Flag), QStringLiteral("Stable"));
        const FeatureDrift &tenure = report->drift.features[size_t(view->driftModel()->rowOf(QStringLiteral("tenure")))];
        QVERIFY(tenure.numeric);
        QCOMPARE(cell(view, QStringLiteral("tenure"), DriftTableModel::Test), QStringLiteral("KS %1").arg(QLocale().toString(tenure.ks, 'f', 3)));
        QVERIFY(cell(view, QStringLiteral("tenure"), DriftTableModel::PValue).startsWith(QStringLiteral("p ")));
        QVERIFY(cell(view, QStringLiteral("Contract"), DriftTableModel::Test).startsWith(QStringLiteral("χ²")));
        QVERIFY(cell(view, QStringLiteral("tenure"), DriftTableModel::Psi, Qt::ToolTipRole).contains(QStringLiteral("0.2")));
        // Fields are named by their labels, as in the Data area, and follow a label the user types.
        {
            const auto data = app.workspace->table();
            const QString label = app.workspace->fieldLabels().label(data->column(data->indexOf(QStringLiteral("tenure"))));
            QVERIFY(label != QStringLiteral("tenure"));
            QCOMPARE(cell(view, QStringLiteral("tenure"), DriftTableModel::Field), label);
            FieldLabels labels = app.workspace->fieldLabels();
            labels.setUserLabel(QStringLiteral("tenure"), QStringLiteral("Months with us"));
            app.workspace->setFieldLabels(labels);
            QCOMPARE(cell(view, QStringLiteral("tenure"), DriftTableModel::Field), QStringLiteral("Months with us"));
            labels.setUserLabel(QStringLiteral("tenure"), QString());
            app.workspace->setFieldLabels(labels);
        }
        // The sparkline has both distributions.
        const QModelIndex spark = proxy->index(shownRow(view, QStringLiteral("tenure")), DriftTableModel::Distribution);
        QCOMPARE(spark.data(DriftTableModel::ReferenceSharesRole).value<QList<double>>().size(), qsizetype(tenure.referenceShares.size()));
        QVERIFY(!spark.data(DriftTableModel::NewSharesRole).value<QList<double>>().isEmpty());

        // The field that moved most is shown; picking another shows it, bins on the axis.
        view->selectField(QStringLiteral("Contract"));
        QCOMPARE(view->selectedField(), QStringLiteral("Contract"));
        QVERIFY(view->fieldChart()->chart());
        QVERIFY(view->fieldChart()->chart()->title().contains(QStringLiteral("Contract")));
        QCOMPARE(view->fieldChart()->table().rows.size(), qsizetype(3)); // Month-to-month, One year, Two year
        // Clicking a row does the same.
        const int row = shownRow(view, QStringLiteral("tenure"));
        QTest::mouseClick(view->fieldsTable()->viewport(), Qt::LeftButton, {},
                          view->fieldsTable()->visualRect(proxy->index(row, DriftTableModel::Field)).center());
        QCOMPARE(view->selectedField(), QStringLiteral("tenure"));
        QCOMPARE(view->fieldChart()->table().rows.size(), qsizetype(tenure.referenceShares.size()));

        // Predictions, performance (the file has the outcomes), explanations.
        QVERIFY(report->drift.predictionCompared);
        QVERIFY(view->predictionChart()->chart());
        // The title in plain words (the averages); the shift's PSI and what it means in the tooltip.
        QVERIFY(view->predictionChart()->chart()->title().contains(QStringLiteral("→")));
        QVERIFY(!view->predictionChart()->chart()->title().contains(QStringLiteral("PSI")));
        QVERIFY(view->predictionChart()->toolTip().contains(QStringLiteral("PSI")));
        QVERIFY(report->realised.has_value());
        QVERIFY2(view->performance()->title().contains(QStringLiteral("measured")), qPrintable(view->performance()->title()));
        QVERIFY(view->performance()->value(QStringLiteral("accuracy")).contains(QStringLiteral("%")));
        QVERIFY(view->performance()->value(QStringLiteral("roc_auc"), 2) != QStringLiteral("—"));
        QVERIFY(view->explanationTable()->model()->rowCount() > 0);

        // The banner is the service's recommendation under the settings in force.
        const MonitorRecommendation expected = MonitorService::recommend(*report, view->settings());
        QVERIFY(!expected.headline().isEmpty());
        QCOMPARE(view->banner()->headline(), expected.headline());
        QCOMPARE(view->banner()->level(), expected.level);
        QVERIFY(view->banner()->retrainButton()->isEnabled()); // outcomes in the file
        // No project: the trend says where checks are kept.
        auto *trend = qobject_cast<QLabel *>(view->trendChart()->content());
        QVERIFY(trend);
        QVERIFY(trend->text().contains(QStringLiteral("project")));
        // Retrain without a project explains why not.
        QTest::mouseClick(view->banner()->retrainButton(), Qt::LeftButton);
        RetrainDialog *dialog = view->retrainDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY2(dialog->message().contains(QStringLiteral("project")), qPrintable(dialog->message()));
        dialog->reject();
    }

    void cancelStopsTheCheck()
    {
        App app;
        app.workspace->scoring()->setModel(bundle(), ScoringContext::Origin::Trained, {});
        QVERIFY(app.check(Telco));
        MonitorView *view = app.view;
        const quint64 checks = view->checkCount();
        const auto shown = view->report();
        // Every worker busy: the check waits in line, and the page says it is working, with Cancel.
        testing::JobBlocker blocker;
        QVERIFY(blocker.holdsAll());
        QTest::mouseClick(view->checkButton(), Qt::LeftButton);
        QVERIFY(view->isChecking());
        QVERIFY(view->runner()->isRunning());
        auto *cancel = view->findChild<QPushButton *>(QStringLiteral("cancelCheck"));
        QVERIFY(cancel);
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        blocker.release();
        QVERIFY(blocker.released());
        QTRY_VERIFY_WITH_TIMEOUT(!view->isChecking(), Wait);
        // Nothing landed: the check shown is still the one before, and nothing was counted.
        QCOMPARE(view->checkCount(), checks);
        QCOMPARE(view->report(), shown);
        QVERIFY(!cancel->isVisible());
        // Check Now works again.
        QTest::mouseClick(view->checkButton(), Qt::LeftButton);
        QVERIFY(app.waitForCheck(checks));
    }

    void withoutOutcomesPerformanceIsEstimated()
    {
        App app;
        app.workspace->scoring()->setModel(bundle(), ScoringContext::Origin::Trained, {});
        QVERIFY(app.check(m_unlabelled));
        const auto report = app.view->report();
        QVERIFY(!report->realised);
        QVERIFY(report->accuracyIsEstimate());
        QVERIFY2(app.view->performance()->title().contains(QStringLiteral("estimated (no outcomes in this file)")),
                 qPrintable(app.view->performance()->title()));
        QVERIFY(!app.view->performance()->note().isEmpty());
        QVERIFY(!app.view->banner()->retrainButton()->isEnabled());
    }

    void scaledColumnIsFlagged()
    {
        App app;
        app.workspace->scoring()->setModel(bundle(), ScoringContext::Origin::Trained, {});
        QVERIFY(app.check(m_scaled));
        MonitorView *view = app.view;
        const auto report = view->report();
        const int row = view->driftModel()->rowOf(QStringLiteral("MonthlyCharges"));
        QVERIFY(row >= 0);
        const FeatureDrift &charges = report->drift.features[size_t(row)];
        QVERIFY(charges.flagged);
        QVERIFY(charges.psi > 0.2);
        QCOMPARE(cell(view, QStringLiteral("MonthlyCharges"), DriftTableModel::Flag), QStringLiteral("Drifted"));
        QVERIFY(view->driftProxy()->index(shownRow(view, QStringLiteral("MonthlyCharges")), 0).data(DriftTableModel::FlaggedRole).toBool());
        QVERIFY2(cell(view, QStringLiteral("MonthlyCharges"), DriftTableModel::Flag, Qt::ToolTipRole).contains(QStringLiteral("PSI")),
                 qPrintable(cell(view, QStringLiteral("MonthlyCharges"), DriftTableModel::Flag, Qt::ToolTipRole)));
        // Unchanged fields stay stable.
        QCOMPARE(cell(view, QStringLiteral("gender"), DriftTableModel::Flag), QStringLiteral("Stable"));
        QCOMPARE(cell(view, QStringLiteral("Contract"), DriftTableModel::Flag), QStringLiteral("Stable"));
        // The most moved field leads the table and is the one drawn.
        QCOMPARE(shownRow(view, QStringLiteral("MonthlyCharges")), 0);
        QCOMPARE(view->selectedField(), QStringLiteral("MonthlyCharges"));
        // Titled by the field's label, as the Data area names it.
        QVERIFY(view->driftModel()->label(QStringLiteral("MonthlyCharges")) != QStringLiteral("MonthlyCharges"));
        QVERIFY(view->fieldChart()->chart()->title().contains(view->driftModel()->label(QStringLiteral("MonthlyCharges"))));
        // The banner is no longer "no action", and says which field, by its label; the stored
        // recommendation (project, `drift --json`) keeps the column name.
        QVERIFY(view->banner()->level() != MonitorRecommendation::Level::NoAction);
        const QString label = view->driftModel()->label(QStringLiteral("MonthlyCharges"));
        const QString banner = view->banner()->headline() + QLatin1Char('\n') + view->banner()->details();
        QVERIFY2(banner.contains(label + QLatin1Char(' ')) && !banner.contains(QStringLiteral("MonthlyCharges")), qPrintable(banner));
        QVERIFY(report->recommendation.lines.join(QLatin1Char('\n')).contains(QStringLiteral("MonthlyCharges")));
        // The table of what drives the model's answers names fields by their labels too.
        auto *explanation = view->findChild<QTableView *>(QStringLiteral("explanationTable"));
        QVERIFY(explanation);
        QStringList names;
        for (int r = 0; r < explanation->model()->rowCount(); ++r)
            names << explanation->model()->index(r, 0).data().toString();
        QVERIFY2(names.contains(label) && !names.contains(QStringLiteral("MonthlyCharges")), qPrintable(names.join(QStringLiteral(", "))));
    }

    void settingsRecommendAgainWithoutACheck()
    {
        App app;
        QTemporaryDir dir;
        QVERIFY(openProject(app, dir.filePath(QStringLiteral("settings.churnlens")), false));
        QVERIFY(app.check(m_scaled));
        MonitorView *view = app.view;
        const quint64 checks = view->checkCount();
        const auto report = view->report();
        QVERIFY(view->banner()->level() != MonitorRecommendation::Level::NoAction);
        const QString before = view->banner()->headline();
        QCOMPARE(cell(view, QStringLiteral("MonthlyCharges"), DriftTableModel::Flag), QStringLiteral("Drifted"));

        QTest::mouseClick(view->settingsButton(), Qt::LeftButton);
        MonitorSettingsDialog *dialog = view->settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->settings(), MonitorSettings{});
        // Thresholds no file passes, and an accuracy any model reaches.
        dialog->psi()->setValue(9.0);
        dialog->kl()->setValue(9.0);
        dialog->js()->setValue(0.99);
        dialog->featureShare()->setValue(100);
        dialog->absolute()->setChecked(true);
        dialog->absoluteAccuracy()->setValue(5.0);
        QVERIFY(!dialog->accuracyMargin()->isEnabled());
        const MonitorSettings wanted = dialog->settings();
        QCOMPARE(wanted.rule, MonitorSettings::Rule::Absolute);
        QCOMPARE(wanted.absoluteAccuracy, 0.05);
        dialog->accept();

        QCOMPARE(view->settings(), wanted);
        QCOMPARE(view->checkCount(), checks); // no new check
        const auto again = view->report();
        QCOMPARE(again->created, report->created); // the same measurements…
        QCOMPARE(again->drift.features.size(), report->drift.features.size());
        for (size_t i = 0; i < again->drift.features.size(); ++i)
            QCOMPARE(again->drift.features[i].psi, report->drift.features[i].psi);
        QCOMPARE(again->settings, wanted); // …under the new settings: flagged and recommended again
        MonitorReport expected = *report;
        MonitorService::reapply(expected, wanted);
        QCOMPARE(view->banner()->headline(), expected.recommendation.headline());
        QCOMPARE(view->banner()->level(), MonitorRecommendation::Level::NoAction); // nothing passes these thresholds
        QVERIFY2(view->banner()->headline() != before, qPrintable(before));
        QCOMPARE(cell(view, QStringLiteral("MonthlyCharges"), DriftTableModel::Flag), QStringLiteral("Stable"));
        QCOMPARE(again->drift.driftedFeatures, 0);
        // Kept in the project, and read back when it is opened again.
        auto saved = MonitorSettings::load(app.workspace->project()->file());
        QVERIFY(saved);
        QCOMPARE(*saved, wanted);
        // A new check uses them.
        QTest::mouseClick(view->checkButton(), Qt::LeftButton);
        QVERIFY(app.waitForCheck(checks));
        QCOMPARE(view->report()->settings, wanted);
        QCOMPARE(view->banner()->level(), MonitorRecommendation::Level::NoAction);
        QCOMPARE(view->trendChecks().last().recommendation, QStringLiteral("none"));
    }

    void trendGrowsInAProject()
    {
        App app;
        QTemporaryDir dir;
        QVERIFY(openProject(app, dir.filePath(QStringLiteral("trend.churnlens")), false));
        QVERIFY(app.check(Telco));
        MonitorView *view = app.view;
        QTRY_COMPARE_WITH_TIMEOUT(view->trendChecks().size(), qsizetype(1), Wait);
        QCOMPARE(view->report()->modelVersion, 1);
        QVERIFY(view->trendChart()->chart());
        QCOMPARE(view->trendChart()->table().rows.size(), qsizetype(1));

        // Next month's file.
        QSignalSpy stored(view, &MonitorView::checkStored);
        QVERIFY(app.check(m_scaled));
        QTRY_COMPARE_WITH_TIMEOUT(view->trendChecks().size(), qsizetype(2), Wait);
        QCOMPARE(stored.count(), 1);
        auto checks = MonitorStore(app.workspace->project()->file()).checks();
        QVERIFY(checks);
        QCOMPARE(checks->size(), qsizetype(2));
        QCOMPARE(checks->at(0).dataName, QStringLiteral("telco.csv"));
        QCOMPARE(checks->at(1).dataName, QStringLiteral("telco-charges-x3.csv"));
        QCOMPARE(checks->at(1).version, 1);
        QVERIFY(checks->at(1).driftedShare > checks->at(0).driftedShare);
        QVERIFY(!checks->at(1).accuracyEstimated);
        QCOMPARE(checks->at(1).recommendation, MonitorRecommendation::machineName(view->report()->recommendation.level));
        QCOMPARE(view->trendChart()->table().rows.size(), qsizetype(2));
        QCOMPARE(view->trendChart()->table().rows.at(1).at(1), QStringLiteral("telco-charges-x3.csv"));

        // Visiting again is not a new check; Check Now is.
        app.window.setCurrentArea(AreaId::Data);
        app.window.setCurrentArea(AreaId::Monitor);
        QTest::qWait(500);
        QCOMPARE(view->trendChecks().size(), qsizetype(2));
        const quint64 before = view->checkCount();
        QTest::mouseClick(view->checkButton(), Qt::LeftButton);
        QVERIFY(app.waitForCheck(before));
        QTRY_COMPARE_WITH_TIMEOUT(view->trendChecks().size(), qsizetype(3), Wait);
    }

    void retrainAndPromote()
    {
        App app;
        QTemporaryDir dir;
        QVERIFY(openProject(app, dir.filePath(QStringLiteral("retrain.churnlens")), true));
        QVERIFY(app.check(m_scaled));
        MonitorView *view = app.view;
        Project *project = app.workspace->project();
        QVERIFY(view->banner()->retrainButton()->isEnabled());
        QTest::mouseClick(view->banner()->retrainButton(), Qt::LeftButton);
        RetrainDialog *dialog = view->retrainDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // The project keeps the training data: no file to pick.
        QVERIFY(dialog->usesProjectData());
        QVERIFY2(dialog->trainingDataText().contains(QStringLiteral("telco.csv")), qPrintable(dialog->trainingDataText()));
        QVERIFY(dialog->combinedButton()->isChecked());
        QVERIFY(dialog->startButton()->isEnabled());
        QSignalSpy compared(dialog, &RetrainDialog::compared);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(dialog->runner()->isRunning());
        QVERIFY2(compared.wait(Wait), qPrintable(dialog->message()));
        QVERIFY(dialog->isShowingComparison());
        const ChallengerComparison &c = dialog->result()->comparison;
        QCOMPARE(c.championVersion, 1);
        QCOMPARE(c.challengerVersion, 2);
        QVERIFY(!c.newDataOnly);
        QVERIFY(c.trainingRows > m_telco.rowCount());
        QVERIFY(!c.summary.isEmpty());
        ComparisonPanel *panel = dialog->comparisonPanel();
        QVERIFY(panel->summaryText().contains(c.summary.first().toHtmlEscaped()));
        QCOMPARE(panel->row(QStringLiteral("roc_auc")).size(), qsizetype(3));
        QVERIFY(panel->aucText().contains(QStringLiteral("p ")));
        QVERIFY(panel->campaignText().contains(QStringLiteral("resamples")));
        QVERIFY(panel->overlapText().contains(QStringLiteral("on both lists")));
        // Recorded: the challenger as v2 (not champion), the comparison.
        auto comparisons = MonitorStore(project->file()).comparisons();
        QVERIFY(comparisons);
        QCOMPARE(comparisons->size(), qsizetype(1));
        QCOMPARE(comparisons->first().id, dialog->comparisonId());
        QCOMPARE((*project->registry().champion())->version, 1);
        QCOMPARE(project->registry().versions()->size(), qsizetype(2));

        // Promote, with the verdict and the comparison as the reason to start from.
        QVERIFY(dialog->promoteButton()->isEnabled());
        QSignalSpy promoted(dialog, &RetrainDialog::promoted);
        QTest::mouseClick(dialog->promoteButton(), Qt::LeftButton);
        ReasonDialog *reason = dialog->reasonDialog();
        QVERIFY(reason);
        QVERIFY(reason->reasonEdit()->text().contains(QString::number(dialog->comparisonId())));
        QVERIFY(reason->actionButton()->isEnabled());
        QTest::mouseClick(reason->actionButton(), Qt::LeftButton);
        QCOMPARE(promoted.count(), 1);
        QCOMPARE((*project->registry().champion())->version, 2);
        // The workspace switches to the new champion, and the Monitor checks against it.
        QTRY_COMPARE_WITH_TIMEOUT(app.workspace->scoring()->version(), 2, Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isChecking() && view->report() && view->report()->modelVersion == 2, Wait);
        QVERIFY(view->headline()->text().contains(QStringLiteral("v2")));
        dialog->reject();
    }

    void retrainOnAPickedFile()
    {
        App app;
        QTemporaryDir dir;
        QVERIFY(openProject(app, dir.filePath(QStringLiteral("picked.churnlens")), false));
        QVERIFY(app.check(m_scaled));
        app.view->openRetrain();
        RetrainDialog *dialog = app.view->retrainDialog();
        QVERIFY(dialog);
        // No copy in the project: the training file must be chosen first.
        QVERIFY(!dialog->usesProjectData());
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY(dialog->chooseFileButton()->isVisible());
        dialog->setTrainingFile(Telco);
        QVERIFY(dialog->startButton()->isEnabled());
        // Or this file alone, which needs none.
        dialog->newOnlyButton()->setChecked(true);
        QVERIFY(dialog->startButton()->isEnabled());
        QSignalSpy compared(dialog, &RetrainDialog::compared);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY2(compared.wait(Wait), qPrintable(dialog->message()));
        QVERIFY(dialog->result()->comparison.newDataOnly);
        QVERIFY(dialog->result()->comparison.trainingRows < m_telco.rowCount());
        dialog->reject();
    }

    void fitsTheScreen()
    {
        App app(QSize(1366, 768));
        app.workspace->scoring()->setModel(bundle(), ScoringContext::Origin::Trained, {});
        QVERIFY(app.check(m_scaled));
        QTest::qWait(50);
        // Nothing is cut off sideways; the banner and the fields table start in view.
        QScrollArea *scroll = app.view->scrollArea();
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        const QRect viewport = scroll->viewport()->rect();
        for (QWidget *w : {static_cast<QWidget *>(app.view->banner()), static_cast<QWidget *>(app.view->fieldsTable())}) {
            const QRect at(w->mapTo(scroll->viewport(), QPoint(0, 0)), w->size());
            QVERIFY2(viewport.intersects(at) && at.top() < viewport.height() / 2, qPrintable(w->objectName()));
        }
        // Every column of the fields table is visible without scrolling it sideways.
        QVERIFY(!app.view->fieldsTable()->horizontalScrollBar()->isVisible());
    }

    // Pictures to look at: CHURNLENS_SCREENSHOTS=DIR ./tst_monitorview screenshots
    // (CHURNLENS_SCREENSHOT_LANGUAGE=de: in German, from the build's translations, named *-de.png).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CHURNLENS_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set CHURNLENS_SCREENSHOTS=DIR to save monitor*.png");
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
        QTemporaryDir projectDir;
        QVERIFY(openProject(app, projectDir.filePath(QStringLiteral("shots.churnlens")), true));
        QVERIFY(app.check(Telco));
        QVERIFY(app.check(m_scaled));
        for (const auto &[theme, themeSuffix] : {std::pair{Theme::Light, QString()}, std::pair{Theme::Dark, QStringLiteral("-dark")}}) {
            applyTheme(theme);
            for (const QSize &size : {QSize(1600, 1000), QSize(1366, 768)}) {
                app.window.resize(size);
                QTest::qWait(300);
                const QString tail = (size.width() == 1366 ? QStringLiteral("-1366") : QString()) + themeSuffix + languageSuffix;
                QVERIFY(app.window.grab().save(dir + QStringLiteral("/monitor%1.png").arg(tail)));
                QScrollBar *bar = app.view->scrollArea()->verticalScrollBar();
                if (bar->maximum() > 0) {
                    bar->setValue(bar->maximum());
                    QTest::qWait(100);
                    QVERIFY(app.window.grab().save(dir + QStringLiteral("/monitor-end%1.png").arg(tail)));
                    bar->setValue(0);
                }
            }
        }
        applyTheme(Theme::Light);
        app.window.resize(1600, 1000);
        QTest::qWait(200);
        // The settings dialog, and the retrain comparison.
        app.view->openSettings();
        QTest::qWait(200);
        QVERIFY(app.view->settingsDialog()->grab().save(dir + QStringLiteral("/monitor-settings%1.png").arg(languageSuffix)));
        app.view->settingsDialog()->reject();
        app.view->openRetrain();
        RetrainDialog *dialog = app.view->retrainDialog();
        QVERIFY(dialog);
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/monitor-retrain%1.png").arg(languageSuffix)));
        QSignalSpy compared(dialog, &RetrainDialog::compared);
        dialog->start();
        QVERIFY(compared.wait(Wait));
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(dir + QStringLiteral("/monitor-comparison%1.png").arg(languageSuffix)));
        dialog->reject();
        QVERIFY(app.view->fieldChart()->savePng(dir + QStringLiteral("/monitor-field%1.png").arg(languageSuffix)));
        // A model without a reference.
        app.workspace->scoring()->setModel(bundle(false), ScoringContext::Origin::Trained, {});
        QTRY_VERIFY_WITH_TIMEOUT(app.view->showsPlaceholder() && !app.view->isChecking(), Wait);
        QVERIFY(app.window.grab().save(dir + QStringLiteral("/monitor-noreference%1.png").arg(languageSuffix)));
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMonitorView)
#include "tst_monitorview.moc"
