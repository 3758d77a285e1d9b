#pragma once

#include "project/modelregistry.h"

#include <QAbstractTableModel>
#include <QList>

namespace churnlens {

/*!
 * The registry's history, newest first: when, what was done, to which version, the champion
 * before and after, who, and why. A thin adapter over ModelRegistry::history(). GUI thread only.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Action, Version, Champion, User, Reason, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    //! \a events oldest first, as ModelRegistry lists them.
    void setEvents(const QList<RegistryEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RegistryEvent> m_events;
};

} // namespace churnlens
