#include "runcomparison.h"

#include "common/format.h"
#include "ml/binarymetrics.h"
#include "ml/imbalanceoptions.h"
#include "modelstext.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace churnlens {

namespace {

using Entries = QList<std::pair<QString, QString>>;

QString joinKey(const QString &prefix, const QString &segment)
{
    return prefix.isEmpty() ? segment : prefix + QLatin1Char('.') + segment;
}

QString lastSegment(const QString &key)
{
    return key.mid(key.lastIndexOf(QLatin1Char('.')) + 1);
}

QString numberText(double v)
{
    if (!std::isfinite(v))
        return format::missing();
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QLocale().toString(qint64(v));
    return QLocale().toString(v, 'g', 4);
}

// Values stored as machine names, in words.
QString valueText(const QString &key, const QJsonValue &v)
{
    const QString last = lastSegment(key);
    if (v.isBool())
        return v.toBool() ? RunComparison::tr("Yes") : RunComparison::tr("No");
    if (v.isNull() || v.isUndefined())
        return format::missing();
    if (v.isDouble()) {
        if (last == QLatin1String("seconds"))
            return format::seconds(v.toDouble());
        return numberText(v.toDouble());
    }
    const QString s = v.toString();
    if (key == QLatin1String("best") || last == QLatin1String("model"))
        return ModelsText::family(s);
    if (key == QLatin1String("imbalance")) {
        ImbalanceStrategy strategy;
        return fromMachineName(s, &strategy) ? toString(strategy) : s;
    }
    if (key == QLatin1String("tuning")) {
        if (s == QLatin1String("none"))
            return RunComparison::tr("None — standard settings");
        if (s == QLatin1String("grid"))
            return RunComparison::tr("Grid search");
        if (s == QLatin1String("random"))
            return RunComparison::tr("Random search");
        if (s == QLatin1String("auto"))
            return RunComparison::tr("Automatic search");
    }
    if (key == QLatin1String("threshold_policy.policy")) {
        if (s == QLatin1String("f1"))
            return RunComparison::tr("Best F1");
        if (s == QLatin1String("profit"))
            return RunComparison::tr("Best profit");
        if (s == QLatin1String("fixed"))
            return RunComparison::tr("Fixed");
    }
    if (key == QLatin1String("split.method")) {
        if (s == QLatin1String("holdout"))
            return RunComparison::tr("A random share");
        if (s == QLatin1String("test_ids"))
            return RunComparison::tr("A list of customer ids");
    }
    if (key == QLatin1String("data_fingerprint") && s.size() > 12)
        return s.left(12) + QStringLiteral("…");
    return s;
}

// The field that names an element of an array of objects, so that arrays line up by name.
QString nameOf(const QJsonObject &o)
{
    for (const char *field : {"name", "column", "model", "feature"}) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return {};
}

void flattenValue(const QString &key, const QJsonValue &value, Entries &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flattenValue(joinKey(key, it.key()), it.value(), out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        bool scalars = true;
        for (const QJsonValue &e : a)
            scalars = scalars && !e.isObject() && !e.isArray();
        if (scalars) {
            QStringList parts;
            for (const QJsonValue &e : a)
                parts << valueText(key, e);
            out.append({key, parts.isEmpty() ? format::missing() : parts.join(QStringLiteral(", "))});
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString name = a[i].isObject() ? nameOf(a[i].toObject()) : QString();
            flattenValue(joinKey(key, name.isEmpty() ? QString::number(i + 1) : name), a[i], out);
        }
        return;
    }
    out.append({key, valueText(key, value)});
}

void flattenModel(const QJsonObject &model, Entries &out)
{
    const QString prefix = QStringLiteral("models.") + model.value(QStringLiteral("model")).toString();
    flattenValue(prefix + QStringLiteral(".params"), model.value(QStringLiteral("params")), out);
    const QJsonObject cv = model.value(QStringLiteral("cv")).toObject();
    const QJsonObject test = model.value(QStringLiteral("test")).toObject();
    // What matters most first: the test metrics, then the cross-validated ones (mean ± spread).
    for (const QString &metric : BinaryMetrics::names()) {
        if (test.contains(metric))
            out.append({prefix + QStringLiteral(".test.") + metric, valueText({}, test.value(metric))});
    }
    for (const QString &metric : BinaryMetrics::names()) {
        if (!cv.contains(metric))
            continue;
        const QJsonObject s = cv.value(metric).toObject();
        QString text = valueText({}, s.value(QStringLiteral("mean")));
        if (s.value(QStringLiteral("std")).isDouble()) // two digits are all a spread says
            text += QStringLiteral(" ± ") + QLocale().toString(s.value(QStringLiteral("std")).toDouble(), 'g', 2);
        out.append({prefix + QStringLiteral(".cv.") + metric, text});
    }
    if (test.contains(QStringLiteral("threshold")))
        out.append({prefix + QStringLiteral(".test.threshold"), valueText({}, test.value(QStringLiteral("threshold")))});
    const QJsonObject confusion = test.value(QStringLiteral("confusion")).toObject();
    for (const char *cell : {"tp", "fn", "fp", "tn"}) {
        if (confusion.contains(QLatin1String(cell)))
            out.append({prefix + QStringLiteral(".test.confusion.") + QLatin1String(cell), valueText({}, confusion.value(QLatin1String(cell)))});
    }
    const QJsonArray search = model.value(QStringLiteral("search")).toArray();
    if (!search.isEmpty())
        out.append({prefix + QStringLiteral(".search"), QLocale().toString(search.size())});
    const QJsonObject importance = model.value(QStringLiteral("importance")).toObject();
    QStringList top;
    for (const QJsonValue &e : importance.value(QStringLiteral("top")).toArray()) {
        if (top.size() < 5)
            top << e.toObject().value(QStringLiteral("feature")).toString();
    }
    if (!top.isEmpty())
        out.append({prefix + QStringLiteral(".importance.top"), top.join(QStringLiteral(", "))});
    if (model.contains(QStringLiteral("seconds")))
        out.append({prefix + QStringLiteral(".seconds"), valueText(QStringLiteral("seconds"), model.value(QStringLiteral("seconds")))});
}

} // namespace

QList<std::pair<QString, QString>> RunComparison::flatten(const RunRecord &run)
{
    Entries out;
    out.append({QStringLiteral("run.data"), run.dataName});
    out.append({QStringLiteral("run.created"), ModelsText::when(run.created)});
    out.append({QStringLiteral("run.target"), run.target});
    out.append({QStringLiteral("run.customers.train"), format::count(run.trainRows)});
    out.append({QStringLiteral("run.customers.test"), format::count(run.testRows)});
    out.append({QStringLiteral("run.status"), run.status == QLatin1String("canceled") ? tr("Canceled") : tr("Finished")});
    out.append({QStringLiteral("run.seconds"), format::seconds(run.seconds)});
    out.append({QStringLiteral("run.note"), run.note});
    out.append({QStringLiteral("run.tags"), run.tags.join(QStringLiteral(", "))});

    const QJsonObject &report = run.report;
    // The run's own choices first, then each model, then how the data was prepared and where it ran.
    for (const char *key : {"best", "tuning", "imbalance", "seed", "features", "positive_label", "data_fingerprint"}) {
        if (report.contains(QLatin1String(key)))
            flattenValue(QLatin1String(key), report.value(QLatin1String(key)), out);
    }
    flattenValue(QStringLiteral("threshold_policy"), report.value(QStringLiteral("threshold_policy")), out);
    const QJsonObject split = report.value(QStringLiteral("split")).toObject();
    for (auto it = split.begin(); it != split.end(); ++it) {
        if (it.key() != QLatin1String("train_rows") && it.key() != QLatin1String("test_rows")) // the run's own columns
            flattenValue(QStringLiteral("split.") + it.key(), it.value(), out);
    }
    QStringList issues;
    for (const QJsonValue &i : report.value(QStringLiteral("issues")).toArray())
        issues << i.toObject().value(QStringLiteral("message")).toString();
    if (!issues.isEmpty())
        out.append({QStringLiteral("issues"), issues.join(QStringLiteral("\n"))});
    for (const QJsonValue &m : report.value(QStringLiteral("models")).toArray())
        flattenModel(m.toObject(), out);
    // Anything else a newer version records, so that nothing is hidden from a comparison.
    static const QStringList known{QStringLiteral("best"), QStringLiteral("tuning"), QStringLiteral("imbalance"), QStringLiteral("seed"),
                                   QStringLiteral("features"), QStringLiteral("positive_label"), QStringLiteral("data_fingerprint"),
                                   QStringLiteral("threshold_policy"), QStringLiteral("split"), QStringLiteral("issues"),
                                   QStringLiteral("models"), QStringLiteral("target"), QStringLiteral("seconds")};
    for (auto it = report.begin(); it != report.end(); ++it) {
        if (!known.contains(it.key()))
            flattenValue(it.key(), it.value(), out);
    }
    flattenValue(QStringLiteral("settings"), run.settings, out);
    return out;
}

QList<ComparisonRow> RunComparison::compare(const QList<RunRecord> &runs)
{
    QList<ComparisonRow> rows;
    QHash<QString, qsizetype> at;
    for (qsizetype r = 0; r < runs.size(); ++r) {
        qsizetype previous = -1; // a key new with this run goes after the key before it
        for (const auto &[key, value] : flatten(runs[r])) {
            auto it = at.find(key);
            if (it == at.end()) {
                const qsizetype pos = previous + 1 <= rows.size() && previous >= 0 ? previous + 1 : rows.size();
                ComparisonRow row;
                row.key = key;
                row.label = label(key);
                for (qsizetype i = 0; i < runs.size(); ++i)
                    row.values << QString();
                rows.insert(pos, row);
                for (auto h = at.begin(); h != at.end(); ++h) {
                    if (h.value() >= pos)
                        ++h.value();
                }
                it = at.insert(key, pos);
            }
            rows[it.value()].values[r] = value;
            previous = it.value();
        }
    }
    for (ComparisonRow &row : rows) {
        for (const QString &v : row.values)
            row.differs = row.differs || v != row.values.first();
    }
    return rows;
}

} // namespace churnlens
