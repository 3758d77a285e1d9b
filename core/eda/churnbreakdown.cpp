#include "churnbreakdown.h"

namespace churnlens {

QString ChurnBreakdown::machineName(Kind kind)
{
    switch (kind) {
    case Kind::Levels: return QStringLiteral("levels");
    case Kind::Values: return QStringLiteral("values");
    case Kind::Quantiles: return QStringLiteral("quantiles");
    case Kind::Tenure: return QStringLiteral("tenure");
    }
    return {};
}

} // namespace churnlens
