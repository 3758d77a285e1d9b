// ScoreView: exporting the campaign list, and choosing what to score with and what to score.
#include "scoreview.h"

#include "shell/errorpresenter.h"

#include "campaignpanel.h"
#include "data/datatable.h"
#include "shell/dataopener.h"
#include "common/format.h"
#include "ml/modelbundle.h"
#include "score/customervalue.h"
#include "score/scoreresult.h"
#include "services/exportservice.h"
#include "workspace/scoringcontext.h"
#include "jobs/taskrunner.h"
#include "project/project.h"
#include "services/projectrecorder.h"
#include "workspace/workspace.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace churnlens {

namespace {
const QString ExportDirKey = QStringLiteral("score/exportDir");
const QString ModelDirKey = QStringLiteral("score/modelDir");
const QString ScoreDirKey = QStringLiteral("score/fileDir");

QString settingsDir(const QString &key, QStandardPaths::StandardLocation fallback)
{
    const QString dir = QSettings().value(key).toString();
    return !dir.isEmpty() && QDir(dir).exists() ? dir : QStandardPaths::writableLocation(fallback);
}


QString excelFilter()
{
    return ScoreView::tr("Excel workbook, formatted to read (*.xlsx)");
}

QString csvFilter()
{
    return ScoreView::tr("CSV, plain data for other programs (*.csv)");
}
} // namespace

void ScoreView::exportCsv()
{
    exportWithDialog(QStringLiteral("csv"), csvFilter());
}

void ScoreView::exportExcel()
{
    exportWithDialog(QStringLiteral("xlsx"), excelFilter());
}

void ScoreView::exportWithDialog(const QString &suffix, const QString &filter)
{
    if (!m_campaign->isReady() || m_campaign->rows().empty()) {
        QMessageBox::information(this, tr("Export"), tr("The campaign list is empty: choose who goes on it first."));
        return;
    }
    const QString name = tr("campaign-%1.%2").arg(QDate::currentDate().toString(Qt::ISODate), suffix);
    // Both forms are offered, the button's preselected; the chosen one decides the format.
    QString chosen = filter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Campaign List"),
                                                QDir(settingsDir(ExportDirKey, QStandardPaths::DocumentsLocation)).filePath(name),
                                                excelFilter() + QStringLiteral(";;") + csvFilter(), &chosen);
    if (path.isEmpty())
        return;
    const QString format = chosen == csvFilter() ? QStringLiteral("csv") : chosen == excelFilter() ? QStringLiteral("xlsx") : suffix;
    if (QFileInfo(path).suffix().compare(format, Qt::CaseInsensitive) != 0) {
        // "list" → "list.csv"; "list.xlsx" saved as CSV → "list.csv": the name tells the format.
        const QString known = QFileInfo(path).suffix().toLower();
        if (known == u"csv" || known == u"xlsx")
            path.chop(known.size() + 1);
        path += QLatin1Char('.') + format;
    }
    QSettings().setValue(ExportDirKey, QFileInfo(path).absolutePath());
    exportTo(path);
}

bool ScoreView::exportTo(const QString &path, bool confirm)
{
    auto scores = m_context->scores();
    auto table = m_context->scoredTable();
    if (!scores || !table || !m_campaign->isReady() || m_exportRunner->isRunning())
        return false;
    std::vector<qsizetype> rows = m_campaign->rows();
    if (rows.empty())
        return false;
    ExportRequest request;
    // The charges behind the customer value help whoever makes the calls; ids and reasons are always in.
    const int valueColumn = CustomerValue::valueColumn(*table, {});
    if (valueColumn >= 0)
        request.columns.extraColumns << table->column(valueColumn).name();
    request.context.model = m_context->modelName();
    // In a project the export is recorded there, linked to the model version and the scoring.
    const bool inProject = m_context->workspace()->project() != nullptr;
    request.useLog = !inProject;
    const quint64 scoring = m_context->scoringSerial();
    const CampaignOptions campaign = m_campaign->options();
    request.context.selection = campaign.describe();
    // The figures the panel shows, so the Campaign sheet says the same.
    request.context.summary = m_campaign->summary();
    std::shared_ptr<const ModelBundle> model = m_context->model();
    // The workspace may know the data's fingerprint already (a project works it out).
    const Workspace *session = m_context->workspace();
    const QString fingerprint = table == session->table() ? session->dataFingerprint() : QString();
    if (model)
        request.columns.modelKind = model->kind();
    if (m_context->origin() == ScoringContext::Origin::Version && m_context->workspace()->project())
        request.context.modelVersion = tr("version %1 of project %2").arg(m_context->version()).arg(m_context->workspace()->project()->name());
    // The customer value as the panel ranks with it: charges x months, or one amount for everyone.
    const QJsonObject panel = m_campaign->state();
    CustomerValue::Options value;
    value.horizonMonths = panel.value(QStringLiteral("months")).toDouble(12.0);
    const bool chargesValue = valueColumn >= 0 && table->column(valueColumn).type() == ColumnType::Numeric;
    const std::optional<double> fixedValue = chargesValue ? std::nullopt
                                                          : std::optional<double>(panel.value(QStringLiteral("fixed_value")).toDouble(0.0));
    const QString target = QFileInfo(path).absoluteFilePath();
    request.path = target;
    // Excel reads a CSV's accents right only with a byte order mark.
    request.fileOptions.utf8Bom = true;
    m_exportCsv->setEnabled(false);
    m_exportXlsx->setEnabled(false);
    struct Written
    {
        Result<qsizetype> rows = 0;
        QList<Issue> logWarnings; //!< the list was saved, but the export log could not record it
        ExportRecord record;
    };
    m_exportRunner->start<Written>(
        tr("Exporting %n customers", nullptr, int(std::min<size_t>(rows.size(), INT_MAX))),
        [scores, table, model, rows = std::move(rows), request, campaign, value, fixedValue, fingerprint](Progress &progress) mutable {
            Written out;
            ExportService::setCampaign(&request, *table, campaign, value, fixedValue);
            if (model)
                request.context.inSample = ExportService::inSample(*model, *table, fingerprint);
            out.rows = ExportService::write(*scores, *table, std::move(rows), request, &progress, &out.logWarnings, &out.record);
            return out;
        },
        [this, target, confirm, scoring](Written &&written) {
            m_exportCsv->setEnabled(m_campaign->isReady());
            m_exportXlsx->setEnabled(m_campaign->isReady());
            if (!written.rows) {
                if (written.rows.error().code == ErrorCode::Canceled)
                    return;
                Q_EMIT exportFailed(written.rows.error());
                Error shown = written.rows.error();
                shown.message = tr("The list could not be saved.") + QLatin1Char(' ') + shown.message;
                ErrorPresenter::show(this, tr("Export"), shown);
                return;
            }
            Workspace *workspace = m_context->workspace();
            const bool recorded = !written.record.file.isEmpty() && workspace->project();
            if (recorded)
                workspace->recorder()->recordExport(written.record, scoring);
            Q_EMIT exported(target, *written.rows);
            if (confirm)
                showExported(target, *written.rows, written.logWarnings, recorded ? workspace->project()->name() : QString());
        });
    return true;
}

void ScoreView::showExported(const QString &path, qsizetype rows, const QList<Issue> &logWarnings, const QString &project)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Export"),
                                tr("%n customers saved to %1.", nullptr, int(std::min<qsizetype>(rows, INT_MAX)))
                                    .arg(QFileInfo(path).fileName()),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString folderText = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    if (!project.isEmpty()) {
        box->setInformativeText(tr("Folder: %1\nThe export was recorded in the project “%2”.").arg(folderText, project));
    } else if (logWarnings.isEmpty()) {
        box->setInformativeText(tr("Folder: %1\nThe export was recorded in the export log.").arg(folderText));
    } else {
        box->setIcon(QMessageBox::Warning);
        box->setInformativeText(tr("Folder: %1\nThe list was saved, but the export could not be recorded: %2")
                                    .arg(folderText, logWarnings.first().message));
    }
    QPushButton *folder = box->addButton(tr("Show in Folder"), QMessageBox::ActionRole);
    QPushButton *open = box->addButton(tr("Open File"), QMessageBox::ActionRole);
    // Action buttons close the box too; open what they ask for afterwards.
    connect(folder, &QPushButton::clicked, this, [path]() {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    connect(open, &QPushButton::clicked, this, [path]() { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    box->open();
}

void ScoreView::openFileToScore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Score a Customer File"),
                                                      settingsDir(ScoreDirKey, QStandardPaths::DocumentsLocation),
                                                      DataOpener::fileFilter());
    if (path.isEmpty())
        return;
    QSettings().setValue(ScoreDirKey, QFileInfo(path).absolutePath());
    m_context->scoreFile(path);
}

void ScoreView::openModel()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a Saved Model Folder"),
                                                          settingsDir(ModelDirKey, QStandardPaths::DocumentsLocation));
    if (dir.isEmpty())
        return;
    QSettings().setValue(ModelDirKey, QFileInfo(dir).absolutePath());
    m_context->openModel(dir);
}

} // namespace churnlens
