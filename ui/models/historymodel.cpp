#include "historymodel.h"

#include "common/format.h"
#include "modelstext.h"

#include <QLocale>

#include <algorithm>

namespace churnlens {

namespace {

QString versionText(std::optional<int> v)
{
    return v ? QStringLiteral("v%1").arg(*v) : HistoryModel::tr("none");
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEvents(const QList<RegistryEvent> &events)
{
    beginResetModel();
    m_events = events;
    std::reverse(m_events.begin(), m_events.end());
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const RegistryEvent &e = m_events[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return ModelsText::when(e.at);
        case Action: return ModelsText::action(e.action);
        case Version: return QStringLiteral("v%1").arg(e.version);
        case Champion:
            if (e.previousChampion == e.champion)
                return tr("%1 (unchanged)").arg(versionText(e.champion));
            return tr("%1 → %2").arg(versionText(e.previousChampion), versionText(e.champion));
        case User: return e.user;
        case Reason: return e.reason;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return e.reason;
    if (role == Qt::ToolTipRole && index.column() == When)
        return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case When: return tr("When");
        case Action: return tr("Action");
        case Version: return tr("Version");
        case Champion: return tr("Champion (before → after)");
        case User: return tr("By");
        case Reason: return tr("Reason");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace churnlens
