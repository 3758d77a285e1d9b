#pragma once

#include "column.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

/*!
 * A columnar table of customers. Value type (deep copy); share it across threads as
 * std::shared_ptr<const DataTable>. All columns have rowCount() rows.
 */
class DataTable
{
public:
    qsizetype rowCount() const { return m_rows; }
    int columnCount() const { return int(m_columns.size()); }

    const Column &column(int index) const { return m_columns[size_t(index)]; }
    Column &column(int index) { return m_columns[size_t(index)]; }
    const std::vector<Column> &columns() const { return m_columns; }
    //! Index of the column called \a name (exact match first, then case-insensitive), or -1.
    int indexOf(const QString &name) const;
    QStringList columnNames() const;

    //! Appends a column; the first column fixes rowCount(), later ones must match it.
    void addColumn(Column column);
    void replaceColumn(int index, Column column);

    //! The column whose role is Target, or -1.
    int targetIndex() const;
    //! Makes \a index the one target column (others with role Target become features); -1 clears.
    void setTarget(int index);
    //! The target level that means "churned" (as text, e.g. "Yes", "1", "True").
    const QString &positiveLabel() const { return m_positiveLabel; }
    void setPositiveLabel(const QString &label) { m_positiveLabel = label; }
    //! Per row: 1 churned, 0 stayed, -1 missing or no target. Empty if there is no target.
    std::vector<int8_t> targetLabels() const;
    //! Share of churned among rows with a known target; NaN without a target.
    double churnRate() const;

    //! The column whose role is Id, or -1.
    int idIndex() const;
    //! Index of the column with this semantic, or -1 (Service may have many: use semanticColumns).
    int semanticIndex(Semantic semantic) const;
    std::vector<int> semanticColumns(Semantic semantic) const;

    //! Where the data came from (file path, "database: table"), for titles and messages.
    const QString &sourceName() const { return m_sourceName; }
    void setSourceName(const QString &name) { m_sourceName = name; }

    //! Rows that have at least one missing value in a column that is not ignored.
    qsizetype rowsWithMissing() const;
    size_t memoryBytes() const;
    /*!
     * A table of \a rows (indices into this table, in that order) with the same columns, roles,
     * semantics, dictionaries, positive label and source name.
     */
    DataTable rows(std::span<const qsizetype> rows) const;

private:
    std::vector<Column> m_columns;
    qsizetype m_rows = 0;
    QString m_positiveLabel;
    QString m_sourceName;
};

} // namespace churnlens
