#include "area.h"

#include <array>

namespace churnlens {

namespace {
constexpr std::array<std::pair<AreaId, const char *>, 8> Names{{
    {AreaId::Data, "data"},
    {AreaId::Explore, "explore"},
    {AreaId::Train, "train"},
    {AreaId::Score, "score"},
    {AreaId::Explain, "explain"},
    {AreaId::Impact, "impact"},
    {AreaId::Models, "models"},
    {AreaId::Monitor, "monitor"},
}};
} // namespace

QString machineName(AreaId id)
{
    for (const auto &[area, name] : Names) {
        if (area == id)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<AreaId> areaFromName(const QString &name)
{
    for (const auto &[area, n] : Names) {
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return area;
    }
    return std::nullopt;
}

QStringList areaNames()
{
    QStringList out;
    for (const auto &entry : Names)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace churnlens
