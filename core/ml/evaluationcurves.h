#pragma once

#include <QJsonObject>

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

/*!
 * The curves of the Evaluate view and reports, from 0/1 labels and churn probabilities.
 * ROC and PR points are the distinct thresholds from high to low, thinned evenly to at most
 * maxPoints (first and last always kept). Gains and lift are read at 1%, 2%, …, 100% of the
 * customers sorted by score; calibration uses 10 equal-width probability bins.
 */
struct EvaluationCurves
{
    struct RocPoint { double fpr, tpr, threshold; };
    struct PrPoint { double recall, precision, threshold; };
    //! Share of customers contacted (x), share of churners reached (gain), gain / x (lift).
    struct GainPoint { double fraction, gain, lift; };
    struct CalibrationBin { double lower, upper, meanPredicted, observedRate; qint64 count; };

    std::vector<RocPoint> roc;
    std::vector<PrPoint> pr;
    std::vector<GainPoint> gains; //!< also the lift curve
    std::vector<CalibrationBin> calibration;

    static EvaluationCurves compute(std::span<const int8_t> labels, std::span<const double> scores, int maxPoints = 1000,
                                    int gainSteps = 100, int calibrationBins = 10);
    QJsonObject toJson() const;
};

} // namespace churnlens
