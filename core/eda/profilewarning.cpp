#include "profilewarning.h"

namespace churnlens {

QString ProfileWarning::machineName(Kind kind)
{
    switch (kind) {
    case Kind::Leakage: return QStringLiteral("leakage");
    case Kind::HighCardinality: return QStringLiteral("high_cardinality");
    case Kind::MostlyMissing: return QStringLiteral("mostly_missing");
    case Kind::SuspiciousValue: return QStringLiteral("suspicious_value");
    case Kind::Constant: return QStringLiteral("constant");
    case Kind::IdLike: return QStringLiteral("id_like");
    case Kind::Duplicates: return QStringLiteral("duplicates");
    case Kind::TargetMissing: return QStringLiteral("target_missing");
    case Kind::Imbalance: return QStringLiteral("imbalance");
    case Kind::Capped: return QStringLiteral("capped");
    }
    return {};
}

Issue ProfileWarning::toIssue() const
{
    Issue issue;
    issue.severity = severity;
    issue.message = hint.isEmpty() ? message : message + QLatin1Char(' ') + hint;
    issue.columnName = column;
    return issue;
}

} // namespace churnlens
