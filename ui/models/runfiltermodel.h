#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace churnlens {

/*!
 * Sorting and filtering of the runs table (RunTableModel) for the view: sorts by the plain
 * value (RunTableModel::SortRole) and keeps the runs whose data name, note, tags or models
 * contain every word of the filter text, in any case. GUI thread only.
 */
class RunFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RunFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace churnlens
