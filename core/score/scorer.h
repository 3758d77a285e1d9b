#pragma once

#include "common/error.h"
#include "scoreoptions.h"
#include "scoreresult.h"

namespace churnlens {

class DataTable;
class ModelBundle;
class Progress;

/*!
 * Scores a customer file with a saved model: applies the saved preparation exactly, predicts
 * probabilities (ModelPredictor: straight from the prepared rows, no copies), derives the 0/1 prediction at the
 * model's threshold and the risk level, and explains every customer with exact SHAP values
 * summed per original field, keeping the strongest factors.
 *
 * Nothing is scored silently wrong: missing and extra columns, categories not seen in
 * training, text in number columns and type changes come back as Issues. It fails when the
 * file cannot be scored meaningfully: no model column present, more than half of them missing
 * (unless ScoreOptions::allowMostColumnsMissing), or a missing column the model cannot do
 * without (a logistic regression saved without imputation).
 *
 * Synchronous; reports progress (prepare 0-20%, predict 20-30%, explain 30-100%) and stops
 * with Error::canceled() within a block of rows when asked. Uses ScoreOptions::threads threads.
 */
class Scorer
{
public:
    static Result<ScoreResult> score(const ModelBundle &model, const DataTable &table, const ScoreOptions &options = {},
                                     Progress *progress = nullptr);

    //! Training medians of the model's numeric columns, from its saved preparation (for factors).
    static QHash<QString, NumericReference> trainingReferences(const ModelBundle &model);
    //! The semantic mapping of the model's columns at training time, from its saved preparation.
    static QHash<QString, Semantic> trainingSemantics(const ModelBundle &model);
};

} // namespace churnlens
