#include "modelspec.h"

#include "common/error.h"

#include <QStringList>

#include <cmath>
#include <limits>

namespace churnlens {

QString machineName(ModelKind kind)
{
    switch (kind) {
    case ModelKind::XGBoost: return QStringLiteral("xgboost");
    case ModelKind::Logistic: return QStringLiteral("logistic");
    case ModelKind::Forest: return QStringLiteral("forest");
    }
    return {};
}

QString displayName(ModelKind kind)
{
    switch (kind) {
    case ModelKind::XGBoost: return Tr::tr("XGBoost");
    case ModelKind::Logistic: return Tr::tr("Logistic regression");
    case ModelKind::Forest: return Tr::tr("Random forest");
    }
    return {};
}

bool fromMachineName(const QString &name, ModelKind *kind)
{
    for (ModelKind k : {ModelKind::XGBoost, ModelKind::Logistic, ModelKind::Forest}) {
        if (name.compare(machineName(k), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

ParamSet ModelSpec::defaults(ModelKind kind)
{
    switch (kind) {
    case ModelKind::XGBoost:
        return {{QStringLiteral("n_estimators"), 100}, {QStringLiteral("learning_rate"), 0.3}, {QStringLiteral("max_depth"), 6},
                {QStringLiteral("min_child_weight"), 1}, {QStringLiteral("subsample"), 1}, {QStringLiteral("colsample_bytree"), 1},
                {QStringLiteral("reg_lambda"), 1}, {QStringLiteral("reg_alpha"), 0}, {QStringLiteral("gamma"), 0},
                {QStringLiteral("scale_pos_weight"), 1}};
    case ModelKind::Logistic:
        return {{QStringLiteral("C"), 1.0}, {QStringLiteral("penalty"), 2}};
    case ModelKind::Forest:
        return {{QStringLiteral("n_estimators"), 200}, {QStringLiteral("max_depth"), 0}, {QStringLiteral("max_features"), 0},
                {QStringLiteral("min_samples_leaf"), 1}};
    }
    return {};
}

ModelSpec ModelSpec::withDefaults(ModelKind kind, const ParamSet &overrides)
{
    ModelSpec spec{kind, defaults(kind)};
    for (const auto &[name, value] : overrides)
        spec.params[name] = value;
    return spec;
}

double ModelSpec::value(const QString &name) const
{
    if (auto it = params.find(name); it != params.end())
        return it->second;
    const ParamSet d = defaults(kind);
    if (auto it = d.find(name); it != d.end())
        return it->second;
    return std::numeric_limits<double>::quiet_NaN();
}

int ModelSpec::intValue(const QString &name) const
{
    const double v = value(name);
    return std::isfinite(v) ? int(std::lround(v)) : 0;
}

bool ModelSpec::isValid(QString *unknown) const
{
    const ParamSet d = defaults(kind);
    for (const auto &[name, value] : params) {
        if (!d.contains(name) || !std::isfinite(value)) {
            if (unknown)
                *unknown = name;
            return false;
        }
    }
    return true;
}

QJsonObject ModelSpec::paramsJson() const
{
    QJsonObject o;
    for (const auto &[name, value] : params) {
        if (value == std::floor(value) && std::fabs(value) < 1e15)
            o.insert(name, qint64(value));
        else
            o.insert(name, value);
    }
    return o;
}

QString ModelSpec::describe() const
{
    QStringList parts;
    for (const auto &[name, value] : params)
        parts << QStringLiteral("%1=%2").arg(name).arg(value, 0, 'g', 6);
    return parts.join(QLatin1Char(' '));
}

} // namespace churnlens
