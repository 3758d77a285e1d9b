#pragma once

#include "common/error.h"
#include "risklevel.h"

#include <QJsonObject>

#include <cmath>
#include <span>

namespace churnlens {

//! Customers per risk level; probabilities that are NaN (not scored) are counted apart.
struct RiskCounts
{
    qsizetype low = 0;
    qsizetype medium = 0;
    qsizetype high = 0;
    qsizetype unscored = 0;

    qsizetype scored() const { return low + medium + high; }
    qsizetype at(RiskLevel level) const
    {
        return level == RiskLevel::High ? high : level == RiskLevel::Medium ? medium : low;
    }
};

/*!
 * Cut points from churn probability to risk level: High when p >= high, Medium when
 * medium <= p < high, else Low.
 *
 * Defaults (fromModelThreshold): High starts at the model's decision threshold, so "high risk"
 * means exactly "predicted to churn" and the counts match the 0/1 predictions; Medium starts at
 * half of it — customers the model does not call churners yet, but at least half as likely as
 * the ones it does: the group worth watching. Both are configurable.
 * Value type.
 */
struct RiskThresholds
{
    double medium = 0.25;
    double high = 0.5;

    static RiskThresholds fromModelThreshold(double modelThreshold);

    //! Low for NaN (callers that must tell "not scored" apart check the probability first).
    RiskLevel level(double probability) const
    {
        if (probability >= high)
            return RiskLevel::High;
        if (probability >= medium)
            return RiskLevel::Medium;
        return RiskLevel::Low;
    }

    //! 0 <= medium <= high <= 1, both finite.
    Result<void> validate() const;

    RiskCounts count(std::span<const double> probabilities) const;

    QJsonObject toJson() const;
    static Result<RiskThresholds> fromJson(const QJsonObject &json);

    bool operator==(const RiskThresholds &) const = default;
};

} // namespace churnlens
