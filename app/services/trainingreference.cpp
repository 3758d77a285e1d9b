#include "trainingreference.h"

#include "common/progress.h"
#include "data/datatable.h"
#include "explain/fieldimportance.h"
#include "explain/explainbudget.h"
#include "ml/modelbundle.h"
#include "ml/trainreport.h"
#include "monitor/driftreference.h"
#include "score/scorer.h"

namespace churnlens::TrainingReference {

Result<FieldShap> meanAbsShap(const ModelBundle &model, const DataTable &table, int threads, Progress *progress)
{
    FieldShap out;
    const qsizetype n = table.rowCount();
    if (n == 0)
        return out;
    std::vector<qsizetype> rows;
    // Deep forests cost thousands of times more per row: a smaller sample (at least 500 rows)
    // keeps this step to seconds instead of many minutes at "98%".
    const qsizetype take = std::min(n, ExplainBudget::affordableRows(model.model(), SampleRows));
    rows.reserve(size_t(take));
    for (qsizetype i = 0; i < take; ++i)
        rows.push_back(i * n / take); // evenly spread: the same rows on every run
    const DataTable sample = take == n ? DataTable() : table.rows(rows);
    const DataTable &explained = take == n ? table : sample;
    ScoreOptions options;
    options.factors = 1;
    options.threads = threads;
    options.allowMostColumnsMissing = true;
    auto scored = Scorer::score(model, explained, options, progress);
    if (!scored)
        return std::unexpected(scored.error());
    const FieldImportance importance = FieldImportance::compute(model, explained, *scored);
    out.fields = importance.fieldNames;
    out.meanAbs = importance.meanAbs;
    return out;
}

Result<void> attach(TrainReport &report, const DataTable &table, int threads, Progress *progress)
{
    const size_t count = report.models.size();
    for (size_t i = 0; i < count; ++i) {
        ModelReport &m = report.models[i];
        if (!m.model.isValid() || !m.preparation.isValid())
            continue;
        SubProgress step(progress, double(i) / double(count), double(i + 1) / double(count));
        step.setText(Tr::tr("Remembering the training data for drift checks"));
        SubProgress distributions(&step, 0.0, 0.5);
        auto reference = DriftReference::build(table, m.preparation.inputColumns(), {}, DriftReference::DefaultBins, &distributions);
        if (!reference)
            return std::unexpected(reference.error());
        reference->prediction = DriftReference::numeric(QStringLiteral("prediction"), m.testScores, reference->bins);
        auto bundle = ModelBundle::fromReport(report, int(i));
        if (!bundle)
            return std::unexpected(bundle.error());
        SubProgress explaining(&step, 0.5, 1.0);
        auto shap = meanAbsShap(*bundle, table, threads, &explaining);
        if (!shap)
            return std::unexpected(shap.error());
        reference->shapFields = shap->fields;
        reference->shapMeanAbs = shap->meanAbs;
        m.reference = reference->toJson();
    }
    return {};
}

} // namespace churnlens::TrainingReference
