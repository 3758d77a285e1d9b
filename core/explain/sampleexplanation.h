#pragma once

#include "common/error.h"
#include "fieldimportance.h"
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
 * What the Explain area draws for the whole file: importance per original field (the
 * FieldImportance it extends: the same rule as the CLI's explain), and the full per-field SHAP values of an evenly spread sample of
 * customers for the summary (beeswarm) and dependence plots — drawing a million dots would say
 * no more than a few thousand. Composed from core calls only (preparation, ModelExplainer,
 * FieldAttribution); compute() is synchronous, for a worker. Value type.
 */
struct SampleExplanation : FieldImportance
{
    std::vector<qsizetype> rows;       //!< the sampled rows of the scored table
    ShapMatrix shap;                   //!< rows.size() x fields, plus the base value column
    qsizetype totalRows = 0;

    static constexpr qsizetype DefaultSample = 2000;

    static Result<SampleExplanation> compute(const ModelBundle &model, const DataTable &table, const ScoreResult &scores,
                                             qsizetype maxRows = DefaultSample, Progress *progress = nullptr);
};

} // namespace churnlens
