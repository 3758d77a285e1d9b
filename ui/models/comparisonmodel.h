#pragma once

#include "runcomparison.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace churnlens {

/*!
 * The comparison table: one row per setting or result (RunComparison), the label in the first
 * column and one column per run. With onlyDifferences() (the default) only the rows whose
 * values differ are listed; showing everything marks those rows in bold. GUI thread only.
 */
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ComparisonModel(QObject *parent = nullptr);

    //! \a runs names the columns ("Run 12"), \a tips their tooltips.
    void setComparison(QList<ComparisonRow> rows, QStringList runs, QStringList tips);
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_onlyDifferences; }
    //! Rows in the comparison (shown or not) and how many of them differ.
    qsizetype totalRows() const { return m_rows.size(); }
    qsizetype differingRows() const;
    //! The key path of a shown row.
    QString key(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateShown();

    QList<ComparisonRow> m_rows;
    QList<qsizetype> m_shown;
    QStringList m_runs;
    QStringList m_tips;
    bool m_onlyDifferences = true;
};

} // namespace churnlens
