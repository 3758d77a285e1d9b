// churnlens-cli drift and retrain: the Monitor for schedulers. `drift` checks a new customer file
// against the model's stored training reference (exit 4 when retraining is recommended);
// `retrain` trains a challenger with the champion's settings and compares the two.
#include "cliproject.h"
#include "cliutil.h"

#include "project/activitylog.h"
#include "project/monitorstore.h"
#include "services/challengerservice.h"
#include "services/loadservice.h"
#include "services/monitorservice.h"
#include "workspace/columnroles.h"

#include <cmath>

namespace churnlens::cli {
namespace {

constexpr int ExitRetrain = 4;

QString measure(double v, int decimals = 3)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

QString pValue(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("-");
    return p < 0.001 ? QStringLiteral("<0.001") : QString::number(p, 'f', 3);
}

QString interval(const Interval &i)
{
    return i.isValid() ? QStringLiteral("%1–%2").arg(formatPercent(i.low, 1), formatPercent(i.high, 1)) : QString();
}

QString textSummary(const MonitorReport &r)
{
    QString s = Tr::tr("%1 (%2 customers) against %3\n\n").arg(r.dataName, formatCount(r.drift.rows), r.modelName);
    for (const QString &line : r.recommendation.lines)
        s += line + QLatin1Char('\n');
    QList<QStringList> rows;
    std::vector<const FeatureDrift *> fields;
    for (const FeatureDrift &f : r.drift.features)
        fields.push_back(&f);
    std::stable_sort(fields.begin(), fields.end(), [](const FeatureDrift *a, const FeatureDrift *b) {
        return (std::isfinite(a->psi) ? a->psi : -1.0) > (std::isfinite(b->psi) ? b->psi : -1.0);
    });
    if (r.drift.predictionCompared)
        fields.insert(fields.begin(), &r.drift.prediction);
    for (const FeatureDrift *f : fields) {
        if (f->missingColumn) {
            rows << QStringList{f->name, Tr::tr("missing from the file"), {}, {}, {}, {}, {}, {}};
            continue;
        }
        rows << QStringList{f->name,
                            measure(f->psi),
                            measure(f->kl),
                            measure(f->js),
                            f->numeric ? measure(f->ks) : measure(f->chiSquare, 1),
                            pValue(f->numeric ? f->ksPValue : f->chiSquarePValue),
                            QStringLiteral("%1 → %2").arg(formatPercent(f->referenceMissingShare, 1), formatPercent(f->newMissingShare, 1)),
                            f->flagged ? Tr::tr("drifted") : QString()};
    }
    s += QLatin1Char('\n')
         + textTable({Tr::tr("Field"), QStringLiteral("PSI"), QStringLiteral("KL"), QStringLiteral("JS"), Tr::tr("KS / chi²"),
                      Tr::tr("p-value"), Tr::tr("Missing"), Tr::tr("Flag")},
                     rows, {1, 2, 3, 4, 5});
    s += Tr::tr("\n%1 of %2 fields drifted (%3).\n")
             .arg(r.drift.driftedFeatures)
             .arg(r.drift.comparedFeatures)
             .arg(formatPercent(r.drift.driftedShare, 0));
    if (r.realised) {
        const BinaryMetrics &m = r.realised->metrics;
        auto ci = [&](const char *name) { return interval(r.realised->intervals.contains(QLatin1String(name))
                                                              ? r.realised->intervals.at(QLatin1String(name)) : Interval{}); };
        s += Tr::tr("Performance on this file's outcomes (95% intervals), the model's test figures in brackets:\n"
                    "  accuracy %1 (%2) [%3], ROC AUC %4 [%5], recall %6 (%7), precision %8 (%9)\n")
                 .arg(formatPercent(m.accuracy, 1), ci("accuracy"), formatPercent(r.testAccuracy, 1), measure(m.rocAuc),
                      measure(r.testRocAuc), formatPercent(m.recall, 1), ci("recall"), formatPercent(m.precision, 1), ci("precision"));
    } else {
        const EstimatedPerformance &e = r.estimated;
        s += Tr::tr("Estimated performance (the file has no outcomes; assumes customers with the same features behave as in "
                    "training), the model's test figures in brackets:\n"
                    "  accuracy %1 (%2) [%3], ROC AUC %4 [%5], recall %6, precision %7\n")
                 .arg(formatPercent(e.accuracy, 1), interval(e.accuracyInterval), formatPercent(r.testAccuracy, 1), measure(e.rocAuc),
                      measure(r.testRocAuc), formatPercent(e.recall, 1), formatPercent(e.precision, 1));
    }
    for (const Issue &issue : r.issues)
        s += QStringLiteral("  - %1\n").arg(issue.toString());
    return s;
}

bool readSettings(const QCommandLineParser &p, MonitorSettings *settings, const QString &command, int *code)
{
    for (auto [name, value] : {std::pair{QStringLiteral("psi"), &settings->drift.psi}, std::pair{QStringLiteral("kl"), &settings->drift.kl},
                               std::pair{QStringLiteral("js"), &settings->drift.js},
                               std::pair{QStringLiteral("feature-share"), &settings->drift.featureShare}}) {
        if (p.isSet(name) && !optionDouble(p, name, value, command, code))
            return false;
        if (*value < 0.0) {
            *code = usageError(command, Tr::tr("--%1 cannot be negative").arg(name));
            return false;
        }
    }
    if (p.isSet(QStringLiteral("accuracy-floor"))) {
        if (!optionDouble(p, QStringLiteral("accuracy-floor"), &settings->absoluteAccuracy, command, code))
            return false;
        if (settings->absoluteAccuracy > 1.0)
            settings->absoluteAccuracy /= 100.0; // 85 means 85%
        if (settings->absoluteAccuracy < 0.0 || settings->absoluteAccuracy > 1.0) {
            *code = usageError(command, Tr::tr("--accuracy-floor must be a share such as 0.85 or a percentage such as 85"));
            return false;
        }
        settings->rule = MonitorSettings::Rule::Absolute;
    }
    return true;
}

int runDrift(const QStringList &arguments)
{
    const QString command = QStringLiteral("drift");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NEW"), Tr::tr("The new customer file: CSV/TSV, or a SQLite file (.sqlite, .db)."));
    addModelOption(p);
    addProjectOption(p, Tr::tr("Check against this project's champion (unless --model is given), with the project's monitor settings, "
                               "and keep the check in the project."));
    p.addOption({QStringLiteral("psi"), Tr::tr("A field drifts when its PSI passes this (default 0.2)."), QStringLiteral("X")});
    p.addOption({QStringLiteral("kl"), Tr::tr("... or its KL divergence passes this (default 0.3)."), QStringLiteral("X")});
    p.addOption({QStringLiteral("js"), Tr::tr("... or its Jensen-Shannon distance passes this (default 0.1)."), QStringLiteral("X")});
    p.addOption({QStringLiteral("feature-share"), Tr::tr("Retrain when at least this share of the fields drift (default 0.3)."), QStringLiteral("X")});
    p.addOption({QStringLiteral("accuracy-floor"), Tr::tr("Retrain when accuracy falls below this fixed floor (e.g. 0.85) instead of "
                                                          "3 points below the model's own test accuracy."), QStringLiteral("X")});
    addSqliteOptions(p);
    addThreadsOption(p);
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Checks a new customer file against the data the model was trained on: drift "
                                                         "of every field, of the predictions and of the explanations, performance "
                                                         "(realised when the file has outcomes, estimated otherwise) and whether to "
                                                         "retrain. Exit code 0: no retraining needed; 4: retraining recommended."),
                                      arguments, 1, 1); code >= 0)
        return code;
    int code = ExitOk;
    int threads = 0;
    if (!optionThreads(p, &threads, command, &code))
        return code;
    std::unique_ptr<ProjectFile> project;
    MonitorSettings settings;
    if (p.isSet(QStringLiteral("project"))) {
        auto opened = openProject(p.value(QStringLiteral("project")), ProjectFile::Access::ReadWrite);
        if (!opened)
            return fail(opened.error());
        project = std::move(*opened);
        auto saved = MonitorSettings::load(*project);
        if (!saved)
            return fail(saved.error());
        settings = *saved;
    }
    if (!readSettings(p, &settings, command, &code))
        return code;
    std::optional<ModelChoice> chosen = chooseModel(p, project.get(), command, &code);
    if (!chosen)
        return code;

    ConsoleProgress progress(p.isSet(QStringLiteral("quiet")));
    progress.setText(Tr::tr("Loading"));
    SubProgress loadProgress(&progress, 0.0, 0.3);
    DataSource source = DataSource::fromPath(p.positionalArguments().first());
    source.table = p.value(QStringLiteral("table"));
    source.query = p.value(QStringLiteral("query"));
    auto loaded = LoadService::load(source, &loadProgress);
    if (!loaded)
        return fail(loaded.error());
    MonitorRequest request;
    request.table = &loaded->table;
    request.model = &chosen->bundle;
    request.dataName = loaded->table.sourceName();
    request.modelName = chosen->title;
    request.modelVersion = chosen->version ? chosen->version->version : 0;
    request.settings = settings;
    request.threads = threads;
    SubProgress checkProgress(&progress, 0.3, 1.0);
    auto report = MonitorService::check(request, &checkProgress);
    progress.finish();
    if (!report)
        return fail(report.error());
    report->issues = loaded->issues + report->issues;

    if (project) {
        MonitorCheckRecord record;
        record.at = report->created;
        record.version = report->modelVersion;
        record.dataName = report->dataName;
        record.dataFingerprint = report->dataFingerprint;
        record.rows = report->drift.rows;
        record.driftedShare = report->drift.driftedShare;
        record.predictionPsi = report->drift.predictionCompared ? report->drift.prediction.psi : std::nan("");
        record.accuracy = report->accuracy();
        record.accuracyEstimated = report->accuracyIsEstimate();
        record.rocAuc = report->rocAuc();
        record.recommendation = MonitorRecommendation::machineName(report->recommendation.level);
        record.report = report->toJson();
        // Linked to the latest scoring of the same file, so the trend lines up with the scorings.
        if (auto scorings = ActivityLog(*project).scorings(); scorings) {
            for (const ScoringRecord &s : *scorings) {
                if (s.fingerprint == report->dataFingerprint)
                    record.scoringId = s.id;
            }
        }
        if (auto added = MonitorStore(*project).addCheck(record); !added)
            return fail(added.error());
    }
    if (p.isSet(QStringLiteral("json")))
        printJson(report->toJson());
    else
        printOut(textSummary(*report));
    return report->recommendation.level == MonitorRecommendation::Level::Retrain ? ExitRetrain : ExitOk;
}

QString comparisonText(const ChallengerComparison &c)
{
    QString s = Tr::tr("Challenger v%1 registered (not promoted), compared with %2 on %3 held-out customers of %4:\n\n")
                    .arg(c.challengerVersion)
                    .arg(c.championName)
                    .arg(c.holdoutRows)
                    .arg(c.dataName);
    QList<QStringList> rows;
    for (const QString &name : {QStringLiteral("accuracy"), QStringLiteral("precision"), QStringLiteral("recall"), QStringLiteral("f1"),
                                QStringLiteral("roc_auc"), QStringLiteral("pr_auc"), QStringLiteral("brier")})
        rows << QStringList{name, measure(c.champion.value(name)), measure(c.challenger.value(name))};
    rows << QStringList{Tr::tr("threshold"), measure(c.champion.threshold), measure(c.challenger.threshold)};
    s += textTable({Tr::tr("Metric"), Tr::tr("Champion"), Tr::tr("Challenger")}, rows, {1, 2});
    s += QLatin1Char('\n');
    for (const QString &line : c.summary)
        s += line + QLatin1Char('\n');
    s += Tr::tr("Promote it with: churnlens-cli promote PROJECT %1 --reason \"...\"\n").arg(c.challengerVersion);
    return s;
}

int runRetrain(const QStringList &arguments)
{
    const QString command = QStringLiteral("retrain");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("NEW"), Tr::tr("The new labelled customer file (it has the churn column)."));
    addProjectOption(p, Tr::tr("The project whose champion is challenged; the challenger and the comparison are kept in it."));
    p.addOption({QStringLiteral("reference-data"), Tr::tr("The champion's training file (default: the project's copy of its data)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("new-only"), Tr::tr("Train the challenger on the new file alone.")});
    p.addOption({QStringLiteral("holdout"), Tr::tr("Share of the new file kept aside to compare the two on (default 0.3)."), QStringLiteral("X")});
    p.addOption({QStringLiteral("acceptance"), Tr::tr("Share of contacted churners a campaign keeps, for the campaign value (default 0.24)."),
                 QStringLiteral("X")});
    p.addOption({QStringLiteral("contact-cost"), Tr::tr("Cost of one contact (default 5)."), QStringLiteral("X")});
    p.addOption({QStringLiteral("months"), Tr::tr("Months of charges a saved customer is worth (default 12)."), QStringLiteral("N")});
    addThreadsOption(p);
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Trains a challenger with the champion's settings on the champion's training "
                                                         "data plus the new file (or the new file alone), registers it as a challenger "
                                                         "and compares both on held-out rows of the new file."),
                                      arguments, 1, 1); code >= 0)
        return code;
    if (!p.isSet(QStringLiteral("project")))
        return usageError(command, Tr::tr("--project is required: the challenger is registered in a project"));
    if (p.isSet(QStringLiteral("new-only")) && p.isSet(QStringLiteral("reference-data")))
        return usageError(command, Tr::tr("give --reference-data or --new-only, not both"));
    int code = ExitOk;
    int threads = 0;
    ChallengerRequest request;
    if (!optionThreads(p, &threads, command, &code))
        return code;
    for (auto [name, value] : {std::pair{QStringLiteral("holdout"), &request.holdoutShare}, std::pair{QStringLiteral("acceptance"), &request.acceptance},
                               std::pair{QStringLiteral("contact-cost"), &request.contactCost}, std::pair{QStringLiteral("months"), &request.months}}) {
        if (p.isSet(name) && !optionDouble(p, name, value, command, &code))
            return code;
    }
    if (request.holdoutShare <= 0.05 || request.holdoutShare >= 0.9)
        return usageError(command, Tr::tr("--holdout must be between 0.05 and 0.9"));
    if (request.acceptance < 0.0 || request.acceptance > 1.0 || request.contactCost < 0.0 || request.months <= 0.0)
        return usageError(command, Tr::tr("--acceptance must be from 0 to 1, --contact-cost not negative and --months above 0"));

    auto opened = openProject(p.value(QStringLiteral("project")), ProjectFile::Access::ReadWrite);
    if (!opened)
        return fail(opened.error());
    ProjectFile &project = **opened;
    std::optional<ModelChoice> chosen = chooseModel(p, &project, command, &code);
    if (!chosen)
        return code;
    ConsoleProgress progress(p.isSet(QStringLiteral("quiet")));
    progress.setText(Tr::tr("Loading"));
    SubProgress loadProgress(&progress, 0.0, 0.1);
    auto loaded = LoadService::load(DataSource::fromPath(p.positionalArguments().first()), &loadProgress);
    if (!loaded)
        return fail(loaded.error());
    request.newData = std::make_shared<const DataTable>(std::move(loaded->table));
    request.newDataOnly = p.isSet(QStringLiteral("new-only"));
    if (!request.newDataOnly) {
        SubProgress referenceProgress(&progress, 0.1, 0.2);
        if (p.isSet(QStringLiteral("reference-data"))) {
            auto reference = LoadService::load(DataSource::fromPath(p.value(QStringLiteral("reference-data"))), &referenceProgress);
            if (!reference)
                return fail(reference.error());
            request.referenceData = std::make_shared<const DataTable>(std::move(reference->table));
        } else {
            auto reference = ChallengerService::projectReferenceData(project, chosen->bundle, &referenceProgress);
            if (!reference)
                return fail(reference.error());
            request.referenceData = *reference;
        }
    }
    request.champion = &chosen->bundle;
    request.championName = chosen->title;
    request.championVersion = chosen->version ? chosen->version->version : 0;
    request.dataName = request.newData->sourceName();
    request.threads = threads;
    SubProgress runProgress(&progress, 0.2, 1.0);
    auto result = ChallengerService::run(request, &runProgress);
    progress.finish();
    if (!result)
        return fail(result.error());
    auto recorded = ChallengerService::record(project, *result, ColumnRoles::of(*request.newData));
    if (!recorded)
        return fail(recorded.error());
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = result->comparison.toJson();
        o.insert(QStringLiteral("comparison_id"), *recorded);
        printJson(o);
    } else {
        printOut(comparisonText(result->comparison));
    }
    return ExitOk;
}

const CommandRegistration driftRegistration("drift", "Check a new file for drift and performance; exit 4 = retrain recommended", runDrift);
const CommandRegistration retrainRegistration("retrain", "Train a challenger on new labelled data and compare it with the champion", runRetrain);

} // namespace
} // namespace churnlens::cli
