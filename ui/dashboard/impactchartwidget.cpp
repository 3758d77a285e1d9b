#include "impactchartwidget.h"

#include "common/chartstyle.h"
#include "common/currency.h"
#include "report/impactcharts.h"

#include <QEvent>
#include <QPainter>

namespace churnlens {

ImpactChartWidget::ImpactChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ImpactChartWidget::setPaint(Paint paint)
{
    m_paint = std::move(paint);
    update();
}

ImpactChartStyle ImpactChartWidget::style() const
{
    ImpactChartStyle s = ChartStyle::isDark() ? ImpactChartStyle::dark() : ImpactChartStyle::light();
    s.locale = locale();
    s.currency = Currency::current().symbol;
    s.fontPointSize = font().pointSizeF() > 0 ? font().pointSizeF() : s.fontPointSize;
    return s;
}

QSize ImpactChartWidget::sizeHint() const
{
    return {480, 300};
}

QSize ImpactChartWidget::minimumSizeHint() const
{
    // Below this the axis labels of the painters collide.
    return {300, 220};
}

void ImpactChartWidget::paintEvent(QPaintEvent *)
{
    if (!m_paint)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_paint(&painter, QRectF(rect()), style());
}

void ImpactChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange
        || event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace churnlens
