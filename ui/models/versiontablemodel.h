#pragma once

#include "project/modelregistry.h"

#include <QAbstractTableModel>
#include <QList>

namespace churnlens {

/*!
 * The registry's model versions, newest first: version, status (StatusRole gives the
 * VersionStatus for the badge), family, test ROC AUC, threshold, when registered and where
 * from. A thin adapter over ModelRegistry::versions(). GUI thread only.
 */
class VersionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Version, Status, Family, TestAuc, Threshold, Created, Origin, ColumnCount };
    enum Role { StatusRole = Qt::UserRole, VersionRole };

    explicit VersionTableModel(QObject *parent = nullptr);

    //! \a versions as ModelRegistry lists them (oldest first); shown newest first.
    void setVersions(const QList<ModelVersion> &versions);
    const ModelVersion *version(int row) const;
    int rowOf(int version) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ModelVersion> m_versions;
};

} // namespace churnlens
