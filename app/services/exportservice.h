#pragma once

#include "common/error.h"
#include "export/exportoptions.h"
#include "export/scoreexport.h"
#include "score/customervalue.h"

#include <QString>

#include <optional>
#include <vector>

namespace churnlens {

class DataTable;
class ModelBundle;
class Progress;
struct ExportRecord;
struct ScoreResult;

//! Where and how a customer list is exported, and what the export log records. Value type.
struct ExportRequest
{
    QString path;                //!< .csv or .xlsx (by the name unless fileOptions says otherwise)
    ScoreExportOptions columns;  //!< which columns besides id, probability, prediction and risk
    ExportOptions fileOptions;   //!< format details (the GUI adds a byte order mark for Excel)
    QString logPath;             //!< the export log; empty = ExportLog::defaultPath()
    bool useLog = true;          //!< false: the caller records the export itself (in the open project)
    ExportContext context;       //!< the model and how the list was chosen, for the log
};

/*!
 * Exporting a customer list, for every caller: ScoreExport::write() (written atomically)
 * and the record in the export log. Synchronous (run it on a worker in the GUI); stateless
 * and thread-safe.
 */
class ExportService
{
public:
    /*!
     * Writes \a rows (in that order) of \a scores of \a table; returns the rows written. A
     * failure to record the export comes after the file was written (the file stays): it goes
     * to \a logWarnings when given, else it is returned as the error. \a record, when given,
     * receives what was (or, without request.useLog, would have been) logged.
     */
    static Result<qsizetype> write(const ScoreResult &scores, const DataTable &table, std::vector<qsizetype> rows,
                                   const ExportRequest &request, Progress *progress = nullptr,
                                   QList<Issue> *logWarnings = nullptr, ExportRecord *record = nullptr);
    /*!
     * Makes \a request carry the campaign's ranking: each customer's value as the campaign list
     * ranks with it (CustomerValue from \a value: charges x months; or \a fixedValue for everyone),
     * the assumptions of \a campaign, and how the value was made. Without a usable charges column
     * and without \a fixedValue the export has no money columns and ranks by probability.
     * Reads a column of \a table: O(rows).
     */
    static void setCampaign(ExportRequest *request, const DataTable &table, const CampaignOptions &campaign,
                            const CustomerValue::Options &value, std::optional<double> fixedValue = std::nullopt);
    /*!
     * Whether \a table holds exactly the customers \a model was trained on (its fingerprint
     * equals meta.json "data_fingerprint"): then its scores are in-sample and look better than
     * they will on new customers. Unset when the model does not record its training data.
     * A table of another size than the training data's (meta.json "reference" rows) is told at
     * once; otherwise the whole table is read (a SHA-256, about 2 s per million rows) unless its
     * \a fingerprint (Trainer::fingerprint()) is known: run it off the GUI thread for big tables.
     */
    static std::optional<bool> inSample(const ModelBundle &model, const DataTable &table, const QString &fingerprint = {});
    //! The log request.logPath names (ExportLog::defaultPath() when empty).
    static QString logPath(const ExportRequest &request);
};

} // namespace churnlens
