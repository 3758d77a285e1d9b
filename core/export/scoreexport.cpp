#include "scoreexport.h"

#include "data/datatable.h"
#include "exportlog.h"
#include "score/scoreresult.h"
#include "tableexporter.h"

#include <QFileInfo>

#include <cmath>

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
    ExportTable out;
    const ScoreResult *s = &result;
    const DataTable *t = &table;
    const QString idHeader = result.idColumn >= 0 ? table.column(result.idColumn).name() : QStringLiteral("row");
    out.columns.push_back(ExportColumn::texts(idHeader, [s, t](qsizetype r) { return s->id(*t, r); }));
    out.columns.push_back(ExportColumn::numbers(QStringLiteral("churn_probability"),
                                                [s](qsizetype r) { return s->probabilities[size_t(r)]; }, 4));
    out.columns.push_back(ExportColumn::numbers(QStringLiteral("prediction"),
                                                [s](qsizetype r) { return double(s->predictions[size_t(r)]); }, 0));
    out.columns.push_back(ExportColumn::texts(QStringLiteral("risk_level"),
                                              [s](qsizetype r) { return machineName(s->risk[size_t(r)]); }));
    for (int k = 0; k < result.factorCount; ++k) {
        if (options.factors) {
            out.columns.push_back(ExportColumn::texts(QStringLiteral("factor_%1").arg(k + 1),
                                                      [s, t, k](qsizetype r) { return s->factor(*t, r, k).text; }));
        }
        if (options.contributions) {
            out.columns.push_back(ExportColumn::numbers(QStringLiteral("contribution_%1").arg(k + 1), [s, k](qsizetype r) {
                const size_t i = size_t(r) * size_t(s->factorCount) + size_t(k);
                return s->factorColumns[i] < 0 ? std::nan("") : double(s->factorContributions[i]);
            }, 3));
        }
    }
    const QStringList unknown = options.extraColumns.isEmpty() ? QStringList() : out.addTableColumns(table, options.extraColumns);
    if (!unknown.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("No column called %1 to export.").arg(unknown.join(QStringLiteral(", "))));
    out.rows = std::move(rows);
    return out;
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
