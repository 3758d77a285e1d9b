#include "modelchoice.h"

namespace churnlens {

QString machineName(ModelChoice::Kind kind)
{
    switch (kind) {
    case ModelChoice::Kind::Default: return QStringLiteral("default");
    case ModelChoice::Kind::Folder: return QStringLiteral("folder");
    case ModelChoice::Kind::Version: return QStringLiteral("version");
    case ModelChoice::Kind::Run: return QStringLiteral("run");
    }
    return {};
}

QJsonObject ModelChoice::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), machineName(kind)}};
    switch (kind) {
    case Kind::Default:
        break;
    case Kind::Folder:
        o.insert(QStringLiteral("folder"), folder);
        break;
    case Kind::Version:
        o.insert(QStringLiteral("version"), version);
        break;
    case Kind::Run:
        if (run > 0)
            o.insert(QStringLiteral("run"), run);
        o.insert(QStringLiteral("index"), index);
        o.insert(QStringLiteral("family"), family);
        break;
    }
    if (!std::isnan(threshold))
        o.insert(QStringLiteral("threshold"), threshold);
    if (risk)
        o.insert(QStringLiteral("risk_thresholds"), risk->toJson());
    return o;
}

Result<ModelChoice> ModelChoice::fromJson(const QJsonObject &json)
{
    ModelChoice c;
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("default"));
    bool known = false;
    for (Kind k : {Kind::Default, Kind::Folder, Kind::Version, Kind::Run}) {
        if (machineName(k) == kind) {
            c.kind = k;
            known = true;
        }
    }
    if (!known)
        return makeError(ErrorCode::BadInput, Tr::tr("The saved model in use is of an unknown kind \"%1\".").arg(kind));
    c.folder = json.value(QStringLiteral("folder")).toString();
    c.version = json.value(QStringLiteral("version")).toInt();
    c.run = qint64(json.value(QStringLiteral("run")).toDouble());
    c.index = json.value(QStringLiteral("index")).toInt();
    c.family = json.value(QStringLiteral("family")).toString();
    if (json.value(QStringLiteral("threshold")).isDouble())
        c.threshold = json.value(QStringLiteral("threshold")).toDouble();
    if (json.contains(QStringLiteral("risk_thresholds"))) {
        if (auto risk = RiskThresholds::fromJson(json.value(QStringLiteral("risk_thresholds")).toObject()))
            c.risk = *risk;
        // Before the risk levels followed a rule (Preferences), every save wrote the cut points of
        // the model's threshold even when nobody chose them: those are not a choice to keep.
        if (c.risk && !std::isnan(c.threshold) && *c.risk == RiskThresholds::fromModelThreshold(c.threshold))
            c.risk.reset();
    }
    if ((c.kind == Kind::Folder && c.folder.isEmpty()) || (c.kind == Kind::Version && c.version <= 0))
        return makeError(ErrorCode::BadInput, Tr::tr("The saved model in use is incomplete."));
    return c;
}

} // namespace churnlens
