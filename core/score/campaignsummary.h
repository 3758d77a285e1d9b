#pragma once

#include "campaignoptions.h"

#include <QJsonObject>

#include <cmath>
#include <limits>
#include <span>

namespace churnlens {

/*!
 * What a campaign list amounts to: how many customers, the churners among them the model
 * expects, the contact cost and, when customer values are known, the value at risk and the
 * expected value (acceptance x value at risk - cost). Value type.
 */
struct CampaignSummary
{
    qsizetype customers = 0;       //!< on the list
    qsizetype scored = 0;          //!< customers with a probability (the pool the list is drawn from)
    double expectedChurners = 0.0; //!< sum of the probabilities on the list
    double expectedKept = 0.0;     //!< acceptance x expected churners
    double cost = 0.0;             //!< customers x contact cost
    bool hasValue = false;         //!< customer values were given
    //! Sum of probability x value on the list; NaN without values.
    double valueAtRisk = std::numeric_limits<double>::quiet_NaN();
    //! acceptance x valueAtRisk - cost; NaN without values.
    double expectedValue = std::numeric_limits<double>::quiet_NaN();
    qsizetype missingValue = 0;    //!< customers on the list whose value is unknown (counted as 0)

    //! Fills the derived fields from the sums (\a probabilitySum, \a weightedValueSum).
    static CampaignSummary fromSums(qsizetype customers, qsizetype scored, double probabilitySum,
                                    double weightedValueSum, qsizetype missingValue, bool hasValue,
                                    const CampaignOptions &options);

    QJsonObject toJson() const;
};

} // namespace churnlens
