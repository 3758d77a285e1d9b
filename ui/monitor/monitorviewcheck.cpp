// MonitorView: the check on a worker — what is asked for, what lands, what is stored — and
// what the page shows of it.
#include "monitorview.h"

#include "common/chartpanel.h"
#include "common/format.h"
#include "data/datatable.h"
#include "drifttablemodel.h"
#include "explanationdriftmodel.h"
#include "jobs/taskrunner.h"
#include "ml/modelbundle.h"
#include "ml/modelspec.h"
#include "score/scoreresult.h"
#include "monitorcharts.h"
#include "monitortext.h"
#include "performancepanel.h"
#include "project/project.h"
#include "recommendationbanner.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>

namespace churnlens {

QString MonitorView::dataName() const
{
    const DataSource &src = m_workspace->source();
    if (src.kind == DataSource::Kind::Sql)
        return src.displayName();
    const QString file = QFileInfo(src.path).fileName();
    if (!file.isEmpty())
        return file;
    const auto table = m_workspace->table();
    return table ? table->sourceName() : QString();
}

QString MonitorView::modelName() const
{
    const auto model = m_context->model();
    if (!model)
        return {};
    const QString kind = displayName(model->kind());
    switch (m_context->origin()) {
    case ScoringContext::Origin::Default:
        return tr("%1 (the default model)").arg(kind);
    case ScoringContext::Origin::Folder:
        return tr("%1 (folder %2)").arg(kind, QFileInfo(m_context->modelPath()).fileName());
    default:
        return m_context->modelName();
    }
}

void MonitorView::startCheck(bool byUser)
{
    auto table = m_workspace->table();
    auto model = m_context->model();
    if (!table || !model) {
        m_dirty = false;
        apply(nullptr, nullptr, false);
        return;
    }
    m_dirty = false;
    m_checkError.clear();
    m_checkHint.clear();
    MonitorRequest request;
    request.dataName = dataName();
    request.modelName = modelName();
    request.modelVersion = m_context->origin() == ScoringContext::Origin::Version ? m_context->version() : 0;
    request.settings = m_settings;
    // The customers the Score area scored with this model already: their probabilities are reused.
    std::shared_ptr<const ScoreResult> scores;
    if (m_context->scoredTable() == table && !m_context->isBusy())
        scores = m_context->scores();
    m_runner->startLatest<Result<MonitorReport>>(
        tr("Checking the data against the model"),
        [table, model, scores, request](Progress &progress) mutable {
            request.table = table.get();
            request.model = model.get();
            if (scores) {
                request.probabilities = scores->probabilities;
                request.scoringIssues = scores->issues;
            }
            return MonitorService::check(request, &progress);
        },
        [this, table, model, byUser](Result<MonitorReport> &&report) {
            if (table != m_workspace->table() || model != m_context->model())
                return; // checked data or a model no longer in use: the change has scheduled a new check
            if (!report) {
                const Error &e = report.error();
                if (e.code == ErrorCode::Canceled) {
                    m_dirty = true; // try again on the next change or visit
                } else {
                    m_checkError = e.message;
                    m_checkHint = e.hint;
                    apply(nullptr, nullptr, false);
                }
                updateHeader();
                return;
            }
            apply(std::make_shared<const MonitorReport>(std::move(*report)), model, byUser);
        });
    updateHeader();
}

void MonitorView::apply(std::shared_ptr<const MonitorReport> report, std::shared_ptr<const ModelBundle> model, bool byUser)
{
    // The field shown stays when the same data is checked again; a new file starts at the field that moved most.
    const QString keepField = m_report && report && m_report->dataFingerprint == report->dataFingerprint ? selectedField() : QString();
    m_report = std::move(report);
    m_reportModel = std::move(model);
    m_reportTable = m_report ? m_workspace->table() : nullptr;
    showReport(keepField);
    if (!m_report)
        return;
    store(*m_report, byUser);
    ++m_checkCount;
    updateHeader();
    Q_EMIT checkShown();
}

void MonitorView::reapplySettings()
{
    if (!m_report || m_report->settings == m_settings)
        return;
    // The measurements stay; the fields are flagged again and the recommendation worked out again.
    auto again = std::make_shared<MonitorReport>(*m_report);
    MonitorService::reapply(*again, m_settings);
    m_report = std::move(again);
    showReport(selectedField());
}

void MonitorView::showRecommendation()
{
    // The stored recommendation names fields by their columns; worked out again with the labels
    // (same measurements, same settings). A stored one the measurements no longer give (an older
    // version's wording) is shown as it was stored.
    const MonitorReport &r = *m_report;
    const MonitorRecommendation plain = MonitorService::recommend(r, r.settings);
    m_banner->setRecommendation(plain.level == r.recommendation.level && plain.lines == r.recommendation.lines
                                    ? MonitorService::recommend(r, r.settings, fieldNamer())
                                    : r.recommendation);
}

void MonitorView::showReport(const QString &keepField)
{
    m_driftModel->setReport(m_report);
    m_explanationModel->setReport(m_report);
    if (!m_report) {
        m_performance->setReport(nullptr, {}, std::nan(""), {});
        updateHeader();
        return;
    }
    const MonitorReport &r = *m_report;
    showRecommendation();
    updateRetrain();

    // Notes: the training data itself, and what scoring noticed.
    QStringList notes;
    if (r.inSample)
        notes << tr("<b>Note:</b> this is the data the model was trained on, so little drift is expected.");
    QStringList issues;
    for (const Issue &issue : r.issues)
        if (issue.severity != Issue::Severity::Info)
            issues << issue.message.toHtmlEscaped();
    issues.removeDuplicates();
    if (!issues.isEmpty())
        notes << QStringLiteral("⚠ ") + issues.mid(0, 4).join(QStringLiteral("<br>⚠ "));
    m_notes->setText(notes.join(QStringLiteral("<br>")));
    m_notes->setVisible(!notes.isEmpty());

    m_fieldsTitle->setText(tr("Fields: %1 of %2 drifted").arg(r.drift.driftedFeatures).arg(r.drift.comparedFeatures));
    m_fieldsTitle->setToolTip(MonitorText::flagHelp());
    const QJsonObject meta = m_reportModel->meta();
    m_performance->setReport(m_report, meta.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")).toObject(),
                             meta.value(QStringLiteral("train_churn_rate")).toDouble(std::nan("")),
                             meta.value(QStringLiteral("target")).toString());
    if (r.drift.explanation.empty()) {
        m_explanation->hide();
        m_explanationNote->setText(tr("Not available: this model kept no record of what drove its answers in training."));
    } else {
        m_explanation->show();
        m_explanationNote->setText(tr("How far each field pushes a customer's churn score on average (the mean absolute SHAP "
                                      "value), in training → in this file."));
    }
    showPrediction();
    int nameWidth = fontMetrics().horizontalAdvance(m_driftModel->headerData(DriftTableModel::Field, Qt::Horizontal).toString());
    for (const FeatureDrift &f : r.drift.features)
        nameWidth = std::max(nameWidth, fontMetrics().horizontalAdvance(m_driftModel->label(f.name)));
    m_fields->setColumnWidth(DriftTableModel::Field, std::min(nameWidth + 24, 240));
    if (!keepField.isEmpty() && m_driftModel->rowOf(keepField) >= 0)
        selectField(keepField);
    else if (m_driftProxy->rowCount() > 0)
        selectField(m_driftModel->feature(m_driftProxy->mapToSource(m_driftProxy->index(0, 0)).row())->name);
    else
        m_fieldChart->setMessage(tr("The model's reference has no fields."));
    updateHeader();
}

void MonitorView::store(const MonitorReport &r, bool byUser)
{
    Project *project = m_project;
    if (!project || project->isReadOnly())
        return;
    // Visiting the area again on the same data and model is not a new check; Check Now is.
    if (!byUser && !m_trend.isEmpty()) {
        const MonitorCheckRecord &last = m_trend.last();
        if (last.dataFingerprint == r.dataFingerprint && last.version == r.modelVersion && last.rows == r.drift.rows)
            return;
    }
    MonitorCheckRecord record;
    record.at = r.created;
    record.version = r.modelVersion;
    record.dataName = r.dataName;
    record.dataFingerprint = r.dataFingerprint;
    record.rows = r.drift.rows;
    record.driftedShare = r.drift.driftedShare;
    record.predictionPsi = r.drift.predictionCompared ? r.drift.prediction.psi : MonitorCheckRecord::NaN;
    record.accuracy = r.accuracy();
    record.accuracyEstimated = r.accuracyIsEstimate();
    record.rocAuc = r.rocAuc();
    record.recommendation = MonitorRecommendation::machineName(r.recommendation.level);
    record.report = r.toJson();
    // Linked to the scoring of the same file, when the project has one.
    if (auto scorings = project->activity().scorings()) {
        for (auto it = scorings->crbegin(); it != scorings->crend(); ++it) {
            if (!r.dataFingerprint.isEmpty() && it->fingerprint == r.dataFingerprint) {
                record.scoringId = it->id;
                break;
            }
        }
    }
    auto id = MonitorStore(project->file()).addCheck(record);
    if (!id) {
        m_trendProblem = tr("This check could not be kept in the project: %1").arg(id.error().message);
        reloadTrend();
        return;
    }
    m_trendProblem.clear();
    reloadTrend();
    Q_EMIT checkStored(*id);
}

void MonitorView::reloadTrend()
{
    m_trend.clear();
    if (!m_project) {
        m_trendChart->setTable({});
        m_trendChart->setMessage(tr("Checks are kept in a project: save your work as a project (File ▸ New Project…) to "
                                    "follow drift and accuracy from one month's file to the next."));
        return;
    }
    auto checks = MonitorStore(m_project->file()).checks();
    if (!checks) {
        m_trendChart->setTable({});
        m_trendChart->setMessage(tr("The project's checks could not be read: %1").arg(checks.error().message));
        return;
    }
    m_trend = *checks;
    if (m_trend.isEmpty()) {
        m_trendChart->setTable({});
        m_trendChart->setMessage(m_trendProblem.isEmpty() ? tr("No check is stored in this project yet. Each check is kept "
                                                               "here, so drift and accuracy can be followed over time.")
                                                          : m_trendProblem);
        return;
    }
    ChartTable table;
    m_trendChart->setChart(MonitorCharts::trend(m_trend, &table));
    m_trendChart->setTable(std::move(table));
    if (m_trendProblem.isEmpty())
        m_trendChart->setToolTip({});
    else
        m_trendChart->setToolTip(m_trendProblem);
}

void MonitorView::selectField(const QString &name)
{
    const int row = m_driftModel->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_driftProxy->mapFromSource(m_driftModel->index(row, 0));
    m_fields->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_fields->scrollTo(index);
    showField(name);
}

QString MonitorView::selectedField() const
{
    const QModelIndex current = m_fields->selectionModel()->currentIndex();
    if (!current.isValid())
        return {};
    const FeatureDrift *f = m_driftModel->feature(m_driftProxy->mapToSource(current).row());
    return f ? f->name : QString();
}

void MonitorView::showField(const QString &name)
{
    const int row = m_driftModel->rowOf(name);
    const FeatureDrift *f = m_driftModel->feature(row);
    if (!f)
        return;
    if (f->missingColumn) {
        m_fieldChart->setTable({});
        m_fieldChart->setMessage(tr("%1 is not in this file: there is nothing to compare.").arg(m_driftModel->label(f->name)));
        return;
    }
    QString title = tr("%1: training vs now").arg(m_driftModel->label(f->name));
    ChartTable table;
    QChart *chart = MonitorCharts::distribution(*f, title, &table);
    m_fieldChart->setFileName(QStringLiteral("monitor-%1").arg(f->name));
    m_fieldChart->setChart(chart);
    m_fieldChart->setTable(std::move(table));
    m_fieldChart->setToolTip(tr("PSI %1 · KL %2 · JS %3").arg(MonitorText::measure(f->psi), MonitorText::measure(f->kl),
                                                             MonitorText::measure(f->js)));
}

void MonitorView::showPrediction()
{
    const DriftResult &d = m_report->drift;
    if (!d.predictionCompared) {
        m_predictionChart->setTable({});
        m_predictionChart->setMessage(tr("The model kept no record of its predictions in training, so they cannot be compared."));
        return;
    }
    const FeatureDrift &p = d.prediction;
    //: Chart title: the predictions' average, in training → in this file (how far they moved is in the tooltip).
    const QString title = tr("Average %1 → %2").arg(format::percent(p.referenceMean), format::percent(p.newMean));
    ChartTable table;
    m_predictionChart->setChart(MonitorCharts::distribution(p, title, &table, true));
    m_predictionChart->setTable(std::move(table));
    m_predictionChart->setToolTip(tr("Shift of the predictions (PSI): %1.").arg(MonitorText::measure(p.psi)) + QLatin1Char(' ')
                                  + MonitorText::psiHelp());
}

void MonitorView::updateHeader()
{
    const bool running = m_runner->isRunning();
    m_busy->setVisible(running);
    if (running && m_busyText->text().isEmpty())
        m_busyText->setText(m_runner->title());
    if (!running) {
        m_busyText->clear();
        m_eta->clear();
        m_bar->setValue(0);
    }
    const auto table = m_workspace->table();
    const auto model = m_context->model();
    m_check->setEnabled(table && model);
    if (table && model) {
        m_headline->setText(tr("Checking <b>%1</b> (%2 customers) against <b>%3</b>")
                                .arg(dataName().toHtmlEscaped(), format::count(table->rowCount()), modelName().toHtmlEscaped()));
    } else {
        m_headline->setText(tr("<b>Is the model still right for your customers?</b>"));
    }
    updateRetrain();
    updatePlaceholder();
}

bool MonitorView::reportIsCurrent() const
{
    return m_report && m_reportTable.lock() == m_workspace->table() && m_reportModel == m_context->model();
}

void MonitorView::updatePlaceholder()
{
    // A check of other data or another model is not shown under a headline naming these.
    if (reportIsCurrent()) {
        m_stack->setCurrentIndex(1);
        return;
    }
    m_stack->setCurrentIndex(0);
    const bool hasTable = m_workspace->hasTable();
    const auto model = m_context->model();
    if (!hasTable) {
        m_placeholder->setText(tr("Open this month's customer file (File ▸ Open Data…) to check it against the model in use: "
                                  "whether the customers still look like the ones it learned from, how well it does on "
                                  "them, and whether it is time to retrain."));
    } else if (!model) {
        m_placeholder->setText(m_context->isBusy()
                                   ? tr("Reading the model…")
                                   : tr("There is no model to check against yet.\n\nTrain one in the Train area, or open a saved "
                                        "model folder (File ▸ Open Model…); this page then compares your data with what the "
                                        "model was trained on."));
    } else if (!m_checkError.isEmpty()) {
        const bool noReference = !model->meta().contains(QStringLiteral("reference"));
        QString text = (noReference ? tr("%1 cannot be checked").arg(modelName()) : tr("The check did not work"))
                       + QStringLiteral("\n\n") + m_checkError;
        if (!m_checkHint.isEmpty())
            text += QStringLiteral("\n\n") + m_checkHint;
        else if (noReference)
            text += QStringLiteral("\n\n")
                    + tr("Train the model again (Train area) and put it in use: a model trained with this version of "
                         "ChurnLens keeps what its training data looked like.");
        m_placeholder->setText(text);
    } else if (m_runner->isRunning() || m_debounce->isActive()) {
        m_placeholder->setText(tr("Checking %1 against %2…").arg(dataName(), modelName()));
    } else {
        m_placeholder->setText(tr("Press Check Now to compare %1 with what %2 was trained on.").arg(dataName(), modelName()));
    }
}

} // namespace churnlens
