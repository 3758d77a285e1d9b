#pragma once

#include <QString>
#include <QStringList>

namespace churnlens {

/*!
 * How column names are compared when guessing a schema: "Monthly Charges", "monthly_charges"
 * and "MonthlyCharges" are the same name. Pure functions, thread-safe.
 */
class ColumnName
{
public:
    //! Lower case, letters and digits only: "Monthly_Charges (USD)" → "monthlychargesusd".
    static QString normalized(const QString &name);
    //! Lower-case words, split at separators, camelCase and letter/digit boundaries:
    //! "customerID" → {customer, id}, "StreamingTV" → {streaming, tv}, "num_calls2" → {num, calls, 2}.
    static QStringList tokens(const QString &name);
    //! Names of identifiers: "customerID", "CustomerId", "RowNumber", "id", "index", "Unnamed: 0".
    static bool isIdName(const QString &name);
    //! Names of people and contact details (unique per person, never a churn driver).
    static bool isPersonalName(const QString &name);
};

} // namespace churnlens
