#pragma once

#include <QWidget>

#include <functional>

class QPainter;

namespace churnlens {

struct ImpactChartStyle;

/*!
 * A widget that draws one impact chart by calling an ImpactCharts painter, so the dashboard,
 * the PDF report and the PNG/SVG exports (ChartPanel renders the widget) share one drawing.
 * The style follows the theme (ImpactChartStyle::light or dark by the palette), the locale
 * and the widget's font. GUI thread only.
 */
class ImpactChartWidget : public QWidget
{
    Q_OBJECT

public:
    using Paint = std::function<void(QPainter *, const QRectF &, const ImpactChartStyle &)>;

    explicit ImpactChartWidget(QWidget *parent = nullptr);

    //! \a paint must keep what it draws alive (capture the report by shared_ptr).
    void setPaint(Paint paint);
    //! The style this widget paints with now.
    ImpactChartStyle style() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Paint m_paint;
};

} // namespace churnlens
