#include "recentfiles.h"

#include "workspace/settingswriter.h"

#include <QFileInfo>
#include <QSettings>

namespace churnlens {

RecentFiles::RecentFiles(QObject *parent, const QString &key)
    : QObject(parent)
    , m_key(key)
{
    m_files = QSettings().value(m_key).toStringList();
    m_files.removeAll(QString());
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(absolute);
    m_files.prepend(absolute);
    while (m_files.size() > MaxFiles)
        m_files.removeLast();
    save();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        save();
}

void RecentFiles::clear()
{
    m_files.clear();
    save();
}

void RecentFiles::save()
{
    SettingsWriter::setValue(m_key, m_files); // the file is written off the GUI thread (an fsync)
    Q_EMIT changed();
}

} // namespace churnlens
