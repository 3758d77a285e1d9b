// churnlens-cli prepare: the feature matrix a model sees, as a file (to train or check a model elsewhere).
#include "cliutil.h"

#include "export/spreadsheetsafety.h"
#include "export/tableexporter.h"
#include "ml/modelbundle.h"
#include "services/loadservice.h"
#include "services/scoringservice.h"

#include <QFileInfo>
#include <QJsonArray>

#include <charconv>
#include <cmath>

namespace churnlens::cli {
namespace {

const QString LabelColumn = QStringLiteral("__label");

/*!
 * The value to print for feature value \a f: the short decimal of the float ("29.85") when a
 * reader that parses it as a double and narrows to float gets \a f back (Python, NumPy,
 * XGBoost's own readers), else the float's exact double value. Either way the model sees the
 * very same float as in ChurnLens.
 */
double printable(float f)
{
    if (!std::isfinite(f))
        return double(f);
    char buffer[32];
    const auto shortest = std::to_chars(buffer, buffer + sizeof buffer, f);
    double d = 0.0;
    if (shortest.ec == std::errc() && std::from_chars(buffer, shortest.ptr, d).ec == std::errc() && float(d) == f)
        return d;
    return double(f);
}

int runPrepare(const QStringList &arguments)
{
    const QString command = QStringLiteral("prepare");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("Customer file: CSV/TSV, or a SQLite file (.sqlite, .db)."));
    addModelOption(p);
    p.addOption({{QStringLiteral("o"), QStringLiteral("out")}, Tr::tr("Write the features to FILE.csv (or FILE.xlsx), atomically."), QStringLiteral("FILE")});
    addSqliteOptions(p);
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Write the features a saved model reads for each customer: one column per "
                                                         "feature, named as the model names it, and the churn label (0/1) as the last "
                                                         "column \"__label\" when the file has the model's churn column."),
                                      arguments, 1, 1); code >= 0)
        return code;
    int code = ExitOk;
    const QString modelDir = modelDirectory(p, command, &code);
    if (modelDir.isEmpty())
        return code;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usageError(command, Tr::tr("--out FILE is required"));
    if (QFileInfo(out).isDir())
        return usageError(command, Tr::tr("--out must name a file, not a folder"));

    auto model = ModelBundle::load(modelDir);
    if (!model)
        return fail(model.error());
    const FittedPreparation &preparation = model->preparation();
    const QStringList names = preparation.featureNames();
    if (names.contains(LabelColumn))
        return fail(Error::make(ErrorCode::Model, Tr::tr("The model has a feature called \"%1\", the name of the label column.").arg(LabelColumn), modelDir));

    ConsoleProgress progress(p.isSet(QStringLiteral("quiet")));
    progress.setText(Tr::tr("Loading"));
    SubProgress loadProgress(&progress, 0.0, 0.3);
    DataSource source = DataSource::fromPath(p.positionalArguments().first());
    source.table = p.value(QStringLiteral("table"));
    source.query = p.value(QStringLiteral("query"));
    auto loaded = LoadService::load(source, &loadProgress);
    if (!loaded)
        return fail(loaded.error());
    const DataTable &table = loaded->table;
    const QStringList inputs = preparation.inputColumns();
    int present = 0;
    for (const QString &column : inputs)
        present += table.indexOf(column) >= 0 ? 1 : 0;
    if (!inputs.isEmpty() && present == 0)
        return fail(Error::make(ErrorCode::BadInput, Tr::tr("None of the model's columns are in this file (it expects %1).")
                                                         .arg(inputs.mid(0, 8).join(QStringLiteral(", "))),
                                table.sourceName(), Tr::tr("Check that this is a customer file of the kind the model was trained on.")));

    progress.setText(Tr::tr("Preparing"));
    SubProgress prepareProgress(&progress, 0.3, 0.6);
    QList<Issue> issues = ScoringService::scoringIssues(loaded->issues, inputs);
    auto features = preparation.transform(table, &issues, &prepareProgress);
    if (!features)
        return fail(features.error());
    const FeatureMatrix &m = *features;
    const std::vector<int8_t> labels = model->targetLabels(table);

    ExportTable exported;
    exported.rows.resize(size_t(m.rows));
    for (qsizetype r = 0; r < m.rows; ++r)
        exported.rows[size_t(r)] = r;
    for (int c = 0; c < m.cols; ++c)
        exported.columns.push_back(ExportColumn::numbers(names[c], [&m, c](qsizetype row) { return printable(m.at(row, c)); }));
    if (!labels.empty())
        exported.columns.push_back(ExportColumn::numbers(LabelColumn, [&labels](qsizetype row) {
            return labels[size_t(row)] < 0 ? std::nan("") : double(labels[size_t(row)]);
        }));
    // Exports guard headers against spreadsheet formulas; a guarded name no longer matches the model's.
    for (const QString &name : names) {
        if (SpreadsheetSafety::neutralise(name) != name)
            issues << Issue{Issue::Severity::Warning,
                            Tr::tr("The feature \"%1\" starts like a spreadsheet formula and is written with a leading quote; "
                                   "a model trained on this file will not match the preparation's name.").arg(name),
                            {}, 0, 0, name};
    }

    progress.setText(Tr::tr("Writing"));
    SubProgress writeProgress(&progress, 0.6, 1.0);
    auto written = TableExporter::write(exported, out, {}, &writeProgress);
    if (!written)
        return fail(written.error());
    progress.finish();

    qint64 churned = 0, stayed = 0;
    for (int8_t y : labels) {
        churned += y == 1 ? 1 : 0;
        stayed += y == 0 ? 1 : 0;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray issueTexts;
        for (const Issue &issue : std::as_const(issues))
            issueTexts.append(issue.toString());
        QJsonObject o{{QStringLiteral("source"), table.sourceName()},
                      {QStringLiteral("model"), modelDir},
                      {QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
                      {QStringLiteral("rows"), double(*written)},
                      {QStringLiteral("features"), QJsonArray::fromStringList(names)},
                      {QStringLiteral("label"), labels.empty() ? QJsonValue() : QJsonValue(LabelColumn)},
                      {QStringLiteral("churned"), double(churned)},
                      {QStringLiteral("stayed"), double(stayed)},
                      {QStringLiteral("issues"), issueTexts}};
        printJson(o);
        return ExitOk;
    }
    QString s = Tr::tr("%1: %2 customers, %3 features written to %4\n")
                    .arg(table.sourceName(), formatCount(*written), formatCount(m.cols), out);
    const QString target = model->meta().value(QStringLiteral("target")).toString();
    if (labels.empty())
        s += target.isEmpty() ? Tr::tr("No label column: the model does not record its churn column.\n")
                              : Tr::tr("No label column: the file has no column \"%1\".\n").arg(target);
    else
        s += Tr::tr("Label column %1: %2 churned, %3 stayed, %4 unknown (empty).\n")
                              .arg(LabelColumn, formatCount(churned), formatCount(stayed), formatCount(qint64(labels.size()) - churned - stayed));
    if (!issues.isEmpty()) {
        s += Tr::tr("\nWarnings:\n");
        for (const Issue &issue : std::as_const(issues))
            s += QStringLiteral("  - %1\n").arg(issue.toString());
    }
    printOut(s);
    return ExitOk;
}

const CommandRegistration registration("prepare", "Write the features a saved model reads, to train or check a model elsewhere", runPrepare);

} // namespace
} // namespace churnlens::cli
