#include "scoreexport.h"

#include "common/currency.h"
#include "data/datatable.h"
#include "explain/factoreffect.h"
#include "exportlog.h"
#include "impact/campaigneconomics.h"
#include "score/campaignkey.h"
#include "score/scoreresult.h"
#include "tableexporter.h"

#include <QFileInfo>
#include <QLocale>

#include <cmath>
#include <memory>

namespace churnlens {

Result<ExportTable> ScoreExport::table(const ScoreResult &result, const DataTable &table, std::vector<qsizetype> rows,
                                       const ScoreExportOptions &options)
{
    if (table.rowCount() != result.rows)
        return makeError(ErrorCode::Internal, Tr::tr("The scores are of another table (%1 rows, not %2).")
                                                  .arg(result.rows).arg(table.rowCount()));
    for (qsizetype r : rows) {
        if (r < 0 || r >= result.rows)
            return makeError(ErrorCode::Internal, Tr::tr("Row %1 is outside the scored table.").arg(r));
    }
    if (!options.values.empty() && qsizetype(options.values.size()) != result.rows)
        return makeError(ErrorCode::Internal, Tr::tr("The export got %1 customer values for %2 customers.")
                                                  .arg(options.values.size()).arg(result.rows));
    ExportTable out;
    const ScoreResult *s = &result;
    const DataTable *t = &table;
    const QByteArray money("#,##0.00");
    const Currency currency = Currency::current();

    // The rank is the position in the file: the rows come best first.
    auto position = std::make_shared<std::vector<qsizetype>>(size_t(result.rows), qsizetype(0));
    for (size_t i = 0; i < rows.size(); ++i)
        (*position)[size_t(rows[i])] = qsizetype(i) + 1;
    ExportColumn rank = ExportColumn::numbers(QStringLiteral("rank"), [position](qsizetype r) { return double((*position)[size_t(r)]); }, 0);
    rank.label = Tr::tr("Rank");
    out.columns.push_back(std::move(rank));

    const QString idHeader = result.idColumn >= 0 ? table.column(result.idColumn).name() : QStringLiteral("row");
    out.columns.push_back(ExportColumn::texts(idHeader, [s, t](qsizetype r) { return s->id(*t, r); }));
    if (result.idColumn < 0)
        out.columns.back().label = Tr::tr("Row");
    ExportColumn probability = ExportColumn::numbers(QStringLiteral("churn_probability"),
                                                     [s](qsizetype r) { return s->probabilities[size_t(r)]; }, 4);
    probability.label = Tr::tr("Churn probability");
    probability.excelFormat = "0.0%";
    out.columns.push_back(std::move(probability));
    ExportColumn prediction = ExportColumn::numbers(QStringLiteral("prediction"),
                                                    [s](qsizetype r) { return double(s->predictions[size_t(r)]); }, 0);
    prediction.label = Tr::tr("Predicted to churn (1 = yes)");
    out.columns.push_back(std::move(prediction));
    ExportColumn risk = ExportColumn::texts(QStringLiteral("risk_level"), [s](qsizetype r) { return machineName(s->risk[size_t(r)]); });
    risk.label = Tr::tr("Risk");
    risk.excelText = [s](qsizetype r) { return toString(s->risk[size_t(r)]); };
    out.columns.push_back(std::move(risk));

    if (!options.values.empty()) {
        // The ranking rule's own key (probability x value, unknown value = 0), so the columns
        // add up to the campaign's figures and order as the list does.
        auto values = std::make_shared<const std::vector<double>>(options.values);
        auto key = std::make_shared<const std::vector<double>>(campaignkey::keys(result.probabilities, *values));
        const double acceptance = options.campaign.acceptanceRate;
        const double cost = options.campaign.contactCost;
        ExportColumn value = ExportColumn::numbers(QStringLiteral("customer_value"), [values](qsizetype r) { return (*values)[size_t(r)]; }, 2);
        value.label = currency.labelled(Tr::tr("Customer value"));
        value.excelFormat = money;
        out.columns.push_back(std::move(value));
        ExportColumn atRisk = ExportColumn::numbers(QStringLiteral("value_at_risk"), [key](qsizetype r) { return (*key)[size_t(r)]; }, 2);
        atRisk.label = currency.labelled(Tr::tr("Value at risk"));
        atRisk.excelFormat = money;
        out.columns.push_back(std::move(atRisk));
        ExportColumn expected = ExportColumn::numbers(QStringLiteral("expected_value"), [key, acceptance, cost](qsizetype r) {
            return acceptance * (*key)[size_t(r)] - cost;
        }, 2);
        expected.label = currency.labelled(Tr::tr("Expected value"));
        expected.excelFormat = money;
        out.columns.push_back(std::move(expected));
    }

    const ModelKind kind = options.modelKind;
    for (int k = 0; k < result.factorCount; ++k) {
        if (options.factors) {
            out.columns.push_back(ExportColumn::texts(QStringLiteral("factor_%1").arg(k + 1),
                                                      [s, t, k](qsizetype r) { return s->factor(*t, r, k).text; }));
            out.columns.back().label = Tr::tr("Reason %1").arg(k + 1);
        }
        if (options.contributions) {
            auto contribution = [s, k](qsizetype r) {
                const size_t i = size_t(r) * size_t(s->factorCount) + size_t(k);
                return s->factorColumns[i] < 0 ? std::nan("") : double(s->factorContributions[i]);
            };
            ExportColumn c = ExportColumn::numbers(QStringLiteral("contribution_%1").arg(k + 1), contribution, 3);
            c.label = Tr::tr("Reason %1 effect (percentage points)").arg(k + 1);
            c.excelFormat = "+0.0;-0.0;0.0";
            c.excelNumber = [s, kind, contribution](qsizetype r) {
                return FactorEffect::percentagePoints(s->probabilities[size_t(r)], contribution(r), kind);
            };
            out.columns.push_back(std::move(c));
        }
    }
    const QStringList unknown = options.extraColumns.isEmpty() ? QStringList() : out.addTableColumns(table, options.extraColumns);
    if (!unknown.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("No column called %1 to export.").arg(unknown.join(QStringLiteral(", "))));
    out.rows = std::move(rows);
    return out;
}

QString ScoreExport::campaignSheetName()
{
    return Tr::tr("Campaign");
}

CampaignSummary ScoreExport::summaryOf(const ScoreResult &result, const std::vector<qsizetype> &rows,
                                       const ScoreExportOptions &options)
{
    // As CampaignSelector::select() sums its list.
    const bool hasValue = !options.values.empty();
    qsizetype scored = 0;
    for (double p : result.probabilities)
        scored += !std::isnan(p);
    double pSum = 0.0;
    double vSum = 0.0;
    qsizetype missing = 0;
    for (qsizetype r : rows) {
        const double p = result.probabilities[size_t(r)];
        if (std::isnan(p))
            continue;
        pSum += p;
        if (hasValue) {
            const double v = options.values[size_t(r)];
            vSum += std::isnan(v) ? 0.0 : p * v;
            missing += std::isnan(v);
        }
    }
    return CampaignSummary::fromSums(qsizetype(rows.size()), scored, pSum, vSum, missing, hasValue, options.campaign);
}

std::vector<ExportNote> ScoreExport::campaignNotes(const ScoreResult &result, const DataTable &table,
                                                   const std::vector<qsizetype> &rows, const ScoreExportOptions &options,
                                                   const ExportContext &context)
{
    const Currency currency = Currency::current();
    const QByteArray money("#,##0.00");
    const bool ranked = !context.selection.isEmpty();
    const bool hasValue = !options.values.empty();
    const CampaignSummary s = context.summary ? *context.summary : summaryOf(result, rows, options);
    std::vector<ExportNote> notes;
    auto text = [&](const QString &label, const QString &value) { notes.push_back(ExportNote::ofText(label, value)); };
    auto number = [&](const QString &label, double value, QByteArray format = {}) {
        notes.push_back(ExportNote::ofNumber(label, value, std::move(format)));
    };

    text(Tr::tr("Who is on the list"), ranked ? context.selection : Tr::tr("every scored customer, in file order"));
    if (!ranked)
        text(Tr::tr("Ranked by"), Tr::tr("not ranked: the rank is the position in the file"));
    else if (hasValue)
        text(Tr::tr("Ranked by"), Tr::tr("expected value: churn probability × customer value × acceptance − contact cost "
                                         "(column expected_value), highest first"));
    else
        text(Tr::tr("Ranked by"), Tr::tr("churn probability (column churn_probability), highest first; "
                                         "no customer value is known"));
    text(Tr::tr("Customer value"), hasValue ? context.valueRule : Tr::tr("unknown (no monthly charges column)"));
    if (hasValue && std::isfinite(context.months))
        number(Tr::tr("Months of charges a kept customer is worth"), context.months, "0");
    number(currency.labelled(Tr::tr("Contact cost per customer")), options.campaign.contactCost, money);
    number(Tr::tr("Offer acceptance rate"), options.campaign.acceptanceRate, "0.0%");

    number(Tr::tr("Customers on the list"), double(s.customers), "#,##0");
    number(Tr::tr("Expected churners reached"), s.expectedChurners, "#,##0.0");
    number(Tr::tr("Expected customers kept"), s.expectedKept, "#,##0.0");
    number(currency.labelled(Tr::tr("Contact cost of the list")), s.cost, money);
    if (s.hasValue) {
        // The impact dashboard's formula, as CampaignSummary::fromSums() uses it.
        const CampaignOutcome o = CampaignOutcome::of(s.customers, s.expectedChurners, s.valueAtRisk,
                                                      options.campaign.acceptanceRate, 0.0, options.campaign.contactCost);
        number(currency.labelled(Tr::tr("Value at risk on the list")), s.valueAtRisk, money);
        number(currency.labelled(Tr::tr("Expected saved revenue")), o.revenueSaved, money);
        number(currency.labelled(Tr::tr("Expected net value")), s.expectedValue, money);
        if (s.missingValue > 0)
            number(Tr::tr("Customers without a value (counted as 0)"), double(s.missingValue), "#,##0");
    }

    text(Tr::tr("Model"), context.model.isEmpty() ? Tr::tr("unknown") : context.model);
    if (!context.modelVersion.isEmpty())
        text(Tr::tr("Model version"), context.modelVersion);
    text(Tr::tr("Data file"), table.sourceName());
    const QDateTime when = context.when.isValid() ? context.when : QDateTime::currentDateTime();
    text(Tr::tr("Made on"), when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    text(Tr::tr("Scores in-sample"),
         !context.inSample ? Tr::tr("unknown (the model does not record its training data)")
         : *context.inSample ? Tr::tr("yes: these customers are the model's training data, so the scores look better "
                                       "than they will on new customers")
                             : Tr::tr("no: the model was trained on other data"));
    text(Tr::tr("Churn threshold of the model"), QLocale().toString(result.threshold * 100.0, 'f', 1) + QLatin1Char('%'));
    text(Tr::tr("Reason effects"), Tr::tr("percentage points of churn probability the reason adds (+) or takes away (−)"));
    text(Tr::tr("Currency"), currency.code.isEmpty() ? currency.symbol : currency.code);
    return notes;
}

ExportRecord ScoreExport::record(const ScoreResult &result, const DataTable &table, const QString &path,
                                 const ExportOptions &fileOptions, const ExportContext &context, qsizetype rows)
{
    ExportRecord record;
    record.when = QDateTime::currentDateTimeUtc();
    record.file = QFileInfo(path).absoluteFilePath();
    record.format = TableExporter::formatFor(path, fileOptions.format) == ExportOptions::Format::Xlsx
        ? QStringLiteral("xlsx") : QStringLiteral("csv");
    record.model = context.model;
    record.threshold = result.threshold;
    record.rows = rows;
    record.selection = context.selection.isEmpty() ? QStringLiteral("all") : context.selection;
    record.source = table.sourceName();
    return record;
}

Result<qsizetype> ScoreExport::write(const ScoreResult &result, const DataTable &table, std::vector<qsizetype> rows,
                                     const QString &path, const ScoreExportOptions &options,
                                     const ExportOptions &fileOptions, const ExportLog *log, const ExportContext &context,
                                     Progress *progress, QList<Issue> *logWarnings)
{
    auto exportTable = ScoreExport::table(result, table, std::move(rows), options);
    if (!exportTable)
        return std::unexpected(exportTable.error());
    if (TableExporter::formatFor(path, fileOptions.format) == ExportOptions::Format::Xlsx) {
        exportTable->notesSheet = campaignSheetName();
        exportTable->notes = campaignNotes(result, table, exportTable->rows, options, context);
    }
    auto written = TableExporter::write(*exportTable, path, fileOptions, progress);
    if (!written || !log)
        return written;
    const ExportRecord record = ScoreExport::record(result, table, path, fileOptions, context, *written);
    if (auto logged = log->append(record); !logged) {
        if (!logWarnings)
            return std::unexpected(logged.error());
        // The export itself is in place: a log that cannot be written is worth a warning, not a failure.
        Issue issue;
        issue.file = logged.error().file;
        issue.message = Tr::tr("The export was written, but it could not be recorded in the export log: %1")
                            .arg(logged.error().message);
        logWarnings->append(issue);
    }
    return written;
}

} // namespace churnlens
