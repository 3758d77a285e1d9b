#include "columnmodel.h"

#include "common/format.h"
#include "workspace/workspace.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace churnlens {

namespace {
QString missingShare(qsizetype missing, qsizetype rows)
{
    if (missing == 0 || rows == 0)
        return format::percent(0.0, 0);
    const double share = double(missing) / double(rows);
    // Small shares keep two decimals so that 11 of 7,043 does not read as "0.0%".
    return format::percent(share, share < 0.01 ? 2 : 1);
}

template<typename E>
QVariantList enumChoices(int count)
{
    QVariantList list;
    for (int i = 0; i < count; ++i)
        list.append(QVariantMap{{QStringLiteral("value"), i}, {QStringLiteral("text"), toString(static_cast<E>(i))}});
    return list;
}
} // namespace

ColumnModel::ColumnModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(workspace, &Workspace::tableChanged, this, &ColumnModel::onTableChanged);
    connect(workspace, &Workspace::fieldLabelsChanged, this, [this]() {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, LabelField), index(rowCount() - 1, LabelField));
    });
    onTableChanged();
}

void ColumnModel::onTableChanged()
{
    std::shared_ptr<const DataTable> table = m_workspace->table();
    if (m_table && table && m_table->columnNames() == table->columnNames()) {
        m_table = std::move(table);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, FieldCount - 1));
        return;
    }
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

int ColumnModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

QVariantList ColumnModel::choices(int field)
{
    switch (field) {
    case TypeField:
        return enumChoices<ColumnType>(int(ColumnType::Text) + 1);
    case RoleField:
        return enumChoices<ColumnRole>(int(ColumnRole::Ignore) + 1);
    case SemanticField:
        return enumChoices<Semantic>(int(Semantic::Service) + 1);
    default:
        return {};
    }
}

QVariant ColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_table)
        return {};
    const Column &c = m_table->column(index.row());
    const qsizetype rows = m_table->rowCount();
    const int field = index.column();
    if (role == ChoicesRole)
        return choices(field);
    if (role == Qt::EditRole || role == SortRole) {
        switch (field) {
        case NameField: return c.name();
        case LabelField: return m_workspace->fieldLabels().label(c);
        case TypeField: return int(c.type());
        case RoleField: return int(c.role());
        case SemanticField: return int(c.semantic());
        case MissingField: return rows ? double(c.missingCount()) / double(rows) : 0.0;
        case DistinctField: return qlonglong(c.distinctCount());
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (field) {
        case NameField: return c.name();
        case LabelField: return m_workspace->fieldLabels().label(c);
        case TypeField: return toString(c.type());
        case RoleField: return toString(c.role());
        case SemanticField: return c.semantic() == Semantic::None ? QString() : toString(c.semantic());
        case MissingField: return missingShare(c.missingCount(), rows);
        case DistinctField: return format::count(c.distinctCount());
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (field) {
        case LabelField:
            return tr("How reasons and reports name this field (double-click to rename; clear it to go back to the default)");
        case TypeField: return tr("Click to read this column as another type");
        case RoleField: return tr("Click to change what the column is used for");
        case SemanticField: return tr("Business meaning, used to build extra features (click to change)");
        case MissingField: return tr("%1 of %2 rows are missing").arg(format::count(c.missingCount()), format::count(rows));
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (field == MissingField || field == DistinctField)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (c.role() == ColumnRole::Target || (field == LabelField && m_workspace->fieldLabels().hasUserLabel(c.name()))) {
            QFont font;
            // The target in bold; a label the user gave in italics (the others are defaults).
            font.setBold(c.role() == ColumnRole::Target);
            font.setItalic(field == LabelField && m_workspace->fieldLabels().hasUserLabel(c.name()));
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (c.role() == ColumnRole::Ignore || (field == MissingField && c.missingCount() == 0))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

bool ColumnModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_table)
        return false;
    if (index.column() == LabelField) {
        const Column &c = m_table->column(index.row());
        const QString text = value.toString().trimmed();
        // Typing the default label again does not make it the user's own.
        if (!m_workspace->fieldLabels().hasUserLabel(c.name()) && text == m_workspace->fieldLabels().label(c))
            return true;
        m_workspace->setFieldLabel(c.name(), text);
        return true;
    }
    bool ok = false;
    const int v = value.toInt(&ok);
    if (!ok)
        return false;
    switch (index.column()) {
    case TypeField:
        if (!m_typeEditable || v < 0 || v > int(ColumnType::Text))
            return false;
        if (static_cast<ColumnType>(v) != m_table->column(index.row()).type())
            Q_EMIT typeChangeRequested(index.row(), static_cast<ColumnType>(v));
        return true;
    case RoleField:
        if (v < 0 || v > int(ColumnRole::Ignore))
            return false;
        m_workspace->setRole(index.row(), static_cast<ColumnRole>(v));
        return true;
    case SemanticField:
        if (v < 0 || v > int(Semantic::Service))
            return false;
        m_workspace->setSemantic(index.row(), static_cast<Semantic>(v));
        return true;
    default:
        return false;
    }
}

QVariant ColumnModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= FieldCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            ((section == MissingField || section == DistinctField) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameField: return tr("Column");
    case LabelField: return tr("Label");
    case TypeField: return tr("Type");
    case RoleField: return tr("Role");
    case SemanticField: return tr("Meaning");
    case MissingField: return tr("Missing");
    case DistinctField: return tr("Distinct");
    default: return {};
    }
}

Qt::ItemFlags ColumnModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && ((index.column() == TypeField && m_typeEditable) || index.column() == RoleField || index.column() == SemanticField
                              || index.column() == LabelField))
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace churnlens
