// churnlens-cli report: the executive's impact report for a customer file: KPI figures, segments,
// the campaign simulation and its profit curve, as a PDF (--out) and/or JSON (--json).
#include "cliproject.h"
#include "cliutil.h"
#include "reportoptions.h"

#include "common/currency.h"

#include "project/activitylog.h"
#include "services/impactservice.h"
#include "services/loadservice.h"
#include "services/scoringservice.h"
#include "score/riskdefaults.h"
#include "workspace/preferences.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#ifdef CHURNLENS_HAS_REPORT
#include "report/reportwriter.h"
#endif

#include <cmath>

namespace churnlens::cli {
namespace {

QString textSummary(const ImpactReport &r, const QString &out)
{
    const ImpactKpis &k = r.kpis;
    const ProfitCurve &c = r.curve;
    auto money = [](double v) { return std::isfinite(v) ? formatCount(std::llround(v)) : QStringLiteral("-"); };
    QString s = Tr::tr("%1: %2 customers scored with %3\n").arg(r.dataName, formatCount(k.scored), r.modelName);
    QList<QStringList> rows;
    QString rate = formatPercent(k.meanProbability, 1);
    if (std::isfinite(r.trainingChurnRate))
        rate += Tr::tr(" (training data %1)").arg(formatPercent(r.trainingChurnRate, 1));
    rows << QStringList{Tr::tr("Predicted churn rate"), rate};
    rows << QStringList{Tr::tr("High-risk customers"),
                        QStringLiteral("%1 (%2)").arg(formatCount(k.risk.high), formatPercent(k.scored ? double(k.risk.high) / double(k.scored) : 0.0, 1))};
    rows << QStringList{Tr::tr("Revenue at risk per month"), money(k.monthlyRevenueAtRisk)};
    rows << QStringList{Tr::tr("Revenue at risk over %1 months").arg(k.months), money(k.horizonRevenueAtRisk())};
    s += textTable({Tr::tr("Figure"), Tr::tr("Value")}, rows);
    if (r.valueColumn.isEmpty() && !std::isfinite(r.fixedValue)) {
        s += Tr::tr("\nCampaign: without monthly charges no campaign can be priced (see --value-column).\n");
    } else if (c.bestCustomers == 0) {
        s += Tr::tr("\nCampaign: none pays at these assumptions (contacting everyone would cost %1 and keep %2).\n")
                 .arg(money(c.everyone.cost), money(c.everyone.revenueSaved));
    } else {
        s += Tr::tr("\nCampaign: contact %1 customers (%2): %3 expected churners reached, %4 saved, revenue saved %5, "
                    "cost %6, net saving %7, ROI %8\n")
                 .arg(formatCount(c.bestCustomers), formatPercent(c.bestShare(), 1))
                 .arg(c.best.expectedChurners, 0, 'f', 0)
                 .arg(c.best.saved, 0, 'f', 0)
                 .arg(money(c.best.revenueSaved), money(c.best.cost), money(c.best.net), formatPercent(c.best.roi(), 0));
        if (c.economics.hasRange())
            s += Tr::tr("  Net saving 10-90%: %1 to %2\n").arg(money(c.bestNetLow), money(c.bestNetHigh));
        if (c.budgetLimited)
            s += Tr::tr("  Limited by the budget (without it: %1 customers)\n").arg(formatCount(c.unconstrainedBestCustomers));
    }
    if (r.calibration.warn())
        s += Tr::tr("\nWarning: the model's probabilities are not known to be calibrated; treat the money figures as rough.\n");
    for (const Issue &issue : r.issues)
        s += QStringLiteral("  - %1\n").arg(issue.toString());
    if (!out.isEmpty())
        s += Tr::tr("Report written to %1\n").arg(out);
    return s;
}

int runReport(const QStringList &arguments)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Customer file: CSV/TSV, or a SQLite file (.sqlite, .db)."));
    addModelOption(p);
    addProjectOption(p, Tr::tr("Use this project's champion (unless --model is given) and its scorings for the trend; the project is only read."));
    addReportEconomicsOptions(p);
    p.addOption({QStringLiteral("value-column"), Tr::tr("Monthly charges column for the revenue figures (default: the mapped one)."), QStringLiteral("COL")});
    p.addOption({QStringLiteral("segments"), Tr::tr("Segment by these columns (comma-separated; default: contract, tenure and the columns that separate risk most)."),
                 QStringLiteral("COLS")});
    p.addOption({QStringLiteral("currency"), Tr::tr("Currency symbol for the PDF's money figures, such as $ or € (default: the currency set in "
                                                          "Preferences, else the locale's; \"\" for none)."), QStringLiteral("SYMBOL")});
    p.addOption({QStringLiteral("out"), Tr::tr("Write the report as a PDF (A4, written atomically)."), QStringLiteral("FILE")});
    addIdOption(p);
    addSqliteOptions(p);
    p.addOption({QStringLiteral("allow-missing-columns"), Tr::tr("Score even when most of the model's columns are missing.")});
    addThreadsOption(p);
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("The impact report: customers and revenue at risk, segments and what a "
                                                         "retention campaign would save, as a PDF and/or JSON."),
                                      arguments, 1, 1); code >= 0)
        return code;
    int code = ExitOk;
    CampaignEconomics economics;
    int threads = 0;
    if (!reportEconomics(p, &economics, command, &code) || !optionThreads(p, &threads, command, &code))
        return code;
    const QString out = p.value(QStringLiteral("out"));
    if (p.isSet(QStringLiteral("out"))) {
        if (out.isEmpty())
            return usageError(command, Tr::tr("--out needs a file name"));
        if (QFileInfo(out).isDir())
            return usageError(command, Tr::tr("--out must name a file, not a folder: \"%1\"").arg(out));
#ifndef CHURNLENS_HAS_REPORT
        printErr(Tr::tr("churnlens-cli report: this churnlens-cli was built without the PDF renderer (CHURNLENS_BUILD_GUI=OFF); "
                        "use --json, or a build with the GUI.\n"));
        return ExitFailure;
#endif
        // Found out before the file is scored, not after.
        const QFileInfo folder(QFileInfo(out).absolutePath());
        if (!folder.isDir()) {
            const QString where = QDir::toNativeSeparators(folder.filePath());
            return fail(Error::make(ErrorCode::Io,
                                    folder.exists() ? Tr::tr("Cannot write the report: %1 is a file, not a folder.").arg(where)
                                                    : Tr::tr("Cannot write the report: the folder %1 does not exist.").arg(where),
                                    out, Tr::tr("Create the folder or choose another --out; nothing was written.")));
        }
    }
    if (!p.isSet(QStringLiteral("out")) && !p.isSet(QStringLiteral("json")) && !p.isSet(QStringLiteral("quiet")))
        printErr(Tr::tr("churnlens-cli report: no --out FILE.pdf given; printing the figures only.\n"));

    std::unique_ptr<ProjectFile> project;
    if (p.isSet(QStringLiteral("project"))) {
        auto opened = openProject(p.value(QStringLiteral("project")), ProjectFile::Access::ReadOnly);
        if (!opened)
            return fail(opened.error());
        project = std::move(*opened);
    }
    std::optional<ModelChoice> chosen = chooseModel(p, project.get(), command, &code);
    if (!chosen)
        return code;
    QList<ScoringRecord> history;
    if (project) {
        auto scorings = ActivityLog(*project).scorings();
        if (!scorings)
            return fail(scorings.error());
        history = *scorings;
    }

    ConsoleProgress progress(p.isSet(QStringLiteral("quiet")));
    progress.setText(Tr::tr("Loading"));
    SubProgress loadProgress(&progress, 0.0, 0.3);
    DataSource source = DataSource::fromPath(p.positionalArguments().first());
    source.table = p.value(QStringLiteral("table"));
    source.query = p.value(QStringLiteral("query"));
    auto loaded = LoadService::load(source, &loadProgress);
    if (!loaded)
        return fail(loaded.error());
    ScoreOptions options;
    options.factors = 0; // the report needs probabilities only
    options.risk = defaultRiskThresholds(chosen->bundle, Preferences::load().riskTiers); // as in the GUI
    options.idColumn = p.value(QStringLiteral("id"));
    options.allowMostColumnsMissing = p.isSet(QStringLiteral("allow-missing-columns"));
    options.threads = threads;
    progress.setText(Tr::tr("Scoring"));
    SubProgress scoreProgress(&progress, 0.3, 0.7);
    auto scored = ScoringService::score(chosen->bundle, loaded->table, options, loaded->issues, &scoreProgress);
    if (!scored)
        return fail(scored.error());

    ImpactRequest request;
    request.table = &loaded->table;
    request.scores = &*scored;
    request.model = &chosen->bundle;
    request.dataName = loaded->table.sourceName();
    request.modelName = chosen->version ? Tr::tr("%1, champion of project %2").arg(chosen->title, project->name()) : chosen->title;
    request.economics = economics;
    request.valueColumn = p.value(QStringLiteral("value-column"));
    if (p.isSet(QStringLiteral("segments"))) {
        for (const QString &name : p.value(QStringLiteral("segments")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            request.segmentColumns << name.trimmed();
    }
    request.history = history;
    progress.setText(Tr::tr("Computing the report"));
    SubProgress buildProgress(&progress, 0.7, 0.9);
    auto report = ImpactService::build(request, &buildProgress);
    if (!report)
        return fail(report.error());

#ifdef CHURNLENS_HAS_REPORT
    if (!out.isEmpty()) {
        progress.setText(Tr::tr("Writing the PDF"));
        ReportOptions print;
        // The currency of the preferences (the GUI's), else the locale's, unless one is given here.
        print.currency = p.isSet(QStringLiteral("currency")) ? p.value(QStringLiteral("currency"))
                                                             : Currency::fromCode(Preferences::load().currency).symbol;
        // On paper the file and the model folder by name; the JSON keeps the paths.
        ImpactReport printed = *report;
        if (source.table.isEmpty() && source.query.isEmpty() && QFileInfo(source.path).isFile())
            printed.dataName = QFileInfo(source.path).fileName();
        if (!chosen->version)
            printed.modelName = QDir(chosen->title).dirName();
        if (auto written = ReportWriter::writePdf(printed, out, print); !written)
            return fail(written.error());
    }
#endif
    progress.finish();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = report->toJson();
        if (!out.isEmpty())
            o.insert(QStringLiteral("out"), QFileInfo(out).absoluteFilePath());
        printJson(o);
    } else {
        printOut(textSummary(*report, out));
    }
    return ExitOk;
}

const CommandRegistration registration("report", "The impact report: revenue at risk, segments, campaign saving (PDF, JSON)", runReport);

} // namespace
} // namespace churnlens::cli
