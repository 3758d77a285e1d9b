#include "exportservice.h"

#include "export/exportlog.h"

namespace churnlens {

QString ExportService::logPath(const ExportRequest &request)
{
    return request.logPath.isEmpty() ? ExportLog::defaultPath() : request.logPath;
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
