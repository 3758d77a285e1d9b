#include "comparisonmodel.h"

#include "common/format.h"

#include <QFont>

namespace churnlens {

ComparisonModel::ComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonModel::setComparison(QList<ComparisonRow> rows, QStringList runs, QStringList tips)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_runs = std::move(runs);
    m_tips = std::move(tips);
    updateShown();
    endResetModel();
}

void ComparisonModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    beginResetModel();
    m_onlyDifferences = only;
    updateShown();
    endResetModel();
}

void ComparisonModel::updateShown()
{
    m_shown.clear();
    // One run has nothing to differ from: all of it is shown.
    const bool filter = m_onlyDifferences && m_runs.size() > 1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!filter || m_rows[i].differs)
            m_shown << i;
    }
}

qsizetype ComparisonModel::differingRows() const
{
    qsizetype n = 0;
    for (const ComparisonRow &r : m_rows)
        n += r.differs ? 1 : 0;
    return n;
}

QString ComparisonModel::key(int row) const
{
    return row >= 0 && row < m_shown.size() ? m_rows[m_shown[row]].key : QString();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_runs.isEmpty() ? 0 : int(m_runs.size()) + 1;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const ComparisonRow &row = m_rows[m_shown[index.row()]];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return row.label;
        return row.values.value(column - 1).isEmpty() ? format::missing() : row.values.value(column - 1);
    case Qt::ToolTipRole:
        if (column == 0)
            return row.key;
        return row.values.value(column - 1);
    case Qt::FontRole:
        if (row.differs && m_runs.size() > 1 && !m_onlyDifferences) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == 0 ? tr("Setting or result") : m_runs.value(section - 1);
    if (role == Qt::ToolTipRole && section > 0)
        return m_tips.value(section - 1);
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace churnlens
