#include "trainingset.h"

namespace churnlens {

qint64 TrainingSet::positives() const
{
    qint64 p = 0;
    for (int8_t y : labels)
        p += y == 1;
    return p;
}

std::vector<float> TrainingSet::effectiveWeights() const
{
    if (!balanceClasses)
        return std::vector<float>(weights.begin(), weights.end());
    const qint64 pos = positives();
    const qint64 neg = qint64(labels.size()) - pos;
    const double n = double(labels.size());
    const float wPos = pos ? float(n / (2.0 * double(pos))) : 1.0f;
    const float wNeg = neg ? float(n / (2.0 * double(neg))) : 1.0f;
    std::vector<float> w(labels.size());
    for (size_t i = 0; i < w.size(); ++i)
        w[i] = (labels[i] == 1 ? wPos : wNeg) * (weights.empty() ? 1.0f : weights[i]);
    return w;
}

std::vector<float> TrainingSet::floatLabels() const
{
    std::vector<float> y(labels.size());
    for (size_t i = 0; i < y.size(); ++i)
        y[i] = labels[i] == 1 ? 1.0f : 0.0f;
    return y;
}

} // namespace churnlens
