#pragma once

#include "common/charttable.h"
#include "eda/correlationmatrix.h"

#include <QWidget>

namespace churnlens {

/*!
 * The correlation matrix as a heatmap: one cell per pair, coloured from blue (−1) through
 * the background (0) to vermilion (+1), the value written in the cell when it fits, a
 * colour key, and a tooltip with r and the rows used. Paints itself, so it renders to PNG
 * and SVG like a chart. GUI thread only.
 */
class HeatmapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setMatrix(const CorrelationMatrix &matrix, const QString &title);
    const CorrelationMatrix &matrix() const { return m_matrix; }
    ChartTable table() const;
    //! The cell under \a pos as (row, column), or (-1, -1).
    QPoint cellAt(const QPoint &pos) const;
    //! The tooltip text for a cell (tests and the tooltip event).
    QString cellText(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        QRectF grid;
        double cell = 0;
        QRectF key;
        double titleHeight = 0;
    };
    Geometry geometry() const;

    CorrelationMatrix m_matrix;
    QString m_title;
};

} // namespace churnlens
