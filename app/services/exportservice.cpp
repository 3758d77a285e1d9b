#include "exportservice.h"

#include "export/exportlog.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"

namespace churnlens {

QString ExportService::logPath(const ExportRequest &request)
{
    return request.logPath.isEmpty() ? ExportLog::defaultPath() : request.logPath;
}

std::optional<bool> ExportService::inSample(const ModelBundle &model, const DataTable &table)
{
    const QString trained = model.meta().value(QLatin1String("data_fingerprint")).toString();
    if (trained.isEmpty())
        return std::nullopt;
    return Trainer::fingerprint(table) == trained;
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
