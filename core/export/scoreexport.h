#pragma once

#include "common/error.h"
#include "exportoptions.h"
#include "exporttable.h"

#include <QStringList>

#include <vector>

namespace churnlens {

class DataTable;
class ExportLog;
class Progress;
struct ExportRecord;
struct ScoreResult;

//! Which columns a scored customer list has. Value type.
struct ScoreExportOptions
{
    bool factors = true;       //!< factor_1 … factor_N: the sentences
    bool contributions = true; //!< contribution_1 … contribution_N: their SHAP values (log-odds)
    QStringList extraColumns;  //!< columns of the scored table to append (e.g. MonthlyCharges, email)
};

//! What the export log records about an export besides the file. Value type.
struct ExportContext
{
    QString model;     //!< the model folder or name
    QString selection; //!< how the list was chosen; empty = "all"
};

/*!
 * Customer lists from scores: the columns (id, churn_probability, prediction, risk_level,
 * factors, contributions, chosen table columns) over chosen rows, written safely by
 * TableExporter and recorded in an ExportLog. Stateless.
 */
class ScoreExport
{
public:
    /*!
     * The export table of \a rows (in that order) of \a result. \a table is the scored table; it
     * and \a result must outlive the returned table's use. Fails on an unknown extra column.
     */
    static Result<ExportTable> table(const ScoreResult &result, const DataTable &table, std::vector<qsizetype> rows,
                                     const ScoreExportOptions &options = {});

    /*!
     * Builds the table, writes it to \a path (CSV or .xlsx by its name, atomically) and, when it
     * worked and \a log is given, records the export. Returns the rows written. A failure to
     * record goes to \a logWarnings when given (the export succeeded); without it, it is returned
     * as an error after the file was written (the file stays).
     */
    static Result<qsizetype> write(const ScoreResult &result, const DataTable &table, std::vector<qsizetype> rows,
                                   const QString &path, const ScoreExportOptions &options, const ExportOptions &fileOptions,
                                   const ExportLog *log, const ExportContext &context, Progress *progress = nullptr,
                                   QList<Issue> *logWarnings = nullptr);

    //! What the export log records about \a rows rows of \a result of \a table written to \a path, now.
    static ExportRecord record(const ScoreResult &result, const DataTable &table, const QString &path,
                               const ExportOptions &fileOptions, const ExportContext &context, qsizetype rows);
};

} // namespace churnlens
