#include "exportservice.h"

#include "export/exportlog.h"

namespace churnlens {

QString ExportService::logPath(const ExportRequest &request)
{
    return request.logPath.isEmpty() ? ExportLog::defaultPath() : request.logPath;
}

Result<qsizetype> ExportService::write(const ScoreResult &scores, const DataTable &table, std::vector<qsizetype> rows,
                                       const ExportRequest &request, Progress *progress, QList<Issue> *logWarnings)
{
    const ExportLog log(logPath(request));
    return ScoreExport::write(scores, table, std::move(rows), request.path, request.columns, request.fileOptions, &log,
                              request.context, progress, logWarnings);
}

} // namespace churnlens
