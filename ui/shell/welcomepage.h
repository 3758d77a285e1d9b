#pragma once

#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace churnlens {

class RecentFiles;

//! First screen when no data is loaded: open a file, a database, the sample, or a recent file.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(RecentFiles *recent, QWidget *parent = nullptr);

Q_SIGNALS:
    void openFileRequested();
    void openDatabaseRequested();
    void sampleRequested();
    void recentFileRequested(const QString &path);

private:
    void refreshRecent();

    RecentFiles *m_recent;
    QLabel *m_recentTitle;
    QVBoxLayout *m_recentList;
};

} // namespace churnlens
