#include "chartexport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace churnlens {

namespace {
Error writeError(const QString &path, const QString &reason)
{
    return Error::make(ErrorCode::Io, Tr::tr("Cannot write the chart: %1.").arg(reason), path,
                       Tr::tr("Check that the folder exists and that you may write to it."));
}
} // namespace

QByteArray ChartExport::svg(const QSize &size, const Painter &paint, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(Tr::tr("Created with ChurnLens"));
    QPainter painter(&generator);
    paint(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return buffer.data();
}

Result<void> ChartExport::save(const QString &path, const QSize &size, const Painter &paint, const QString &title)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return makeError(ErrorCode::Usage, Tr::tr("A chart is saved as .png or .svg, not \"%1\".").arg(QFileInfo(path).fileName()));
    if (size.isEmpty())
        return makeError(ErrorCode::Usage, Tr::tr("A chart needs a size to be saved."));
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(writeError(path, file.errorString()));
    if (suffix == QLatin1String("svg")) {
        const QByteArray bytes = svg(size, paint, title);
        if (file.write(bytes) != bytes.size()) {
            file.cancelWriting();
            return std::unexpected(writeError(path, file.errorString()));
        }
    } else {
        const qreal scale = 2.0;
        QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            paint(&painter, QRectF(QPointF(0, 0), size));
        }
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            file.cancelWriting();
            return std::unexpected(writeError(path, writer.errorString()));
        }
    }
    if (!file.commit())
        return std::unexpected(writeError(path, file.errorString()));
    return {};
}

} // namespace churnlens
