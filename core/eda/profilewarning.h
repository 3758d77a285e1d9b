#pragma once

#include "../common/error.h"

#include <QString>

namespace churnlens {

//! A data-quality finding in plain words, with a stable kind for scripts.
struct ProfileWarning
{
    enum class Kind {
        Leakage,         //!< a feature alone separates churners almost perfectly
        HighCardinality, //!< a category with very many levels
        MostlyMissing,   //!< a column missing in most rows
        SuspiciousValue, //!< negative charges, tenure 0 with large total charges, …
        Constant,        //!< one value only
        IdLike,          //!< a feature that is really an id
        Duplicates,      //!< exact duplicate records
        TargetMissing,   //!< rows without a churn value, or no churn column at all
        Imbalance,       //!< churners (or stayers) are very rare
        Capped           //!< a statistic covers part of the table only (too many columns)
    };

    Kind kind = Kind::SuspiciousValue;
    Issue::Severity severity = Issue::Severity::Warning;
    QString column;  //!< the column concerned, empty for table-wide findings
    QString message; //!< translated
    QString hint;    //!< translated: what to do about it

    static QString machineName(Kind kind);
    Issue toIssue() const;
};

} // namespace churnlens
