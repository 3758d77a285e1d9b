#include "explanationdriftmodel.h"

#include "monitortext.h"
#include "services/monitorservice.h"

#include <cstdlib>

namespace churnlens {

ExplanationDriftModel::ExplanationDriftModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExplanationDriftModel::setReport(std::shared_ptr<const MonitorReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void ExplanationDriftModel::setLabeler(std::function<QString(const QString &)> label)
{
    m_label = std::move(label);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Field), index(rowCount() - 1, ColumnCount - 1));
}

int ExplanationDriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->drift.explanation.size());
}

int ExplanationDriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExplanationDriftModel::rankChange(int from, int to)
{
    if (from == to)
        return QStringLiteral("%1 → %2").arg(from).arg(to);
    //: A field's rank in training → now, and how many places it moved (▲ up, ▼ down): "4 → 7 ▼3".
    return tr("%1 → %2 %3%4").arg(from).arg(to).arg(to < from ? QStringLiteral("▲") : QStringLiteral("▼")).arg(std::abs(to - from));
}

QVariant ExplanationDriftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_report || index.row() >= rowCount())
        return {};
    const ExplanationDrift &e = m_report->drift.explanation[size_t(index.row())];
    const QString field = m_label ? m_label(e.field) : e.field;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Field: return field;
        case Training: return MonitorText::measure(e.referenceMeanAbs);
        case Now: return MonitorText::measure(e.newMeanAbs);
        case Rank: return rankChange(e.referenceRank, e.newRank);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Field ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Rank && e.referenceRank != e.newRank)
        return e.newRank < e.referenceRank ? tr("%1 matters more to the model's answers on this file than in training.").arg(field)
                                           : tr("%1 matters less to the model's answers on this file than in training.").arg(field);
    return {};
}

QVariant ExplanationDriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Field: return tr("Field");
        //: Column header: mean |SHAP| in the training data.
        case Training: return tr("Training");
        //: Column header: mean |SHAP| in this file.
        case Now: return tr("This file");
        case Rank: return tr("Rank");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (section == Training || section == Now))
        return tr("Mean |SHAP|: how far this field pushes a customer's churn score on average (in the model's log-odds), "
                  "either way.");
    if (role == Qt::ToolTipRole && section == Rank)
        return tr("The field's place among all fields by mean |SHAP| (1 = matters most): in training → in this file.");
    if (role == Qt::TextAlignmentRole)
        return section == Field ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace churnlens
