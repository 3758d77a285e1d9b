#include "preparationoptions.h"

#include <QJsonArray>

namespace churnlens {

namespace {
struct Names
{
    const char *machine;
    const char *human;
};

constexpr Names engineeredNames[EngineeredFeatureCount] = {
    {"tenure_bins", QT_TRANSLATE_NOOP("churnlens", "Tenure bins (0-12, 12-24, 24+ months)")},
    {"charges_per_month", QT_TRANSLATE_NOOP("churnlens", "Total charges per month of tenure")},
    {"contract_number", QT_TRANSLATE_NOOP("churnlens", "Contract as a number (0, 1, 2)")},
    {"support_calls_per_month", QT_TRANSLATE_NOOP("churnlens", "Support calls per month")},
    {"service_count", QT_TRANSLATE_NOOP("churnlens", "Number of services used")},
};
} // namespace

QString machineName(EngineeredFeature feature)
{
    return QString::fromLatin1(engineeredNames[int(feature)].machine);
}

QString toString(EngineeredFeature feature)
{
    return Tr::tr(engineeredNames[int(feature)].human);
}

bool fromMachineName(const QString &name, EngineeredFeature *feature)
{
    for (int i = 0; i < EngineeredFeatureCount; ++i) {
        if (name.compare(QLatin1String(engineeredNames[i].machine), Qt::CaseInsensitive) == 0) {
            *feature = EngineeredFeature(i);
            return true;
        }
    }
    return false;
}

QString machineName(CategoryEncoding encoding)
{
    return encoding == CategoryEncoding::OneHot ? QStringLiteral("one_hot") : QStringLiteral("ordinal");
}

bool fromMachineName(const QString &name, CategoryEncoding *encoding)
{
    if (name == QLatin1String("one_hot")) {
        *encoding = CategoryEncoding::OneHot;
        return true;
    }
    if (name == QLatin1String("ordinal")) {
        *encoding = CategoryEncoding::Ordinal;
        return true;
    }
    return false;
}

PreparationOptions PreparationOptions::forLinearModel()
{
    PreparationOptions o;
    o.scale = true;
    return o;
}

PreparationOptions PreparationOptions::forTrees()
{
    return PreparationOptions{};
}

QJsonObject PreparationOptions::toJson() const
{
    QJsonArray on;
    for (int i = 0; i < EngineeredFeatureCount; ++i) {
        if (isOn(EngineeredFeature(i)))
            on.append(machineName(EngineeredFeature(i)));
    }
    return QJsonObject{
        {QStringLiteral("impute"), impute},
        {QStringLiteral("missing_indicators"), missingIndicators},
        {QStringLiteral("scale"), scale},
        {QStringLiteral("encoding"), machineName(encoding)},
        {QStringLiteral("max_categories"), maxCategories},
        {QStringLiteral("engineered"), on},
    };
}

Result<PreparationOptions> PreparationOptions::fromJson(const QJsonObject &json)
{
    // Missing keys keep their defaults so that older files stay readable; wrong types are errors.
    PreparationOptions o;
    auto boolean = [&](const char *key, bool *out) -> bool {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return false;
        *out = v.toBool();
        return true;
    };
    auto bad = [](const QString &key) {
        return makeError(ErrorCode::BadInput, Tr::tr("Preparation options: \"%1\" has a wrong value.").arg(key));
    };
    if (!boolean("impute", &o.impute))
        return bad(QStringLiteral("impute"));
    if (!boolean("missing_indicators", &o.missingIndicators))
        return bad(QStringLiteral("missing_indicators"));
    if (!boolean("scale", &o.scale))
        return bad(QStringLiteral("scale"));
    if (json.contains(QLatin1String("encoding"))
        && !fromMachineName(json.value(QLatin1String("encoding")).toString(), &o.encoding))
        return bad(QStringLiteral("encoding"));
    if (json.contains(QLatin1String("max_categories"))) {
        const int m = json.value(QLatin1String("max_categories")).toInt(-1);
        if (m < 2)
            return bad(QStringLiteral("max_categories"));
        o.maxCategories = m;
    }
    if (json.contains(QLatin1String("engineered"))) {
        const QJsonValue v = json.value(QLatin1String("engineered"));
        if (!v.isArray())
            return bad(QStringLiteral("engineered"));
        o.engineered = 0;
        for (const QJsonValue &e : v.toArray()) {
            EngineeredFeature f;
            if (!fromMachineName(e.toString(), &f))
                return bad(QStringLiteral("engineered"));
            o.setOn(f, true);
        }
    }
    return o;
}

} // namespace churnlens
