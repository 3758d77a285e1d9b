#pragma once

#include "common/error.h"
#include "score/scoreoptions.h"
#include "score/scoreresult.h"

#include <QList>
#include <QStringList>

namespace churnlens {

class DataTable;
class ModelBundle;
class Progress;

/*!
 * Scoring for every caller (the CLI's score and explain, the GUI's Score & export and Explain
 * areas): Scorer::score(), and the loader's notes that matter to the scores merged into
 * ScoreResult::issues ahead of the scorer's own — decided here once, so every caller shows the
 * same warnings. Synchronous (run it on a worker in the GUI); stateless and thread-safe.
 */
class ScoringService
{
public:
    /*!
     * Scores \a table with \a model. \a loadIssues are the loader's notes on \a table (empty
     * when it did not come from a file just read); those kept by scoringIssues() lead the issues
     * of the result.
     */
    static Result<ScoreResult> score(const ModelBundle &model, const DataTable &table, const ScoreOptions &options,
                                     const QList<Issue> &loadIssues, Progress *progress = nullptr);

    /*!
     * Of the loader's notes, those a scoring run cares about: rows it read badly (with a line)
     * and notes on the model's own input columns. Advice for training, such as an id-like
     * column, is dropped.
     */
    static QList<Issue> scoringIssues(const QList<Issue> &loadIssues, const QStringList &modelInputs);

    /*!
     * True when \a table is the very data \a model was trained on (Trainer::fingerprint() equals
     * meta.json "data_fingerprint"): its scores are in-sample and look better than on new
     * customers. \a fingerprint: the table's fingerprint when the caller knows it; else it is
     * worked out here (one pass over the data) unless the table is too small to hold the training rows.
     */
    static bool isTrainingData(const ModelBundle &model, const DataTable &table, const QString &fingerprint = {});
    //! The note on in-sample scores the GUI and the CLI show, in words.
    static QString trainingDataNote(const ModelBundle &model, const DataTable &table);
};

} // namespace churnlens
