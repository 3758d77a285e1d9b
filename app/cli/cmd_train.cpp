// churnlens-cli train: cross-validated training, tuning and evaluation; optionally saves the model.
#include "cliproject.h"
#include "cliutil.h"

#include "project/runstore.h"
#include "services/loadservice.h"
#include "services/modelsaver.h"
#include "services/trainingreference.h"
#include "workspace/columnroles.h"
#include "ml/datasplit.h"
#include "ml/trainer.h"

#include <QFileInfo>

#include <cmath>

namespace churnlens::cli {
namespace {

Result<LoadResult> loadTable(const QString &path, const QString &target, Progress *progress)
{
    DataSource source = DataSource::fromPath(path);
    source.targetHint = target;
    auto loaded = LoadService::load(source, progress);
    if (!loaded)
        return loaded;
    DataTable &t = loaded->table;
    if (target.isEmpty()) {
        // No --target: use the churn column the loader guessed from names and values.
        if (t.targetIndex() < 0) {
            Error e;
            e.code = ErrorCode::BadInput;
            e.file = path;
            e.message = Tr::tr("No column looks like a churn flag.");
            e.hint = Tr::tr("Name it with --target COL. Columns: %1").arg(t.columnNames().join(QStringLiteral(", ")));
            return std::unexpected(e);
        }
    }
    const int index = target.isEmpty() ? t.targetIndex() : t.indexOf(target);
    if (index < 0) {
        Error e;
        e.code = ErrorCode::BadInput;
        e.file = path;
        e.message = Tr::tr("There is no column \"%1\".").arg(target);
        e.hint = Tr::tr("Columns: %1").arg(t.columnNames().join(QStringLiteral(", ")));
        return std::unexpected(e);
    }
    if (t.targetIndex() != index)
        t.setTarget(index);
    // Notes about the churn column itself (a repeated header name, say) decide what is trained.
    for (const Issue &issue : std::as_const(loaded->issues))
        if (!issue.columnName.isEmpty() && issue.columnName == t.column(index).name() && issue.line == 0)
            printErr(QStringLiteral("churnlens-cli: warning: %1\n").arg(issue.toString()));
    if (t.targetLabels().empty() || t.positiveLabel().isEmpty()) {
        Error e;
        e.code = ErrorCode::BadInput;
        e.file = path;
        e.message = Tr::tr("Column \"%1\" does not look like a churn flag (two values such as Yes/No or 1/0).").arg(t.columnNames().value(index));
        return std::unexpected(e);
    }
    return loaded;
}

QString summary(const TrainReport &r)
{
    QString s = Tr::tr("Training rows %1 (%2 churners), test rows %3 (%4 churners), %5 features, %6 s\n\n")
                    .arg(formatCount(qint64(r.trainRows.size())), formatCount(r.trainPositives), formatCount(qint64(r.testRows.size())),
                         formatCount(r.testPositives))
                    .arg(r.featureNames.size())
                    .arg(r.seconds, 0, 'f', 1);
    s += QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
             .arg(Tr::tr("Model").leftJustified(20), Tr::tr("CV ROC AUC").leftJustified(17), Tr::tr("Test ROC AUC").rightJustified(12),
                  Tr::tr("PR AUC").rightJustified(8), Tr::tr("F1").rightJustified(7), Tr::tr("Threshold").rightJustified(10),
                  Tr::tr("Seconds").rightJustified(8));
    for (size_t i = 0; i < r.models.size(); ++i) {
        const ModelReport &m = r.models[i];
        QString cv = QStringLiteral("-");
        if (auto it = m.cv.find(QStringLiteral("roc_auc")); it != m.cv.end())
            cv = QStringLiteral("%1 ± %2").arg(it->second.mean, 0, 'f', 4).arg(it->second.std, 0, 'f', 4);
        s += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                 .arg(int(i) == r.best ? QStringLiteral("*") : QStringLiteral(" "), displayName(m.kind).leftJustified(20), cv.leftJustified(17))
                 .arg(m.test.rocAuc, 12, 'f', 4)
                 .arg(m.test.prAuc, 8, 'f', 4)
                 .arg(m.test.f1, 7, 'f', 4)
                 .arg(m.threshold, 10, 'f', 4)
                 .arg(m.seconds, 8, 'f', 1);
        s += QStringLiteral("    %1\n").arg(m.spec.describe());
    }
    for (const Issue &issue : r.issues)
        s += Tr::tr("\n  Note: %1").arg(issue.toString());
    return s + QLatin1Char('\n');
}

int runTrain(const QStringList &arguments)
{
    const QString command = QStringLiteral("train");
    // The defaults are TrainOptions' own, the same the GUI's Train settings start from.
    const TrainOptions defaults;
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Customer data with a churn column (CSV/TSV or SQLite)."));
    addTargetOption(p);
    p.addOption({QStringLiteral("model"), Tr::tr("xgboost, logistic, forest, or auto (all three, best by CV ROC AUC). Default %1.").arg(machineName(defaults.models.front())),
                 QStringLiteral("MODEL"), machineName(defaults.models.front())});
    p.addOption({QStringLiteral("imbalance"), Tr::tr("none, weights, undersample or smote (training folds only). Default %1.").arg(machineName(defaults.imbalance)),
                 QStringLiteral("STRATEGY"), machineName(defaults.imbalance)});
    p.addOption({QStringLiteral("tune"), Tr::tr("auto (successive halving with early stopping), none (standard settings), grid or random "
                                                "parameter search. Default %1.").arg(machineName(defaults.tuning)),
                 QStringLiteral("MODE"), machineName(defaults.tuning)});
    p.addOption({QStringLiteral("effort"), Tr::tr("With --tune auto: quick or thorough (three times the parameter sets). Default %1.").arg(machineName(defaults.effort)),
                 QStringLiteral("LEVEL"), machineName(defaults.effort)});
    p.addOption({QStringLiteral("budget-seconds"), Tr::tr("With --tune auto: stop searching when the run would take longer than this (default: no limit)."),
                 QStringLiteral("S"), QStringLiteral("0")});
    p.addOption({QStringLiteral("iterations"), Tr::tr("Parameter sets tried by random search (default %1).").arg(defaults.randomIterations), QStringLiteral("N"),
                 QString::number(defaults.randomIterations)});
    p.addOption({QStringLiteral("folds"), Tr::tr("Stratified cross-validation folds (default %1; 0 = none).").arg(defaults.folds), QStringLiteral("K"),
                 QString::number(defaults.folds)});
    p.addOption({QStringLiteral("test-size"), Tr::tr("Share of rows held out for testing (default %1).").arg(defaults.testSize), QStringLiteral("F"),
                 QString::number(defaults.testSize)});
    p.addOption({QStringLiteral("test-file"), Tr::tr("Test on this file instead of a holdout (same columns)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("test-ids"), Tr::tr("File with one customer id per line: these rows are the test rows."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("threshold"), Tr::tr("f1, profit, or a fixed probability such as 0.5. Default %1.").arg(defaults.threshold.machineName()),
                 QStringLiteral("RULE"), defaults.threshold.machineName()});
    p.addOption({QStringLiteral("contact-cost"), Tr::tr("Cost of one retention contact, for --threshold profit (default %1).").arg(defaults.threshold.contactCost),
                 QStringLiteral("X"), QString::number(defaults.threshold.contactCost)});
    p.addOption({QStringLiteral("saved-value"), Tr::tr("Value of one kept customer, for --threshold profit (default %1).").arg(defaults.threshold.savedValue),
                 QStringLiteral("X"), QString::number(defaults.threshold.savedValue)});
    p.addOption({QStringLiteral("early-stopping"), Tr::tr("Stop tree training in a CV fold after N rounds without improvement (default off)."),
                 QStringLiteral("N"), QString::number(defaults.earlyStoppingRounds)});
    p.addOption({QStringLiteral("no-engineered"), Tr::tr("Do not add engineered features (tenure bins, charges per month, ...).")});
    p.addOption({QStringLiteral("seed"), Tr::tr("Random seed (default %1).").arg(defaults.seed), QStringLiteral("S"), QString::number(defaults.seed)});
    addThreadsOption(p);
    p.addOption({QStringLiteral("out"), Tr::tr("Save the best model (XGBoost JSON or coefficients, preparation, metadata) in DIR."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("curves"), Tr::tr("With --json: include ROC, PR, gains and calibration curves.")});
    addProjectOption(p, Tr::tr("Record the run (every model, the report and the column roles) in this project; made if it does not exist."));
    p.addOption({QStringLiteral("register"), Tr::tr("With --project: register the best model as a new version (the project's first version becomes champion).")});
    p.addOption({QStringLiteral("reason"), Tr::tr("Why the version is registered (required with --register)."), QStringLiteral("TEXT")});
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Train, tune and evaluate churn models with honest cross-validation."), arguments, 1, 1);
        code >= 0)
        return code;

    int code = ExitOk;
    qint64 folds = defaults.folds, seed = qint64(defaults.seed), iterations = defaults.randomIterations,
           early = defaults.earlyStoppingRounds;
    int threads = defaults.threads;
    double budget = defaults.budgetSeconds;
    double testSize = defaults.testSize, contactCost = defaults.threshold.contactCost, savedValue = defaults.threshold.savedValue;
    if (!optionInt(p, QStringLiteral("folds"), &folds, command, &code) || !optionInt(p, QStringLiteral("seed"), &seed, command, &code)
        || !optionThreads(p, &threads, command, &code) || !optionInt(p, QStringLiteral("iterations"), &iterations, command, &code)
        || !optionInt(p, QStringLiteral("early-stopping"), &early, command, &code)
        || !optionDouble(p, QStringLiteral("test-size"), &testSize, command, &code)
        || !optionDouble(p, QStringLiteral("budget-seconds"), &budget, command, &code)
        || !optionDouble(p, QStringLiteral("contact-cost"), &contactCost, command, &code)
        || !optionDouble(p, QStringLiteral("saved-value"), &savedValue, command, &code))
        return code;
    if (seed < 0 || seed > 4294967295LL)
        return usageError(command, Tr::tr("--seed must be between 0 and 4294967295"));
    if (iterations > 100000)
        return usageError(command, Tr::tr("--iterations must be between 1 and 100000"));
    if (iterations < 1 || early < 0)
        return usageError(command, Tr::tr("--threads, --iterations and --early-stopping must not be negative"));
    if (p.isSet(QStringLiteral("test-file")) && p.isSet(QStringLiteral("test-ids")))
        return usageError(command, Tr::tr("use either --test-file or --test-ids, not both"));
    const bool registering = p.isSet(QStringLiteral("register"));
    if (registering && !p.isSet(QStringLiteral("project")))
        return usageError(command, Tr::tr("--register needs --project FILE"));
    if (registering && p.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usageError(command, Tr::tr("--register needs --reason TEXT: the registry records why every version was added"));
    if (p.isSet(QStringLiteral("reason")) && !registering)
        return usageError(command, Tr::tr("--reason goes with --register"));

    TrainOptions o = defaults;
    const QString model = p.value(QStringLiteral("model"));
    if (model == QLatin1String("auto")) {
        o.models = {ModelKind::XGBoost, ModelKind::Logistic, ModelKind::Forest};
    } else {
        ModelKind kind;
        if (!fromMachineName(model, &kind))
            return usageError(command, Tr::tr("unknown --model \"%1\" (xgboost, logistic, forest, auto)").arg(model));
        o.models = {kind};
    }
    if (!fromMachineName(p.value(QStringLiteral("imbalance")), &o.imbalance))
        return usageError(command, Tr::tr("unknown --imbalance \"%1\" (none, weights, undersample, smote)").arg(p.value(QStringLiteral("imbalance"))));
    if (!fromMachineName(p.value(QStringLiteral("tune")), &o.tuning))
        return usageError(command, Tr::tr("unknown --tune \"%1\" (auto, none, grid, random)").arg(p.value(QStringLiteral("tune"))));
    if (!fromMachineName(p.value(QStringLiteral("effort")), &o.effort))
        return usageError(command, Tr::tr("unknown --effort \"%1\" (quick, thorough)").arg(p.value(QStringLiteral("effort"))));
    if (!(budget >= 0.0 && budget <= 1e7))
        return usageError(command, Tr::tr("--budget-seconds must be between 0 (no limit) and 10000000"));
    if ((p.isSet(QStringLiteral("budget-seconds")) || p.isSet(QStringLiteral("effort"))) && o.tuning != Tuning::Auto)
        return usageError(command, Tr::tr("--budget-seconds and --effort go with --tune auto"));
    o.budgetSeconds = budget;
    const QString threshold = p.value(QStringLiteral("threshold"));
    if (!ThresholdPolicy::fromMachineName(threshold, &o.threshold.kind)) {
        bool ok = false;
        o.threshold.fixed = threshold.toDouble(&ok);
        if (!ok || !(o.threshold.fixed >= 0.0 && o.threshold.fixed <= 1.0))
            return usageError(command, Tr::tr("--threshold must be f1, profit or a probability between 0 and 1"));
        o.threshold.kind = ThresholdPolicy::Kind::Fixed;
    }
    o.threshold.contactCost = contactCost;
    o.threshold.savedValue = savedValue;
    o.folds = int(folds);
    o.testSize = testSize;
    o.seed = quint64(seed);
    o.threads = threads;
    o.randomIterations = int(iterations);
    o.earlyStoppingRounds = int(early);
    if (p.isSet(QStringLiteral("no-engineered")))
        o.preparation.engineered = 0;

    ConsoleProgress progress(p.isSet(QStringLiteral("quiet")));
    progress.setText(Tr::tr("Loading"));
    SubProgress loadStep(&progress, 0.0, 0.05);
    auto loaded = loadTable(p.positionalArguments().first(), p.value(QStringLiteral("target")), &loadStep);
    if (!loaded)
        return progress.finish(), fail(loaded.error());
    std::optional<LoadResult> testLoaded;
    if (p.isSet(QStringLiteral("test-file"))) {
        const DataTable &train = loaded->table;
        auto t = loadTable(p.value(QStringLiteral("test-file")), train.columnNames().value(train.targetIndex()), &loadStep);
        if (!t)
            return progress.finish(), fail(t.error());
        testLoaded = std::move(*t);
    }
    if (p.isSet(QStringLiteral("test-ids"))) {
        auto ids = DataSplit::readIdFile(p.value(QStringLiteral("test-ids")));
        if (!ids)
            return progress.finish(), fail(ids.error());
        o.testIds = *ids;
        if (o.testIds.isEmpty())
            return progress.finish(), usageError(command, Tr::tr("the --test-ids file is empty"));
    }
    // The project is opened before training, so that one in use is reported at once, not after it.
    std::unique_ptr<ProjectFile> project;
    bool created = false;
    if (p.isSet(QStringLiteral("project"))) {
        auto opened = openProject(p.value(QStringLiteral("project")), ProjectFile::Access::ReadWrite, &created);
        if (!opened)
            return progress.finish(), fail(opened.error());
        project = std::move(*opened);
    }
    SubProgress trainStep(&progress, 0.05, 0.97);
    auto report = Trainer::run(loaded->table, o, &trainStep, testLoaded ? &testLoaded->table : nullptr);
    if (report) {
        SubProgress referenceStep(&progress, 0.97, 1.0);
        if (auto kept = TrainingReference::attach(*report, loaded->table, o.threads, &referenceStep); !kept)
            report = std::unexpected(kept.error());
    }
    progress.finish();
    if (!report)
        return fail(report.error());
    if (p.isSet(QStringLiteral("out"))) {
        // As the GUI saves: into a hidden sibling, loaded back, then renamed into place; a folder
        // holding other files is refused rather than mixed with a model.
        if (auto saved = ModelSaver::save(p.value(QStringLiteral("out")), *report, report->best); !saved)
            return fail(saved.error());
    }
    // The run whole in one transaction, then the version in another: a crash between them
    // leaves a complete run that can still be registered.
    qint64 runId = 0;
    std::optional<ModelVersion> version;
    if (project) {
        const QString dataName = DataSource::fromPath(p.positionalArguments().first()).displayName();
        auto run = RunRecord::fromReport(*report, dataName, ColumnRoles::of(loaded->table));
        if (!run)
            return fail(run.error());
        auto id = RunStore(*project).add(*run);
        if (!id)
            return fail(id.error());
        runId = *id;
        if (registering) {
            auto registered = ModelRegistry(*project).registerRun(runId, report->best, p.value(QStringLiteral("reason")));
            if (!registered)
                return fail(registered.error());
            version = *registered;
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject json = report->toJson(p.isSet(QStringLiteral("curves")));
        if (p.isSet(QStringLiteral("out")))
            json.insert(QStringLiteral("saved"), QFileInfo(p.value(QStringLiteral("out"))).absoluteFilePath());
        if (project) {
            json.insert(QStringLiteral("project"), project->path());
            json.insert(QStringLiteral("run_id"), runId);
            json.insert(QStringLiteral("version"), version ? QJsonValue(versionJson(*version)) : QJsonValue());
        }
        printJson(json);
    } else {
        printOut(summary(*report));
        if (p.isSet(QStringLiteral("out")))
            printOut(Tr::tr("Saved the %1 model to %2\n").arg(displayName(report->bestModel().kind), p.value(QStringLiteral("out"))));
        if (project) {
            printOut(created ? Tr::tr("Recorded as run %1 in the new project %2\n").arg(runId).arg(project->path())
                             : Tr::tr("Recorded as run %1 in project %2\n").arg(runId).arg(project->path()));
        }
        if (version) {
            printOut(Tr::tr("Registered the %1 model as %2, %3, threshold %4\n")
                         .arg(displayName(report->bestModel().kind), version->label(), machineName(version->status))
                         .arg(version->threshold, 0, 'f', 3));
        }
    }
    return ExitOk;
}

const CommandRegistration registration("train", "Train, tune and evaluate churn models", runTrain);

} // namespace
} // namespace churnlens::cli
