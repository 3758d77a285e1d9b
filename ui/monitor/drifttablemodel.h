#pragma once

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace churnlens {

struct FeatureDrift;
struct MonitorReport;

/*!
 * The fields of a Monitor check, one row each, in the reference's order: the measures of how
 * far each field moved (PSI, KL, JS, KS or χ² with its p-value), missing values in training and
 * now, unseen levels, and whether it is flagged (the reasons in its tooltip). A thin adapter over
 * the report (kept alive by a shared_ptr), O(1) data(). SortRole gives numbers for sorting
 * (NaN last when descending); the Distribution column's shares are for SparklineDelegate.
 * GUI thread only.
 */
class DriftTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Distribution, Psi, Kl, Js, Test, PValue, Missing, Unseen, Flag, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ReferenceSharesRole, //!< QList<double>, per bin
        NewSharesRole,
        FlaggedRole,         //!< bool
    };

    explicit DriftTableModel(QObject *parent = nullptr);

    void setReport(std::shared_ptr<const MonitorReport> report);
    //! Names fields by \a label (their labels in the Data area); none: the column name.
    void setLabeler(std::function<QString(const QString &)> label);
    //! The name shown for field \a name.
    QString label(const QString &name) const { return m_label ? m_label(name) : name; }
    //! The field of \a row (source model), or null.
    const FeatureDrift *feature(int row) const;
    //! The row of field \a name, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    //! "Drifted", "Stable", "Not in this file", "Not compared".
    static QString status(const FeatureDrift &f);

private:
    QVariant display(const FeatureDrift &f, int column) const;
    QVariant toolTip(const FeatureDrift &f, int column) const;
    QVariant sortValue(const FeatureDrift &f, int column) const;

    std::shared_ptr<const MonitorReport> m_report;
    std::function<QString(const QString &)> m_label;
};

} // namespace churnlens
