#include "workspacestate.h"

#include "columnroles.h"
#include "scoringcontext.h"
#include "services/projectrecorder.h"
#include "services/trainresults.h"
#include "workspace.h"

#include <QFileInfo>
#include <QJsonArray>

#include <array>
#include <utility>

namespace churnlens {

namespace {

constexpr std::array<std::pair<DataSource::Kind, const char *>, 3> Kinds{
    {{DataSource::Kind::Csv, "csv"}, {DataSource::Kind::Sqlite, "sqlite"}, {DataSource::Kind::Sql, "sql"}}};
constexpr std::array<std::pair<TextEncoding, const char *>, 5> Encodings{{{TextEncoding::Auto, "auto"},
                                                                          {TextEncoding::Utf8, "utf-8"},
                                                                          {TextEncoding::Utf16LE, "utf-16le"},
                                                                          {TextEncoding::Utf16BE, "utf-16be"},
                                                                          {TextEncoding::Latin1, "latin-1"}}};
constexpr std::array<std::pair<HeaderMode, const char *>, 3> Headers{
    {{HeaderMode::Auto, "auto"}, {HeaderMode::Yes, "yes"}, {HeaderMode::No, "no"}}};

template<typename E, size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &names, E value)
{
    for (const auto &[v, name] : names)
        if (v == value)
            return QLatin1String(name);
    return QLatin1String(names[0].second);
}

template<typename E, size_t N>
E valueOf(const std::array<std::pair<E, const char *>, N> &names, const QString &name)
{
    for (const auto &[v, n] : names)
        if (name == QLatin1String(n))
            return v;
    return names[0].first;
}

//! A single character as text ("" for 0, which means "sniff").
QString charText(char c)
{
    return c ? QString(QLatin1Char(c)) : QString();
}

char charOf(const QJsonValue &value, char fallback)
{
    const QString text = value.toString();
    return text.size() == 1 && text[0].unicode() < 128 ? char(text[0].unicode()) : fallback;
}

QJsonObject csvToJson(const CsvOptions &csv)
{
    return {{QStringLiteral("delimiter"), charText(csv.delimiter)},
            {QStringLiteral("quote"), charText(csv.quote)},
            {QStringLiteral("decimal"), charText(csv.decimal)},
            {QStringLiteral("encoding"), nameOf(Encodings, csv.encoding)},
            {QStringLiteral("header"), nameOf(Headers, csv.header)},
            {QStringLiteral("missing"), QJsonArray::fromStringList(csv.missingTokens)},
            {QStringLiteral("whitespace_is_missing"), csv.whitespaceIsMissing}};
}

CsvOptions csvFromJson(const QJsonObject &json)
{
    CsvOptions csv;
    csv.delimiter = charOf(json.value(QStringLiteral("delimiter")), 0);
    csv.quote = charOf(json.value(QStringLiteral("quote")), '"');
    csv.decimal = charOf(json.value(QStringLiteral("decimal")), 0);
    csv.encoding = valueOf(Encodings, json.value(QStringLiteral("encoding")).toString());
    csv.header = valueOf(Headers, json.value(QStringLiteral("header")).toString());
    if (json.value(QStringLiteral("missing")).isArray()) {
        csv.missingTokens.clear();
        for (const QJsonValue &v : json.value(QStringLiteral("missing")).toArray())
            csv.missingTokens << v.toString();
    }
    csv.whitespaceIsMissing = json.value(QStringLiteral("whitespace_is_missing")).toBool(true);
    return csv;
}

bool isFile(const DataSource &source)
{
    return source.kind != DataSource::Kind::Sql && source.path != QLatin1String("-");
}

} // namespace

QJsonObject dataSourceToJson(const DataSource &source)
{
    QJsonObject o{{QStringLiteral("kind"), nameOf(Kinds, source.kind)}};
    if (source.kind == DataSource::Kind::Sql) {
        // Never the password: whoever opens the project is asked for it by the database.
        o.insert(QStringLiteral("connection"), QJsonObject{{QStringLiteral("driver"), source.sql.driver},
                                                           {QStringLiteral("host"), source.sql.host},
                                                           {QStringLiteral("port"), source.sql.port},
                                                           {QStringLiteral("database"), source.sql.database},
                                                           {QStringLiteral("user"), source.sql.user}});
    } else {
        o.insert(QStringLiteral("path"), source.path);
    }
    if (source.kind == DataSource::Kind::Csv)
        o.insert(QStringLiteral("csv"), csvToJson(source.csv));
    if (!source.table.isEmpty())
        o.insert(QStringLiteral("table"), source.table);
    if (!source.query.isEmpty())
        o.insert(QStringLiteral("query"), source.query);
    return o;
}

Result<DataSource> dataSourceFromJson(const QJsonObject &json)
{
    DataSource s;
    s.kind = valueOf(Kinds, json.value(QStringLiteral("kind")).toString());
    s.path = json.value(QStringLiteral("path")).toString();
    s.csv = csvFromJson(json.value(QStringLiteral("csv")).toObject());
    const QJsonObject c = json.value(QStringLiteral("connection")).toObject();
    s.sql.driver = c.value(QStringLiteral("driver")).toString(s.sql.driver);
    s.sql.host = c.value(QStringLiteral("host")).toString(s.sql.host);
    s.sql.port = c.value(QStringLiteral("port")).toInt(s.sql.port);
    s.sql.database = c.value(QStringLiteral("database")).toString();
    s.sql.user = c.value(QStringLiteral("user")).toString();
    s.table = json.value(QStringLiteral("table")).toString();
    s.query = json.value(QStringLiteral("query")).toString();
    if (s.kind == DataSource::Kind::Sql ? s.sql.database.isEmpty() : s.path.isEmpty())
        return makeError(ErrorCode::BadInput, Tr::tr("The project's data source is incomplete."));
    return s;
}

WorkspaceState WorkspaceState::of(const Workspace &workspace)
{
    WorkspaceState s;
    if (workspace.hasTable()) {
        s.source = workspace.source();
        s.source->sql.password.clear();
        if (isFile(*s.source))
            s.source->path = QFileInfo(s.source->path).absoluteFilePath();
        s.fingerprint = workspace.dataFingerprint();
        s.columns = ColumnRoles::of(*workspace.table());
    }
    const ScoringContext *scoring = workspace.scoring();
    s.model = scoring->modelChoice();
    if (scoring->origin() == ScoringContext::Origin::Trained && scoring->trainedRun())
        s.model.run = workspace.recorder()->projectRunOf(scoring->trainedRun()->runId);
    s.train = workspace.trainSettings();
    s.campaign = workspace.campaignSettings();
    s.labels = workspace.fieldLabels();
    return s;
}

QJsonObject WorkspaceState::toJson(const QDir &projectFolder) const
{
    QJsonObject o{{QStringLiteral("format"), Format}, {QStringLiteral("model"), model.toJson()}};
    if (source) {
        QJsonObject data{{QStringLiteral("source"), dataSourceToJson(*source)},
                         {QStringLiteral("fingerprint"), fingerprint},
                         {QStringLiteral("columns"), columns}};
        if (isFile(*source))
            data.insert(QStringLiteral("relative_path"), projectFolder.relativeFilePath(source->path));
        o.insert(QStringLiteral("data"), data);
    }
    if (!labels.isEmpty())
        o.insert(QStringLiteral("labels"), labels.toJson());
    if (!train.isEmpty())
        o.insert(QStringLiteral("train"), train);
    if (!campaign.isEmpty())
        o.insert(QStringLiteral("campaign"), campaign);
    return o;
}

Result<WorkspaceState> WorkspaceState::fromJson(const QJsonObject &json, const QDir &projectFolder)
{
    WorkspaceState s;
    if (json.value(QStringLiteral("format")).toInt(Format) > Format)
        return makeError(ErrorCode::BadInput, Tr::tr("The saved workspace was written by a newer ChurnLens."),
                         Tr::tr("Open the project with the newer ChurnLens, or update this one."));
    if (json.contains(QStringLiteral("data"))) {
        const QJsonObject data = json.value(QStringLiteral("data")).toObject();
        auto source = dataSourceFromJson(data.value(QStringLiteral("source")).toObject());
        if (!source)
            return std::unexpected(source.error());
        const QString relative = data.value(QStringLiteral("relative_path")).toString();
        if (isFile(*source) && !QFileInfo::exists(source->path) && !relative.isEmpty()) {
            const QString moved = QDir::cleanPath(projectFolder.absoluteFilePath(relative));
            if (QFileInfo::exists(moved))
                source->path = moved;
        }
        s.source = *source;
        s.fingerprint = data.value(QStringLiteral("fingerprint")).toString();
        s.columns = data.value(QStringLiteral("columns")).toObject();
    }
    if (json.contains(QStringLiteral("model"))) {
        auto model = ModelChoice::fromJson(json.value(QStringLiteral("model")).toObject());
        if (!model)
            return std::unexpected(model.error());
        s.model = *model;
    }
    s.train = json.value(QStringLiteral("train")).toObject();
    s.campaign = json.value(QStringLiteral("campaign")).toObject();
    s.labels = FieldLabels::fromJson(json.value(QStringLiteral("labels")).toObject());
    return s;
}

} // namespace churnlens
