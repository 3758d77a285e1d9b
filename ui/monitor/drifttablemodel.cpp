#include "drifttablemodel.h"

#include "common/format.h"
#include "monitorstyle.h"
#include "monitortext.h"
#include "services/monitorservice.h"

#include <QFont>
#include <QList>
#include <QLocale>

#include <cmath>
#include <limits>

namespace churnlens {

namespace {

QList<double> toList(const std::vector<double> &v)
{
    return QList<double>(v.begin(), v.end());
}

bool compared(const FeatureDrift &f)
{
    return !f.missingColumn && f.newPresent > 0;
}

//! The statistic of the test column: KS for numbers, χ² for levels.
double testStatistic(const FeatureDrift &f)
{
    return f.numeric ? f.ks : f.chiSquare;
}

double testPValue(const FeatureDrift &f)
{
    return f.numeric ? f.ksPValue : f.chiSquarePValue;
}

} // namespace

DriftTableModel::DriftTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DriftTableModel::setReport(std::shared_ptr<const MonitorReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

void DriftTableModel::setLabeler(std::function<QString(const QString &)> label)
{
    m_label = std::move(label);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Field), index(rowCount() - 1, Field));
}

const FeatureDrift *DriftTableModel::feature(int row) const
{
    if (!m_report || row < 0 || row >= int(m_report->drift.features.size()))
        return nullptr;
    return &m_report->drift.features[size_t(row)];
}

int DriftTableModel::rowOf(const QString &name) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (feature(r)->name == name)
            return r;
    return -1;
}

int DriftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->drift.features.size());
}

int DriftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DriftTableModel::status(const FeatureDrift &f)
{
    if (f.missingColumn)
        return tr("Not in this file");
    if (!compared(f))
        return tr("No values");
    return f.flagged ? tr("Drifted") : tr("Stable");
}

QVariant DriftTableModel::data(const QModelIndex &index, int role) const
{
    const FeatureDrift *f = index.isValid() ? feature(index.row()) : nullptr;
    if (!f)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*f, column);
    case Qt::ToolTipRole:
        return toolTip(*f, column);
    case SortRole:
        return sortValue(*f, column);
    case ReferenceSharesRole:
        return QVariant::fromValue(toList(f->referenceShares));
    case NewSharesRole:
        return QVariant::fromValue(toList(f->newShares));
    case FlaggedRole:
        return f->flagged;
    case Qt::TextAlignmentRole:
        if (column == Field || column == Flag || column == Distribution)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Flag && f->flagged)
            return MonitorStyle::flagged();
        return {};
    case Qt::FontRole:
        if (column == Flag && f->flagged) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant DriftTableModel::display(const FeatureDrift &f, int column) const
{
    const bool on = compared(f);
    switch (column) {
    case Field:
        return label(f.name);
    case Distribution:
        return {};
    case Psi:
        return on ? MonitorText::measure(f.psi) : format::missing();
    case Kl:
        return on ? MonitorText::measure(f.kl) : format::missing();
    case Js:
        return on ? MonitorText::measure(f.js) : format::missing();
    case Test:
        if (!on)
            return format::missing();
        //: "KS 0.12" for a numeric field, "χ² 35.2" for a field with levels.
        return f.numeric ? tr("KS %1").arg(MonitorText::measure(f.ks)) : tr("χ² %1").arg(MonitorText::measure(f.chiSquare, 1));
    case PValue:
        return on ? MonitorText::pValue(testPValue(f)) : format::missing();
    case Missing:
        if (f.missingColumn)
            return format::missing();
        return QStringLiteral("%1 → %2").arg(format::percent(f.referenceMissingShare), format::percent(f.newMissingShare));
    case Unseen:
        return f.numeric || !on ? format::missing() : format::percent(f.unseenShare);
    case Flag:
        return status(f);
    default:
        return {};
    }
}

QVariant DriftTableModel::toolTip(const FeatureDrift &f, int column) const
{
    switch (column) {
    case Field: {
        QString tip = f.numeric ? tr("%1: a number, compared in %2 bins of the training data")
                                      .arg(label(f.name)).arg(f.referenceShares.size())
                                : tr("%1: levels, compared level by level").arg(label(f.name));
        if (f.numeric && std::isfinite(f.referenceMean) && std::isfinite(f.newMean))
            tip += QLatin1Char('\n') + tr("Average: %1 in training → %2 in this file")
                                           .arg(QLocale().toString(f.referenceMean, 'g', 4), QLocale().toString(f.newMean, 'g', 4));
        if (f.typeChanged)
            tip += QLatin1Char('\n') + tr("A number in training, text in this file: only the values that read as numbers are compared.");
        if (f.missingColumn)
            tip += QLatin1Char('\n') + tr("This file has no such column: the model treats every value as missing.");
        return tip;
    }
    case Distribution:
        return MonitorText::distributionHelp();
    case Psi:
        return MonitorText::psiHelp();
    case Kl:
        return MonitorText::klHelp();
    case Js:
        return MonitorText::jsHelp();
    case Test:
        return f.numeric ? MonitorText::ksHelp() : MonitorText::chiSquareHelp();
    case PValue:
        return MonitorText::pValueHelp();
    case Missing:
        return MonitorText::missingHelp();
    case Unseen: {
        QString tip = MonitorText::unseenHelp();
        if (!f.unseenLevels.isEmpty())
            tip += QLatin1Char('\n') + tr("New levels: %1").arg(f.unseenLevels.join(QStringLiteral(", ")));
        return tip;
    }
    case Flag:
        if (f.flagged && !f.reasons.isEmpty())
            return tr("Drifted: %1").arg(f.reasons.join(QStringLiteral("; ")));
        return MonitorText::flagHelp();
    default:
        return {};
    }
}

QVariant DriftTableModel::sortValue(const FeatureDrift &f, int column) const
{
    // Numbers sort as numbers; fields not compared go last in a descending sort.
    constexpr double Last = -std::numeric_limits<double>::infinity();
    const auto num = [&f](double v) { return compared(f) && std::isfinite(v) ? v : Last; };
    switch (column) {
    case Field: return label(f.name).toLower();
    case Distribution:
    case Psi: return num(f.psi);
    case Kl: return num(f.kl);
    case Js: return num(f.js);
    case Test: return num(testStatistic(f));
    case PValue: return num(testPValue(f));
    case Missing: return f.missingColumn ? Last : f.newMissingShare - f.referenceMissingShare;
    case Unseen: return f.numeric ? Last : num(f.unseenShare);
    case Flag: return f.flagged ? 2 : compared(f) ? 1 : 0;
    default: return {};
    }
}

QVariant DriftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Field: return tr("Field");
        //: Column header: the two distributions drawn small.
        case Distribution: return tr("Training vs now");
        case Psi: return tr("PSI");
        case Kl: return tr("KL");
        case Js: return tr("JS");
        case Test: return tr("KS / χ²");
        case PValue: return tr("p-value");
        //: Column header: share of missing values, training → this file.
        case Missing: return tr("Missing");
        //: Column header: share of values in levels the training data never had.
        case Unseen: return tr("New levels");
        case Flag: return tr("Status");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Distribution: return MonitorText::distributionHelp();
        case Psi: return MonitorText::psiHelp();
        case Kl: return MonitorText::klHelp();
        case Js: return MonitorText::jsHelp();
        case Test: return tr("%1\n\n%2").arg(MonitorText::ksHelp(), MonitorText::chiSquareHelp());
        case PValue: return MonitorText::pValueHelp();
        case Missing: return MonitorText::missingHelp();
        case Unseen: return MonitorText::unseenHelp();
        case Flag: return MonitorText::flagHelp();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section == Field || section == Flag || section == Distribution ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace churnlens
