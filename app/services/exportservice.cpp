#include "exportservice.h"

#include "scoringservice.h"

#include "common/currency.h"
#include "export/exportlog.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"

#include <QJsonObject>

namespace churnlens {

QString ExportService::logPath(const ExportRequest &request)
{
    return request.logPath.isEmpty() ? ExportLog::defaultPath() : request.logPath;
}

void ExportService::setCampaign(ExportRequest *request, const DataTable &table, const CampaignOptions &campaign,
                                const CustomerValue::Options &value, std::optional<double> fixedValue)
{
    request->columns.campaign = campaign;
    request->columns.values.clear();
    request->context.valueRule.clear();
    request->context.months = std::numeric_limits<double>::quiet_NaN();
    if (fixedValue) {
        request->columns.values.assign(size_t(table.rowCount()), *fixedValue);
        request->context.valueRule = Tr::tr("%1 per customer (no monthly charges column)").arg(Currency::current().format(*fixedValue, 0));
        return;
    }
    // A value column that cannot serve (not numeric) only costs the money columns here; choosing
    // the list with it reports the problem (CampaignService::select).
    auto values = CustomerValue::fromTable(table, value);
    if (!values || values->empty())
        return;
    request->columns.values = std::move(*values);
    request->context.valueRule = Tr::tr("%1 × %2 months").arg(table.column(CustomerValue::valueColumn(table, value)).name())
                                     .arg(value.horizonMonths);
    request->context.months = value.horizonMonths;
}

std::optional<bool> ExportService::inSample(const ModelBundle &model, const DataTable &table, const QString &fingerprint)
{
    if (model.meta().value(QLatin1String("data_fingerprint")).toString().isEmpty())
        return std::nullopt; // a model that does not say what it was trained on
    return ScoringService::isTrainingData(model, table, fingerprint);
}

Result<qsizetype> ExportService::write(const ScoreResult &scores, const DataTable &table, std::vector<qsizetype> rows,
                                       const ExportRequest &request, Progress *progress, QList<Issue> *logWarnings,
                                       ExportRecord *record)
{
    const ExportLog log(logPath(request));
    auto written = ScoreExport::write(scores, table, std::move(rows), request.path, request.columns, request.fileOptions,
                                      request.useLog ? &log : nullptr, request.context, progress, logWarnings);
    if (written && record)
        *record = ScoreExport::record(scores, table, request.path, request.fileOptions, request.context, *written);
    return written;
}

} // namespace churnlens
