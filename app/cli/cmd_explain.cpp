// churnlens-cli explain: global importance of each field, and the factors of chosen customers.
#include "cliproject.h"
#include "cliutil.h"

#include "services/loadservice.h"
#include "services/scoringservice.h"
#include "explain/fieldimportance.h"
#include "ml/modelbundle.h"
#include "score/riskdefaults.h"
#include "workspace/preferences.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace churnlens::cli {
namespace {

int runExplain(const QStringList &arguments)
{
    const QString command = QStringLiteral("explain");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Customer file: CSV/TSV, or a SQLite file (.sqlite, .db)."));
    addModelOption(p);
    p.addOption({QStringLiteral("ids"), Tr::tr("Customers to explain, by id (comma-separated)."), QStringLiteral("IDS")});
    p.addOption({QStringLiteral("factors"), Tr::tr("Factors per customer (default 5)."), QStringLiteral("N"), QStringLiteral("5")});
    addIdOption(p);
    addSqliteOptions(p);
    p.addOption({QStringLiteral("allow-missing-columns"), Tr::tr("Explain even when most of the model's columns are missing.")});
    addProjectOption(p, Tr::tr("Explain this project's champion (unless --model is given); the project is only read."));
    addThreadsOption(p);
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Explain a saved model on a customer file: which fields matter most "
                                                         "(mean |SHAP| and the model's gain), and why given customers are at risk."),
                                      arguments, 1, 1); code >= 0)
        return code;
    int code = ExitOk;
    qint64 factors = 5;
    int threads = 0;
    if (!optionInt(p, QStringLiteral("factors"), &factors, command, &code) || !optionThreads(p, &threads, command, &code))
        return code;
    if (factors < 1 || factors > 50)
        return usageError(command, Tr::tr("--factors must be between 1 and 50"));
    QStringList ids;
    for (const QString &id : p.value(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << id.trimmed();

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ProjectFile> project;
    if (p.isSet(QStringLiteral("project"))) {
        auto opened = openProject(p.value(QStringLiteral("project")), ProjectFile::Access::ReadOnly);
        if (!opened)
            return fail(opened.error());
        project = std::move(*opened);
    }
    std::optional<ModelChoice> chosenModel = chooseModel(p, project.get(), command, &code);
    if (!chosenModel)
        return code;
    const ModelBundle *model = &chosenModel->bundle;
    const QString modelTitle = chosenModel->title;
    const QString path = p.positionalArguments().first();
    ConsoleProgress progress(p.isSet(QStringLiteral("quiet")));
    progress.setText(Tr::tr("Loading"));
    DataSource source = DataSource::fromPath(path);
    source.table = p.value(QStringLiteral("table"));
    source.query = p.value(QStringLiteral("query"));
    SubProgress loadProgress(&progress, 0.0, 0.2);
    auto loaded = LoadService::load(source, &loadProgress);
    if (!loaded)
        return fail(loaded.error());
    const DataTable &table = loaded->table;

    ScoreOptions options;
    options.factors = int(factors);
    options.risk = defaultRiskThresholds(*model, Preferences::load().riskTiers); // the levels the GUI shows
    options.idColumn = p.value(QStringLiteral("id"));
    options.allowMostColumnsMissing = p.isSet(QStringLiteral("allow-missing-columns"));
    options.threads = threads;
    if (project)
        options.labels = fieldLabelsOf(*project);
    SubProgress scoreProgress(&progress, 0.2, 1.0);
    auto scored = ScoringService::score(*model, table, options, loaded->issues, &scoreProgress);
    progress.finish();
    if (!scored)
        return fail(scored.error());
    ScoreResult &r = *scored;
    if (r.factorCount == 0) {
        Error e;
        e.code = ErrorCode::Model;
        e.message = Tr::tr("This model cannot be explained.");
        for (const Issue &issue : r.issues)
            e.hint += issue.message;
        return fail(e);
    }

    // Customers by id.
    std::vector<qsizetype> rows;
    if (!ids.isEmpty()) {
        QHash<QString, qsizetype> byId;
        for (qsizetype i = 0; i < table.rowCount(); ++i)
            byId.insert(r.id(table, i), i);
        QStringList unknown;
        for (const QString &id : ids) {
            auto it = byId.constFind(id);
            if (it == byId.cend())
                unknown << id;
            else
                rows.push_back(it.value());
        }
        if (!unknown.isEmpty()) {
            Error e;
            e.code = ErrorCode::BadInput;
            e.file = table.sourceName();
            e.message = Tr::tr("No customer with the id %1.").arg(unknown.join(QStringLiteral(", ")));
            e.hint = r.idColumn >= 0 ? Tr::tr("Ids are read from column \"%1\".").arg(table.column(r.idColumn).name())
                                     : Tr::tr("The file has no id column: use row numbers (1 = first customer), or --id COL.");
            return fail(e);
        }
    }
    const FieldImportance fields = FieldImportance::compute(*model, table, r);
    const std::vector<int> ranking = fields.ranking();
    const double seconds = timer.elapsed() / 1000.0;

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray importanceJson;
        for (int f : ranking) {
            const double gain = fields.gain[size_t(f)];
            importanceJson.append(QJsonObject{{QStringLiteral("field"), fields.fieldNames.at(f)},
                                              {QStringLiteral("mean_abs_shap"), fields.meanAbs[size_t(f)]},
                                              {QStringLiteral("gain"), std::isfinite(gain) ? QJsonValue(gain) : QJsonValue()}});
        }
        QJsonArray customers;
        for (qsizetype row : rows) {
            QJsonArray factorJson;
            for (const Factor &f : r.factors(table, row)) {
                factorJson.append(QJsonObject{{QStringLiteral("field"), f.field}, {QStringLiteral("value"), f.value},
                                              {QStringLiteral("contribution"), f.contribution}, {QStringLiteral("text"), f.text}});
            }
            customers.append(QJsonObject{{QStringLiteral("id"), r.id(table, row)},
                                         {QStringLiteral("row"), double(row + 1)},
                                         {QStringLiteral("probability"), r.probabilities[size_t(row)]},
                                         {QStringLiteral("prediction"), int(r.predictions[size_t(row)])},
                                         {QStringLiteral("risk"), machineName(r.risk[size_t(row)])},
                                         {QStringLiteral("factors"), factorJson}});
        }
        QJsonArray warnings;
        for (const Issue &issue : r.issues)
            warnings.append(issue.toString());
        QJsonObject o{{QStringLiteral("source"), table.sourceName()},
                              {QStringLiteral("model"), modelTitle},
                              {QStringLiteral("threshold"), model->threshold()},
                              {QStringLiteral("rows"), double(r.rows)},
                              {QStringLiteral("base_value"), r.baseValue},
                              {QStringLiteral("importance_kind"), fields.gainKind},
                              {QStringLiteral("importance"), importanceJson},
                              {QStringLiteral("customers"), customers},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("warnings"), warnings}};
        if (project) {
            o.insert(QStringLiteral("project"), project->path());
            o.insert(QStringLiteral("version"), chosenModel->version ? QJsonValue(chosenModel->version->version) : QJsonValue());
        }
        printJson(o);
        return ExitOk;
    }

    QString s = Tr::tr("%1: %2 customers explained in %3 s\n").arg(table.sourceName(), formatCount(r.rows)).arg(seconds, 0, 'f', 2);
    s += Tr::tr("Model: %1, threshold %2\n\n")
             .arg(chosenModel->version ? Tr::tr("%1, champion of project %2").arg(modelTitle, project->name()) : modelTitle)
             .arg(model->threshold(), 0, 'f', 3);
    s += QStringLiteral("  %1 %2 %3\n").arg(Tr::tr("Field").leftJustified(24), Tr::tr("Mean |SHAP|").rightJustified(12),
                                            fields.gainKind.rightJustified(26));
    const double top = ranking.empty() ? 1.0 : std::max(fields.meanAbs[size_t(ranking.front())], 1e-12);
    for (int f : ranking) {
        const double meanAbs = fields.meanAbs[size_t(f)];
        const double gain = fields.gain[size_t(f)];
        const int bar = int(std::lround(20.0 * meanAbs / top));
        s += QStringLiteral("  %1 %2 %3  %4\n")
                 .arg(fields.fieldNames.at(f).left(24).leftJustified(24))
                 .arg(meanAbs, 12, 'f', 4)
                 .arg(std::isfinite(gain) ? QString::number(gain, 'f', 3) : QStringLiteral("-"), 26)
                 .arg(QString(bar, QLatin1Char('#')));
    }
    for (qsizetype row : rows) {
        s += Tr::tr("\n%1: churn probability %2, %3 risk\n")
                 .arg(r.id(table, row))
                 .arg(r.probabilities[size_t(row)], 0, 'f', 3)
                 .arg(toString(r.risk[size_t(row)]).toLower());
        for (const Factor &f : r.factors(table, row))
            s += QStringLiteral("  %1 %2\n").arg(f.signedContribution().rightJustified(6), f.text);
    }
    if (!r.issues.isEmpty()) {
        s += Tr::tr("\nWarnings:\n");
        for (const Issue &issue : r.issues)
            s += QStringLiteral("  - %1\n").arg(issue.toString());
    }
    printOut(s);
    return ExitOk;
}

const CommandRegistration registration("explain", "Explain a saved model: field importance and why customers are at risk", runExplain);

} // namespace
} // namespace churnlens::cli
