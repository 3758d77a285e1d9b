// churnlens-cli score: score a customer file with a saved model, pick a campaign list, export it.
#include "cliproject.h"
#include "cliutil.h"

#include "project/activitylog.h"
#include "services/campaignservice.h"
#include "services/exportservice.h"
#include "services/impactservice.h"
#include "services/loadservice.h"
#include "services/scoringservice.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"
#include "export/exportlog.h"
#include "common/currency.h"
#include "score/riskdefaults.h"
#include "workspace/preferences.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <numeric>

namespace churnlens::cli {
namespace {

QString textSummary(const ScoreResult &r, const DataTable &t, const std::vector<qsizetype> &list,
                    const CampaignSelection *campaign, qsizetype exported, const QString &out, double seconds, const QString &model,
                    const QString &inSampleNote)
{
    QString s;
    const double n = std::max<double>(1.0, double(r.rows));
    s += Tr::tr("%1: %2 customers scored in %3 s (threshold %4)\n")
             .arg(t.sourceName(), formatCount(r.counts.scored()))
             .arg(seconds, 0, 'f', 2)
             .arg(r.threshold, 0, 'f', 3);
    s += Tr::tr("Model: %1\n").arg(model);
    s += Tr::tr("  High risk   %1 (%2)  probability >= %3\n").arg(formatCount(r.counts.high).rightJustified(9),
                                                                  formatPercent(double(r.counts.high) / n, 1))
             .arg(r.riskThresholds.high, 0, 'f', 3);
    s += Tr::tr("  Medium risk %1 (%2)  probability >= %3\n").arg(formatCount(r.counts.medium).rightJustified(9),
                                                                  formatPercent(double(r.counts.medium) / n, 1))
             .arg(r.riskThresholds.medium, 0, 'f', 3);
    s += Tr::tr("  Low risk    %1 (%2)\n").arg(formatCount(r.counts.low).rightJustified(9), formatPercent(double(r.counts.low) / n, 1));
    if (!inSampleNote.isEmpty())
        s += Tr::tr("Note: %1\n").arg(inSampleNote);
    if (campaign) {
        const CampaignSummary &c = campaign->summary;
        const Currency currency = Currency::current();
        s += Tr::tr("\nCampaign list: %1 customers, %2 expected churners, cost %3")
                 .arg(formatCount(c.customers))
                 .arg(c.expectedChurners, 0, 'f', 1)
                 .arg(currency.format(c.cost));
        if (c.hasValue)
            s += Tr::tr(", expected value %1").arg(currency.format(c.expectedValue));
        s += QLatin1Char('\n');
    }
    if (!out.isEmpty())
        s += Tr::tr("Exported %1 customers to %2\n").arg(formatCount(exported), out);
    // The customers at the top of the list (or the riskiest, without a list), with why.
    const qsizetype shown = std::min<qsizetype>(10, qsizetype(list.size()));
    if (shown > 0) {
        if (!campaign)
            s += Tr::tr("\nHighest churn risk:\n");
        else if (campaign->summary.hasValue)
            s += Tr::tr("\nTop of the list (ranked by expected value: probability x customer value x acceptance - cost):\n");
        else
            s += Tr::tr("\nTop of the list (ranked by churn probability):\n");
        for (qsizetype i = 0; i < shown; ++i) {
            const qsizetype row = list[size_t(i)];
            s += QStringLiteral("  %1  %2  %3\n")
                     .arg(r.id(t, row).left(16).leftJustified(16))
                     .arg(r.probabilities[size_t(row)], 0, 'f', 3)
                     .arg(toString(r.risk[size_t(row)]));
            for (const Factor &f : r.factors(t, row))
                s += QStringLiteral("      %1 (%2)\n").arg(f.text, f.signedContribution());
        }
    }
    if (!r.issues.isEmpty()) {
        s += Tr::tr("\nWarnings:\n");
        for (const Issue &issue : r.issues)
            s += QStringLiteral("  - %1\n").arg(issue.toString());
    }
    return s;
}

int runScore(const QStringList &arguments)
{
    const QString command = QStringLiteral("score");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Customer file: CSV/TSV, or a SQLite file (.sqlite, .db)."));
    addModelOption(p);
    p.addOption({QStringLiteral("out"), Tr::tr("Export the list to FILE.csv or FILE.xlsx (written atomically)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("top"), Tr::tr("Campaign list: the N customers ranked highest."), QStringLiteral("N")});
    p.addOption({QStringLiteral("threshold"), Tr::tr("Campaign list: customers with churn probability >= T."), QStringLiteral("T")});
    p.addOption({QStringLiteral("budget"), Tr::tr("Campaign list: as many customers as budget B pays for (needs --cost)."), QStringLiteral("B")});
    p.addOption({QStringLiteral("cost"), Tr::tr("Cost of contacting one customer (default 10)."), QStringLiteral("C"), QStringLiteral("10")});
    p.addOption({QStringLiteral("acceptance"), Tr::tr("Share of contacted churners who accept the offer (default 0.3)."), QStringLiteral("A"), QStringLiteral("0.3")});
    p.addOption({QStringLiteral("value-column"), Tr::tr("Monthly charges column for the customer value (default: the mapped one)."), QStringLiteral("COL")});
    p.addOption({QStringLiteral("months"), Tr::tr("Months of charges a kept customer is worth (default 12)."), QStringLiteral("M"), QStringLiteral("12")});
    p.addOption({QStringLiteral("factors"), Tr::tr("Factors per customer (default 3; 0 = none, faster)."), QStringLiteral("N"), QStringLiteral("3")});
    p.addOption({QStringLiteral("high"), Tr::tr("High risk from this probability (default: the risk level rule of the "
                                                "preferences; unless changed 0.5, more likely to leave than to stay)."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("medium"), Tr::tr("Medium risk from this probability (default: the risk level rule of the "
                                                  "preferences; unless changed the training data's churn rate)."),
                 QStringLiteral("P")});
    p.addOption({QStringLiteral("columns"), Tr::tr("Also export these columns of the file (comma-separated)."), QStringLiteral("COLS")});
    p.addOption({QStringLiteral("currency"), Tr::tr("Currency of the money figures and the Excel headers: a code such as EUR or "
                                                    "USD, or a symbol such as € (default: the locale's)."), QStringLiteral("CODE")});
    addIdOption(p);
    addSqliteOptions(p);
    p.addOption({QStringLiteral("log"), Tr::tr("Export log (JSON lines) to record the export in (default: %1).").arg(ExportLog::defaultPath()),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("allow-missing-columns"), Tr::tr("Score even when most of the model's columns are missing.")});
    addProjectOption(p, Tr::tr("Score with this project's champion (unless --model is given) and record the scoring and the export in it."));
    addThreadsOption(p);
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Score customers with a saved model: churn probability, risk level and "
                                                         "top factors; select a campaign list and export it."),
                                      arguments, 1, 1); code >= 0)
        return code;
    int code = ExitOk;
    if (p.isSet(QStringLiteral("project")) && p.isSet(QStringLiteral("log")))
        return usageError(command, Tr::tr("--log is for exports without a project: with --project the export is recorded in the project"));
    const int modes = int(p.isSet(QStringLiteral("top"))) + int(p.isSet(QStringLiteral("threshold"))) + int(p.isSet(QStringLiteral("budget")));
    if (modes > 1)
        return usageError(command, Tr::tr("use one of --top, --threshold and --budget"));

    qint64 top = 0, factors = 3;
    int threads = 0;
    double threshold = 0.5, budget = 0.0, cost = 10.0, acceptance = 0.3, months = 12.0;
    double high = std::nan(""), medium = std::nan("");
    if (!optionInt(p, QStringLiteral("top"), &top, command, &code) || !optionInt(p, QStringLiteral("factors"), &factors, command, &code)
        || !optionThreads(p, &threads, command, &code)
        || !optionDouble(p, QStringLiteral("threshold"), &threshold, command, &code)
        || !optionDouble(p, QStringLiteral("budget"), &budget, command, &code)
        || !optionDouble(p, QStringLiteral("cost"), &cost, command, &code)
        || !optionDouble(p, QStringLiteral("acceptance"), &acceptance, command, &code)
        || !optionDouble(p, QStringLiteral("months"), &months, command, &code)
        || !optionDouble(p, QStringLiteral("high"), &high, command, &code)
        || !optionDouble(p, QStringLiteral("medium"), &medium, command, &code))
        return code;
    if (factors < 0 || factors > 50)
        return usageError(command, Tr::tr("--factors must be between 0 and 50"));
    if (!(months > 0.0) || !std::isfinite(months))
        return usageError(command, Tr::tr("--months must be a positive number of months"));
    if (p.isSet(QStringLiteral("currency"))) {
        // An ISO code ("EUR"), or a symbol as `report --currency` takes it ("$", "€").
        static const QRegularExpression iso(QStringLiteral("^[A-Za-z]{3}$"));
        static const QRegularExpression symbol(QStringLiteral("^(?=.*[^A-Za-z0-9])[^0-9\\s]{1,3}$"));
        const QString given = p.value(QStringLiteral("currency")).trimmed();
        if (iso.match(given).hasMatch())
            Currency::setCurrent(Currency::fromCode(given));
        else if (symbol.match(given).hasMatch())
            Currency::setCurrent(Currency{QString(), given});
        else
            return usageError(command, Tr::tr("--currency must be a currency code such as EUR or USD, or a symbol such as € or $"));
    }

    CampaignOptions campaign;
    campaign.contactCost = cost;
    campaign.acceptanceRate = acceptance;
    if (p.isSet(QStringLiteral("top"))) {
        campaign.mode = CampaignOptions::Mode::TopN;
        campaign.topN = top;
    } else if (p.isSet(QStringLiteral("threshold"))) {
        campaign.mode = CampaignOptions::Mode::Threshold;
        campaign.threshold = threshold;
    } else if (p.isSet(QStringLiteral("budget"))) {
        campaign.mode = CampaignOptions::Mode::Budget;
        campaign.budget = budget;
    }
    if (auto ok = campaign.validate(); !ok)
        return fail(ok.error());
    const QString out = p.value(QStringLiteral("out"));
    if (!out.isEmpty() && QFileInfo(out).isDir())
        return usageError(command, Tr::tr("--out must name a file, not a folder"));

    std::unique_ptr<ProjectFile> project;
    if (p.isSet(QStringLiteral("project"))) {
        auto opened = openProject(p.value(QStringLiteral("project")), ProjectFile::Access::ReadWrite);
        if (!opened)
            return fail(opened.error());
        project = std::move(*opened);
    }
    QElapsedTimer timer;
    timer.start();
    std::optional<ModelChoice> chosenModel = chooseModel(p, project.get(), command, &code);
    if (!chosenModel)
        return code;
    const ModelBundle *model = &chosenModel->bundle;
    const std::optional<int> version = chosenModel->version ? std::optional<int>(chosenModel->version->version) : std::nullopt;
    ScoreOptions options;
    options.factors = int(factors);
    options.idColumn = p.value(QStringLiteral("id"));
    options.allowMostColumnsMissing = p.isSet(QStringLiteral("allow-missing-columns"));
    options.threads = threads;
    // The same rule as the GUI's (Edit > Preferences > risk levels), unless cut points are given here.
    options.risk = defaultRiskThresholds(*model, Preferences::load().riskTiers);
    if (project)
        options.labels = fieldLabelsOf(*project);
    if (p.isSet(QStringLiteral("high")) || p.isSet(QStringLiteral("medium"))) {
        RiskThresholds risk = *options.risk;
        if (p.isSet(QStringLiteral("high")))
            risk.high = high;
        risk.medium = p.isSet(QStringLiteral("medium")) ? medium : std::min(risk.medium, risk.high);
        options.risk = risk;
    }

    ConsoleProgress progress(p.isSet(QStringLiteral("quiet")));
    progress.setText(Tr::tr("Loading"));
    SubProgress loadProgress(&progress, 0.0, 0.2);
    DataSource source = DataSource::fromPath(p.positionalArguments().first());
    source.table = p.value(QStringLiteral("table"));
    source.query = p.value(QStringLiteral("query"));
    auto loaded = LoadService::load(source, &loadProgress);
    if (!loaded)
        return fail(loaded.error());
    const DataTable &table = loaded->table;
    SubProgress scoreProgress(&progress, 0.2, out.isEmpty() ? 1.0 : 0.8);
    auto scored = ScoringService::score(*model, table, options, loaded->issues, &scoreProgress);
    if (!scored)
        return fail(scored.error());
    ScoreResult &r = *scored;
    // Scores of the very data the model learnt from look better than they will on new customers: say so.
    const QString fingerprint = project ? Trainer::fingerprint(table) : QString();
    const bool inSample = ScoringService::isTrainingData(*model, table, fingerprint);
    const QString inSampleNote = inSample ? ScoringService::trainingDataNote(*model, table) : QString();

    // The list: a campaign selection, or everyone in file order.
    CustomerValue::Options valueOptions;
    valueOptions.column = p.value(QStringLiteral("value-column"));
    valueOptions.horizonMonths = months;
    auto chosen = CampaignService::select(r, table, modes > 0 ? std::optional(campaign) : std::nullopt, valueOptions);
    if (!chosen)
        return fail(chosen.error());
    const std::optional<CampaignSelection> &selection = chosen->selection;
    const std::vector<qsizetype> &list = chosen->rows;
    r.issues.append(chosen->issues);
    std::vector<qsizetype> highlights(list.begin(), list.begin() + std::min<qsizetype>(10, qsizetype(list.size())));
    if (!selection) {
        CampaignOptions top10;
        top10.mode = CampaignOptions::Mode::TopN;
        top10.topN = 10;
        if (auto s = CampaignSelector::select(r.probabilities, {}, top10))
            highlights = s->rows;
    }

    // The scoring is recorded before the export, which links to it.
    std::optional<qint64> scoringId;
    if (project) {
        ScoringRecord scoring;
        scoring.at = QDateTime::currentDateTimeUtc();
        scoring.source = table.sourceName();
        scoring.fingerprint = fingerprint;
        scoring.version = version;
        scoring.model = chosenModel->title;
        scoring.threshold = r.threshold;
        scoring.rows = r.rows;
        scoring.high = r.counts.high;
        scoring.medium = r.counts.medium;
        scoring.low = r.counts.low;
        if (selection)
            scoring.selection = campaign.toJson();
        ImpactService::fillScoringRecord(&scoring, table, r, *model);
        auto id = ActivityLog(*project).addScoring(scoring);
        if (!id)
            return fail(id.error());
        scoringId = *id;
    }

    qsizetype exported = 0;
    std::optional<qint64> exportId;
    QString logPath;
    if (!out.isEmpty()) {
        progress.setText(Tr::tr("Exporting"));
        SubProgress exportProgress(&progress, 0.8, 1.0);
        ExportRequest request;
        request.path = out;
        const QString columns = p.value(QStringLiteral("columns"));
        if (!columns.isEmpty()) {
            for (const QString &c : columns.split(QLatin1Char(',')))
                request.columns.extraColumns << c.trimmed();
        }
        request.logPath = p.value(QStringLiteral("log"));
        request.context.model = chosenModel->title;
        request.context.selection = selection ? campaign.describe() : QString();
        if (version)
            request.context.modelVersion = Tr::tr("version %1 of project %2").arg(*version).arg(project->name());
        request.context.inSample = inSample;
        // The money columns and the Campaign sheet: the values the list was ranked with.
        ExportService::setCampaign(&request, table, campaign, valueOptions);
        request.columns.modelKind = model->kind();
        if (selection)
            request.context.summary = selection->summary;
        // With a project the export is recorded there, linked to the version and the scoring,
        // instead of in the global log.
        request.useLog = !project;
        if (!project)
            logPath = ExportService::logPath(request);
        QList<Issue> logWarnings;
        ExportRecord record;
        auto written = ExportService::write(r, table, list, request, &exportProgress, &logWarnings, &record);
        if (!written)
            return fail(written.error());
        exported = *written;
        if (project) {
            // As with the log file: the list is written, so a record that fails is a warning.
            if (auto id = ActivityLog(*project).addExport(record, version, scoringId)) {
                exportId = *id;
            } else {
                Issue issue;
                issue.file = project->path();
                issue.message = Tr::tr("The export was written, but it could not be recorded in the project: %1").arg(id.error().message);
                logWarnings << issue;
            }
        }
        for (const Issue &issue : std::as_const(logWarnings))
            printErr(QStringLiteral("churnlens-cli: warning: %1\n").arg(issue.toString()));
        r.issues.append(logWarnings);
    }
    progress.finish();
    const double seconds = timer.elapsed() / 1000.0;

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = r.summaryJson();
        o.insert(QStringLiteral("exported"), double(exported));
        o.insert(QStringLiteral("seconds"), seconds);
        o.insert(QStringLiteral("score_seconds"), r.seconds);
        o.insert(QStringLiteral("source"), table.sourceName());
        o.insert(QStringLiteral("model"), chosenModel->title);
        o.insert(QStringLiteral("in_sample"), inSample);
        o.insert(QStringLiteral("currency"), Currency::current().code.isEmpty() ? Currency::current().symbol : Currency::current().code);
        if (inSample)
            printErr(QStringLiteral("churnlens-cli: note: %1\n").arg(inSampleNote));
        if (!out.isEmpty()) {
            o.insert(QStringLiteral("out"), QFileInfo(out).absoluteFilePath());
            o.insert(QStringLiteral("log"), project ? project->path() : logPath);
        }
        if (project) {
            o.insert(QStringLiteral("project"), project->path());
            o.insert(QStringLiteral("version"), version ? QJsonValue(*version) : QJsonValue());
            o.insert(QStringLiteral("scoring_id"), *scoringId);
            o.insert(QStringLiteral("export_id"), exportId ? QJsonValue(*exportId) : QJsonValue());
        }
        if (selection) {
            QJsonObject c = selection->summary.toJson();
            c.insert(QStringLiteral("options"), campaign.toJson());
            c.insert(QStringLiteral("description"), campaign.describe());
            o.insert(QStringLiteral("campaign"), c);
        }
        printJson(o);
    } else {
        QString modelText = chosenModel->title;
        if (version)
            modelText = Tr::tr("%1, champion of project %2").arg(chosenModel->title, project->name());
        QString text = textSummary(r, table, highlights, selection ? &*selection : nullptr, exported, out, seconds, modelText,
                                    inSampleNote);
        if (project)
            text += Tr::tr("Recorded as scoring %1 in project %2\n").arg(*scoringId).arg(project->path());
        printOut(text);
    }
    return ExitOk;
}

const CommandRegistration registration("score", "Score customers with a saved model; select and export a campaign list", runScore);

} // namespace
} // namespace churnlens::cli
