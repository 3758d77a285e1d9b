#include "searchfold.h"

#include "common/progress.h"

#include "treetrainer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace churnlens {

namespace {

std::vector<float> gatherColumns(const float *values, qsizetype rows, int cols, const std::vector<int> &keep)
{
    std::vector<float> out(size_t(rows) * keep.size());
    for (qsizetype i = 0; i < rows; ++i) {
        const float *row = values + size_t(i) * size_t(cols);
        float *dst = out.data() + size_t(i) * keep.size();
        for (size_t k = 0; k < keep.size(); ++k)
            dst[k] = row[keep[k]];
    }
    return out;
}

bool sameBits(float a, float b)
{
    return std::memcmp(&a, &b, sizeof(float)) == 0 || (std::isnan(a) && std::isnan(b));
}

} // namespace

std::vector<int> SearchFold::distinctColumns(const float *values, qsizetype rows, int cols)
{
    // Hash every column, then confirm candidate copies value by value.
    std::vector<quint64> hashes(size_t(cols), 1469598103934665603ULL);
    std::vector<bool> constant(size_t(cols), true);
    for (qsizetype i = 0; i < rows; ++i) {
        const float *row = values + size_t(i) * size_t(cols);
        for (int j = 0; j < cols; ++j) {
            float v = row[j];
            if (std::isnan(v))
                v = std::numeric_limits<float>::quiet_NaN();
            quint32 bits;
            std::memcpy(&bits, &v, sizeof bits);
            hashes[size_t(j)] = (hashes[size_t(j)] ^ bits) * 1099511628211ULL;
            if (constant[size_t(j)] && !sameBits(v, values[size_t(j)]))
                constant[size_t(j)] = false;
        }
    }
    std::vector<int> keep;
    std::unordered_multimap<quint64, int> seen;
    for (int j = 0; j < cols; ++j) {
        if (constant[size_t(j)] && rows > 0)
            continue;
        bool copy = false;
        const auto range = seen.equal_range(hashes[size_t(j)]);
        for (auto it = range.first; it != range.second && !copy; ++it) {
            const int k = it->second;
            copy = true;
            for (qsizetype i = 0; i < rows && copy; ++i)
                copy = sameBits(values[size_t(i) * size_t(cols) + size_t(j)], values[size_t(i) * size_t(cols) + size_t(k)]);
        }
        if (copy)
            continue;
        seen.emplace(hashes[size_t(j)], j);
        keep.push_back(j);
    }
    if (keep.empty() && cols > 0)
        keep.push_back(0);
    return keep;
}

bool SearchFold::canUseReduced(const ModelSpec &spec)
{
    return spec.kind == ModelKind::XGBoost && spec.value(QStringLiteral("colsample_bytree")) == 1.0;
}

const XgbDMatrix *SearchFold::treeMatrix(const ModelSpec &spec) const
{
    return reducedTrainMatrix && canUseReduced(spec) ? reducedTrainMatrix.get() : trainMatrix.get();
}

TrainingSet SearchFold::reducedTrainingSet() const
{
    TrainingSet set = trainingSet();
    set.values = nullptr;
    set.cols = int(keptColumns.size());
    return set;
}

TrainingSet SearchFold::trainingSet() const
{
    TrainingSet set;
    set.values = train.values.empty() ? nullptr : train.values.data();
    set.rows = qsizetype(trainLabels.size());
    set.cols = train.cols;
    set.labels = trainLabels;
    set.weights = trainWeights;
    set.balanceClasses = balanceClasses;
    return set;
}

Result<void> SearchFold::build(bool trees, bool keepValues, int threads, bool reduce, bool allColumns, Progress *progress)
{
    if (train.rows != qsizetype(trainLabels.size()) || valid.rows != qsizetype(validLabels.size())
        || valid.rows != qsizetype(validPositions.size()) || train.cols != valid.cols)
        return makeError(ErrorCode::Internal, Tr::tr("A cross-validation fold is inconsistent."));
    if (trees) {
        if (progress)
            progress->setText(Tr::tr("Preparing the data for the trees"));
        // Shares of this step: training matrices by their rows (quantising costs about twice as much per row).
        const double trainWork = 2.0 * double(train.rows), validWork = double(valid.rows);
        const double matrices = (reduce ? 1.0 : 0.0) + (allColumns || !reduce ? 1.0 : 0.0);
        const double total = std::max(1.0, matrices * (trainWork + validWork));
        double done = 0.0;
        auto advance = [&](double work) -> bool {
            done += work;
            if (progress)
                progress->setProgress(done / total);
            return !isCanceled(progress);
        };
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
        if (reduce) {
            const std::vector<int> keep = distinctColumns(train.values.data(), train.rows, train.cols);
            if (int(keep.size()) < train.cols) {
                keptColumns = keep;
                const std::vector<float> reducedTrain = gatherColumns(train.values.data(), train.rows, train.cols, keep);
                TrainingSet set = trainingSet();
                set.values = reducedTrain.data();
                set.cols = int(keep.size());
                auto rt = TreeTrainer::prepareMatrix(set, threads, progress);
                if (!rt)
                    return std::unexpected(rt.error());
                reducedTrainMatrix = std::make_unique<XgbDMatrix>(std::move(*rt));
                if (!advance(trainWork))
                    return std::unexpected(Error::canceled());
                reducedValidValues = gatherColumns(valid.values.data(), valid.rows, valid.cols, keep);
                auto rv = XgbDMatrix::fromDense(reducedValidValues.data(), valid.rows, int(keep.size()),
                                                TreeTrainer::xgboostThreads(valid.rows, threads));
                if (!rv)
                    return std::unexpected(rv.error());
                reducedValidMatrix = std::make_unique<XgbDMatrix>(std::move(*rv));
                if (!advance(validWork))
                    return std::unexpected(Error::canceled());
            }
        }
        if (allColumns || !reducedTrainMatrix) {
            auto t = TreeTrainer::prepareMatrix(trainingSet(), threads, progress);
            if (!t)
                return std::unexpected(t.error());
            trainMatrix = std::make_unique<XgbDMatrix>(std::move(*t));
            if (!advance(trainWork))
                return std::unexpected(Error::canceled());
            auto v = XgbDMatrix::fromMatrix(valid, TreeTrainer::xgboostThreads(valid.rows, threads));
            if (!v)
                return std::unexpected(v.error());
            validMatrix = std::make_unique<XgbDMatrix>(std::move(*v));
        }
        if (progress)
            progress->setProgress(1.0);
    }
    if (!keepValues) {
        const int cols = train.cols;
        train.values = std::vector<float>();
        train.cols = cols;
    }
    return {};
}

} // namespace churnlens
