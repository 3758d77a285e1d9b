#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <span>

namespace churnlens {

/*!
 * How the decision threshold (churn predicted when probability >= threshold) is chosen.
 * Chosen on out-of-fold predictions of the training rows, never on test rows.
 * Expected profit of contacting the customers at or above a threshold:
 *   savedValue * successRate * (churners contacted) - contactCost * (customers contacted).
 */
struct ThresholdPolicy
{
    enum class Kind { Fixed, BestF1, BestProfit };
    Kind kind = Kind::BestF1;
    double fixed = 0.5;
    double contactCost = 10.0;  //!< cost of one retention contact (offer, call)
    double savedValue = 200.0;  //!< value of keeping one customer who would have left
    double successRate = 1.0;   //!< share of contacted churners the contact keeps

    /*!
     * The threshold for these labels and scores. For BestF1/BestProfit it lies halfway between
     * the best score cut and the next lower score, so it generalises to new scores.
     */
    double choose(std::span<const int8_t> labels, std::span<const double> scores) const;
    double profit(qint64 churnersContacted, qint64 contacted) const;

    //! "0.5", "f1", "profit"
    QString machineName() const;
    static bool fromMachineName(const QString &name, Kind *kind);
    QJsonObject toJson() const;
};

} // namespace churnlens
