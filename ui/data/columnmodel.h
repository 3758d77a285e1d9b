#pragma once

#include "data/datatable.h"

#include <QAbstractTableModel>

#include <memory>

namespace churnlens {

class Workspace;

/*!
 * The column panel: one row per column of the workspace's table with its name, the label business
 * users read for it (reasons, report), type, role, business meaning, missing share and distinct
 * count. Label, type, role and meaning are editable (the label as text, an empty label going back
 * to the default; the others: EditRole takes the enum value as int); label, role and meaning edits go straight to the Workspace,
 * type changes are requested through typeChangeRequested() because converting a large column
 * runs off the GUI thread. GUI thread only.
 */
class ColumnModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Field { NameField, LabelField, TypeField, RoleField, SemanticField, MissingField, DistinctField, FieldCount };
    //! For editable fields: the choices as a QVariantList of QVariantMap {value:int, text:QString}.
    static constexpr int ChoicesRole = Qt::UserRole + 1;
    //! A sortable number for MissingField (share) and DistinctField (count).
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ColumnModel(Workspace *workspace, QObject *parent = nullptr);

    //! What ChoicesRole returns for \a field (empty for fields that are not editable).
    static QVariantList choices(int field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    //! Whether the type can be changed (needs the core's column conversion).
    void setTypeEditable(bool editable) { m_typeEditable = editable; }

Q_SIGNALS:
    void typeChangeRequested(int column, churnlens::ColumnType type);

private:
    void onTableChanged();

    Workspace *m_workspace;
    std::shared_ptr<const DataTable> m_table;
    bool m_typeEditable = true;
};

} // namespace churnlens
