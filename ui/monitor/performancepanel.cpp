#include "performancepanel.h"

#include "common/format.h"
#include "monitortext.h"
#include "services/monitorservice.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace churnlens {

namespace {

double testValue(const QJsonObject &test, const QString &name)
{
    const QJsonValue v = test.value(name);
    return v.isDouble() ? v.toDouble() : std::nan("");
}

QString auc(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 3) : format::missing();
}

QString aucWithInterval(double v, const Interval &i)
{
    if (!std::isfinite(v))
        return format::missing();
    if (!i.isValid())
        return auc(v);
    return MonitorText::tr("%1 (%2 – %3)").arg(auc(v), auc(i.low), auc(i.high));
}

struct Metric
{
    const char *key;
    QString label;
    QString tip;
};

QList<Metric> metrics()
{
    return {
        {"accuracy", PerformancePanel::tr("Right calls (accuracy)"),
         PerformancePanel::tr("Share of customers the model called right: leaves or stays, at its decision threshold.")},
        {"precision", PerformancePanel::tr("Flagged who left (precision)"),
         PerformancePanel::tr("Of the customers the model flags as leaving, the share who actually leave.")},
        {"recall", PerformancePanel::tr("Leavers caught (recall)"),
         PerformancePanel::tr("Of the customers who leave, the share the model flags.")},
        {"f1", PerformancePanel::tr("Balance of both (F1)"),
         PerformancePanel::tr("One number for precision and recall together (their harmonic mean).")},
        {"roc_auc", PerformancePanel::tr("Ranking (ROC AUC)"),
         PerformancePanel::tr("The chance that a customer who leaves gets a higher score than one who stays: 0.5 is a coin "
                              "toss, 1 is perfect. Does not depend on the threshold.")},
    };
}

} // namespace

PerformancePanel::PerformancePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_grid(new QGridLayout)
{
    m_title->setObjectName(QStringLiteral("performanceTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("performanceNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(5);
    m_grid->setColumnStretch(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(m_grid);
    layout->addWidget(m_note);
    layout->addStretch(1);
    setReport(nullptr, {}, std::nan(""), {});
}

QString PerformancePanel::title() const
{
    return m_title->text();
}

QString PerformancePanel::note() const
{
    return m_note->text();
}

QString PerformancePanel::value(const QString &metric, int column) const
{
    for (const auto &[key, labels] : m_rows)
        if (key == metric && column >= 0 && column < labels.size())
            return labels[column]->text();
    return {};
}

void PerformancePanel::clearRows()
{
    for (auto &[key, labels] : m_rows)
        qDeleteAll(labels);
    m_rows.clear();
}

void PerformancePanel::addRow(const QString &key, const QString &label, const QString &tip, const QString &now, const QString &then)
{
    const int row = m_grid->rowCount();
    QList<QLabel *> labels;
    for (const QString &text : {label, now, then}) {
        auto *l = new QLabel(text, this);
        l->setToolTip(tip);
        if (!labels.isEmpty())
            l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(l, row, int(labels.size()));
        labels << l;
    }
    m_rows.append({key, labels});
}

void PerformancePanel::setReport(std::shared_ptr<const MonitorReport> report, const QJsonObject &test, double trainChurnRate,
                                 const QString &target)
{
    clearRows();
    if (!report) {
        m_title->setText(tr("How well the model does"));
        m_note->clear();
        return;
    }
    // A header row: the columns' names.
    addRow(QStringLiteral("header"), QString(), QString(),
           report->realised ? tr("This file") : tr("This file (estimated)"), tr("In training"));
    for (QLabel *l : m_rows.last().second) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    m_rows.last().second.last()->setToolTip(tr("On the model's own test rows when it was trained (meta.json)."));
    const double threshold = report->testThreshold;
    if (report->realised) {
        const RealisedPerformance &r = *report->realised;
        m_title->setText(tr("How well the model does on this file: measured"));
        m_title->setToolTip({});
        for (const Metric &m : metrics()) {
            const QString key = QString::fromLatin1(m.key);
            const Interval interval = r.intervals.contains(key) ? r.intervals.at(key) : Interval{};
            const double v = r.metrics.value(key);
            const QString now = key == QLatin1String("roc_auc") ? aucWithInterval(v, interval) : MonitorText::percentWithInterval(v, interval);
            const double t = testValue(test, key);
            addRow(key, m.label, m.tip, now, key == QLatin1String("roc_auc") ? auc(t) : format::percent(t));
        }
        addRow(QStringLiteral("churn_rate"), tr("Churn rate"), tr("Share of customers who left: in this file, and in the training data."),
               format::percent(r.rows > 0 ? double(r.positives) / double(r.rows) : std::nan("")), format::percent(trainChurnRate));
        m_note->setText(tr("Measured on the %1 customers whose outcome this file has, at the model's threshold of %2. "
                           "In brackets: the range the true value lies in with 95% confidence.")
                            .arg(format::count(r.rows), format::percent(threshold)));
        m_note->setToolTip({});
    } else {
        const EstimatedPerformance &e = report->estimated;
        m_title->setText(tr("How well the model does on this file: estimated (no outcomes in this file)"));
        const QString assumption = tr("Estimated from the model's own probabilities (confidence-based performance estimation): "
                                      "each customer is taken to leave with the probability the model gives. This assumes that "
                                      "customers who look alike behave as they did in training, and it is only as good as the "
                                      "model's calibration. When the outcomes are known, open the file with them to measure.");
        m_title->setToolTip(assumption);
        const std::pair<const char *, double> values[] = {{"accuracy", e.accuracy}, {"precision", e.precision}, {"recall", e.recall},
                                                           {"f1", e.f1}, {"roc_auc", e.rocAuc}};
        for (const Metric &m : metrics()) {
            const QString key = QString::fromLatin1(m.key);
            double v = std::nan("");
            for (const auto &[k, value] : values)
                if (key == QLatin1String(k))
                    v = value;
            const QString now = key == QLatin1String("roc_auc") ? auc(v)
                                : key == QLatin1String("accuracy") ? MonitorText::percentWithInterval(v, e.accuracyInterval)
                                                                    : format::percent(v);
            const double t = testValue(test, key);
            addRow(key, m.label, m.tip + QStringLiteral("\n\n") + assumption, now,
                   key == QLatin1String("roc_auc") ? auc(t) : format::percent(t));
        }
        addRow(QStringLiteral("churn_rate"), tr("Churn rate (expected)"),
               tr("The average predicted probability in this file, and the share who left in the training data."),
               format::percent(e.expectedChurnRate), format::percent(trainChurnRate));
        m_note->setText(tr("Estimated: this file has no outcomes (no %1 column). It assumes customers who look alike "
                           "behave as in training.")
                            .arg(target.isEmpty() ? tr("churn") : target));
        m_note->setToolTip(assumption);
    }
}

} // namespace churnlens
