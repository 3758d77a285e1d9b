// MonitorView: what the user changes around a check — the project and its settings, the settings
// dialog, and Retrain….
#include "monitorview.h"

#include "monitorsettingsdialog.h"
#include "monitortext.h"
#include "project/project.h"
#include "recommendationbanner.h"
#include "retraindialog.h"
#include "shell/errorpresenter.h"
#include "jobs/taskrunner.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QPushButton>

namespace churnlens {

void MonitorView::onProjectChanged()
{
    Project *project = m_workspace->project();
    m_project = project;
    m_settings = MonitorSettings{};
    m_trendProblem.clear();
    if (project) {
        if (auto saved = MonitorSettings::load(project->file()))
            m_settings = *saved;
        else
            m_trendProblem = tr("The project's Monitor settings could not be read (%1); the defaults are used.").arg(saved.error().message);
    }
    reapplySettings();
    reloadTrend();
}

void MonitorView::setSettings(const MonitorSettings &settings)
{
    m_settings = settings;
    if (m_project && !m_project->isReadOnly()) {
        if (auto saved = settings.save(m_project->file()); !saved)
            ErrorPresenter::show(this, tr("Could not keep the Monitor settings in the project"), saved.error());
    }
    reapplySettings();
}

void MonitorView::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        return;
    }
    auto *dialog = new MonitorSettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNote(!m_project ? tr("No project is open: these settings last until ChurnLens is closed.")
                    : m_project->isReadOnly() ? tr("The project is read-only: these settings are used but not kept.")
                                              : tr("Kept in the project %1.").arg(m_project->name()));
    connect(dialog, &QDialog::accepted, this, [this, dialog]() { setSettings(dialog->settings()); });
    m_settingsDialog = dialog;
    dialog->open();
}

void MonitorView::openRetrain()
{
    if (m_retrainDialog) {
        m_retrainDialog->raise();
        return;
    }
    const auto table = m_reportTable.lock();
    if (!m_report || !m_reportModel || !table)
        return;
    RetrainDialog::Inputs inputs;
    inputs.workspace = m_workspace;
    inputs.champion = m_reportModel;
    inputs.championName = m_report->modelName;
    inputs.championVersion = m_report->modelVersion;
    inputs.newData = table;
    inputs.dataName = m_report->dataName;
    auto *dialog = new RetrainDialog(std::move(inputs), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_retrainDialog = dialog;
    dialog->open();
}

void MonitorView::updateRetrain()
{
    QPushButton *retrain = m_banner->retrainButton();
    const bool outcomes = m_report && m_report->realised.has_value();
    retrain->setEnabled(outcomes && !m_runner->isRunning());
    if (!outcomes)
        retrain->setToolTip(tr("Retraining needs the outcomes: this file has no column saying who left."));
    else if (!m_project)
        retrain->setToolTip(tr("Train a challenger and compare it with the model in use (needs a project)."));
    else
        retrain->setToolTip(tr("Train a challenger on this file and compare it with the model in use"));
}

} // namespace churnlens
