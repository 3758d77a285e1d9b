#pragma once

#include <QTreeWidget>

namespace churnlens {

class Workspace;

/*!
 * Data-quality warnings and load problems in plain words, with where they are
 * (line, column) when known. Follows the Workspace; refreshes after every edit.
 */
class IssueList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit IssueList(Workspace *workspace, QWidget *parent = nullptr);

    //! Number of entries shown (an "all good" line does not count).
    int issueCount() const { return m_count; }

Q_SIGNALS:
    void countChanged(int count);

private:
    void refresh();

    Workspace *m_workspace;
    int m_count = 0;
};

} // namespace churnlens
