#pragma once

#include "common/error.h"
#include "shapmatrix.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace churnlens {

class DataTable;
class ModelBundle;
class Progress;
struct ScoreResult;

/*!
 * What the Explain area draws for the whole file: importance per original field (mean |SHAP|
 * over every scored customer, from the scoring pass, and the model's own gain importance summed
 * per field the same way), and the full per-field SHAP values of an evenly spread sample of
 * customers for the summary (beeswarm) and dependence plots — drawing a million dots would say
 * no more than a few thousand. Composed from core calls only (preparation, ModelExplainer,
 * FieldAttribution); compute() is synchronous, for a worker. Value type.
 */
struct SampleExplanation
{
    std::vector<int> fieldColumns;     //!< scored-table column per field (-1 = combined features)
    QStringList fieldNames;
    std::vector<double> meanAbs;       //!< per field, over every scored customer
    std::vector<double> gain;          //!< per field; NaN when the model has no such importance
    QString gainKind;                  //!< "gain" or "standardized_coefficient"
    std::vector<qsizetype> rows;       //!< the sampled rows of the scored table
    ShapMatrix shap;                   //!< rows.size() x fields, plus the base value column
    qsizetype totalRows = 0;

    //! Fields by mean |SHAP|, largest first (indices into fieldColumns).
    std::vector<int> ranking() const;

    static constexpr qsizetype DefaultSample = 2000;

    static Result<SampleExplanation> compute(const ModelBundle &model, const DataTable &table, const ScoreResult &scores,
                                             qsizetype maxRows = DefaultSample, Progress *progress = nullptr);
};

} // namespace churnlens
