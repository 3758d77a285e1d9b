#include "treetrainer.h"

#include "trainedmodel.h"

#include "common/progress.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

} // namespace

std::vector<std::pair<QString, QString>> TreeTrainer::boosterParams(const ModelSpec &spec, const TrainingSet &data, int cols, int rounds,
                                                                    int threads, quint64 seed)
{
    std::vector<std::pair<QString, QString>> p{
        {QStringLiteral("objective"), QStringLiteral("binary:logistic")},
        {QStringLiteral("tree_method"), QStringLiteral("hist")},
        {QStringLiteral("eval_metric"), QStringLiteral("logloss")},
        {QStringLiteral("base_score"), QStringLiteral("0.5")},
        {QStringLiteral("seed"), QString::number(seed % 2147483648ULL)},
        {QStringLiteral("nthread"), QString::number(std::max(1, threads))},
    };
    if (spec.kind == ModelKind::XGBoost) {
        double spw = spec.value(QStringLiteral("scale_pos_weight"));
        if (data.balanceClasses) {
            const qint64 pos = data.positives();
            if (pos > 0)
                spw *= double(qint64(data.labels.size()) - pos) / double(pos);
        }
        p.insert(p.end(), {{QStringLiteral("eta"), num(spec.value(QStringLiteral("learning_rate")))},
                           {QStringLiteral("max_depth"), QString::number(spec.intValue(QStringLiteral("max_depth")))},
                           {QStringLiteral("min_child_weight"), num(spec.value(QStringLiteral("min_child_weight")))},
                           {QStringLiteral("subsample"), num(spec.value(QStringLiteral("subsample")))},
                           {QStringLiteral("colsample_bytree"), num(spec.value(QStringLiteral("colsample_bytree")))},
                           {QStringLiteral("lambda"), num(spec.value(QStringLiteral("reg_lambda")))},
                           {QStringLiteral("alpha"), num(spec.value(QStringLiteral("reg_alpha")))},
                           {QStringLiteral("gamma"), num(spec.value(QStringLiteral("gamma")))},
                           {QStringLiteral("scale_pos_weight"), num(spw)}});
        if (spec.intValue(QStringLiteral("max_depth")) == 0)
            p.emplace_back(QStringLiteral("grow_policy"), QStringLiteral("lossguide"));
        return p;
    }
    // Forest: see the class comment.
    const int depth = spec.intValue(QStringLiteral("max_depth"));
    double maxFeatures = spec.value(QStringLiteral("max_features"));
    if (!(maxFeatures > 0.0))
        maxFeatures = std::sqrt(double(cols)) / double(cols);
    float minWeight = 1.0f;
    const std::vector<float> w = data.effectiveWeights();
    for (float v : w) {
        if (v > 0.0f)
            minWeight = std::min(minWeight, v);
    }
    // One in-bag draw of the lightest row has hessian 0.25 * weight: a leaf needs min_samples_leaf of them.
    const double minChildWeight = 0.25 * std::max(1, spec.intValue(QStringLiteral("min_samples_leaf"))) * double(minWeight) * (1.0 - 1e-6);
    p.insert(p.end(), {{QStringLiteral("eta"), num(1.0 / std::max(1, rounds))},
                       {QStringLiteral("lambda"), QStringLiteral("0")},
                       {QStringLiteral("alpha"), QStringLiteral("0")},
                       {QStringLiteral("gamma"), QStringLiteral("0")},
                       {QStringLiteral("max_depth"), QString::number(std::max(0, depth))},
                       {QStringLiteral("min_child_weight"), num(minChildWeight)},
                       {QStringLiteral("colsample_bynode"), num(std::min(1.0, maxFeatures))},
                       {QStringLiteral("subsample"), QStringLiteral("1")}});
    if (depth <= 0) {
        p.emplace_back(QStringLiteral("grow_policy"), QStringLiteral("lossguide"));
        p.emplace_back(QStringLiteral("max_leaves"), QStringLiteral("0"));
    }
    return p;
}

int TreeTrainer::xgboostThreads(qsizetype rows, int requested)
{
    return rows < 50000 ? 1 : std::max(1, requested);
}

Result<XgbDMatrix> TreeTrainer::prepareMatrix(const TrainingSet &data, int threads, const Progress *progress)
{
    threads = xgboostThreads(data.rows, threads);
    const std::vector<float> labels = data.floatLabels();
    std::function<bool()> canceled;
    if (progress)
        canceled = [progress]() { return progress->isCanceled(); };
    return XgbDMatrix::quantised(data.values, data.rows, data.cols, threads, 256, nullptr, labels, data.weights, canceled);
}

Result<std::unique_ptr<TreeTrainer>> TreeTrainer::start(const ModelSpec &spec, const TrainingSet &data, const XgbDMatrix *train,
                                                        std::span<const XgbDMatrix *const> evalSets, const Options &options)
{
    if (spec.kind == ModelKind::Logistic)
        return makeError(ErrorCode::Internal, Tr::tr("TreeTrainer cannot train a logistic regression."));
    QString unknown;
    if (!spec.isValid(&unknown))
        return makeError(ErrorCode::Usage, Tr::tr("Unknown or invalid parameter \"%1\" for %2.").arg(unknown, displayName(spec.kind)));
    const qint64 pos = data.positives();
    if (data.rows < 2 || pos == 0 || pos == data.rows)
        return makeError(ErrorCode::BadInput, Tr::tr("Training needs both churners and non-churners (%1 rows, %2 churners).").arg(data.rows).arg(pos));

    std::unique_ptr<TreeTrainer> t(new TreeTrainer);
    t->m_spec = spec;
    t->m_data = data;
    t->m_total = options.rounds > 0 ? options.rounds : spec.intValue(QStringLiteral("n_estimators"));
    if (t->m_total < 1)
        return makeError(ErrorCode::Usage, Tr::tr("n_estimators must be at least 1."));
    if (!train) {
        auto m = prepareMatrix(data, options.threads, options.cancel);
        if (!m)
            return std::unexpected(m.error());
        t->m_ownMatrix = std::make_unique<XgbDMatrix>(std::move(*m));
        train = t->m_ownMatrix.get();
    }
    if (train->rows() != data.rows || train->cols() != data.cols)
        return makeError(ErrorCode::Internal, Tr::tr("The training matrix does not match the training rows."));
    t->m_train = train;

    std::vector<const XgbDMatrix *> cache{train};
    cache.insert(cache.end(), evalSets.begin(), evalSets.end());
    auto booster = XgbBooster::create(cache);
    if (!booster)
        return std::unexpected(booster.error());
    t->m_booster = std::move(*booster);
    const int threads = xgboostThreads(data.rows, options.threads);
    t->m_requestedThreads = std::max(1, options.threads);
    if (auto ok = t->m_booster.setParams(boosterParams(spec, data, data.cols, t->m_total, threads, options.seed)); !ok)
        return std::unexpected(ok.error());

    // XGBoost's own gradient step runs a generic transform that costs ~8% of the grid search; ours
    // gives the same numbers (see step()). Class weights keep XGBoost's path, and so do several
    // threads, where its parallel loop wins.
    const bool plainLogLoss = spec.value(QStringLiteral("scale_pos_weight")) == 1.0 && !data.balanceClasses;
    if (spec.kind == ModelKind::XGBoost && threads == 1 && plainLogLoss && !options.xgboostGradients) {
        t->m_ownGradients = true;
        t->m_labels = data.floatLabels();
        t->m_rowWeights.assign(data.weights.begin(), data.weights.end());
        t->m_gradients.resize(size_t(data.rows));
        t->m_hessians.resize(size_t(data.rows));
    }
    if (spec.kind == ModelKind::Forest) {
        t->m_bootstrap = std::make_unique<NumpyRandom>(quint32(options.seed ^ (options.seed >> 32)));
        t->m_rowWeights = data.effectiveWeights();
        t->m_gradients.resize(size_t(data.rows));
        t->m_hessians.resize(size_t(data.rows));
    }
    return t;
}

Result<void> TreeTrainer::step()
{
    if (m_done >= m_total)
        return makeError(ErrorCode::Internal, Tr::tr("All planned rounds are done."));
    if (m_ownGradients) {
        // XGBoost's binary:logistic gradient in the same float operations (p = 1 / (1 + e^-m),
        // g = (p - y) w, h = max(p (1 - p), 1e-16) w) on the margins of its prediction cache, so
        // the trees are bit for bit those of XGBoosterUpdateOneIter (checked by tst_modelfitter).
        auto margins = m_booster.predictView(*m_train, XgbBooster::Output::Margin);
        if (!margins)
            return std::unexpected(margins.error());
        const bool weighted = !m_rowWeights.empty();
        for (size_t i = 0; i < margins->size(); ++i) {
            const float p = 1.0f / (1.0f + std::exp(-(*margins)[i]));
            const float w = weighted ? m_rowWeights[i] : 1.0f;
            m_gradients[i] = (p - m_labels[i]) * w;
            m_hessians[i] = std::fmax(p * (1.0f - p), 1e-16f) * w;
        }
    } else if (m_spec.kind == ModelKind::Forest) {
        // A bootstrap sample as per-row draw counts; rows not drawn get zero gradient and hessian.
        std::vector<quint32> counts(size_t(m_data.rows), 0);
        const quint64 maxIndex = quint64(m_data.rows - 1);
        for (qsizetype i = 0; i < m_data.rows; ++i)
            ++counts[size_t(m_bootstrap->interval(maxIndex))];
        for (qsizetype i = 0; i < m_data.rows; ++i) {
            const float w = float(counts[size_t(i)]) * (m_rowWeights.empty() ? 1.0f : m_rowWeights[size_t(i)]);
            // Gradient and hessian of the log loss at probability 0.5.
            m_gradients[size_t(i)] = w * (0.5f - (m_data.labels[size_t(i)] == 1 ? 1.0f : 0.0f));
            m_hessians[size_t(i)] = w * 0.25f;
        }
    }
    QElapsedTimer clock;
    clock.start();
    const bool xgboostGradients = m_spec.kind == ModelKind::XGBoost && !m_ownGradients;
    if (auto ok = xgboostGradients ? m_booster.updateOneIter(m_done, *m_train) : m_booster.boostOneIter(*m_train, m_gradients, m_hessians);
        !ok)
        return ok;
    m_boostingNs += clock.nsecsElapsed();
    ++m_done;
    return {};
}

Result<std::vector<double>> TreeTrainer::predictProba(const XgbDMatrix &evalSet)
{
    const bool forest = m_spec.kind == ModelKind::Forest;
    auto raw = m_booster.predict(evalSet, forest ? XgbBooster::Output::Margin : XgbBooster::Output::Probability);
    if (!raw)
        return std::unexpected(raw.error());
    std::vector<double> p(raw->size());
    // A forest planned for N trees but stopped after k has margin k/N of its own mean.
    const double scale = forest && m_done > 0 ? double(m_total) / double(m_done) : 1.0;
    for (size_t i = 0; i < p.size(); ++i)
        p[i] = forest ? TrainedModel::forestProbability(double((*raw)[i]) * scale) : double((*raw)[i]);
    return p;
}

Result<std::vector<double>> TreeTrainer::predictDense(const float *values, qsizetype rows, int cols, int rounds) const
{
    const bool forest = m_spec.kind == ModelKind::Forest;
    rounds = std::clamp(rounds, 1, std::max(1, m_done));
    auto raw = m_booster.predictDense(values, rows, cols, forest ? XgbBooster::Output::Margin : XgbBooster::Output::Probability, {0, rounds});
    if (!raw)
        return std::unexpected(raw.error());
    std::vector<double> p(raw->size());
    const double scale = double(m_total) / double(rounds);
    for (size_t i = 0; i < p.size(); ++i)
        p[i] = forest ? TrainedModel::forestProbability(double((*raw)[i]) * scale) : double((*raw)[i]);
    return p;
}

Result<TrainedModel> TreeTrainer::finish(const QStringList &featureNames)
{
    if (m_done != m_total)
        return makeError(ErrorCode::Internal, Tr::tr("The model is not fully trained (%1 of %2 rounds).").arg(m_done).arg(m_total));
    auto gain = m_booster.featureScores(QStringLiteral("gain"), m_data.cols);
    if (!gain)
        return std::unexpected(gain.error());
    // Names make the saved XGBoost JSON self-describing; a name XGBoost refuses only loses that.
    if (featureNames.size() == m_data.cols)
        static_cast<void>(m_booster.setFeatureNames(featureNames));
    // Scoring may see far more rows than training did: predict on every requested thread.
    if (auto ok = m_booster.setParam(QStringLiteral("nthread"), QString::number(m_requestedThreads)); !ok)
        return std::unexpected(ok.error());
    ModelSpec spec = m_spec;
    spec.params[QStringLiteral("n_estimators")] = m_total;
    TrainedModel model(spec, featureNames, std::move(m_booster));
    model.setImportance(std::move(*gain));
    return model;
}

} // namespace churnlens
