#pragma once

#include "common/error.h"
#include "riskthresholds.h"

#include <QJsonObject>
#include <QString>

namespace churnlens {

/*!
 * How the Low / Medium / High cut points are chosen for a model (the default of every scoring
 * unless a project saved its own cut points):
 *  - Likelihood (default): High = more likely to leave than to stay (calibrated probability
 *    >= high, 0.5 by default); Medium = more likely to leave than the average customer
 *    (probability >= the training data's churn rate). Readable in one sentence, the same for
 *    every file a model scores, and "High" is a list most of whose members really leave.
 *  - ModelThreshold: High starts at the model's decision threshold (0/1 prediction), Medium at
 *    half of it (RiskThresholds::fromModelThreshold, the behaviour before this rule).
 *  - Fixed: the cut points given (medium, high).
 * Value type.
 */
struct RiskTierRule
{
    enum class Kind { Likelihood, ModelThreshold, Fixed };

    Kind kind = Kind::Likelihood;
    double medium = 0.25; //!< Fixed only
    double high = 0.5;    //!< Likelihood and Fixed

    /*!
     * The cut points for a model with decision threshold \a modelThreshold trained on data with
     * churn rate \a baseRate (NaN when unknown: Medium then starts at half of high).
     */
    RiskThresholds resolve(double modelThreshold, double baseRate) const;
    //! One translated sentence per level saying how it was chosen, for tooltips.
    QString describe(const RiskThresholds &resolved) const;

    Result<void> validate() const;
    QJsonObject toJson() const;
    static Result<RiskTierRule> fromJson(const QJsonObject &json);

    bool operator==(const RiskTierRule &) const = default;
};

QString machineName(RiskTierRule::Kind kind); //!< "likelihood", "model_threshold", "fixed"
bool fromMachineName(const QString &name, RiskTierRule::Kind *kind);

} // namespace churnlens
