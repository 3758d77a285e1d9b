#include "modelpredictor.h"

#include "explain/treeensemble.h"
#include "explain/treescorer.h"
#include "ml/modelbundle.h"
#include "ml/xgbbooster.h"

#include <algorithm>

namespace churnlens {

struct ModelPredictor::Model
{
    TrainedModel model;
    Calibration calibration;
};

ModelPredictor::ModelPredictor() = default;
ModelPredictor::~ModelPredictor() = default;
ModelPredictor::ModelPredictor(const ModelPredictor &) = default;
ModelPredictor &ModelPredictor::operator=(const ModelPredictor &) = default;

Result<ModelPredictor> ModelPredictor::create(const ModelBundle &bundle)
{
    const TrainedModel &model = bundle.model();
    if (!model.isValid())
        return makeError(ErrorCode::Model, Tr::tr("No model has been trained or loaded."));
    ModelPredictor p;
    p.m_model = std::make_shared<const Model>(Model{model, bundle.calibration()});
    p.m_forest = model.kind() == ModelKind::Forest;
    if (const XgbBooster *booster = model.booster()) {
        auto json = booster->toJson();
        auto ensemble = json ? TreeEnsemble::fromJson(*json) : Result<TreeEnsemble>(std::unexpected(json.error()));
        if (ensemble && ensemble->featureCount() <= model.featureCount()
            && (p.m_forest || ensemble->isLogistic())) {
            if (auto scorer = TreeScorer::create(*ensemble))
                p.m_trees = std::make_shared<const TreeScorer>(std::move(*scorer));
        }
        // Otherwise XGBoost predicts: slower, never wrong.
    }
    return p;
}

Result<void> ModelPredictor::predict(const float *data, qsizetype rows, int cols, double *out, int threads,
                                     Progress *progress) const
{
    if (!m_model)
        return makeError(ErrorCode::Model, Tr::tr("No model has been trained or loaded."));
    const TrainedModel &model = m_model->model;
    if (cols != model.featureCount())
        return makeError(ErrorCode::Model, Tr::tr("The model expects %1 features but got %2.").arg(model.featureCount()).arg(cols),
                         Tr::tr("Prepare the data with the preparation saved with this model."));
    if (m_trees && m_trees->featureCount() == cols) {
        if (auto ok = m_trees->predict(data, rows, cols, out, m_forest, threads, progress); !ok)
            return ok;
        if (m_forest)
            std::transform(out, out + rows, out, [](double margin) { return TrainedModel::forestProbability(margin); });
        m_model->calibration.apply(std::span<double>(out, size_t(rows)));
        return {};
    }
    // XGBoost or the logistic regression, in chunks for progress and cancel.
    constexpr qsizetype Chunk = 65536;
    for (qsizetype begin = 0; begin < rows; begin += Chunk) {
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
        const qsizetype n = std::min(Chunk, rows - begin);
        auto p = model.predictProba(data + size_t(begin) * size_t(cols), n, cols);
        if (!p)
            return std::unexpected(p.error());
        m_model->calibration.apply(*p);
        std::copy(p->begin(), p->end(), out + begin);
        if (progress)
            progress->setProgress(double(begin + n) / double(rows));
    }
    return {};
}

} // namespace churnlens
