#pragma once

#include <QObject>
#include <QStringList>

namespace churnlens {

//! The last files opened (newest first, at most 8), kept in QSettings (under \a key) across restarts.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr, const QString &key = QStringLiteral("recentFiles"));

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void save();
    QString m_key;
    QStringList m_files;
};

} // namespace churnlens
