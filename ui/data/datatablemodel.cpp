#include "datatablemodel.h"

#include "common/format.h"

#include <QDate>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
constexpr qint64 UnixEpochJulianDay = 2440588;

// Smallest number of decimals (2..4) that shows a sample of the values exactly, so that
// 29.85 reads "29.85" and 0.125 reads "0.125", but money never loses its cents.
int decimalsFor(const Column &column)
{
    if (column.isInteger())
        return 0;
    const qsizetype n = column.size();
    const qsizetype step = std::max<qsizetype>(1, n / 2000);
    int needed = 2;
    for (qsizetype r = 0; r < n && needed < 4; r += step) {
        const double v = column.value(r);
        if (std::isnan(v))
            continue;
        while (needed < 4) {
            const double scaled = v * std::pow(10.0, needed);
            if (std::abs(scaled - std::round(scaled)) <= 1e-6 * std::max(1.0, std::abs(scaled)))
                break;
            ++needed;
        }
    }
    return needed;
}
} // namespace

DataTableModel::DataTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DataTableModel::setTable(std::shared_ptr<const DataTable> table)
{
    const bool sameShape = m_table && table && m_table->rowCount() == table->rowCount()
                           && m_table->columnCount() == table->columnCount()
                           && m_table->columnNames() == table->columnNames();
    if (sameShape) {
        m_table = std::move(table);
        computeFormats();
        if (m_table->rowCount() > 0 && m_table->columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    m_table = std::move(table);
    m_rows.reset();
    computeFormats();
    endResetModel();
}

void DataTableModel::setRows(std::shared_ptr<const std::vector<qsizetype>> rows)
{
    if (!rows && !m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void DataTableModel::computeFormats()
{
    m_decimals.clear();
    if (!m_table)
        return;
    m_decimals.reserve(size_t(m_table->columnCount()));
    for (const Column &c : m_table->columns())
        m_decimals.push_back(c.type() == ColumnType::Numeric ? decimalsFor(c) : -1);
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    // QAbstractItemModel counts rows in int; a table past 2^31 rows is far beyond memory anyway.
    if (parent.isValid() || !m_table)
        return 0;
    return int(std::min<qsizetype>(m_rows ? qsizetype(m_rows->size()) : m_table->rowCount(), INT_MAX));
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

int DataTableModel::decimals(int column) const
{
    return column >= 0 && size_t(column) < m_decimals.size() ? m_decimals[size_t(column)] : -1;
}

QString DataTableModel::displayText(int viewRow, int column) const
{
    const Column &c = m_table->column(column);
    const qsizetype row = tableRow(viewRow);
    if (c.isMissing(row))
        return format::missing();
    switch (c.type()) {
    case ColumnType::Numeric:
        return format::number(c.value(row), m_decimals[size_t(column)]);
    case ColumnType::Date: {
        const QDate date = QDate::fromJulianDay(UnixEpochJulianDay + qint64(std::floor(c.value(row))));
        return QLocale().toString(date, QLocale::ShortFormat);
    }
    case ColumnType::Boolean:
    case ColumnType::Categorical:
    case ColumnType::Text:
        return c.dictionary().level(c.code(row));
    }
    return {};
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_table)
        return {};
    const Column &c = m_table->column(index.column());
    const qsizetype row = tableRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case Qt::ToolTipRole:
        return c.isMissing(row) ? tr("Missing value") : QVariant();
    case Qt::TextAlignmentRole:
        if (c.isNumericStorage())
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return c.isMissing(row) ? QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter)
                                : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (c.isMissing(row))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section >= 0 && section < rowCount() ? format::count(qint64(tableRow(section)) + 1) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (section < 0 || section >= m_table->columnCount())
        return {};
    const Column &c = m_table->column(section);
    switch (role) {
    case Qt::DisplayRole:
        return c.name();
    case Qt::ToolTipRole:
        return tr("%1\nType: %2 · Role: %3\nMissing: %4 · Distinct: %5")
            .arg(c.name(), toString(c.type()), toString(c.role()), format::count(c.missingCount()),
                 format::count(c.distinctCount()));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((c.isNumericStorage() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace churnlens
