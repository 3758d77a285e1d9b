#include "risklevel.h"

#include "common/error.h"

namespace churnlens {

QString machineName(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return QStringLiteral("low");
    case RiskLevel::Medium: return QStringLiteral("medium");
    case RiskLevel::High: return QStringLiteral("high");
    }
    return {};
}

QString toString(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low: return Tr::tr("Low");
    case RiskLevel::Medium: return Tr::tr("Medium");
    case RiskLevel::High: return Tr::tr("High");
    }
    return {};
}

bool fromMachineName(const QString &name, RiskLevel *level)
{
    for (RiskLevel l : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High}) {
        if (name.compare(machineName(l), Qt::CaseInsensitive) == 0) {
            *level = l;
            return true;
        }
    }
    return false;
}

} // namespace churnlens
