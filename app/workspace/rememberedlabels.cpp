#include "rememberedlabels.h"

#include "settingswriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace churnlens {

namespace {
const QString SettingsKey = QStringLiteral("workspace/labelsByData");
const QString DataField = QStringLiteral("data");
const QString LabelsField = QStringLiteral("labels");

QJsonArray readAll()
{
    return QJsonDocument::fromJson(QSettings().value(SettingsKey).toByteArray()).array();
}

QString tableOrQuery(const DataSource &source)
{
    if (!source.table.isEmpty())
        return QStringLiteral("#table:") + source.table;
    if (!source.query.isEmpty())
        return QStringLiteral("#query:") + source.query.simplified();
    return {};
}
} // namespace

QString RememberedLabels::keyOf(const DataSource &source)
{
    switch (source.kind) {
    case DataSource::Kind::Csv:
    case DataSource::Kind::Sqlite:
        if (source.path.isEmpty() || source.path == QLatin1String("-"))
            return {};
        return QStringLiteral("file:") + QFileInfo(source.path).absoluteFilePath()
               + (source.kind == DataSource::Kind::Sqlite ? tableOrQuery(source) : QString());
    case DataSource::Kind::Sql:
        // The password is never part of it (nor saved anywhere).
        return QStringLiteral("sql:%1://%2@%3:%4/%5")
                   .arg(source.sql.driver, source.sql.user, source.sql.host, QString::number(source.sql.port),
                        source.sql.database)
               + tableOrQuery(source);
    }
    return {};
}

FieldLabels RememberedLabels::load(const QString &key)
{
    if (key.isEmpty())
        return {};
    for (const QJsonValue &v : readAll()) {
        if (v.toObject().value(DataField).toString() == key)
            return FieldLabels::fromJson(v.toObject().value(LabelsField).toObject());
    }
    return {};
}

void RememberedLabels::save(const QString &key, const FieldLabels &labels)
{
    if (key.isEmpty())
        return;
    QJsonArray kept;
    if (!labels.isEmpty())
        kept.append(QJsonObject{{DataField, key}, {LabelsField, labels.toJson()}}); // most recent first
    for (const QJsonValue &v : readAll()) {
        if (v.toObject().value(DataField).toString() != key && kept.size() < MaxSources)
            kept.append(v);
    }
    // Typed in the column panel on the GUI thread: written without waiting for the disk.
    SettingsWriter::setValue(SettingsKey, QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

} // namespace churnlens
