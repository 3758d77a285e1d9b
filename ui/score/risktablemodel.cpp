#include "risktablemodel.h"

#include "data/datatable.h"
#include "common/format.h"
#include "common/riskstyle.h"
#include "score/scoreresult.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <climits>
#include <cmath>

namespace churnlens {

RiskTableModel::RiskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RiskTableModel::setScores(std::shared_ptr<const DataTable> table, std::shared_ptr<const ScoreResult> scores)
{
    beginResetModel();
    m_table = scores ? std::move(table) : nullptr;
    m_scores = m_table ? std::move(scores) : nullptr;
    m_rows.reset();
    endResetModel();
}

void RiskTableModel::setRows(std::shared_ptr<const std::vector<qsizetype>> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qsizetype RiskTableModel::tableRow(int viewRow) const
{
    if (!m_scores || viewRow < 0 || viewRow >= rowCount())
        return -1;
    return m_rows ? (*m_rows)[size_t(viewRow)] : qsizetype(viewRow);
}

int RiskTableModel::viewRow(qsizetype row) const
{
    if (!m_scores || row < 0)
        return -1;
    if (!m_rows)
        return row < rowCount() ? int(row) : -1;
    const auto it = std::find(m_rows->begin(), m_rows->end(), row);
    return it == m_rows->end() ? -1 : int(it - m_rows->begin());
}

int RiskTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_scores)
        return 0;
    const qsizetype n = m_rows ? qsizetype(m_rows->size()) : std::min(m_scores->rows, m_table->rowCount());
    return int(std::min<qsizetype>(n, INT_MAX));
}

int RiskTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_scores)
        return 0;
    return FirstFactorColumn + std::min(m_scores->factorCount, 3);
}

QVariant RiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_scores)
        return {};
    const qsizetype row = tableRow(index.row());
    const double p = m_scores->probabilities[size_t(row)];
    const bool scored = !std::isnan(p);
    const int column = index.column();
    if (role == TableRowRole)
        return qlonglong(row);
    if (role == ProbabilityRole)
        return p;
    if (role == RiskRole)
        return scored ? QVariant(int(m_scores->risk[size_t(row)])) : QVariant();

    if (column == IdColumn) {
        if (role == Qt::DisplayRole)
            return m_scores->id(*m_table, row);
        return {};
    }
    if (column == ProbabilityColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return scored ? format::percent(p, 1) : format::missing();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return scored ? tr("Churn probability %1 (the model calls a customer a churner from %2)")
                                .arg(format::percent(p, 1), format::percent(m_scores->threshold, 1))
                          : tr("This customer could not be scored.");
        default:
            return {};
        }
    }
    if (column == RiskColumn) {
        if (role == Qt::DisplayRole)
            return scored ? toString(m_scores->risk[size_t(row)]) : tr("Not scored");
        if (role == Qt::ToolTipRole && scored)
            return RiskStyle::label(m_scores->risk[size_t(row)]);
        return {};
    }
    const int k = column - FirstFactorColumn;
    const size_t at = size_t(row) * size_t(m_scores->factorCount) + size_t(k);
    const int32_t field = m_scores->factorColumns[at];
    if (field < 0)
        return {};
    const double c = double(m_scores->factorContributions[at]);
    switch (role) {
    case Qt::DisplayRole:
        // ▲ raises, ▼ lowers: the direction is readable without the colour.
        return (c > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ "))
               + m_scores->factorWriter.sentence(*m_table, field, row, c);
    case Qt::ToolTipRole:
        return reasonsToolTip(row);
    case ContributionRole:
        return c;
    default:
        return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_scores)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return m_scores->idColumn >= 0 ? m_table->column(m_scores->idColumn).name() : tr("Row");
        case ProbabilityColumn:
            // Short, so the column is as wide as its percentages (the German "Abwanderungswahrscheinlichkeit"
            // made it four times that); the full name is in the tooltip.
            return tr("Churn %");
        case RiskColumn:
            return tr("Risk");
        default: {
            const int k = section - FirstFactorColumn;
            return k == 0 ? tr("Main reason") : k == 1 ? tr("Second reason") : tr("Third reason");
        }
        }
    }
    if (role == Qt::ToolTipRole && section == ProbabilityColumn)
        return tr("Churn probability: how likely the model finds it that this customer leaves.");
    if (role == Qt::ToolTipRole && section >= FirstFactorColumn)
        return tr("Why the model rates this customer so: the facts that move their churn risk most, strongest first.\n"
                  "▲ raises the risk, ▼ lowers it. Point at a reason to read all of them in full.");
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == ProbabilityColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

QString RiskTableModel::strength(double contribution)
{
    // On the model's log-odds scale: 0.75 moves a customer at 30 % by about 15 points, 0.25 by about 5.
    const double size = std::abs(contribution);
    if (size >= 0.75)
        return tr("strong", "how much a reason moves the churn risk");
    if (size >= 0.25)
        return tr("moderate", "how much a reason moves the churn risk");
    return tr("slight", "how much a reason moves the churn risk");
}

QString RiskTableModel::reasonsToolTip(qsizetype row) const
{
    // Every reason in full, in words: the cells may be too narrow for the sentences.
    QStringList lines{tr("Why the model rates this customer so, strongest first:")};
    for (const Factor &f : m_scores->factors(*m_table, row))
        lines << tr("%1 %2 (%3)", "arrow, reason, strength").arg(f.raisesRisk() ? QStringLiteral("▲") : QStringLiteral("▼"), f.text, strength(f.contribution));
    return lines.join(QLatin1Char('\n'));
}

void RiskTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT sortRequested(column, order);
}

} // namespace churnlens
