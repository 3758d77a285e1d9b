// Profile::toJson(): the machine-readable profile. Keys are documented in docs/profile-json.md;
// scripts rely on them, so add keys freely but never rename or remove one.
#include "profile.h"

#include <QJsonArray>

#include <cmath>

namespace churnlens {

namespace {

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(qsizetype n)
{
    return QJsonValue(double(n));
}

QJsonObject numericStats(const NumericSummary &s)
{
    return QJsonObject{
        {QStringLiteral("mean"), num(s.mean)},
        {QStringLiteral("std"), num(s.std)},
        {QStringLiteral("min"), num(s.min)},
        {QStringLiteral("q1"), num(s.q1)},
        {QStringLiteral("median"), num(s.median)},
        {QStringLiteral("q3"), num(s.q3)},
        {QStringLiteral("max"), num(s.max)},
        {QStringLiteral("skewness"), num(s.skewness)},
        {QStringLiteral("iqr"), num(s.iqr())},
        {QStringLiteral("negatives"), count(s.negatives)},
        {QStringLiteral("zeros"), count(s.zeros)},
        {QStringLiteral("outliers"),
         QJsonObject{
             {QStringLiteral("rule"), QStringLiteral("iqr_1.5")},
             {QStringLiteral("lower_fence"), num(s.lowerFence)},
             {QStringLiteral("upper_fence"), num(s.upperFence)},
             {QStringLiteral("low"), count(s.outliersLow)},
             {QStringLiteral("high"), count(s.outliersHigh)},
             {QStringLiteral("count"), count(s.outliers())},
             {QStringLiteral("share"), num(s.outlierShare())},
             {QStringLiteral("whisker_low"), num(s.whiskerLow)},
             {QStringLiteral("whisker_high"), num(s.whiskerHigh)},
         }},
    };
}

QJsonArray counts(const std::vector<qsizetype> &v)
{
    QJsonArray a;
    for (qsizetype n : v)
        a.append(double(n));
    return a;
}

QJsonObject histogram(const Histogram &h)
{
    QJsonArray edges;
    for (double e : h.edges)
        edges.append(num(e));
    return QJsonObject{{QStringLiteral("edges"), edges},
                       {QStringLiteral("churned"), counts(h.churned)},
                       {QStringLiteral("stayed"), counts(h.stayed)},
                       {QStringLiteral("unknown"), counts(h.unknown)},
                       {QStringLiteral("below"), double(h.below)},
                       {QStringLiteral("above"), double(h.above)},
                       {QStringLiteral("whole_numbers"), h.wholeNumbers}};
}

QJsonObject columnEntry(const ColumnProfile &c)
{
    QJsonObject o{
        {QStringLiteral("name"), c.name},
        {QStringLiteral("type"), machineName(c.type)},
        {QStringLiteral("role"), machineName(c.role)},
        {QStringLiteral("semantic"), machineName(c.semantic)},
        {QStringLiteral("count"), count(c.count)},
        {QStringLiteral("missing"), count(c.missing)},
        {QStringLiteral("missing_share"), num(c.missingShare())},
        {QStringLiteral("unique"), count(c.distinct)},
        {QStringLiteral("constant"), c.constant},
        {QStringLiteral("id_like"), c.idLike},
    };
    if (c.numeric) {
        const QJsonObject stats = numericStats(*c.numeric);
        for (const char *key : {"mean", "std", "min", "median", "max"})
            o.insert(QLatin1String(key), stats.value(QLatin1String(key)));
    } else if (!c.levels.empty()) {
        o.insert(QStringLiteral("top_level"), c.levels.front().label);
        o.insert(QStringLiteral("top_count"), count(c.levels.front().count));
    }
    return o;
}

QJsonObject columnStats(const ColumnProfile &c)
{
    QJsonObject o;
    if (c.numeric) {
        o = numericStats(*c.numeric);
        o.insert(QStringLiteral("kind"), QStringLiteral("numeric"));
        if (c.churnedNumeric && c.stayedNumeric) {
            o.insert(QStringLiteral("by_churn"), QJsonObject{{QStringLiteral("churned"), numericStats(*c.churnedNumeric)},
                                                             {QStringLiteral("stayed"), numericStats(*c.stayedNumeric)}});
        }
        if (c.histogram)
            o.insert(QStringLiteral("histogram"), histogram(*c.histogram));
    } else {
        o.insert(QStringLiteral("kind"), QStringLiteral("levels"));
        QJsonArray levels;
        for (const LevelCount &l : c.levels) {
            levels.append(QJsonObject{{QStringLiteral("label"), l.label},
                                      {QStringLiteral("count"), count(l.count)},
                                      {QStringLiteral("share"), num(c.count ? double(l.count) / double(c.count) : NAN)}});
        }
        o.insert(QStringLiteral("levels"), levels);
        o.insert(QStringLiteral("other_levels"), count(c.otherLevels));
        o.insert(QStringLiteral("other_count"), count(c.otherCount));
    }
    o.insert(QStringLiteral("count"), count(c.count));
    o.insert(QStringLiteral("missing"), count(c.missing));
    o.insert(QStringLiteral("distinct"), count(c.distinct));
    return o;
}

QJsonObject breakdown(const ChurnBreakdown &b)
{
    const bool bins = b.kind != ChurnBreakdown::Kind::Levels;
    QJsonArray groups;
    for (const ChurnGroup &g : b.groups) {
        QJsonObject o{
            {QStringLiteral("label"), g.label},
            {QStringLiteral("count"), count(g.count)},
            {QStringLiteral("churned"), count(g.churned)},
            {QStringLiteral("rate"), num(g.rate())},
            {QStringLiteral("ci_low"), num(g.ciLow)},
            {QStringLiteral("ci_high"), num(g.ciHigh)},
        };
        if (bins && !g.isMissing) {
            o.insert(QStringLiteral("lower"), num(g.lower));
            o.insert(QStringLiteral("upper"), num(g.upper));
            o.insert(QStringLiteral("lower_closed"), g.lowerClosed);
        }
        if (g.isMissing)
            o.insert(QStringLiteral("missing"), true);
        if (g.isOther) {
            o.insert(QStringLiteral("other"), true);
            o.insert(QStringLiteral("pooled_levels"), count(g.pooledLevels));
        }
        groups.append(o);
    }
    return QJsonObject{{QStringLiteral("column"), b.name},
                       {QStringLiteral("kind"), ChurnBreakdown::machineName(b.kind)},
                       {QStringLiteral("groups"), groups}};
}

QString severityName(Issue::Severity s)
{
    switch (s) {
    case Issue::Severity::Info: return QStringLiteral("info");
    case Issue::Severity::Warning: return QStringLiteral("warning");
    case Issue::Severity::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace

QJsonObject Profile::toJson() const
{
    QJsonArray columnArray, constant, idLike;
    QJsonObject stats;
    for (const ColumnProfile &c : columns) {
        columnArray.append(columnEntry(c));
        stats.insert(c.name, columnStats(c));
        if (c.constant)
            constant.append(c.name);
        if (c.idLike)
            idLike.append(c.name);
    }
    QJsonArray byLevel, byBin;
    for (const ChurnBreakdown &b : churnByLevel)
        byLevel.append(breakdown(b));
    for (const ChurnBreakdown &b : churnByBin)
        byBin.append(breakdown(b));

    QJsonArray ranking;
    for (const FeatureAssociation &a : association) {
        ranking.append(QJsonObject{
            {QStringLiteral("column"), a.name},
            {QStringLiteral("kind"), a.numeric ? QStringLiteral("numeric") : QStringLiteral("categorical")},
            {QStringLiteral("score"), num(a.score())},
            {QStringLiteral("cramers_v"), num(a.cramersV)},
            {QStringLiteral("mutual_information_bits"), num(a.mutualInformation)},
            {QStringLiteral("auc"), num(a.auc)},
            {QStringLiteral("somers_d"), num(a.somersD())},
            {QStringLiteral("groups"), a.groups},
            {QStringLiteral("n"), count(a.n)},
        });
    }

    const int k = correlation.size();
    QJsonArray matrix, pairs;
    for (int i = 0; i < k; ++i) {
        QJsonArray row, rowN;
        for (int j = 0; j < k; ++j) {
            row.append(num(correlation.at(i, j)));
            rowN.append(count(correlation.pairs(i, j)));
        }
        matrix.append(row);
        pairs.append(rowN);
    }

    QJsonArray warningArray;
    for (const ProfileWarning &w : warnings) {
        warningArray.append(QJsonObject{{QStringLiteral("kind"), ProfileWarning::machineName(w.kind)},
                                        {QStringLiteral("severity"), severityName(w.severity)},
                                        {QStringLiteral("column"), w.column.isEmpty() ? QJsonValue() : QJsonValue(w.column)},
                                        {QStringLiteral("message"), w.message},
                                        {QStringLiteral("hint"), w.hint}});
    }

    QJsonArray examples;
    for (const auto &[row, of] : duplicates.examples)
        examples.append(QJsonObject{{QStringLiteral("row"), count(row)}, {QStringLiteral("duplicate_of"), count(of)}});

    const bool hasTarget = target >= 0;
    return QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("rows"), count(rows)},
        {QStringLiteral("columns"), columnArray},
        {QStringLiteral("target"), hasTarget ? QJsonValue(targetName) : QJsonValue()},
        {QStringLiteral("positive_label"), hasTarget ? QJsonValue(positiveLabel) : QJsonValue()},
        {QStringLiteral("churn_rate"), num(churnRate())},
        {QStringLiteral("class_balance"),
         QJsonObject{{QStringLiteral("churned"), count(churned)},
                     {QStringLiteral("stayed"), count(stayed)},
                     {QStringLiteral("unknown"), count(targetMissing)}}},
        {QStringLiteral("rows_with_missing"), count(rowsWithMissing)},
        {QStringLiteral("rows_with_missing_share"), num(rowsWithMissingShare())},
        {QStringLiteral("duplicates"),
         QJsonObject{{QStringLiteral("computed"), duplicates.computed},
                     {QStringLiteral("rows"), count(duplicates.duplicateRows)},
                     {QStringLiteral("share"), num(rows ? double(duplicates.duplicateRows) / double(rows) : NAN)},
                     {QStringLiteral("ignored_columns"), QJsonArray::fromStringList(duplicates.ignoredColumns)},
                     {QStringLiteral("examples"), examples}}},
        {QStringLiteral("constant_columns"), constant},
        {QStringLiteral("id_like_columns"), idLike},
        {QStringLiteral("column_stats"), stats},
        {QStringLiteral("confidence_level"), confidence},
        {QStringLiteral("churn_by_level"), byLevel},
        {QStringLiteral("churn_by_bin"), byBin},
        {QStringLiteral("association"),
         QJsonObject{{QStringLiteral("method"), associationMethod()},
                     {QStringLiteral("description"), associationDescription()},
                     {QStringLiteral("ranking"), ranking}}},
        {QStringLiteral("correlation"),
         QJsonObject{{QStringLiteral("method"), QStringLiteral("pearson_pairwise_complete")},
                     {QStringLiteral("columns"), QJsonArray::fromStringList(correlation.names)},
                     {QStringLiteral("matrix"), matrix},
                     {QStringLiteral("pairs"), pairs}}},
        {QStringLiteral("warnings"), warningArray},
        {QStringLiteral("profile_seconds"), seconds},
    };
}

} // namespace churnlens
