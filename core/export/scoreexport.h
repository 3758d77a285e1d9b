#pragma once

#include "common/error.h"
#include "exportoptions.h"
#include "exporttable.h"
#include "ml/modelspec.h"
#include "score/campaignoptions.h"
#include "score/campaignsummary.h"

#include <QDateTime>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>
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
    //! contribution_1 … contribution_N: their SHAP values (log-odds) in CSV; in Excel the
    //! percentage points of churn probability the reason adds, as people read it (FactorEffect).
    bool contributions = true;
    QStringList extraColumns;  //!< columns of the scored table to append (e.g. MonthlyCharges, email)
    /*!
     * What keeping each customer is worth, per row of the scored table (CustomerValue: monthly
     * charges x months, or one amount for everyone); NaN = unknown (counts as 0). Empty: no
     * money columns, and the ranking key is the churn probability.
     */
    std::vector<double> values;
    //! The contact cost and acceptance rate behind expected_value (and the rule, for the sheet).
    CampaignOptions campaign;
    //! The margin scale of the contributions (for the percentage points in Excel).
    ModelKind modelKind = ModelKind::XGBoost;
};

//! What the export log and the Excel "Campaign" sheet record about an export besides the file. Value type.
struct ExportContext
{
    QString model;     //!< the model folder or name
    QString selection; //!< how the list was chosen (CampaignOptions::describe()); empty = "all", in file order
    QString modelVersion; //!< e.g. "version 3 of project Telco"; empty = not in a project
    //! The list's figures as the Score panel (CampaignPlanner) or the CLI (CampaignSelector) work
    //! them out; unset = worked out here from the exported rows, the same way.
    std::optional<CampaignSummary> summary;
    QString valueRule; //!< how the customer value was made ("MonthlyCharges × 12 months"); empty = none
    double months = std::numeric_limits<double>::quiet_NaN(); //!< months of charges a kept customer is worth
    //! The scored customers are the model's training data (ExportService::inSample()); unset = unknown.
    std::optional<bool> inSample;
    QDateTime when;    //!< when the list was made; invalid = now
};

/*!
 * Customer lists from scores: the columns over chosen rows, written safely by TableExporter and
 * recorded in an ExportLog. Stateless. The columns (CSV headers, the documented machine form):
 *   rank                  1..n in file order (the campaign's ranking)
 *   <id column> or row    the customer
 *   churn_probability     0..1 (Excel: a percentage format, still a number)
 *   prediction            1 = predicted churner at the model's threshold
 *   risk_level            high / medium / low (Excel: as the screen spells it)
 *   customer_value        with values: what keeping the customer is worth
 *   value_at_risk         with values: probability x customer value (the ranking key)
 *   expected_value        with values: acceptance x value_at_risk - contact cost
 *   factor_k, contribution_k  the reasons; SHAP log-odds (Excel: percentage points)
 *   chosen table columns
 * In Excel, headers are readable and translated, money headers name the currency, and a second
 * sheet (campaignSheetName()) holds campaignNotes().
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

    //! The Excel sheet that describes the list (translated "Campaign").
    static QString campaignSheetName();
    /*!
     * The lines of the "Campaign" sheet for \a rows (in file order) of \a result: the selection
     * rule, the ranking key, the assumptions, the totals (context.summary, or the same sums over
     * \a rows), the model, the data file, the time, whether the scores are in-sample, the units.
     */
    static std::vector<ExportNote> campaignNotes(const ScoreResult &result, const DataTable &table,
                                                 const std::vector<qsizetype> &rows, const ScoreExportOptions &options,
                                                 const ExportContext &context);
    //! The figures of \a rows as CampaignSelector sums them (what the sheet shows without context.summary).
    static CampaignSummary summaryOf(const ScoreResult &result, const std::vector<qsizetype> &rows,
                                     const ScoreExportOptions &options);

    //! What the export log records about \a rows rows of \a result of \a table written to \a path, now.
    static ExportRecord record(const ScoreResult &result, const DataTable &table, const QString &path,
                               const ExportOptions &fileOptions, const ExportContext &context, qsizetype rows);
};

} // namespace churnlens
