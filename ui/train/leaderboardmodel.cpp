#include "leaderboardmodel.h"

#include "common/format.h"
#include "evaluationcharts.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

#include <cmath>
#include <limits>

namespace churnlens {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

bool lowerIsBetter(int column)
{
    return column == LeaderboardModel::LogLoss || column == LeaderboardModel::Brier || column == LeaderboardModel::CalibrationError;
}

} // namespace

LeaderboardModel::LeaderboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LeaderboardModel::setResults(std::shared_ptr<const TrainResults> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

void LeaderboardModel::setSource(Source source)
{
    if (source == m_source)
        return;
    m_source = source;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, RocAuc), index(rowCount() - 1, Brier));
    Q_EMIT headerDataChanged(Qt::Horizontal, RocAuc, Brier);
}

int LeaderboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_results ? 0 : m_results->modelCount();
}

int LeaderboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeaderboardModel::metricName(int column)
{
    switch (column) {
    case CvRocAuc:
    case RocAuc: return QStringLiteral("roc_auc");
    case PrAuc: return QStringLiteral("pr_auc");
    case Accuracy: return QStringLiteral("accuracy");
    case Precision: return QStringLiteral("precision");
    case Recall: return QStringLiteral("recall");
    case F1: return QStringLiteral("f1");
    case LogLoss: return QStringLiteral("log_loss");
    case Brier: return QStringLiteral("brier");
    default: return {};
    }
}

double LeaderboardModel::value(const ModelReport &m, int column) const
{
    const QString metric = metricName(column);
    if (column == CvRocAuc || (!metric.isEmpty() && m_source == Source::CrossValidation)) {
        const auto it = m.cv.find(metric);
        return it == m.cv.end() ? NaN : it->second.mean;
    }
    if (!metric.isEmpty())
        return m.test.value(metric);
    if (column == CalibrationError)
        return m.ece;
    if (column == Threshold)
        return m.threshold;
    if (column == Seconds)
        return m.seconds;
    return NaN;
}

QVariant LeaderboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_results)
        return {};
    const TrainReport &report = m_results->report;
    const ModelReport &m = report.models[size_t(index.row())];
    const int col = index.column();
    const bool best = index.row() == report.best;
    const QString metric = metricName(col);
    const bool cvCell = col == CvRocAuc || (!metric.isEmpty() && m_source == Source::CrossValidation);
    const auto cv = m.cv.find(metric);
    switch (role) {
    case Qt::DisplayRole:
        if (col == Model)
            return best ? QStringLiteral("★ ") + displayName(m.kind) : displayName(m.kind);
        if (col == Seconds)
            return format::seconds(m.seconds);
        if (col == CalibrationError)
            return format::percent(m.ece);
        if (cvCell) {
            if (cv == m.cv.end())
                return format::missing(); // trained without cross-validation
            return QStringLiteral("%1 ± %2").arg(format::number(cv->second.mean, 3), format::number(cv->second.std, 3));
        }
        return format::number(value(m, col), col == Threshold ? 3 : (lowerIsBetter(col) ? 4 : 3));
    case Qt::UserRole:
        if (col == Model)
            return displayName(m.kind);
        return value(m, col);
    case Qt::ToolTipRole:
        if (col == Model)
            return (best ? tr("The best model: highest %1.").arg(report.options.folds >= 2 ? tr("cross-validated ROC AUC") : tr("test ROC AUC"))
                         : QString())
                 + (best ? QStringLiteral("\n") : QString()) + tr("Settings: %1").arg(m.spec.describe());
        if (col == CalibrationError)
            return EvaluationCharts::calibrationSummary(m);
        if (!metric.isEmpty()) {
            QString tip = tr("Test customers: %1").arg(format::number(m.test.value(metric), 4));
            if (cv != m.cv.end())
                tip += QLatin1Char('\n')
                     + tr("Cross-validation: %1 ± %2").arg(format::number(cv->second.mean, 4), format::number(cv->second.std, 4));
            return tip;
        }
        return {};
    case Qt::FontRole:
        if (best) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (best) {
            QColor c = QApplication::palette().color(QPalette::Highlight);
            c.setAlphaF(0.14f);
            return c;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(col == Model ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LeaderboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Model: return tr("Model");
        case CvRocAuc: return tr("CV ROC AUC");
        case RocAuc: return tr("ROC AUC");
        case PrAuc: return tr("PR AUC");
        case Accuracy: return tr("Accuracy");
        case Precision: return tr("Precision");
        case Recall: return tr("Recall");
        case F1: return tr("F1");
        case LogLoss: return tr("Log loss");
        case Brier: return tr("Brier");
        case CalibrationError: return tr("Calib. error");
        case Threshold: return tr("Threshold");
        case Seconds: return tr("Time");
        }
    }
    if (role == Qt::ToolTipRole) {
        const QString where = m_source == Source::Test ? tr("On the test customers.")
                                                       : tr("Mean ± spread over the cross-validation folds.");
        switch (section) {
        case Model: return tr("The kind of model. ★ marks the best one.");
        case CvRocAuc:
            return tr("How well the model ranks churners above stayers on customers it did not see, averaged over the "
                      "cross-validation folds (± how much it varies). 0.5 = guessing, 1 = perfect. Picks the best model.");
        case RocAuc:
            return tr("ROC AUC: the chance that a random churner gets a higher score than a random stayer. "
                      "0.5 = guessing, 1 = perfect. ") + where;
        case PrAuc:
            return tr("PR AUC (average precision): how precise the flagged list stays as more churners are caught. "
                      "Guessing scores the churn rate. ") + where;
        case Accuracy: return tr("Share of customers classified correctly at the threshold. ") + where;
        case Precision: return tr("Of the customers flagged, the share that really churned. ") + where;
        case Recall: return tr("Of the customers who churned, the share that was flagged. ") + where;
        case F1: return tr("F1: the balance (harmonic mean) of precision and recall. ") + where;
        case LogLoss:
            return tr("Log loss: how far the probabilities are from what happened; confident mistakes cost most. "
                      "Lower is better. ") + where;
        case Brier: return tr("Brier score: mean squared error of the probabilities. Lower is better. ") + where;
        case CalibrationError:
            return tr("Calibration error (expected calibration error, ECE): customers grouped by predicted probability, how far the prediction is "
                      "from the share that really churned, on average. Lower is better. On the test customers, after "
                      "calibration; hover a cell for the value before.");
        case Threshold: return tr("Probability from which a customer is flagged, chosen on the training customers.");
        case Seconds: return tr("Time to cross-validate, tune and train this model.");
        }
    }
    return {};
}

} // namespace churnlens
