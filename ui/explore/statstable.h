#pragma once

#include "common/charttable.h"

#include <QTableWidget>

namespace churnlens {

struct ChurnBreakdown;
struct ColumnProfile;

/*!
 * The statistics of one column as a small read-only table: for numbers the descriptive
 * statistics (all customers, stayed, churned side by side); for categories each level
 * with its count, share, churn rate and interval. At most ~55 rows, whatever the data size.
 */
class StatsTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit StatsTable(QWidget *parent = nullptr);

    //! \a levels: the column's churn breakdown, or null.
    void showColumn(const ColumnProfile &column, const ChurnBreakdown *levels, double confidence);
    //! The cells as shown, for "Copy data".
    ChartTable table() const;

private:
    void showNumeric(const ColumnProfile &column);
    void showLevels(const ColumnProfile &column, const ChurnBreakdown *levels, double confidence);
    void setRow(int row, const QStringList &cells);
};

} // namespace churnlens
