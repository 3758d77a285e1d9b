#include "confusionpanel.h"

#include "common/chartstyle.h"
#include "common/format.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSlider>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

constexpr int SliderSteps = 1000;

QLabel *header(const QString &text, const QString &tip, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setToolTip(tip);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    return l;
}

QString tint(const QColor &color, double strength)
{
    QColor c = color;
    c.setAlphaF(float(std::clamp(strength, 0.0, 1.0)));
    return QStringLiteral("rgba(%1,%2,%3,%4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alphaF(), 0, 'f', 3);
}

} // namespace

ConfusionPanel::ConfusionPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_spin(new QDoubleSpinBox(this))
    , m_reset(new QPushButton(tr("Back to chosen"), this))
    , m_flagged(new QLabel(this))
    , m_profit(new QLabel(this))
{
    m_title->setWordWrap(true);
    m_slider->setObjectName(QStringLiteral("thresholdSlider"));
    m_slider->setRange(0, SliderSteps);
    m_slider->setPageStep(SliderSteps / 20);
    m_slider->setToolTip(tr("Move to see what a lower threshold (more customers flagged) or a higher one (fewer, "
                            "surer) would do on the test customers."));
    m_spin->setObjectName(QStringLiteral("thresholdSpin"));
    m_spin->setRange(0.0, 1.0);
    m_spin->setDecimals(3);
    m_spin->setSingleStep(0.01);
    m_spin->setToolTip(tr("Customers with a churn probability at or above this are flagged."));
    m_reset->setToolTip(tr("Return to the threshold the rule chose on the training customers."));
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { setThreshold(double(v) / SliderSteps); });
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &ConfusionPanel::setThreshold);
    connect(m_reset, &QPushButton::clicked, this, &ConfusionPanel::resetThreshold);
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(new QLabel(tr("Threshold:"), this));
    thresholdRow->addWidget(m_slider, 1);
    thresholdRow->addWidget(m_spin);
    thresholdRow->addWidget(m_reset);

    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    grid->addWidget(header(tr("<b>Flagged</b><br>predicted to churn"), tr("Customers at or above the threshold."), this), 0, 1);
    grid->addWidget(header(tr("<b>Not flagged</b><br>predicted to stay"), tr("Customers below the threshold."), this), 0, 2);
    grid->addWidget(header(tr("<b>Churned</b>"), tr("Test customers who really left."), this), 1, 0);
    grid->addWidget(header(tr("<b>Stayed</b>"), tr("Test customers who really stayed."), this), 2, 0);
    const std::array<QString, 4> tips{
        tr("True positives: churners the model flags — the ones a retention campaign can reach."),
        tr("False negatives: churners the model misses."),
        tr("False positives: stayers flagged anyway — contacts that were not needed."),
        tr("True negatives: stayers correctly left alone.")};
    for (int i = 0; i < 4; ++i) {
        auto *cell = new QLabel(this);
        cell->setAlignment(Qt::AlignCenter);
        cell->setMinimumSize(150, 72);
        cell->setToolTip(tips[size_t(i)]);
        cell->setTextFormat(Qt::RichText);
        m_cells[size_t(i)] = cell;
        grid->addWidget(cell, 1 + i / 2, 1 + i % 2);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    auto *metricsRow = new QHBoxLayout;
    const std::array<QString, 4> metricTips{
        tr("Precision: of the flagged customers, the share that really churned."),
        tr("Recall: of the churners, the share that was flagged."),
        tr("F1: the balance (harmonic mean) of precision and recall; 1 is perfect."),
        tr("Accuracy: share of all test customers classified correctly.")};
    for (int i = 0; i < 4; ++i) {
        auto *m = new QLabel(this);
        m->setAlignment(Qt::AlignCenter);
        m->setToolTip(metricTips[size_t(i)]);
        m->setTextFormat(Qt::RichText);
        m_metrics[size_t(i)] = m;
        metricsRow->addWidget(m, 1);
    }
    m_flagged->setWordWrap(true);
    m_profit->setWordWrap(true);
    m_profit->setToolTip(tr("Value of the churners reached minus the cost of every contact, on the test customers, "
                            "with the amounts from the threshold rule."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(thresholdRow);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addLayout(metricsRow);
    layout->addWidget(m_flagged);
    layout->addWidget(m_profit);
    layout->addStretch(1);
    setModel(nullptr, -1);
}

void ConfusionPanel::setModel(std::shared_ptr<const TrainResults> results, int index)
{
    m_results = std::move(results);
    m_index = m_results && index >= 0 && index < m_results->modelCount() ? index : -1;
    const bool on = m_index >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_slider, m_spin, m_reset})
        w->setEnabled(on);
    if (on)
        resetThreshold();
    else
        refresh();
}

void ConfusionPanel::resetThreshold()
{
    if (m_index >= 0)
        setThreshold(m_results->report.models[size_t(m_index)].threshold);
}

void ConfusionPanel::setThreshold(double threshold)
{
    if (std::isnan(threshold))
        return;
    m_threshold = std::clamp(threshold, 0.0, 1.0);
    {
        const QSignalBlocker a(m_slider), b(m_spin);
        m_slider->setValue(int(std::lround(m_threshold * SliderSteps)));
        m_spin->setValue(m_threshold);
    }
    refresh();
    Q_EMIT thresholdChanged(m_threshold, m_counts);
}

void ConfusionPanel::refresh()
{
    if (m_index < 0) {
        m_counts = {};
        m_title->setText(tr("Train a model to see whom it flags."));
        for (QLabel *l : m_cells) {
            l->clear();
            l->setStyleSheet(QString());
        }
        for (QLabel *l : m_metrics)
            l->clear();
        m_flagged->clear();
        m_profit->clear();
        return;
    }
    const ModelReport &model = m_results->report.models[size_t(m_index)];
    m_counts = m_results->thresholds[size_t(m_index)].at(m_threshold);
    const ConfusionMatrix &c = m_counts;
    const bool chosen = std::abs(m_threshold - model.threshold) < 5e-4;
    m_title->setText(tr("<b>%1 on %2 test customers</b> — flagged from a churn probability of %3%4")
                         .arg(displayName(model.kind), format::count(c.total()), format::number(m_threshold, 3),
                              chosen ? tr(" (the chosen threshold)") : tr(" (chosen: %1)").arg(format::number(model.threshold, 3))));
    m_reset->setEnabled(!chosen);
    const qint64 churned = c.truePositives + c.falseNegatives;
    const qint64 stayed = c.falsePositives + c.trueNegatives;
    const std::array<qint64, 4> counts{c.truePositives, c.falseNegatives, c.falsePositives, c.trueNegatives};
    const std::array<QString, 4> captions{tr("churners caught"), tr("churners missed"), tr("false alarms"), tr("stayers left alone")};
    const QColor ink = palette().color(QPalette::WindowText);
    for (int i = 0; i < 4; ++i) {
        const qint64 rowTotal = i < 2 ? churned : stayed;
        const double share = rowTotal > 0 ? double(counts[size_t(i)]) / double(rowTotal) : 0.0;
        const QColor base = i < 2 ? ChartStyle::churned() : ChartStyle::stayed();
        m_cells[size_t(i)]->setText(QStringLiteral("<span style='font-size:x-large; font-weight:600'>%1</span><br>%2<br><small>%3</small>")
                                        .arg(format::count(counts[size_t(i)]), captions[size_t(i)],
                                             tr("%1 of the %2").arg(format::percent(share), i < 2 ? tr("churners") : tr("stayers"))));
        m_cells[size_t(i)]->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: 4px; color: %2; }")
                                              .arg(tint(base, 0.08 + 0.5 * share), ink.name()));
    }
    const std::array<std::pair<QString, QString>, 4> metrics{
        std::pair{tr("Precision"), format::percent(c.precision())}, std::pair{tr("Recall"), format::percent(c.recall())},
        std::pair{tr("F1"), format::number(c.f1(), 3)}, std::pair{tr("Accuracy"), format::percent(c.accuracy())}};
    for (int i = 0; i < 4; ++i)
        m_metrics[size_t(i)]->setText(QStringLiteral("<span style='font-size:large; font-weight:600'>%1</span><br>%2")
                                          .arg(metrics[size_t(i)].second, metrics[size_t(i)].first));
    const qint64 flagged = c.truePositives + c.falsePositives;
    m_flagged->setText(tr("%1 of %2 test customers flagged (%3); %4 of them really churned.")
                           .arg(format::count(flagged), format::count(c.total()),
                                format::percent(c.total() > 0 ? double(flagged) / double(c.total()) : 0.0),
                                format::count(c.truePositives)));
    const ThresholdPolicy &policy = m_results->report.options.threshold;
    if (policy.kind == ThresholdPolicy::Kind::BestProfit) {
        m_profit->setText(tr("Expected profit of contacting them: %1 (contact %2, saved customer %3).")
                              .arg(format::number(policy.profit(c.truePositives, flagged), 0),
                                   format::number(policy.contactCost, 2), format::number(policy.savedValue, 2)));
        m_profit->show();
    } else {
        m_profit->hide();
    }
}

QString ConfusionPanel::shownText(const QString &what) const
{
    static const QStringList cells{QStringLiteral("tp"), QStringLiteral("fn"), QStringLiteral("fp"), QStringLiteral("tn")};
    static const QStringList metrics{QStringLiteral("precision"), QStringLiteral("recall"), QStringLiteral("f1"), QStringLiteral("accuracy")};
    QLabel *label = nullptr;
    if (const auto i = cells.indexOf(what); i >= 0)
        label = m_cells[size_t(i)];
    else if (const auto j = metrics.indexOf(what); j >= 0)
        label = m_metrics[size_t(j)];
    if (!label)
        return {};
    // The first line of the label, without markup.
    QString text = label->text();
    text = text.left(text.indexOf(QLatin1String("<br>")));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

void ConfusionPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Wrapped labels need more lines when narrow, which Qt's minimum size leaves out: a splitter
    // would squeeze the cells over each other. Hold the height the layout needs at this width.
    if (event->oldSize().width() != event->size().width() && layout())
        setMinimumHeight(layout()->totalHeightForWidth(width()));
}

void ConfusionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace churnlens
