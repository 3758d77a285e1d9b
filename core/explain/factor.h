#pragma once

#include <QString>

namespace churnlens {

//! One reason behind a customer's churn probability, in plain words.
struct Factor
{
    int column = -1;           //!< the field's column in the scored table
    QString field;             //!< its name
    QString value;             //!< the customer's value as text (empty when missing)
    double contribution = 0.0; //!< SHAP value in log-odds: > 0 raises churn risk, < 0 lowers it
    QString text;              //!< "Month-to-month contract raises churn risk" (translated)

    bool raisesRisk() const { return contribution > 0.0; }
    //! "+0.84" / "-0.37": the contribution with its sign, two decimals.
    QString signedContribution() const
    {
        return (contribution >= 0.0 ? QStringLiteral("+") : QString()) + QString::number(contribution, 'f', 2);
    }
};

} // namespace churnlens
