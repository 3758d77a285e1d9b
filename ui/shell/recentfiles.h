#pragma once

#include <QObject>
#include <QStringList>

namespace churnlens {

//! The last files opened (newest first, at most 8), kept in QSettings across restarts.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void save();
    QStringList m_files;
};

} // namespace churnlens
