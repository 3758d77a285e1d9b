#pragma once

#include "common/error.h"
#include "modelspec.h"
#include "trainedmodel.h"
#include "trainingset.h"

#include <QStringList>

namespace churnlens {

class Progress;
class XgbDMatrix;

/*!
 * Fits one model of any family on a TrainingSet: the single entry point used by the final
 * fit of the trainer, the tests and the benchmarks. Synchronous; reports progress per round
 * (trees) or per Newton step (logistic) and stops with Error::canceled() when asked.
 */
class ModelFitter
{
public:
    struct Options
    {
        int threads = 1;
        quint64 seed = 42;
        //! Optional prebuilt quantised training matrix (TreeTrainer::prepareMatrix) for trees.
        const XgbDMatrix *matrix = nullptr;
    };

    static Result<TrainedModel> fit(const ModelSpec &spec, const TrainingSet &data, const QStringList &featureNames,
                                    const Options &options, Progress *progress = nullptr);
};

} // namespace churnlens
