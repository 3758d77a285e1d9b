#pragma once

#include "data/datatable.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace churnlens {

/*!
 * A thin read-only view of a DataTable snapshot for QTableView: O(1) data(), no copies,
 * values formatted for people with the current QLocale (thousands separators, whole numbers
 * without decimals, amounts with two), missing values as a grey dash. It shows every row, or
 * only the rows a search found (setRows()); the row header keeps the row's number in the file.
 * GUI thread only.
 */
class DataTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit DataTableModel(QObject *parent = nullptr);

    //! Shows \a table. Keeps the view's scroll position when the shape is unchanged (an edit).
    void setTable(std::shared_ptr<const DataTable> table);
    std::shared_ptr<const DataTable> table() const { return m_table; }
    /*!
     * Shows only \a rows of the table (rows of the file, in display order); null shows every row.
     * A new table of another shape (setTable) shows every row again.
     */
    void setRows(std::shared_ptr<const std::vector<qsizetype>> rows);
    std::shared_ptr<const std::vector<qsizetype>> rows() const { return m_rows; }
    bool isFiltered() const { return bool(m_rows); }
    //! The table row shown at view row \a viewRow.
    qsizetype tableRow(int viewRow) const { return m_rows ? (*m_rows)[size_t(viewRow)] : viewRow; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! The text shown for one cell (also used to size columns from a sample of rows).
    QString displayText(int row, int column) const;
    //! Decimals used for a numeric column (0 for whole numbers).
    int decimals(int column) const;
    //! decimals() of every column (-1 for columns that are not numbers), for the search to read numbers as shown.
    const std::vector<int> &columnDecimals() const { return m_decimals; }

private:
    void computeFormats();

    std::shared_ptr<const DataTable> m_table;
    std::shared_ptr<const std::vector<qsizetype>> m_rows; // null: every row
    std::vector<int> m_decimals; // per column; -1 for coded storage
};

} // namespace churnlens
