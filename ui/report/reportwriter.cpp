#include "reportwriter.h"

#include "reportpages.h"
#include "services/impactservice.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace churnlens {

namespace {
// Vector output: the resolution only sets the unit of the coordinates (and of the fonts'
// hinting), not the quality; 600 units per inch keeps hairlines and small text exact.
constexpr int Resolution = 600;

Error writeError(const QString &path, const QString &reason)
{
    return Error::make(ErrorCode::Io, ReportWriter::tr("Cannot write the report: %1.").arg(reason), path,
                       ReportWriter::tr("Check that the folder exists and that you may write to it; nothing was written."));
}

//! Paints every page of \a report onto \a device (a QPdfWriter on a file or a buffer).
Result<void> paint(QPdfWriter &pdf, const ImpactReport &report, const ReportOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal, ReportWriter::tr("A PDF report needs the application's fonts (a QGuiApplication)."));
    pdf.setResolution(Resolution);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    pdf.setCreator(QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()).trimmed());
    // Before the painter starts: the document's information is written with its first page.
    pdf.setTitle(ReportPages::title(options));
    QPainter painter;
    if (!painter.begin(&pdf))
        return makeError(ErrorCode::Io, ReportWriter::tr("The PDF could not be started."));
    const QRectF page(QPointF(0, 0), pdf.pageLayout().fullRectPixels(Resolution).size());
    ReportPages pages(&painter, page, report, options);
    for (int i = 0; i < ReportPages::Pages; ++i) {
        if (i > 0 && !pdf.newPage()) {
            painter.end();
            return makeError(ErrorCode::Io, ReportWriter::tr("The PDF could not get a new page."));
        }
        pages.paintPage(i);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, ReportWriter::tr("The PDF could not be finished."));
    return {};
}
} // namespace

Result<QByteArray> ReportWriter::pdf(const ImpactReport &report, const ReportOptions &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        if (auto ok = paint(writer, report, options); !ok)
            return std::unexpected(ok.error());
    }
    return buffer.data();
}

Result<void> ReportWriter::writePdf(const ImpactReport &report, const QString &path, const ReportOptions &options)
{
    // Drawn in memory first: a report that fails half-way never touches the file system.
    auto bytes = pdf(report, options);
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path);
    // No direct-write fallback: a file we cannot replace atomically is an error, not a half-written file.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(writeError(path, file.errorString()));
    errno = 0;
    if (file.write(*bytes) != bytes->size()) {
        const QString reason = errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : file.errorString();
        file.cancelWriting();
        return std::unexpected(writeError(path, reason));
    }
    if (!file.commit())
        return std::unexpected(writeError(path, file.errorString()));
    return {};
}

} // namespace churnlens
