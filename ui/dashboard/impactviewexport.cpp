// ImpactView: the PDF report.
#include "impactview.h"

#include "jobs/taskrunner.h"
#include "report/reportwriter.h"
#include "services/impactservice.h"
#include "shell/errorpresenter.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace churnlens {

namespace {
const QString ReportDirKey = QStringLiteral("impact/reportDir");
}

AreaCommand ImpactView::exportCommand()
{
    AreaCommand command;
    command.text = tr("&Export Report (PDF)…");
    command.statusTip = tr("Save this page as a one- or two-page PDF report to print or send");
    command.run = [this]() {
        if (!m_report) {
            // The page says what is missing (no scores, no data); say it where the user looks now.
            QMessageBox::information(this, tr("Export Report"), showsPlaceholder() ? placeholderText()
                                                                                   : tr("The report is still being prepared."));
            return;
        }
        exportPdfWithDialog();
    };
    return command;
}

void ImpactView::exportPdfWithDialog()
{
    if (!m_report)
        return;
    QString dir = QSettings().value(ReportDirKey).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("impact-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Impact Report"), QDir(dir).filePath(name),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QSettings().setValue(ReportDirKey, QFileInfo(path).absolutePath());
    exportPdf(path);
}

bool ImpactView::exportPdf(const QString &path)
{
    if (!m_report || m_exportRunner->isRunning())
        return false;
    // The report as shown: a newer one landing meanwhile does not change what is being printed.
    auto report = m_report;
    m_export->setEnabled(false);
    m_exportRunner->start<Result<void>>(
        tr("Writing the impact report"), [report, path](Progress &) { return ReportWriter::writePdf(*report, path); },
        [this, path](Result<void> &&written) {
            updateHeader();
            if (!written) {
                Q_EMIT exportFailed(written.error());
                ErrorPresenter::show(this, tr("Export Report"), written.error());
                return;
            }
            const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
            if (auto *main = qobject_cast<QMainWindow *>(window()))
                main->statusBar()->showMessage(tr("Report written to %1").arg(shown), 15000);
            m_export->setToolTip(tr("Last report: %1").arg(shown));
            Q_EMIT reportExported(path);
        });
    return true;
}

} // namespace churnlens
