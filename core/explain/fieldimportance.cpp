#include "fieldimportance.h"

#include "common/error.h"
#include "data/datatable.h"
#include "fieldattribution.h"
#include "ml/modelbundle.h"
#include "ml/xgbbooster.h"
#include "prep/featurematrix.h"
#include "score/scoreresult.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>

namespace churnlens {

std::vector<int> FieldImportance::ranking() const
{
    std::vector<int> order(fieldColumns.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return meanAbs[size_t(a)] > meanAbs[size_t(b)]; });
    return order;
}

FieldImportance FieldImportance::compute(const ModelBundle &model, const DataTable &table, const ScoreResult &scores)
{
    FieldImportance out;
    out.fieldColumns = scores.fieldColumns;
    out.meanAbs = scores.meanAbsContribution;
    out.meanAbs.resize(out.fieldColumns.size(), std::nan(""));
    for (int c : out.fieldColumns)
        out.fieldNames << (c >= 0 && c < table.columnCount() ? table.column(c).name() : Tr::tr("(combined features)"));

    // The model's own importance per feature.
    std::vector<double> perFeature = model.model().importance();
    out.gainKind = model.model().importanceKind();
    if (perFeature.empty() && model.model().booster()) {
        if (auto gains = model.model().booster()->featureScores(QStringLiteral("gain"), model.model().featureCount()))
            perFeature = std::move(*gains);
        out.gainKind = QStringLiteral("gain");
    }
    out.gain.assign(out.fieldColumns.size(), std::nan(""));
    if (perFeature.empty() || out.fieldColumns.empty())
        return out;
    // Which features come from which field: the preparation applied to no rows says it.
    auto features = model.preparation().transform(table, std::span<const qsizetype>());
    if (!features)
        return out;
    auto fields = FieldAttribution::create(*features);
    if (!fields || fields->fields() != out.fieldColumns || perFeature.size() != size_t(fields->featureCount()))
        return out;
    // Standardised coefficients are signed: their size is the importance.
    for (double &v : perFeature)
        v = std::abs(v);
    out.gain = fields->aggregateValues(perFeature);
    return out;
}

} // namespace churnlens
