#include "exportlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>

namespace churnlens {

QJsonObject ExportRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("when"), when.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("file"), file},
        {QStringLiteral("format"), format},
        {QStringLiteral("model"), model},
        {QStringLiteral("threshold"), std::isfinite(threshold) ? QJsonValue(threshold) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("rows"), double(rows)},
        {QStringLiteral("selection"), selection},
        {QStringLiteral("source"), source},
    };
}

Result<ExportRecord> ExportRecord::fromJson(const QJsonObject &json)
{
    ExportRecord r;
    r.when = QDateTime::fromString(json.value(QLatin1String("when")).toString(), Qt::ISODateWithMs);
    r.file = json.value(QLatin1String("file")).toString();
    const QJsonValue rows = json.value(QLatin1String("rows"));
    if (!r.when.isValid() || r.file.isEmpty() || !rows.isDouble() || rows.toDouble() < 0)
        return makeError(ErrorCode::BadInput, Tr::tr("An export record needs a time, a file and a row count."));
    r.when = r.when.toUTC();
    r.rows = qsizetype(rows.toDouble());
    r.format = json.value(QLatin1String("format")).toString();
    r.model = json.value(QLatin1String("model")).toString();
    const QJsonValue t = json.value(QLatin1String("threshold"));
    if (t.isDouble())
        r.threshold = t.toDouble();
    r.selection = json.value(QLatin1String("selection")).toString();
    r.source = json.value(QLatin1String("source")).toString();
    return r;
}

ExportLog::ExportLog(QString path)
    : m_path(std::move(path))
{
}

QString ExportLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/churnlens/exports.jsonl");
}

Result<void> ExportLog::append(const ExportRecord &record) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = m_path;
        e.message = Tr::tr("Cannot open the export log: %1.").arg(file.errorString());
        return std::unexpected(e);
    }
    QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (file.write(line) != line.size() || !file.flush()) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = m_path;
        e.message = Tr::tr("Cannot write to the export log: %1.").arg(file.errorString());
        return std::unexpected(e);
    }
    return {};
}

Result<QList<ExportRecord>> ExportLog::read(QList<Issue> *issues) const
{
    QList<ExportRecord> records;
    QFile file(m_path);
    if (!file.exists())
        return records;
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = m_path;
        e.message = Tr::tr("Cannot read the export log: %1.").arg(file.errorString());
        return std::unexpected(e);
    }
    qint64 lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        Result<ExportRecord> record = doc.isObject()
            ? ExportRecord::fromJson(doc.object())
            : Result<ExportRecord>(makeError(ErrorCode::BadInput, parseError.errorString()));
        if (record) {
            records.append(*record);
        } else if (issues) {
            Issue issue;
            issue.file = m_path;
            issue.line = lineNumber;
            issue.message = Tr::tr("Skipped a damaged export record: %1").arg(record.error().message);
            issues->append(issue);
        }
    }
    return records;
}

} // namespace churnlens
