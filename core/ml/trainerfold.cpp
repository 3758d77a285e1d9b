#include "trainerfold.h"

#include "common/progress.h"
#include "data/datatable.h"
#include "imbalancesampler.h"

namespace churnlens {

PreparationOptions preparationFor(ModelKind kind, const TrainOptions &options, int threads)
{
    PreparationOptions p = options.preparation;
    p.scale = kind == ModelKind::Logistic;
    p.threads = threads;
    return p;
}

Result<BalancedRows> balanceRows(FeatureMatrix matrix, std::vector<int8_t> labels, const TrainOptions &options, int threads,
                                 Progress *progress)
{
    BalancedRows out;
    switch (options.imbalance) {
    case ImbalanceStrategy::None:
        break;
    case ImbalanceStrategy::ClassWeights:
        // XGBoost takes scale_pos_weight, the others balanced row weights (TrainingSet).
        out.balanceClasses = true;
        break;
    case ImbalanceStrategy::Undersample:
    case ImbalanceStrategy::Smote:
    case ImbalanceStrategy::SmotePlain: {
        ImbalanceOptions o;
        o.strategy = options.imbalance;
        o.seed = options.seed;
        o.neighbours = options.smoteNeighbours;
        o.threads = threads;
        auto resampled = ImbalanceSampler::apply(std::move(matrix), labels, o, progress);
        if (!resampled)
            return std::unexpected(resampled.error());
        out.matrix = std::move(resampled->matrix);
        out.labels = std::move(resampled->labels);
        out.weights = std::move(resampled->weights);
        return out;
    }
    }
    out.matrix = std::move(matrix);
    out.labels = std::move(labels);
    return out;
}

Result<SearchFold> buildSearchFold(const DataTable &table, std::span<const int8_t> tableLabels, const std::vector<qsizetype> &trainRows,
                                   const std::vector<qsizetype> &validRows, const std::vector<qsizetype> &validPositions,
                                   const PreparationOptions &preparation, const TrainOptions &options, bool trees, bool logistic,
                                   bool allColumns, bool reduced, int threads, Progress *progress)
{
    // Shares measured on 1M rows (forest, 2 cores): the XGBoost matrices take about half of a fold.
    const double prepEnd = trees ? 0.5 : 1.0;
    SubProgress fitStep(progress, 0.0, 0.15 * prepEnd), trainStep(progress, 0.15 * prepEnd, 0.7 * prepEnd),
        validStep(progress, 0.7 * prepEnd, 0.85 * prepEnd), balanceStep(progress, 0.85 * prepEnd, prepEnd), matrixStep(progress, prepEnd, 1.0);
    auto prep = FittedPreparation::fit(table, trainRows, preparation, nullptr, &fitStep);
    if (!prep)
        return std::unexpected(prep.error());
    auto train = prep->transform(table, trainRows, nullptr, &trainStep);
    if (!train)
        return std::unexpected(train.error());
    auto valid = prep->transform(table, validRows, nullptr, &validStep);
    if (!valid)
        return std::unexpected(valid.error());
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());
    std::vector<int8_t> labels;
    labels.reserve(trainRows.size());
    for (qsizetype r : trainRows)
        labels.push_back(tableLabels[size_t(r)]);
    auto balanced = balanceRows(std::move(*train), std::move(labels), options, threads, &balanceStep);
    if (!balanced)
        return std::unexpected(balanced.error());

    SearchFold fold;
    fold.train = std::move(balanced->matrix);
    fold.trainLabels = std::move(balanced->labels);
    fold.trainWeights = std::move(balanced->weights);
    fold.balanceClasses = balanced->balanceClasses;
    fold.valid = std::move(*valid);
    for (qsizetype r : validRows)
        fold.validLabels.push_back(tableLabels[size_t(r)]);
    fold.validPositions = validPositions;
    if (auto ok = fold.build(trees, logistic, threads, reduced, allColumns, &matrixStep); !ok)
        return std::unexpected(ok.error());
    return fold;
}

} // namespace churnlens
