#pragma once

#include "common/currency.h"
#include "common/error.h"
#include "reportformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace churnlens {

struct ImpactReport;

//! How the report is printed. Value type.
struct ReportOptions
{
    QLocale locale = ReportFormat::defaultLocale(); //!< numbers and dates
    QString currency = Currency::current().symbol;  //!< symbol for the money figures; empty = plain numbers
    QString title;                                  //!< empty = "Churn impact report"
    QString generator;                              //!< the footer's "ChurnLens 0.1.0"; empty = the application's name and version
};

/*!
 * The impact report as a PDF an executive prints: A4 portrait, two pages of vector graphics.
 * Page 1: title, date, data, model and whether its probabilities can be trusted as money, the
 * KPI cards, the campaign recommendation with its figures, the profit curve and gains chart
 * and the first two segment charts. Page 2: the trend (with a project), the other segments,
 * "How is this computed?" and the notes.
 * Any thread; a QGuiApplication must exist (fonts).
 */
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ReportWriter)

public:
    /*!
     * Writes \a report to \a path atomically: a failure leaves no partial file, and a file that
     * was there stays as it was. Io errors name the path.
     */
    static Result<void> writePdf(const ImpactReport &report, const QString &path, const ReportOptions &options = {});
    //! The PDF document alone (for previews and tests).
    static Result<QByteArray> pdf(const ImpactReport &report, const ReportOptions &options = {});
};

} // namespace churnlens
