#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace churnlens {

class DataTable;
class ModelBundle;
struct ScoreResult;

/*!
 * Global importance per original field of a scored file, the one rule the CLI's explain and
 * the Explain area share: mean |SHAP| over every scored customer (from the scoring pass), and
 * the model's own importance (gain, or the size of standardised coefficients) summed per field
 * with the same shares as SHAP (FieldAttribution). A model read from a folder does not carry its
 * importance: the trees are asked for their average split gain. Value type.
 */
struct FieldImportance
{
    std::vector<int> fieldColumns; //!< scored-table column per field (-1 = combined features)
    QStringList fieldNames;
    std::vector<double> meanAbs;   //!< per field, over every scored customer
    std::vector<double> gain;      //!< per field; NaN when the model has no such importance
    QString gainKind;              //!< "gain" or "standardized_coefficient"

    //! Fields by mean |SHAP|, largest first; ties keep the field order (indices into fieldColumns).
    std::vector<int> ranking() const;

    /*!
     * From \a scores of \a table by \a model. Empty fields when the scores come without
     * explanations (ScoreResult::factorCount == 0). Synchronous and cheap (the preparation is
     * applied to no rows, only to learn which features come from which field); thread-safe.
     */
    static FieldImportance compute(const ModelBundle &model, const DataTable &table, const ScoreResult &scores);
};

} // namespace churnlens
