// churnlens-cli profile: load a file or table, infer its schema and summarise it.
#include "cliutil.h"

#include "services/loadservice.h"
#include "eda/profiler.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

namespace churnlens::cli {
namespace {

QString encodingName(const LoadResult &result)
{
    if (result.table.sourceName().isEmpty() || result.csvOptions.encoding == TextEncoding::Auto)
        return {}; // not read from text (a database)
    switch (result.csvOptions.encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case TextEncoding::Latin1: return QStringLiteral("latin-1");
    case TextEncoding::Auto: break;
    }
    return {};
}

// Without a full profile (--no-stats): the load summary only.
QJsonObject loadJson(const LoadResult &result)
{
    const DataTable &t = result.table;
    QJsonArray columns;
    for (const Column &c : t.columns()) {
        columns.append(QJsonObject{
            {QStringLiteral("name"), c.name()},
            {QStringLiteral("type"), machineName(c.type())},
            {QStringLiteral("role"), machineName(c.role())},
            {QStringLiteral("semantic"), machineName(c.semantic())},
            {QStringLiteral("missing"), double(c.missingCount())},
            {QStringLiteral("unique"), double(c.distinctCount())},
        });
    }
    QJsonArray warnings;
    for (const Issue &issue : result.issues)
        warnings.append(issue.toString());
    const int target = t.targetIndex();
    const double rate = t.churnRate();
    QJsonObject o{
        {QStringLiteral("source"), t.sourceName()},
        {QStringLiteral("rows"), double(t.rowCount())},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("target"), target >= 0 ? QJsonValue(t.column(target).name()) : QJsonValue()},
        {QStringLiteral("positive_label"), target >= 0 ? QJsonValue(t.positiveLabel()) : QJsonValue()},
        {QStringLiteral("churn_rate"), std::isnan(rate) ? QJsonValue() : QJsonValue(rate)},
        {QStringLiteral("rows_with_missing"), double(t.rowsWithMissing())},
        {QStringLiteral("load_seconds"), result.seconds},
        {QStringLiteral("load_warnings"), warnings},
    };
    if (const QString encoding = encodingName(result); !encoding.isEmpty())
        o.insert(QStringLiteral("encoding"), encoding);
    return o;
}

QJsonObject profileJson(const LoadResult &result, const Profile *profile)
{
    QJsonObject o = loadJson(result);
    if (!profile)
        return o;
    const QJsonObject full = profile->toJson();
    for (auto it = full.begin(); it != full.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString driversText(const Profile &profile)
{
    QString s = Tr::tr("\n  What goes with churn (Cramér's V: 0 = no link, 1 = decides churn):\n");
    int shown = 0;
    for (const FeatureAssociation &a : profile.association) {
        if (shown++ == 10)
            break;
        s += QStringLiteral("  %1 %2\n").arg(a.name.left(24).leftJustified(24)).arg(a.score(), 0, 'f', 3);
    }
    for (const ChurnBreakdown &b : profile.churnByLevel) {
        const ChurnBreakdown *contract = &b;
        if (profile.columns[size_t(b.column)].semantic != Semantic::Contract)
            continue;
        s += Tr::tr("\n  Churn by %1:\n").arg(profile.columns[size_t(b.column)].name);
        for (const ChurnGroup &g : contract->groups)
            s += QStringLiteral("  %1 %2 %3\n").arg(g.label.left(24).leftJustified(24), formatPercent(g.rate()).rightJustified(8),
                                                      Tr::tr("of %1").arg(formatCount(g.count)));
    }
    return s;
}

QString profileText(const LoadResult &result, const Profile *profile)
{
    const DataTable &t = result.table;
    QString s;
    s += Tr::tr("%1\n").arg(t.sourceName());
    s += Tr::tr("  %1 customers, %2 columns, loaded in %3 s\n")
             .arg(formatCount(t.rowCount()))
             .arg(t.columnCount())
             .arg(result.seconds, 0, 'f', 3);
    if (const QString encoding = encodingName(result); !encoding.isEmpty())
        s += Tr::tr("  Text encoding: %1%2\n").arg(encoding, result.hadBom ? Tr::tr(" (byte-order mark)") : QString());
    const int target = t.targetIndex();
    if (target >= 0) {
        s += Tr::tr("  Churn column: %1 (churned = \"%2\"), churn rate %3\n")
                 .arg(t.column(target).name(), t.positiveLabel(), formatPercent(t.churnRate()));
    } else {
        s += Tr::tr("  No churn column found: pass --target COLUMN.\n");
    }
    const qint64 withMissing = t.rowsWithMissing();
    s += Tr::tr("  Customers with a missing value: %1 (%2)\n")
             .arg(formatCount(withMissing))
             .arg(formatPercent(t.rowCount() ? double(withMissing) / double(t.rowCount()) : 0.0, 1));
    s += QLatin1Char('\n');
    s += QStringLiteral("  %1 %2 %3 %4 %5\n")
             .arg(Tr::tr("Column").leftJustified(24), Tr::tr("Type").leftJustified(10), Tr::tr("Role").leftJustified(16),
                  Tr::tr("Missing").rightJustified(10), Tr::tr("Distinct").rightJustified(10));
    for (const Column &c : t.columns()) {
        s += QStringLiteral("  %1 %2 %3 %4 %5\n")
                 .arg(c.name().left(24).leftJustified(24), toString(c.type()).leftJustified(10),
                      toString(c.role()).leftJustified(16), formatCount(c.missingCount()).rightJustified(10),
                      formatCount(c.distinctCount()).rightJustified(10));
    }
    if (profile)
        s += driversText(*profile);
    QStringList warnings;
    for (const Issue &issue : result.issues)
        warnings << issue.toString();
    if (profile) {
        for (const ProfileWarning &w : profile->warnings)
            warnings << w.message;
    }
    if (!warnings.isEmpty()) {
        s += Tr::tr("\n  Warnings:\n");
        for (const QString &w : std::as_const(warnings))
            s += QStringLiteral("  - %1\n").arg(w);
    }
    return s;
}

int runProfile(const QStringList &arguments)
{
    const QString command = QStringLiteral("profile");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("CSV/TSV file, or a SQLite file (.sqlite, .db)."));
    addTargetOption(p);
    addSqliteOptions(p);
    p.addOption({QStringLiteral("no-stats"), Tr::tr("Only load and infer the schema; skip the statistics.")});
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Load customer data and summarise it: columns, types, roles, churn rate."),
                                      arguments, 1, 1); code >= 0)
        return code;
    if (p.isSet(QStringLiteral("table")) && p.isSet(QStringLiteral("query")))
        return usageError(command, Tr::tr("use either --table or --query, not both"));

    const QString path = p.positionalArguments().first();
    DataSource source = DataSource::fromPath(path);
    source.table = p.value(QStringLiteral("table"));
    source.query = p.value(QStringLiteral("query"));
    source.targetHint = p.value(QStringLiteral("target"));
    if (source.kind == DataSource::Kind::Csv && (!source.table.isEmpty() || !source.query.isEmpty()))
        return usageError(command, Tr::tr("--table and --query apply to SQLite files only"));

    ConsoleProgress progress(p.isSet(QStringLiteral("quiet")));
    progress.setText(Tr::tr("Loading"));
    SubProgress loadStep(&progress, 0.0, 0.5);
    auto loaded = LoadService::load(source, &loadStep);
    if (!loaded)
        return fail(loaded.error());
    if (!source.targetHint.isEmpty() && loaded->table.targetIndex() < 0)
        return usageError(command, Tr::tr("no column called \"%1\"").arg(source.targetHint));

    std::optional<Profile> profile;
    if (!p.isSet(QStringLiteral("no-stats"))) {
        progress.setText(Tr::tr("Profiling"));
        SubProgress profileStep(&progress, 0.5, 1.0);
        auto profiled = Profiler::run(loaded->table, ProfileOptions{}, &profileStep);
        if (!profiled)
            return fail(profiled.error());
        profile = std::move(*profiled);
    }
    progress.finish();

    const Profile *pp = profile ? &*profile : nullptr;
    if (p.isSet(QStringLiteral("json")))
        printJson(profileJson(*loaded, pp));
    else
        printOut(profileText(*loaded, pp));
    return ExitOk;
}

const CommandRegistration registration("profile", "Load data and summarise columns, types, roles and churn", runProfile);

} // namespace
} // namespace churnlens::cli
