#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>

namespace churnlens {

/*!
 * Who goes on a retention campaign list. The list is ranked by a key: the expected value
 *   probability x customer value x acceptance - contact cost
 * when a customer value is known (a mapped monthly-charges column, see CustomerValue), else the
 * churn probability. Ties go to the earlier row, so a list is reproducible.
 *  - Threshold: every customer with probability >= threshold (ranked by the key);
 *  - TopN: the topN customers with the highest key;
 *  - Budget: as many as budget / contactCost pays for, highest key first; with a customer value,
 *    customers whose expected value is not positive are left out (contacting them loses money).
 * Value type.
 */
struct CampaignOptions
{
    enum class Mode { Threshold, TopN, Budget };

    Mode mode = Mode::Threshold;
    double threshold = 0.5;
    qsizetype topN = 100;
    double budget = 1000.0;
    double contactCost = 10.0;   //!< cost of one contact (call, offer, mail)
    //! Share of contacted would-be churners who accept the offer and stay. 0.3 is a common
    //! planning figure for retention offers; set it from your own campaigns.
    double acceptanceRate = 0.3;

    //! Finite, non-negative numbers; threshold in [0, 1]; a positive cost in budget mode.
    Result<void> validate() const;
    //! "probability ≥ 0.42", "top 500", "budget 5000.00 at 10.00 per contact" (translated).
    QString describe() const;

    QJsonObject toJson() const;
    static Result<CampaignOptions> fromJson(const QJsonObject &json);

    bool operator==(const CampaignOptions &) const = default;
};

QString machineName(CampaignOptions::Mode mode); //!< "threshold", "top_n", "budget"
bool fromMachineName(const QString &name, CampaignOptions::Mode *mode);

} // namespace churnlens
