#include "runtablemodel.h"

#include "common/format.h"
#include "modelstext.h"
#include "services/challengerservice.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

QString families(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << ModelsText::family(n);
    return out.join(QStringLiteral(", "));
}

QVariant metric(double v)
{
    // Runs without the metric sort below every real value.
    return std::isnan(v) ? -1.0 : v;
}

} // namespace

RunTableModel::RunTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunTableModel::setRuns(QList<RunSummary> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    // What a challenger run stored in English ("training data + …", "Challenger to …") reads in the user's language.
    for (RunSummary &r : m_runs) {
        r.dataName = ChallengerService::displayText(r.dataName);
        r.note = ChallengerService::displayText(r.note);
    }
    m_search.clear();
    m_search.reserve(size_t(m_runs.size()));
    for (const RunSummary &r : m_runs) {
        QString text = r.dataName + QLatin1Char('\n') + r.note + QLatin1Char('\n') + r.tags.join(QLatin1Char(' ')) + QLatin1Char('\n')
            + r.families.join(QLatin1Char(' ')) + QLatin1Char(' ') + families(r.families);
        m_search.push_back(text.toLower());
    }
    endResetModel();
}

int RunTableModel::rowOf(qint64 id) const
{
    // Runs are listed by id, ascending: a binary search.
    auto it = std::lower_bound(m_runs.cbegin(), m_runs.cend(), id, [](const RunSummary &r, qint64 v) { return r.id < v; });
    return it != m_runs.cend() && it->id == id ? int(it - m_runs.cbegin()) : -1;
}

QString RunTableModel::columnName(int column)
{
    static const char *const names[ColumnCount] = {"id",     "created", "data",    "target", "families", "best",   "test_auc",
                                                   "cv_auc", "f1",      "customers", "seconds", "status", "note", "tags"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(names[column]) : QString();
}

bool RunTableModel::shownByDefault(int column)
{
    // The best model says more than the list of every family trained (the filter still finds those).
    return column != Target && column != Seconds && column != Families;
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunTableModel::display(const RunSummary &run, int column) const
{
    switch (column) {
    case Id: return run.id;
    case When: return ModelsText::when(run.created);
    case Data: return run.dataName;
    case Target: return run.target;
    case Families: return families(run.families);
    case Best: return run.bestFamily.isEmpty() ? format::missing() : ModelsText::family(run.bestFamily);
    case TestAuc: return format::number(run.testAuc, 3);
    case CvAuc: return format::number(run.cvAuc, 3);
    case F1: return format::number(run.testF1, 3);
    case Customers: return format::count(run.trainRows + run.testRows);
    case Seconds: return format::seconds(run.seconds);
    case Status: return run.status == QLatin1String("canceled") ? tr("Canceled") : tr("Finished");
    case Note: return run.note;
    case Tags: return run.tags.join(QStringLiteral(", "));
    }
    return {};
}

QVariant RunTableModel::sortValue(const RunSummary &run, int column)
{
    switch (column) {
    case Id: return run.id;
    case When: return run.created.toMSecsSinceEpoch();
    case Data: return run.dataName.toLower();
    case Target: return run.target.toLower();
    case Families: return families(run.families).toLower();
    case Best: return ModelsText::family(run.bestFamily).toLower();
    case TestAuc: return metric(run.testAuc);
    case CvAuc: return metric(run.cvAuc);
    case F1: return metric(run.testF1);
    case Customers: return run.trainRows + run.testRows;
    case Seconds: return run.seconds;
    case Status: return run.status;
    case Note: return run.note.toLower();
    case Tags: return run.tags.join(QLatin1Char(',')).toLower();
    }
    return {};
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunSummary &run = m_runs[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(run, index.column());
    case SortRole: return sortValue(run, index.column());
    case SearchRole: return m_search[size_t(index.row())];
    case IdRole: return run.id;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Id:
        case TestAuc:
        case CvAuc:
        case F1:
        case Customers:
        case Seconds: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        if (index.column() == Status && run.status == QLatin1String("canceled"))
            return tr("Training was canceled; the models finished before that were kept.");
        if (index.column() == Note && !run.note.isEmpty())
            return run.note;
        if (index.column() == Customers)
            return tr("%1 customers to learn from, %2 kept aside to test the models")
                .arg(format::count(run.trainRows), format::count(run.testRows));
        if (index.column() == Data && !run.dataFingerprint.isEmpty())
            return tr("%1\nContent fingerprint %2…").arg(run.dataName, run.dataFingerprint.left(12));
        return {};
    default: return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Id: return tr("Run");
        case When: return tr("When");
        case Data: return tr("Data");
        case Target: return tr("Churn column");
        case Families: return tr("Models trained");
        case Best: return tr("Best model");
        case TestAuc: return tr("Test ROC AUC");
        case CvAuc: return tr("CV ROC AUC");
        case F1: return tr("F1");
        case Customers: return tr("Customers");
        case Seconds: return tr("Time");
        case Status: return tr("Status");
        case Note: return tr("Note");
        case Tags: return tr("Tags");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TestAuc:
            return tr("How well the best model ranks churners above stayers on customers it never saw: "
                      "1 is perfect, 0.5 is guessing.");
        case CvAuc: return tr("The same measure averaged over the cross-validation folds of the training customers.");
        case F1: return tr("Balance of churners caught and flagged customers who really churn, at the chosen threshold.");
        case Customers: return tr("Customers in the data the run used (learning and test).");
        case Best: return tr("The model the run picked as best (by cross-validated ROC AUC).");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

} // namespace churnlens
