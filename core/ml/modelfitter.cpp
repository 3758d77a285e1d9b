#include "modelfitter.h"

#include "common/progress.h"
#include "logisticregression.h"
#include "treetrainer.h"

#include <cmath>

namespace churnlens {

namespace {

Result<TrainedModel> fitLogistic(const ModelSpec &spec, const TrainingSet &data, const QStringList &featureNames,
                                 const ModelFitter::Options &options, Progress *progress)
{
    QString unknown;
    if (!spec.isValid(&unknown))
        return makeError(ErrorCode::Usage, Tr::tr("Unknown or invalid parameter \"%1\" for %2.").arg(unknown, displayName(spec.kind)));
    LogisticRegression::Options o;
    o.C = spec.value(QStringLiteral("C"));
    o.penalty = spec.intValue(QStringLiteral("penalty")) == 1 ? LogisticRegression::Penalty::L1 : LogisticRegression::Penalty::L2;
    o.threads = options.threads;
    const std::vector<float> labels = data.floatLabels();
    const std::vector<float> weights = data.effectiveWeights();
    auto model = LogisticRegression::fit(data.values, data.rows, data.cols, labels, weights, o, progress);
    if (!model)
        return std::unexpected(model.error());
    // Standardised coefficients: the change in log-odds for one standard deviation of the feature.
    std::vector<double> importance(size_t(data.cols), 0.0);
    for (int j = 0; j < data.cols; ++j) {
        double mean = 0.0, m2 = 0.0;
        for (qsizetype i = 0; i < data.rows; ++i) {
            const double x = data.values[size_t(i) * size_t(data.cols) + size_t(j)];
            const double delta = x - mean;
            mean += delta / double(i + 1);
            m2 += delta * (x - mean);
        }
        importance[size_t(j)] = model->coefficients()[size_t(j)] * std::sqrt(m2 / double(data.rows));
    }
    TrainedModel trained(spec, featureNames, std::move(*model));
    trained.setImportance(std::move(importance));
    return trained;
}

} // namespace

Result<TrainedModel> ModelFitter::fit(const ModelSpec &spec, const TrainingSet &data, const QStringList &featureNames,
                                      const Options &options, Progress *progress)
{
    if (featureNames.size() != data.cols)
        return makeError(ErrorCode::Internal, Tr::tr("%1 feature names for %2 features.").arg(featureNames.size()).arg(data.cols));
    if (qsizetype(data.labels.size()) != data.rows)
        return makeError(ErrorCode::Internal, Tr::tr("%1 labels for %2 rows.").arg(data.labels.size()).arg(data.rows));
    if (spec.kind == ModelKind::Logistic)
        return fitLogistic(spec, data, featureNames, options, progress);

    TreeTrainer::Options o;
    o.threads = options.threads;
    o.seed = options.seed;
    o.cancel = progress;
    auto trainer = TreeTrainer::start(spec, data, options.matrix, {}, o);
    if (!trainer)
        return std::unexpected(trainer.error());
    TreeTrainer &t = **trainer;
    while (t.roundsDone() < t.totalRounds()) {
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
        if (auto ok = t.step(); !ok)
            return std::unexpected(ok.error());
        if (progress)
            progress->setProgress(double(t.roundsDone()) / double(t.totalRounds()));
    }
    return t.finish(featureNames);
}

} // namespace churnlens
