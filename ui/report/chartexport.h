#pragma once

#include "common/error.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace churnlens {

/*!
 * Saves one chart as a PNG (at twice the size, for sharp slides) or an SVG (vector), by the
 * path's suffix, written atomically: a failed save leaves no partial file and keeps a file it
 * would have replaced. \a paint draws the chart into the rectangle it is given (one of the
 * ImpactCharts painters). Any thread with its own painter; a QGuiApplication must exist.
 */
class ChartExport
{
public:
    using Painter = std::function<void(QPainter *painter, const QRectF &rect)>;

    //! \a size: the chart's size in logical pixels (as on screen). \a title: the SVG's title.
    static Result<void> save(const QString &path, const QSize &size, const Painter &paint, const QString &title = {});
    //! The SVG document alone.
    static QByteArray svg(const QSize &size, const Painter &paint, const QString &title = {});
};

} // namespace churnlens
