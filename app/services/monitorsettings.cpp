#include "monitorsettings.h"

#include "project/projectfile.h"

#include <cmath>

namespace churnlens {

namespace {

const QString StateKey = QStringLiteral("monitor");

Result<void> readShare(const QJsonObject &json, const QString &key, double *value)
{
    if (!json.contains(key))
        return {};
    const double v = json.value(key).toDouble(std::nan(""));
    if (!std::isfinite(v) || v < 0.0 || v > 1.0)
        return makeError(ErrorCode::Usage, Tr::tr("The monitor setting \"%1\" must be a number from 0 to 1.").arg(key));
    *value = v;
    return {};
}

} // namespace

QJsonObject MonitorSettings::toJson() const
{
    return {{QStringLiteral("drift"), drift.toJson()},
            {QStringLiteral("rule"), rule == Rule::Relative ? QStringLiteral("relative") : QStringLiteral("absolute")},
            {QStringLiteral("accuracy_margin"), accuracyMargin},
            {QStringLiteral("auc_margin"), aucMargin},
            {QStringLiteral("absolute_accuracy"), absoluteAccuracy}};
}

Result<MonitorSettings> MonitorSettings::fromJson(const QJsonObject &json)
{
    MonitorSettings s;
    if (json.contains(QStringLiteral("drift"))) {
        auto drift = DriftThresholds::fromJson(json.value(QStringLiteral("drift")).toObject());
        if (!drift)
            return std::unexpected(drift.error());
        s.drift = *drift;
    }
    if (json.contains(QStringLiteral("rule"))) {
        const QString rule = json.value(QStringLiteral("rule")).toString();
        if (rule == QLatin1String("relative"))
            s.rule = Rule::Relative;
        else if (rule == QLatin1String("absolute"))
            s.rule = Rule::Absolute;
        else
            return makeError(ErrorCode::Usage, Tr::tr("The monitor rule must be \"relative\" or \"absolute\", not \"%1\".").arg(rule));
    }
    for (auto [key, value] : {std::pair{QStringLiteral("accuracy_margin"), &s.accuracyMargin},
                              std::pair{QStringLiteral("auc_margin"), &s.aucMargin},
                              std::pair{QStringLiteral("absolute_accuracy"), &s.absoluteAccuracy}}) {
        if (auto read = readShare(json, key, value); !read)
            return std::unexpected(read.error());
    }
    return s;
}

Result<MonitorSettings> MonitorSettings::load(const ProjectFile &project)
{
    auto json = project.state(StateKey);
    if (!json)
        return std::unexpected(json.error());
    return fromJson(*json);
}

Result<void> MonitorSettings::save(ProjectFile &project) const
{
    return project.setState(StateKey, toJson());
}

} // namespace churnlens
