#include "previewmodel.h"

#include "common/format.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace churnlens {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PreviewModel::setPreview(const CsvPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    // Ragged rows are possible in a preview: size the table to the widest row.
    m_columns = int(m_preview.header.size());
    for (const QStringList &row : std::as_const(m_preview.rows))
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void PreviewModel::clear()
{
    beginResetModel();
    m_preview = {};
    m_columns = 0;
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool PreviewModel::isMissing(const QString &cell) const
{
    if (m_preview.options.whitespaceIsMissing && cell.trimmed().isEmpty())
        return true;
    return m_preview.options.missingTokens.contains(cell);
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_preview.rows.at(index.row());
    const bool present = index.column() < row.size();
    const QString cell = present ? row.at(index.column()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        if (!present)
            return QString();
        return isMissing(cell) ? format::missing() : cell;
    case Qt::ToolTipRole:
        if (!present)
            return tr("This row has fewer fields than the header");
        return isMissing(cell) ? tr("Read as a missing value: \"%1\"").arg(cell) : QVariant();
    case Qt::ForegroundRole:
        if (present && isMissing(cell))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return format::count(qint64(section) + 1);
    if (section < m_preview.header.size())
        return m_preview.header.at(section);
    return tr("Column %1").arg(section + 1);
}

} // namespace churnlens
