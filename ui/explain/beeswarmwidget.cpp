#include "beeswarmwidget.h"

#include "data/datatable.h"
#include "common/chartstyle.h"
#include "levelorder.h"
#include "common/riskstyle.h"
#include "explain/sampleexplanation.h"
#include "explain/factorwriter.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace churnlens {

namespace {
constexpr int TopMargin = 34;
constexpr int BottomMargin = 46;
constexpr int LegendWidth = 78;
constexpr double Dot = 4.5;
} // namespace

BeeswarmWidget::BeeswarmWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("beeswarm"));
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

BeeswarmWidget::~BeeswarmWidget() = default;

QSize BeeswarmWidget::minimumSizeHint() const
{
    return {420, 260};
}

QSize BeeswarmWidget::sizeHint() const
{
    return {720, TopMargin + BottomMargin + 34 * std::max<int>(6, int(m_fields.size()))};
}

void BeeswarmWidget::setData(std::shared_ptr<const SampleExplanation> explanation, std::shared_ptr<const DataTable> table,
                             int maxFields, const FieldLabels &labels)
{
    m_labels = labels;
    m_explanation = std::move(explanation);
    m_table = std::move(table);
    m_fields.clear();
    if (m_explanation) {
        for (int f : m_explanation->ranking()) {
            if (int(m_fields.size()) >= maxFields)
                break;
            if (m_explanation->fieldColumns[size_t(f)] >= 0)
                m_fields.push_back(f);
        }
    }
    prepare();
    m_dirty = true;
    updateGeometry();
    update();
}

void BeeswarmWidget::prepare()
{
    m_color.assign(m_fields.size(), {});
    m_low = -0.5;
    m_high = 0.5;
    if (!m_explanation || !m_table)
        return;
    const SampleExplanation &e = *m_explanation;
    const QFontMetrics fm(font());
    m_labelWidth = 80;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const int f = m_fields[i];
        const Column &column = m_table->column(e.fieldColumns[size_t(f)]);
        m_labelWidth = std::max(m_labelWidth, fm.horizontalAdvance(m_labels.label(column)) + 16);
        std::vector<float> &colors = m_color[i];
        colors.resize(e.rows.size());
        if (column.isNumericStorage()) {
            // Colour by rank, so a skewed field (charges, tenure) still spreads over the scale.
            std::vector<double> sorted;
            sorted.reserve(e.rows.size());
            for (qsizetype r : e.rows)
                if (!column.isMissing(r))
                    sorted.push_back(column.value(r));
            std::sort(sorted.begin(), sorted.end());
            for (size_t k = 0; k < e.rows.size(); ++k) {
                const double v = column.value(e.rows[k]);
                if (std::isnan(v) || sorted.size() < 2) {
                    colors[k] = std::isnan(v) ? NAN : 0.5f;
                    continue;
                }
                const auto lo = std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin();
                const auto hi = std::upper_bound(sorted.begin(), sorted.end(), v) - sorted.begin();
                colors[k] = float((double(lo + hi - 1) / 2.0) / double(sorted.size() - 1));
            }
        } else {
            const int levels = std::max(2, int(column.dictionary().size()));
            const std::vector<int> position = levelPositions(column.dictionary());
            for (size_t k = 0; k < e.rows.size(); ++k) {
                const int32_t code = column.code(e.rows[k]);
                colors[k] = code < 0 ? NAN : float(double(position.at(size_t(code))) / double(levels - 1));
            }
        }
        for (size_t k = 0; k < e.rows.size(); ++k) {
            const double v = e.shap.at(qsizetype(k), f);
            m_low = std::min(m_low, v);
            m_high = std::max(m_high, v);
        }
    }
    const double pad = 0.04 * (m_high - m_low);
    m_low -= pad;
    m_high += pad;
}

QRect BeeswarmWidget::plotRect() const
{
    return QRect(m_labelWidth, TopMargin, std::max(40, width() - m_labelWidth - LegendWidth),
                 std::max(40, height() - TopMargin - BottomMargin));
}

double BeeswarmWidget::toX(double v, const QRect &plot) const
{
    return plot.left() + (v - m_low) / (m_high - m_low) * plot.width();
}

void BeeswarmWidget::layoutDots()
{
    m_dirty = false;
    m_dots.assign(m_fields.size(), {});
    if (!m_explanation || m_fields.empty())
        return;
    const QRect plot = plotRect();
    const double rowHeight = double(plot.height()) / double(m_fields.size());
    const SampleExplanation &e = *m_explanation;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const int f = m_fields[i];
        std::vector<QPointF> &dots = m_dots[i];
        dots.resize(e.rows.size());
        // Pile the dots of each dot-wide column of pixels alternately above and below the centre.
        std::unordered_map<int, int> pile;
        int tallest = 1;
        std::vector<int> bucket(e.rows.size());
        std::vector<int> rank(e.rows.size());
        for (size_t k = 0; k < e.rows.size(); ++k) {
            const double x = toX(e.shap.at(qsizetype(k), f), plot);
            bucket[k] = int(std::floor(x / Dot));
            rank[k] = pile[bucket[k]]++;
            tallest = std::max(tallest, rank[k] + 1);
            dots[k].setX(x);
        }
        const double centre = plot.top() + rowHeight * (double(i) + 0.5);
        const double step = std::min(Dot * 0.8, (rowHeight * 0.44) / std::max(1.0, (tallest + 1) / 2.0));
        for (size_t k = 0; k < e.rows.size(); ++k) {
            const int r = rank[k];
            const double offset = ((r + 1) / 2) * step * (r % 2 ? -1.0 : 1.0);
            dots[k].setY(centre + offset);
        }
    }
}

void BeeswarmWidget::resizeEvent(QResizeEvent *event)
{
    m_dirty = true;
    QWidget::resizeEvent(event);
}

void BeeswarmWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QColor ink = ChartStyle::ink();
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    p.setFont(titleFont);
    p.setPen(ink);
    p.drawText(QRect(0, 4, width(), TopMargin - 8), Qt::AlignHCenter | Qt::AlignVCenter,
               tr("How each field pushes churn risk, customer by customer"));
    p.setFont(font());
    if (!m_explanation || m_fields.empty())
        return;
    if (m_dirty)
        layoutDots();
    const QRect plot = plotRect();
    const double rowHeight = double(plot.height()) / double(m_fields.size());

    // Grid: row separators and the zero line (no effect).
    p.setPen(QPen(ChartStyle::grid(), 1));
    for (size_t i = 1; i < m_fields.size(); ++i) {
        const int y = int(plot.top() + rowHeight * double(i));
        p.drawLine(plot.left(), y, plot.right(), y);
    }
    const QList<double> ticks = ChartStyle::niceTicks(m_low, m_high, 7);
    const QFontMetrics fm(font());
    for (double t : ticks) {
        const double x = toX(t, plot);
        if (x < plot.left() - 0.5 || x > plot.left() + plot.width() + 0.5)
            continue;
        p.setPen(QPen(t == 0.0 ? ink : ChartStyle::grid(), t == 0.0 ? 1.2 : 1, t == 0.0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(ink);
        const QString label = ChartStyle::shortNumber(t);
        p.drawText(QRectF(x - 40, plot.bottom() + 4, 80, fm.height()), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.setPen(ink);
    p.drawText(QRect(plot.left(), plot.bottom() + 6 + fm.height(), plot.width(), fm.height() + 4), Qt::AlignHCenter,
               tr("◀ lowers churn risk      effect on the churn score      raises churn risk ▶"));

    // Field names.
    const SampleExplanation &e = *m_explanation;
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const QString name = m_labels.label(m_table->column(e.fieldColumns[size_t(m_fields[i])]));
        const QRectF cell(0, plot.top() + rowHeight * double(i), m_labelWidth - 8, rowHeight);
        p.drawText(cell, Qt::AlignRight | Qt::AlignVCenter, name);
    }

    // Dots.
    p.setPen(Qt::NoPen);
    for (size_t i = 0; i < m_fields.size(); ++i) {
        for (size_t k = 0; k < m_dots[i].size(); ++k) {
            QColor c = RiskStyle::valueScale(double(m_color[i][k]));
            c.setAlphaF(0.85f);
            p.setBrush(c);
            p.drawEllipse(m_dots[i][k], Dot / 2.0, Dot / 2.0);
        }
    }

    // Legend: the value scale.
    const QRect bar(plot.right() + 28, plot.top() + 18, 10, std::max(40, plot.height() - 36));
    QLinearGradient g(bar.bottomLeft(), bar.topLeft());
    for (int s = 0; s <= 10; ++s)
        g.setColorAt(s / 10.0, RiskStyle::valueScale(s / 10.0));
    p.fillRect(bar, g);
    p.setPen(ink);
    p.drawText(QRect(bar.left() - 30, bar.top() - fm.height() - 2, 70, fm.height()), Qt::AlignHCenter, tr("high"));
    p.drawText(QRect(bar.left() - 30, bar.bottom() + 2, 70, fm.height()), Qt::AlignHCenter, tr("low"));
    p.save();
    p.translate(bar.right() + 8 + fm.height() / 2.0, bar.center().y());
    p.rotate(90);
    p.drawText(QRect(-bar.height() / 2, -fm.height() / 2, bar.height(), fm.height()), Qt::AlignCenter, tr("Field value"));
    p.restore();
}

bool BeeswarmWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_explanation && m_table) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (m_dirty)
            layoutDots();
        const QPointF at = help->pos();
        double best = 36.0; // squared pixels
        int bestField = -1;
        size_t bestRow = 0;
        for (size_t i = 0; i < m_dots.size(); ++i) {
            for (size_t k = 0; k < m_dots[i].size(); ++k) {
                const QPointF d = m_dots[i][k] - at;
                const double dist = d.x() * d.x() + d.y() * d.y();
                if (dist < best) {
                    best = dist;
                    bestField = int(i);
                    bestRow = k;
                }
            }
        }
        if (bestField < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const SampleExplanation &e = *m_explanation;
        const int f = m_fields[size_t(bestField)];
        const Column &column = m_table->column(e.fieldColumns[size_t(f)]);
        const qsizetype row = e.rows[bestRow];
        const int id = m_table->idIndex();
        QToolTip::showText(help->globalPos(),
                           tr("Customer %1\n%2 = %3\neffect on the churn score %4 (log-odds)")
                               .arg(id >= 0 ? m_table->column(id).text(row) : QString::number(row + 1), column.name(),
                                    column.isMissing(row) ? tr("(missing)") : column.text(row),
                                    QString::number(e.shap.at(qsizetype(bestRow), f), 'f', 3)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

ChartTable BeeswarmWidget::chartTable() const
{
    ChartTable t;
    if (!m_explanation || !m_table)
        return t;
    const SampleExplanation &e = *m_explanation;
    t.header = {QStringLiteral("field"), QStringLiteral("row"), QStringLiteral("value"), QStringLiteral("shap")};
    for (int f : m_fields) {
        const Column &column = m_table->column(e.fieldColumns[size_t(f)]);
        for (size_t k = 0; k < e.rows.size(); ++k)
            t.rows.append({column.name(), QString::number(e.rows[k] + 1), column.text(e.rows[k]),
                           ChartTable::number(e.shap.at(qsizetype(k), f))});
    }
    return t;
}

} // namespace churnlens
