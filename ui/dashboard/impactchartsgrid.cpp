#include "impactchartsgrid.h"

#include "common/chartpanel.h"
#include "data/datatable.h"
#include "impactchartwidget.h"
#include "report/impactcharts.h"
#include "services/impactservice.h"
#include "common/wheelguard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

#include <cmath>

namespace churnlens {

namespace {
QString num(double v)
{
    return ChartTable::number(v);
}

ChartTable profitTable(const ProfitCurve &curve)
{
    ChartTable t;
    t.header = {QStringLiteral("share_contacted"), QStringLiteral("customers"), QStringLiteral("net_saving"),
                QStringLiteral("net_saving_p10"), QStringLiteral("net_saving_p90"), QStringLiteral("campaign_cost")};
    for (const ProfitPoint &p : curve.points)
        t.rows.append({num(p.share), QString::number(p.customers), num(p.net), num(p.netLow), num(p.netHigh), num(p.cost)});
    return t;
}

ChartTable gainsTable(const ProfitCurve &curve)
{
    ChartTable t;
    t.header = {QStringLiteral("share_contacted"), QStringLiteral("customers"), QStringLiteral("expected_churners_reached"),
                QStringLiteral("recorded_churners_reached"), QStringLiteral("random")};
    for (const ProfitPoint &p : curve.points)
        t.rows.append({num(p.share), QString::number(p.customers), num(p.gains),
                       curve.hasOutcomes ? num(p.gainsObserved) : QString(), num(p.share)});
    return t;
}

ChartTable segmentTable(const SegmentBreakdown &s)
{
    ChartTable t;
    t.header = {QStringLiteral("column"), QStringLiteral("segment"), QStringLiteral("customers"),
                QStringLiteral("predicted_churn_rate"), QStringLiteral("expected_churners"), QStringLiteral("high_risk"),
                QStringLiteral("monthly_revenue_at_risk"), QStringLiteral("recorded_churn_rate")};
    for (const SegmentRow &r : s.rows)
        t.rows.append({s.columnName, r.label, QString::number(r.customers), num(r.meanProbability), num(r.expectedChurners),
                       QString::number(r.high), num(r.monthlyRevenueAtRisk), num(r.observedChurnRate)});
    return t;
}

ChartTable trendTable(const std::vector<ImpactTrendPoint> &trend)
{
    ChartTable t;
    t.header = {QStringLiteral("scored_at"), QStringLiteral("source"), QStringLiteral("model"), QStringLiteral("customers"),
                QStringLiteral("high_risk"), QStringLiteral("predicted_churn_rate"), QStringLiteral("monthly_revenue_at_risk"),
                QStringLiteral("recorded_churn_rate")};
    for (const ImpactTrendPoint &p : trend)
        t.rows.append({p.at.toString(Qt::ISODate), p.source, p.model, QString::number(p.rows), QString::number(p.high),
                       num(p.meanProbability), num(p.monthlyRevenueAtRisk), num(p.observedChurnRate)});
    return t;
}
} // namespace

ImpactChartsGrid::ImpactChartsGrid(QWidget *parent)
    : QWidget(parent)
    , m_profit(new ChartPanel(QStringLiteral("impact-profit-curve"), this))
    , m_gains(new ChartPanel(QStringLiteral("impact-gains"), this))
    , m_segments(new ChartPanel(QStringLiteral("impact-segments"), this))
    , m_trend(new ChartPanel(QStringLiteral("impact-trend"), this))
    , m_picker(new QComboBox(this))
{
    m_picker->setObjectName(QStringLiteral("segmentPicker"));
    m_picker->setToolTip(tr("The column that splits the customers into segments"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    WheelGuard::install(m_picker);
    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        const QString column = m_picker->itemData(index).toString();
        if (column == m_segmentColumn)
            return;
        m_segmentColumn = column;
        showSegments(); // at once when the report has it; the rebuild puts it first for the PDF
        Q_EMIT segmentColumnChanged(column);
    });
    auto *pickerRow = new QHBoxLayout;
    pickerRow->setContentsMargins(0, 0, 0, 0);
    auto *pickerLabel = new QLabel(tr("Segments by:"), this);
    pickerLabel->setBuddy(m_picker);
    pickerRow->addWidget(pickerLabel);
    pickerRow->addWidget(m_picker);
    pickerRow->addStretch(1);
    // The picker has a row of its own, so the segment and trend panels stay aligned.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    grid->addWidget(m_profit, 0, 0);
    grid->addWidget(m_gains, 0, 1);
    grid->addLayout(pickerRow, 1, 0);
    grid->addWidget(m_segments, 2, 0);
    grid->addWidget(m_trend, 2, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    for (ChartPanel *p : {m_profit, m_gains, m_segments, m_trend})
        p->setMessage(tr("Waiting for the scores…"));
}

ImpactChartWidget *ImpactChartsGrid::chartOf(ChartPanel *panel)
{
    if (auto *w = qobject_cast<ImpactChartWidget *>(panel->content()))
        return w;
    auto *w = new ImpactChartWidget;
    panel->setWidget(w);
    return w;
}

void ImpactChartsGrid::setSegmentColumn(const QString &column)
{
    m_segmentColumn = column;
    showSegments();
}

void ImpactChartsGrid::setReport(std::shared_ptr<const ImpactReport> report, const DataTable *table, bool hasProject)
{
    m_report = std::move(report);
    fillPicker(table);
    showCurves();
    showSegments();
    showTrend(hasProject);
}

void ImpactChartsGrid::fillPicker(const DataTable *table)
{
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    if (m_report) {
        for (const SegmentBreakdown &s : m_report->segments)
            m_picker->addItem(named(s.columnName), s.columnName);
    }
    if (table) {
        for (const Column &c : table->columns()) {
            const bool categorical = c.type() == ColumnType::Categorical || c.type() == ColumnType::Boolean;
            if (!categorical || c.role() == ColumnRole::Id || c.role() == ColumnRole::Target || m_picker->findData(c.name()) >= 0)
                continue;
            m_picker->addItem(named(c.name()), c.name());
        }
    }
    const SegmentBreakdown *shown = shownSegments();
    m_picker->setCurrentIndex(shown ? m_picker->findData(shown->columnName) : -1);
    m_picker->setEnabled(m_picker->count() > 0);
}

const SegmentBreakdown *ImpactChartsGrid::shownSegments() const
{
    if (!m_report || m_report->segments.empty())
        return nullptr;
    for (const SegmentBreakdown &s : m_report->segments)
        if (s.columnName == m_segmentColumn)
            return &s;
    return &m_report->segments.front();
}

void ImpactChartsGrid::showCurves()
{
    if (!m_report || m_report->curve.points.empty()) {
        m_profit->setMessage(tr("No customers to rank yet."));
        m_gains->setMessage(tr("No customers to rank yet."));
        return;
    }
    auto report = m_report;
    chartOf(m_profit)->setPaint([report](QPainter *p, const QRectF &r, const ImpactChartStyle &s) {
        ImpactCharts::paintProfitCurve(p, r, report->curve, s, tr("Net saving by share contacted"));
    });
    m_profit->setTable(profitTable(report->curve));
    chartOf(m_gains)->setPaint([report](QPainter *p, const QRectF &r, const ImpactChartStyle &s) {
        ImpactCharts::paintGains(p, r, report->curve, s, tr("Likely leavers reached (gains)"));
    });
    m_gains->setTable(gainsTable(report->curve));
}

void ImpactChartsGrid::showSegments()
{
    const SegmentBreakdown *shown = shownSegments();
    if (!shown) {
        m_segments->setMessage(tr("No column to split the customers by."));
        m_drawn.reset();
        return;
    }
    if (const int at = m_picker->findData(shown->columnName); at >= 0 && at != m_picker->currentIndex()) {
        const QSignalBlocker block(m_picker);
        m_picker->setCurrentIndex(at);
    }
    // Copy the breakdown: the chart must not point into a report that a newer one replaces. The
    // chart names known levels in the user's language; the copied data keeps the file's values.
    auto segments = std::make_shared<const SegmentBreakdown>(*shown);
    auto drawn = std::make_shared<SegmentBreakdown>(*shown);
    if (m_valueName && !drawn->banded) {
        for (SegmentRow &row : drawn->rows) {
            if (const QString name = m_valueName(drawn->columnName, row.label); !name.isEmpty())
                row.label = name;
        }
    }
    const bool money = m_report->kpis.hasCharges;
    const QString title = money ? tr("Revenue at risk per month by %1").arg(named(segments->columnName))
                                : tr("Customers likely to leave by %1").arg(named(segments->columnName));
    m_drawn = drawn;
    chartOf(m_segments)->setPaint([drawn, title](QPainter *p, const QRectF &r, const ImpactChartStyle &s) {
        ImpactCharts::paintSegments(p, r, *drawn, s, title);
    });
    m_segments->setTable(segmentTable(*segments));
    m_segments->setFileName(QStringLiteral("impact-segments-%1").arg(segments->columnName));
}

void ImpactChartsGrid::showTrend(bool hasProject)
{
    if (!m_report || m_report->trend.size() < 2) {
        const int n = m_report ? int(m_report->trend.size()) : 0;
        m_trend->setMessage(hasProject
                                ? tr("The trend appears once this project holds several scorings (so far: %1).").arg(n)
                                : tr("The trend appears once several scorings are recorded in a project: save your work as a "
                                     "project and score each new customer file in it."));
        return;
    }
    auto report = m_report;
    chartOf(m_trend)->setPaint([report](QPainter *p, const QRectF &r, const ImpactChartStyle &s) {
        ImpactCharts::paintTrend(p, r, report->trend, s, tr("High risk and revenue at risk over time"));
    });
    m_trend->setTable(trendTable(report->trend));
}

} // namespace churnlens
