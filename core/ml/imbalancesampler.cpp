#include "imbalancesampler.h"

#include "common/xoshiro.h"
#include "smote.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace churnlens {

namespace {

// Stream ids keep the samplers' random numbers apart for one seed.
constexpr uint64_t UndersampleStream = 0x5eed0001;

struct ClassCounts
{
    qsizetype positive = 0;
    qsizetype negative = 0;
    int minorityLabel() const { return positive <= negative ? 1 : 0; }
    qsizetype minority() const { return std::min(positive, negative); }
    qsizetype majority() const { return std::max(positive, negative); }
};

ClassCounts countClasses(std::span<const int8_t> labels)
{
    ClassCounts c;
    for (int8_t y : labels)
        (y == 1 ? c.positive : c.negative) += 1;
    return c;
}

void takeRows(FeatureMatrix &m, const std::vector<qsizetype> &rows)
{
    std::vector<float> values(rows.size() * size_t(m.cols));
    for (size_t i = 0; i < rows.size(); ++i)
        std::copy_n(m.row(rows[i]), m.cols, values.data() + i * size_t(m.cols));
    m.values = std::move(values);
    m.rows = qsizetype(rows.size());
}

} // namespace

ClassWeights ImbalanceSampler::classWeights(std::span<const int8_t> labels)
{
    const ClassCounts c = countClasses(labels);
    ClassWeights w;
    const double n = double(labels.size());
    // scikit-learn's "balanced": n / (2 · class count), so the weights average to 1.
    if (c.positive > 0 && c.negative > 0) {
        w.negative = n / (2.0 * double(c.negative));
        w.positive = n / (2.0 * double(c.positive));
        w.scalePosWeight = double(c.negative) / double(c.positive);
    }
    return w;
}

std::vector<qsizetype> ImbalanceSampler::undersampleRows(std::span<const int8_t> labels, double ratio, quint64 seed)
{
    const ClassCounts c = countClasses(labels);
    const int minorityLabel = c.minorityLabel();
    std::vector<qsizetype> majority;
    std::vector<qsizetype> kept;
    for (qsizetype i = 0; i < qsizetype(labels.size()); ++i)
        (labels[size_t(i)] == minorityLabel ? kept : majority).push_back(i);
    const qsizetype want = std::min<qsizetype>(qsizetype(majority.size()),
                                               qsizetype(std::llround(double(c.minority()) / ratio)));
    // Partial Fisher–Yates: the first `want` entries become a uniform random subset.
    Xoshiro256 rng(seed, UndersampleStream);
    for (qsizetype i = 0; i < want; ++i) {
        const qsizetype j = i + qsizetype(rng.below(uint64_t(qsizetype(majority.size()) - i)));
        std::swap(majority[size_t(i)], majority[size_t(j)]);
    }
    kept.insert(kept.end(), majority.begin(), majority.begin() + want);
    std::sort(kept.begin(), kept.end());
    return kept;
}

bool ImbalanceSampler::hasCategoricalFeatures(const FeatureMatrix &matrix)
{
    for (int f = 0; f < matrix.cols; ++f) {
        if (matrix.kind(f) != FeatureKind::Continuous)
            return true;
    }
    return false;
}

Result<ResampledData> ImbalanceSampler::apply(FeatureMatrix train, std::span<const int8_t> labels,
                                              const ImbalanceOptions &options, Progress *progress)
{
    if (qsizetype(labels.size()) != train.rows || train.values.size() != size_t(train.rows) * size_t(train.cols))
        return makeError(ErrorCode::Internal, Tr::tr("The labels do not match the training rows."));
    if (std::any_of(labels.begin(), labels.end(), [](int8_t y) { return y != 0 && y != 1; }))
        return makeError(ErrorCode::BadInput, Tr::tr("Training rows need a known target (0 or 1) for rebalancing."));
    if (!(options.ratio > 0.0) || options.ratio > 1.0)
        return makeError(ErrorCode::Usage, Tr::tr("The wanted class ratio must be in (0, 1]."));

    ResampledData out;
    const ClassCounts counts = countClasses(labels);
    const bool resamples = options.strategy == ImbalanceStrategy::Undersample || options.strategy == ImbalanceStrategy::Smote
        || options.strategy == ImbalanceStrategy::SmotePlain;
    if (resamples && counts.minority() == 0)
        return makeError(ErrorCode::BadInput, Tr::tr("The training rows contain only one class; there is nothing to rebalance."),
                         Tr::tr("Check the target column and its churn value."));
    auto identity = [&] {
        out.origin.resize(size_t(train.rows));
        std::iota(out.origin.begin(), out.origin.end(), qsizetype(0));
        out.labels.assign(labels.begin(), labels.end());
        out.matrix = std::move(train);
    };

    switch (options.strategy) {
    case ImbalanceStrategy::None:
        identity();
        return out;
    case ImbalanceStrategy::ClassWeights: {
        const ClassWeights w = classWeights(labels);
        out.weights.resize(labels.size());
        for (size_t i = 0; i < labels.size(); ++i)
            out.weights[i] = float(labels[i] == 1 ? w.positive : w.negative);
        out.scalePosWeight = w.scalePosWeight;
        identity();
        return out;
    }
    case ImbalanceStrategy::Undersample: {
        out.origin = undersampleRows(labels, options.ratio, options.seed);
        for (qsizetype r : out.origin)
            out.labels.push_back(labels[size_t(r)]);
        takeRows(train, out.origin);
        out.matrix = std::move(train);
        return out;
    }
    case ImbalanceStrategy::Smote:
    case ImbalanceStrategy::SmotePlain:
        break;
    }

    const int minorityLabel = counts.minorityLabel();
    std::vector<qsizetype> minority;
    for (qsizetype i = 0; i < train.rows; ++i) {
        if (labels[size_t(i)] == minorityLabel)
            minority.push_back(i);
    }
    const qsizetype wanted = qsizetype(std::llround(double(counts.majority()) * options.ratio));
    const qsizetype extra = wanted - counts.minority();
    Smote::Options so;
    so.neighbours = options.neighbours;
    so.seed = options.seed;
    so.nominal = options.strategy == ImbalanceStrategy::Smote && hasCategoricalFeatures(train);
    so.standardizeDistances = options.standardizeDistances;
    so.threads = options.threads;
    if (extra <= 0) {
        identity();
        return out;
    }
    Result<SmoteSamples> samples = Smote::generate(train, minority, extra, so, progress);
    if (!samples)
        return std::unexpected(samples.error());
    identity();
    out.matrix.values.insert(out.matrix.values.end(), samples->values.begin(), samples->values.end());
    out.matrix.rows += samples->count;
    out.labels.insert(out.labels.end(), size_t(samples->count), int8_t(minorityLabel));
    out.origin.insert(out.origin.end(), samples->base.begin(), samples->base.end());
    out.syntheticRows = samples->count;
    out.usedSmoteNc = so.nominal;
    return out;
}

} // namespace churnlens
