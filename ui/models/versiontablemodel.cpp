#include "versiontablemodel.h"

#include "common/format.h"
#include "modelstext.h"

#include <QFont>

#include <algorithm>

namespace churnlens {

VersionTableModel::VersionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VersionTableModel::setVersions(const QList<ModelVersion> &versions)
{
    beginResetModel();
    m_versions = versions;
    std::reverse(m_versions.begin(), m_versions.end());
    endResetModel();
}

const ModelVersion *VersionTableModel::version(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions[row] : nullptr;
}

int VersionTableModel::rowOf(int version) const
{
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions[i].version == version)
            return i;
    }
    return -1;
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    const ModelVersion *v = version(index.row());
    if (!index.isValid() || !v)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Version: return v->label();
        case Status: return ModelsText::status(v->status);
        case Family: return ModelsText::family(v->family);
        case TestAuc: return format::number(v->testAuc, 3);
        case Threshold: return format::percent(v->threshold, 0);
        case Created: return ModelsText::when(v->created);
        case Origin: return v->origin;
        }
        return {};
    case StatusRole: return int(v->status);
    case VersionRole: return v->version;
    case Qt::FontRole:
        if (v->status == VersionStatus::Champion) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == TestAuc || index.column() == Threshold ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Status) {
            switch (v->status) {
            case VersionStatus::Champion: return tr("The model the project scores customers with.");
            case VersionStatus::Challenger: return tr("Registered and ready to be promoted to champion.");
            case VersionStatus::Archived: return tr("No longer in use; it can still be promoted again.");
            }
        }
        if (index.column() == Threshold)
            return tr("Customers with a churn probability at or above this are flagged as likely to leave.");
        return {};
    default: return {};
    }
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Version: return tr("Version");
        case Status: return tr("Status");
        case Family: return tr("Model");
        case TestAuc: return tr("Test ROC AUC");
        case Threshold: return tr("Threshold");
        case Created: return tr("Registered");
        case Origin: return tr("From");
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace churnlens
