#include "runfiltermodel.h"

#include "runtablemodel.h"

namespace churnlens {

RunFilterModel::RunFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RunTableModel::SortRole);
}

void RunFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool RunFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(RunTableModel::SearchRole).toString();
    for (const QString &w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}

} // namespace churnlens
