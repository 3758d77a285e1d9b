#include "waterfallwidget.h"

#include "common/chartstyle.h"
#include "common/format.h"
#include "ml/trainedmodel.h"

#include <QPainter>
#include <QLocale>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
constexpr int TopMargin = 34;
constexpr int BottomMargin = 40;
constexpr int RowHeight = 30;
} // namespace

WaterfallWidget::WaterfallWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("waterfall"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

QSize WaterfallWidget::minimumSizeHint() const
{
    return {460, TopMargin + BottomMargin + RowHeight * 4};
}

QSize WaterfallWidget::sizeHint() const
{
    return {760, TopMargin + BottomMargin + RowHeight * std::max(5, int(m_steps.size()))};
}

void WaterfallWidget::setExplanation(std::optional<CustomerExplanation> explanation, const QString &id, ModelKind kind,
                                     const Calibration &calibration)
{
    m_explanation = std::move(explanation);
    m_id = id;
    m_kind = kind;
    m_calibration = calibration;
    buildSteps();
    updateGeometry();
    update();
}

int WaterfallWidget::labelColumnWidth() const
{
    const QFontMetrics fm(font());
    int longest = 0;
    for (const Step &s : m_steps)
        longest = std::max(longest, fm.horizontalAdvance(s.label) + 12);
    // Long reasons ("Total charges of $101.19, below the usual $1,398.13, raise churn risk") get
    // the room they need as long as the bars keep at least 38% of the width.
    const int most = std::max(180, width() * 62 / 100);
    return std::clamp(longest, std::min(180, most), most);
}

bool WaterfallWidget::labelsFit() const
{
    const QFontMetrics fm(font());
    const int available = labelColumnWidth() - 8;
    for (const Step &s : m_steps) {
        const QRect needed = fm.boundingRect(QRect(0, 0, available, 1000), Qt::TextWordWrap | Qt::AlignRight, s.label);
        if (needed.width() > available || needed.height() > 2 * fm.height())
            return false;
    }
    return true;
}

double WaterfallWidget::toProbability(double m) const
{
    return m_calibration.apply(m_kind == ModelKind::Forest ? TrainedModel::forestProbability(m) : 1.0 / (1.0 + std::exp(-m)));
}

void WaterfallWidget::buildSteps()
{
    m_steps.clear();
    if (!m_explanation)
        return;
    const CustomerExplanation &e = *m_explanation;
    double margin = e.baseValue;
    m_steps.push_back({tr("Starting point: the model's average customer"), toProbability(margin), toProbability(margin), 0.0,
                       Step::Kind::Start});
    const size_t shown = std::min(e.factors.size(), size_t(MaxSteps));
    for (size_t i = 0; i < shown; ++i) {
        const Factor &f = e.factors[i];
        const double before = toProbability(margin);
        margin += f.contribution;
        m_steps.push_back({f.text, before, toProbability(margin), f.contribution, Step::Kind::Factor});
    }
    double rest = e.otherContribution;
    for (size_t i = shown; i < e.factors.size(); ++i)
        rest += e.factors[i].contribution;
    const size_t restCount = e.factors.size() - shown + (e.otherContribution != 0.0 ? 1 : 0);
    if (restCount > 0) {
        const double before = toProbability(margin);
        margin += rest;
        m_steps.push_back({tr("%n other fields together", nullptr, int(restCount)), before, toProbability(margin), rest,
                           Step::Kind::Rest});
    }
    m_steps.push_back({tr("This customer"), toProbability(margin), toProbability(margin), 0.0, Step::Kind::End});
}

void WaterfallWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor ink = ChartStyle::ink();
    QFont bold = font();
    bold.setBold(true);
    QFont title = bold;
    title.setPointSizeF(title.pointSizeF() * 1.1);
    p.setFont(title);
    p.setPen(ink);
    if (!m_explanation) {
        p.drawText(rect(), Qt::AlignCenter, tr("Pick a customer to see why."));
        return;
    }
    const CustomerExplanation &e = *m_explanation;
    p.drawText(QRect(0, 4, width(), TopMargin - 8), Qt::AlignHCenter | Qt::AlignVCenter,
               tr("Why customer %1 has a churn probability of %2").arg(m_id, format::percent(e.probability, 1)));
    p.setFont(font());
    const QFontMetrics fm(font());
    const int labelWidth = labelColumnWidth();
    const int rows = int(m_steps.size());
    const int rowHeight = std::max(fm.height() + 8, std::min(RowHeight + 14, (height() - TopMargin - BottomMargin) / std::max(1, rows)));
    // A label longer than its column wraps onto a second line when the row has the height.
    const bool wrap = rowHeight >= 2 * fm.height() + 2;
    const QRect plot(labelWidth + 12, TopMargin, std::max(60, width() - labelWidth - 12 - 70), rowHeight * rows);

    double low = 1.0, high = 0.0;
    for (const Step &s : m_steps) {
        low = std::min({low, s.from, s.to});
        high = std::max({high, s.from, s.to});
    }
    // Zoom to where the steps happen, but on round percentages.
    low = std::max(0.0, std::floor(low * 10.0 - 0.5) / 10.0);
    high = std::min(1.0, std::ceil(high * 10.0 + 0.5) / 10.0);
    if (high - low < 0.1)
        high = std::min(1.0, low + 0.1);
    auto toX = [&](double v) { return plot.left() + (v - low) / (high - low) * plot.width(); };

    // Percent grid.
    const QList<double> ticks = ChartStyle::niceTicks(low, high, 6);
    for (double t : ticks) {
        const double x = toX(t);
        if (x < plot.left() - 0.5 || x > plot.left() + plot.width() + 0.5)
            continue;
        p.setPen(QPen(ChartStyle::grid(), 1, Qt::DotLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(ink);
        p.drawText(QRectF(x - 40, plot.bottom() + 4, 80, fm.height()), Qt::AlignHCenter, format::percent(t, 0));
    }
    p.drawText(QRect(plot.left(), plot.bottom() + 6 + fm.height(), plot.width(), fm.height() + 4), Qt::AlignHCenter,
               tr("Churn probability"));

    for (int i = 0; i < rows; ++i) {
        const Step &s = m_steps[size_t(i)];
        const QRectF row(0, plot.top() + i * rowHeight, width(), rowHeight);
        const bool edge = s.kind == Step::Kind::Start || s.kind == Step::Kind::End;
        p.setFont(edge ? bold : font());
        p.setPen(ink);
        const QRectF labelRect(4, row.top(), labelWidth - 8, rowHeight);
        if (wrap && fm.horizontalAdvance(s.label) > labelWidth - 8)
            p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, s.label);
        else
            p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(s.label, Qt::ElideRight, labelWidth - 8));
        if (edge) {
            // A marker with the probability.
            const double x = toX(s.to);
            const QColor c = s.kind == Step::Kind::End ? ink : ChartStyle::neutral();
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            QPainterPath diamond;
            const double cy = row.center().y();
            diamond.moveTo(x, cy - 7);
            diamond.lineTo(x + 7, cy);
            diamond.lineTo(x, cy + 7);
            diamond.lineTo(x - 7, cy);
            diamond.closeSubpath();
            p.drawPath(diamond);
            p.setPen(ink);
            p.drawText(QRectF(x + 10, row.top(), 90, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, format::percent(s.to, 1));
            continue;
        }
        const double x0 = toX(std::min(s.from, s.to));
        const double x1 = toX(std::max(s.from, s.to));
        const QColor c = s.contribution > 0 ? ChartStyle::churned() : ChartStyle::stayed();
        const QRectF bar(x0, row.top() + rowHeight * 0.22, std::max(2.0, x1 - x0), rowHeight * 0.56);
        p.fillRect(bar, s.kind == Step::Kind::Rest ? c.lighter(140) : c);
        // Connector to the next step's start.
        p.setPen(QPen(ChartStyle::grid().darker(130), 1, Qt::DashLine));
        const double xe = toX(s.to);
        p.drawLine(QPointF(xe, bar.bottom()), QPointF(xe, row.bottom() + rowHeight * 0.22));
        p.setPen(ink);
        const double points = (s.to - s.from) * 100.0;
        const QString change = (points >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                               + tr("%1 pts").arg(QLocale().toString(std::abs(points), 'f', 1));
        const int w = fm.horizontalAdvance(change) + 6;
        if (s.contribution > 0)
            p.drawText(QRectF(x1 + 4, row.top(), w, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, change);
        else
            p.drawText(QRectF(x0 - 4 - w, row.top(), w, rowHeight), Qt::AlignRight | Qt::AlignVCenter, change);
    }
}

ChartTable WaterfallWidget::chartTable() const
{
    ChartTable t;
    t.header = {QStringLiteral("step"), QStringLiteral("probability_before"), QStringLiteral("probability_after"),
                QStringLiteral("contribution_log_odds")};
    for (const Step &s : m_steps)
        t.rows.append({s.label, ChartTable::number(s.from), ChartTable::number(s.to), ChartTable::number(s.contribution)});
    return t;
}

} // namespace churnlens
