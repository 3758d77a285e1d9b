#include "issuelist.h"

#include "format.h"
#include "workspace/workspace.h"

#include <QHeaderView>
#include <QStyle>

namespace churnlens {

namespace {
QString where(const Issue &issue)
{
    QStringList parts;
    if (issue.line > 0)
        parts << IssueList::tr("line %1").arg(format::count(issue.line));
    if (!issue.columnName.isEmpty())
        parts << issue.columnName;
    else if (issue.column > 0)
        parts << IssueList::tr("column %1").arg(issue.column);
    return parts.join(QStringLiteral(", "));
}
} // namespace

IssueList::IssueList(Workspace *workspace, QWidget *parent)
    : QTreeWidget(parent)
    , m_workspace(workspace)
{
    setColumnCount(2);
    setHeaderLabels({tr("Where"), tr("What we noticed")});
    setRootIsDecorated(false);
    setUniformRowHeights(false);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setStretchLastSection(true);
    connect(workspace, &Workspace::tableChanged, this, &IssueList::refresh);
    refresh();
}

void IssueList::refresh()
{
    clear();
    const QList<Issue> issues = m_workspace->hasTable() ? m_workspace->issues() : QList<Issue>();
    QList<QTreeWidgetItem *> items;
    for (const Issue &issue : issues) {
        auto *item = new QTreeWidgetItem({where(issue), issue.message});
        const QStyle::StandardPixmap icon = issue.severity == Issue::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                            : issue.severity == Issue::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                         : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
        item->setToolTip(1, issue.toString());
        items.append(item);
    }
    m_count = int(items.size());
    if (items.isEmpty() && m_workspace->hasTable()) {
        auto *ok = new QTreeWidgetItem({QString(), tr("No problems found in this data.")});
        ok->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton));
        items.append(ok);
    }
    addTopLevelItems(items);
    resizeColumnToContents(0);
    Q_EMIT countChanged(m_count);
}

} // namespace churnlens
