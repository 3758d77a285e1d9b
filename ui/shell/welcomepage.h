#pragma once

#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace churnlens {

class RecentFiles;

//! First screen when no data is loaded: open a file, a database, the sample, a project, or a recent file or project.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(RecentFiles *recent, QWidget *parent = nullptr);
    //! Lists \a projects too (recentProjectRequested()).
    void setRecentProjects(RecentFiles *projects);

Q_SIGNALS:
    void openFileRequested();
    void openDatabaseRequested();
    void sampleRequested();
    void recentFileRequested(const QString &path);
    void openProjectRequested();
    void recentProjectRequested(const QString &path);

private:
    void refreshRecent();
    void fill(QVBoxLayout *list, QLabel *title, const QStringList &files, bool projects);

    RecentFiles *m_recent;
    RecentFiles *m_projects = nullptr;
    QLabel *m_recentTitle;
    QVBoxLayout *m_recentList;
    QLabel *m_projectsTitle;
    QVBoxLayout *m_projectsList;
};

} // namespace churnlens
