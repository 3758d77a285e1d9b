#include "factoreffect.h"

#include "ml/trainedmodel.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

double FactorEffect::percentagePoints(double probability, double contribution, ModelKind kind)
{
    if (!std::isfinite(probability) || !std::isfinite(contribution))
        return std::nan("");
    if (kind == ModelKind::Forest) {
        // p = 0.5 + margin / 4 inside [-2, 2]: invert it, take the push away, map back.
        const double margin = std::clamp((probability - 0.5) * 4.0, -2.0, 2.0);
        return 100.0 * (probability - TrainedModel::forestProbability(margin - contribution));
    }
    // Log-odds; 0 and 1 are held off the infinities so the effect stays finite.
    const double p = std::clamp(probability, 1e-12, 1.0 - 1e-12);
    const double without = 1.0 / (1.0 + std::exp(-(std::log(p / (1.0 - p)) - contribution)));
    return 100.0 * (probability - without);
}

} // namespace churnlens
