#include "servicelog.h"

#include <QDateTime>
#include <QJsonDocument>

namespace churnlens {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

void ServiceLog::event(const QString &name, const QString &text, QJsonObject fields)
{
    if (m_json) {
        fields.insert(QStringLiteral("ts"), now());
        fields.insert(QStringLiteral("event"), name);
        fields.insert(QStringLiteral("message"), text);
        write(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
    } else {
        write(QStringLiteral("churnlens-cli serve: %1 %2\n").arg(now(), text).toUtf8());
    }
}

void ServiceLog::request(QJsonObject fields)
{
    if (!m_requests)
        return;
    fields.insert(QStringLiteral("ts"), now());
    fields.insert(QStringLiteral("event"), QStringLiteral("request"));
    write(QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
}

void ServiceLog::write(const QByteArray &line)
{
    QMutexLocker lock(&m_lock);
    std::fwrite(line.constData(), 1, size_t(line.size()), m_stream);
    std::fflush(m_stream);
}

} // namespace churnlens
