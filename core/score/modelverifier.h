#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <limits>

namespace churnlens {

class DataTable;
class ModelBundle;
class Progress;

//! What scoring a sample with a model showed (ModelVerifier::verify()).
struct ModelVerification
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    qsizetype tableRows = 0;       //!< rows in the table
    qsizetype rowsScored = 0;      //!< rows of the sample that got a probability
    double minProbability = NaN;
    double meanProbability = NaN;
    double maxProbability = NaN;
    double threshold = NaN;        //!< the model's decision threshold
    double shareAtThreshold = NaN; //!< share of scored rows with probability >= threshold
    qsizetype labelledRows = 0;    //!< sampled rows with a known churn label (the table has the model's target)
    double rocAuc = NaN;           //!< on the labelled rows, when both classes are among them
    bool explained = false;        //!< factors (SHAP) were computed for the sample and add up to the probabilities
    QList<Issue> issues;           //!< missing columns, unseen categories, text in number columns, failed factors…

    //! {"table_rows", "rows_scored", "min_probability", "mean_probability", "max_probability", "threshold",
    //!  "share_at_threshold", "labelled_rows", "roc_auc", "explained", "issues": [text]} (NaN as null)
    QJsonObject toJson() const;
};

/*!
 * Proves that a model works on a table before anyone relies on it (after an import, say):
 * prepares and scores a sample of rows (spread evenly over the table), explains them, and
 * summarises the probabilities. What would make scores doubtful comes back as issues; only a
 * model that cannot score at all fails. Synchronous, stateless, thread-safe.
 */
class ModelVerifier
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ModelVerifier)

public:
    static constexpr qsizetype DefaultSampleRows = 1000;

    //! \a sampleRows <= 0 scores every row.
    static Result<ModelVerification> verify(const ModelBundle &model, const DataTable &table,
                                            qsizetype sampleRows = DefaultSampleRows, Progress *progress = nullptr);
};

} // namespace churnlens
