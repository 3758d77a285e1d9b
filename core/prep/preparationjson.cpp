#include "fittedpreparation.h"

#include "common/jsonnumber.h"
#include "preparationstate.h"

#include <QJsonArray>

#include <cmath>

namespace churnlens {

namespace {

const QLatin1String FormatName("churnlens.preparation");

QString encodingName(ColumnEncoding e)
{
    switch (e) {
    case ColumnEncoding::Number: return QStringLiteral("number");
    case ColumnEncoding::Flag: return QStringLiteral("flag");
    case ColumnEncoding::Binary: return QStringLiteral("binary");
    case ColumnEncoding::OneHot: return QStringLiteral("one_hot");
    case ColumnEncoding::Ordinal: return QStringLiteral("ordinal");
    }
    return {};
}

bool encodingFromName(const QString &name, ColumnEncoding *e)
{
    for (ColumnEncoding c : {ColumnEncoding::Number, ColumnEncoding::Flag, ColumnEncoding::Binary,
                             ColumnEncoding::OneHot, ColumnEncoding::Ordinal}) {
        if (encodingName(c) == name) {
            *e = c;
            return true;
        }
    }
    return false;
}

using json::number;

QJsonArray intArray(const std::vector<int> &v)
{
    QJsonArray a;
    for (int x : v)
        a.append(x);
    return a;
}

std::unexpected<Error> bad(const QString &what)
{
    return makeError(ErrorCode::BadInput, Tr::tr("The saved preparation is damaged: %1.").arg(what),
                     Tr::tr("Train the model again, or restore the model folder from a backup."));
}

bool stringList(const QJsonValue &v, QStringList *out)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &x : v.toArray()) {
        if (!x.isString())
            return false;
        out->append(x.toString());
    }
    return true;
}

} // namespace

QJsonObject FittedPreparation::toJson() const
{
    if (!d)
        return {};
    QJsonArray columns;
    for (const FittedColumn &c : d->columns) {
        QJsonObject o{
            {QStringLiteral("name"), c.name},
            {QStringLiteral("type"), machineName(c.type)},
            {QStringLiteral("semantic"), machineName(c.semantic)},
            {QStringLiteral("encoding"), encodingName(c.encoding)},
            {QStringLiteral("indicator"), c.indicator},
            {QStringLiteral("train_missing"), double(c.trainMissing)},
        };
        if (c.isCoded()) {
            o.insert(QStringLiteral("levels"), QJsonArray::fromStringList(c.levels));
            o.insert(QStringLiteral("fill_level"), c.fillSlot);
            if (c.hasOther)
                o.insert(QStringLiteral("pooled"), QJsonArray::fromStringList(c.pooled));
        } else {
            o.insert(QStringLiteral("median"), number(c.fill));
        }
        columns.append(o);
    }
    QJsonArray engineered;
    for (const FittedEngineered &e : d->engineered) {
        QJsonArray inputs;
        for (int i : e.inputs)
            inputs.append(d->columns[size_t(i)].name);
        QJsonObject o{{QStringLiteral("feature"), machineName(e.feature)}, {QStringLiteral("inputs"), inputs}};
        if (!e.slotNumber.empty())
            o.insert(QStringLiteral("level_numbers"), intArray(e.slotNumber));
        if (!e.slotInUse.empty()) {
            QJsonArray use;
            for (const std::vector<uint8_t> &u : e.slotInUse)
                use.append(intArray(std::vector<int>(u.begin(), u.end())));
            o.insert(QStringLiteral("levels_in_use"), use);
        }
        engineered.append(o);
    }
    // The feature list is derived from the columns on load; it is written for people
    // reading the file and checked on load.
    QJsonArray features;
    for (int f = 0; f < d->featureCount(); ++f) {
        QJsonObject o{{QStringLiteral("name"), d->names[f]}};
        if (d->options.scale && d->scaled[size_t(f)]) {
            o.insert(QStringLiteral("mean"), d->mean[size_t(f)]);
            o.insert(QStringLiteral("scale"), d->scale[size_t(f)]);
        }
        features.append(o);
    }
    return QJsonObject{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("options"), d->options.toJson()},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("engineered"), engineered},
        {QStringLiteral("features"), features},
    };
}

Result<FittedPreparation> FittedPreparation::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("format")).toString() != FormatName)
        return bad(Tr::tr("it is not a ChurnLens preparation"));
    const int version = json.value(QLatin1String("version")).toInt(-1);
    if (version < 1 || version > FormatVersion)
        return makeError(ErrorCode::BadInput,
                         Tr::tr("The saved preparation has format version %1; this ChurnLens reads up to %2.")
                             .arg(version).arg(FormatVersion),
                         Tr::tr("Update ChurnLens, or train the model again."));
    auto state = std::make_shared<Private>();
    Result<PreparationOptions> options = PreparationOptions::fromJson(json.value(QLatin1String("options")).toObject());
    if (!options)
        return std::unexpected(options.error());
    state->options = *options;

    for (const QJsonValue &v : json.value(QLatin1String("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        FittedColumn c;
        c.name = o.value(QLatin1String("name")).toString();
        if (c.name.isEmpty())
            return bad(Tr::tr("a column has no name"));
        if (!fromMachineName(o.value(QLatin1String("type")).toString(), &c.type)
            || !fromMachineName(o.value(QLatin1String("semantic")).toString(), &c.semantic)
            || !encodingFromName(o.value(QLatin1String("encoding")).toString(), &c.encoding))
            return bad(Tr::tr("column \"%1\" has an unknown type, meaning or encoding").arg(c.name));
        c.indicator = o.value(QLatin1String("indicator")).toBool();
        c.trainMissing = qsizetype(o.value(QLatin1String("train_missing")).toDouble());
        if (c.isCoded()) {
            if (!stringList(o.value(QLatin1String("levels")), &c.levels) || c.levels.isEmpty())
                return bad(Tr::tr("column \"%1\" has no levels").arg(c.name));
            c.fillSlot = o.value(QLatin1String("fill_level")).toInt(-1);
            if (c.fillSlot < 0 || c.fillSlot >= c.levels.size())
                return bad(Tr::tr("column \"%1\" has a wrong fill level").arg(c.name));
            if (c.encoding == ColumnEncoding::Flag && c.levels.size() != 2)
                return bad(Tr::tr("column \"%1\" needs two levels").arg(c.name));
            if (o.contains(QLatin1String("pooled"))) {
                if (c.encoding != ColumnEncoding::OneHot || !stringList(o.value(QLatin1String("pooled")), &c.pooled))
                    return bad(Tr::tr("column \"%1\" has wrong pooled levels").arg(c.name));
                c.hasOther = true;
            }
        } else {
            const QJsonValue m = o.value(QLatin1String("median"));
            if (!m.isDouble())
                return bad(Tr::tr("column \"%1\" has no median").arg(c.name));
            c.fill = m.toDouble();
        }
        state->columns.push_back(std::move(c));
    }
    if (state->columns.empty())
        return bad(Tr::tr("it has no columns"));

    for (const QJsonValue &v : json.value(QLatin1String("engineered")).toArray()) {
        const QJsonObject o = v.toObject();
        FittedEngineered e;
        if (!fromMachineName(o.value(QLatin1String("feature")).toString(), &e.feature))
            return bad(Tr::tr("an engineered feature is unknown"));
        for (const QJsonValue &in : o.value(QLatin1String("inputs")).toArray()) {
            auto it = std::find_if(state->columns.begin(), state->columns.end(),
                                   [&](const FittedColumn &c) { return c.name == in.toString(); });
            if (it == state->columns.end())
                return bad(Tr::tr("an engineered feature reads an unknown column"));
            e.inputs.push_back(int(it - state->columns.begin()));
        }
        const size_t wanted = e.feature == EngineeredFeature::TenureBins || e.feature == EngineeredFeature::ContractNumber
            ? 1 : e.feature == EngineeredFeature::ServiceCount ? e.inputs.size() : 2;
        if (e.inputs.size() != wanted || e.inputs.empty())
            return bad(Tr::tr("an engineered feature has the wrong inputs"));
        for (int i : e.inputs) {
            const bool coded = state->columns[size_t(i)].isCoded();
            const bool needsCoded = e.feature == EngineeredFeature::ContractNumber;
            if (e.feature != EngineeredFeature::ServiceCount && coded != needsCoded)
                return bad(Tr::tr("an engineered feature reads a column of the wrong kind"));
        }
        if (e.feature == EngineeredFeature::ContractNumber) {
            for (const QJsonValue &x : o.value(QLatin1String("level_numbers")).toArray())
                e.slotNumber.push_back(x.toInt(-1));
            if (e.slotNumber.size() != size_t(state->columns[size_t(e.inputs[0])].levels.size()))
                return bad(Tr::tr("the contract numbers do not match the contract levels"));
        }
        if (e.feature == EngineeredFeature::ServiceCount) {
            const QJsonArray use = o.value(QLatin1String("levels_in_use")).toArray();
            if (use.size() != qsizetype(e.inputs.size()))
                return bad(Tr::tr("the services in use do not match the service columns"));
            for (qsizetype k = 0; k < use.size(); ++k) {
                std::vector<uint8_t> u;
                for (const QJsonValue &x : use[k].toArray())
                    u.push_back(x.toInt() != 0 ? 1 : 0);
                const FittedColumn &c = state->columns[size_t(e.inputs[size_t(k)])];
                if (c.isCoded() && u.size() != size_t(c.levels.size()))
                    return bad(Tr::tr("the services in use do not match the service columns"));
                e.slotInUse.push_back(std::move(u));
            }
        }
        state->engineered.push_back(std::move(e));
    }
    state->buildLayout();

    const QJsonArray features = json.value(QLatin1String("features")).toArray();
    if (features.size() != state->featureCount())
        return bad(Tr::tr("it lists %1 features, its columns make %2").arg(features.size()).arg(state->featureCount()));
    for (int f = 0; f < state->featureCount(); ++f) {
        const QJsonObject o = features[f].toObject();
        if (o.value(QLatin1String("name")).toString() != state->names[f])
            return bad(Tr::tr("feature %1 is \"%2\", expected \"%3\"")
                           .arg(f + 1).arg(o.value(QLatin1String("name")).toString(), state->names[f]));
        if (state->options.scale && state->scaled[size_t(f)]) {
            const double mean = o.value(QLatin1String("mean")).toDouble(std::nan(""));
            const double scale = o.value(QLatin1String("scale")).toDouble(std::nan(""));
            if (!std::isfinite(mean) || !std::isfinite(scale) || scale <= 0)
                return bad(Tr::tr("feature \"%1\" has no scaling").arg(state->names[f]));
            state->mean[size_t(f)] = mean;
            state->scale[size_t(f)] = scale;
        }
    }
    return FittedPreparation(std::move(state));
}

} // namespace churnlens
