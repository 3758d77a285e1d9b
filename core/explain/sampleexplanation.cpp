#include "sampleexplanation.h"

#include "common/progress.h"
#include "data/datatable.h"
#include "explainbudget.h"
#include "fieldattribution.h"
#include "fieldimportance.h"
#include "ml/modelbundle.h"
#include "prep/featurematrix.h"
#include "score/scoreresult.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::SampleExplanation)
};
} // namespace

Result<SampleExplanation> SampleExplanation::compute(const ModelBundle &model, const DataTable &table, const ScoreResult &scores,
                                                     qsizetype maxRows, Progress *progress)
{
    if (scores.factorCount == 0 || !scores.explainer.isValid())
        return makeError(ErrorCode::Model, Text::tr("This model's scores come without explanations."),
                         Text::tr("Score the customers again; if it persists, the model kind cannot be explained."));
    SampleExplanation out;
    // Names, mean |SHAP| and the model's importance per field: the same rule as the CLI's explain.
    static_cast<FieldImportance &>(out) = FieldImportance::compute(model, table, scores);
    out.totalRows = std::min(scores.rows, table.rowCount());

    // Evenly spread rows: the same customers every time, covering the whole file.
    const qsizetype n = out.totalRows;
    // Very deep trees: fewer dots (never under 500), so explaining the sample takes seconds, not minutes.
    const qsizetype k = maxRows > 0 ? std::min(n, ExplainBudget::affordableRows(model.model(), maxRows)) : n;
    out.rows.reserve(size_t(k));
    for (qsizetype i = 0; i < k; ++i)
        out.rows.push_back(k == n ? i : qsizetype(double(i) * double(n) / double(k)));

    if (progress)
        progress->setText(Text::tr("Explaining a sample of customers"));
    SubProgress prepare(progress, 0.0, 0.4);
    auto features = model.preparation().transform(table, out.rows, nullptr, &prepare);
    if (!features)
        return std::unexpected(features.error());
    auto fields = FieldAttribution::create(*features);
    if (!fields)
        return std::unexpected(fields.error());
    if (fields->fields() != out.fieldColumns)
        return makeError(ErrorCode::Internal, Text::tr("The explanation's fields do not match the scores."));
    ShapMatrix perFeature;
    perFeature.rows = features->rows;
    perFeature.cols = features->cols;
    perFeature.values.resize(size_t(features->rows) * size_t(features->cols + 1));
    SubProgress explain(progress, 0.4, 0.9);
    if (auto ok = scores.explainer.explainInto(features->values.data(), features->rows, features->cols, perFeature.values.data(),
                                               0, &explain);
        !ok)
        return std::unexpected(ok.error());
    auto aggregated = fields->aggregate(perFeature);
    if (!aggregated)
        return std::unexpected(aggregated.error());
    out.shap = std::move(*aggregated);

    if (progress)
        progress->setProgress(1.0);
    return out;
}

} // namespace churnlens
