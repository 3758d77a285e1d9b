// RetrainDialog: reading the training data, training and comparing on a worker; recording; promoting.
#include "retraindialog.h"

#include "comparisonpanel.h"
#include "data/datasource.h"
#include "data/datatable.h"
#include "jobs/taskrunner.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"
#include "models/reasondialog.h"
#include "project/project.h"
#include "project/projectfile.h"
#include "services/loadservice.h"
#include "shell/errorpresenter.h"
#include "workspace/columnroles.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>

namespace churnlens {

//! What the job hands back: the challenger and its comparison, or why not.
struct RetrainDialog::Outcome
{
    Result<ChallengerResult> result = std::unexpected(Error{});
    //! The project's copy of the training data could not be used (not the champion's data, unreadable).
    bool notTrainingData = false;
};

void RetrainDialog::start()
{
    if (!m_start->isEnabled() || m_runner->isRunning() || !m_project) {
        updateSetup();
        return;
    }
    const bool combined = m_combined->isChecked();
    const bool fromProject = combined && m_useEmbedded;
    const QString projectPath = m_project->path();
    const QString trainingPath = combined && !m_useEmbedded ? m_trainingFile : QString();

    ChallengerRequest request;
    request.championName = m_inputs.championName;
    request.championVersion = m_inputs.championVersion;
    request.newData = m_inputs.newData;
    request.newDataOnly = !combined;
    request.dataName = m_inputs.dataName;
    // The columns as the user set them up for this file; the training data gets the same roles.
    const QJsonObject roles = ColumnRoles::of(*m_inputs.newData);
    auto champion = m_inputs.champion;

    showMessage({});
    m_bar->setValue(0);
    m_eta->clear();
    m_runningText->setText(tr("Training the challenger…"));
    m_pages->setCurrentIndex(1);
    m_runner->start<Outcome>(
        tr("Retraining the model"),
        [request, champion, fromProject, projectPath, trainingPath, roles](Progress &progress) mutable {
            Outcome out;
            request.champion = champion.get();
            const double readShare = fromProject || !trainingPath.isEmpty() ? 0.15 : 0.0;
            SubProgress reading(&progress, 0.0, readShare);
            reading.setText(RetrainDialog::tr("Reading the training data"));
            Result<DataTable> reference = std::unexpected(Error{});
            if (fromProject) {
                // A connection of this worker's own (SQLite connections are not shared across threads),
                // read-only next to the window's; the service checks the copy is the champion's data.
                auto file = ProjectFile::open(projectPath, ProjectFile::Access::ReadOnly);
                auto kept = file ? ChallengerService::projectReferenceData(**file, *champion, &reading)
                                 : Result<std::shared_ptr<const DataTable>>(std::unexpected(file.error()));
                if (!kept) {
                    out.notTrainingData = kept.error().code != ErrorCode::Canceled;
                    out.result = std::unexpected(kept.error());
                    return out;
                }
                // The service's table is held by nothing else: take it rather than copy a large table.
                std::shared_ptr<const DataTable> held = std::move(*kept);
                reference = held.use_count() == 1 ? std::move(const_cast<DataTable &>(*held)) : DataTable(*held);
            } else if (!trainingPath.isEmpty()) {
                auto loaded = LoadService::load(DataSource::fromPath(trainingPath), &reading);
                if (!loaded) {
                    out.result = std::unexpected(loaded.error());
                    return out;
                }
                ColumnRoles::apply(loaded->table, roles, loaded->csvOptions);
                reference = std::move(loaded->table);
            }
            if (reference) {
                if (fromProject)
                    ColumnRoles::apply(*reference, roles, CsvOptions{});
                request.referenceData = std::make_shared<const DataTable>(std::move(*reference));
            }
            SubProgress training(&progress, readShare, 1.0);
            out.result = ChallengerService::run(request, &training);
            return out;
        },
        [this](Outcome &&outcome) { finish(std::move(outcome)); });
    updateSetup();
}

void RetrainDialog::finish(Outcome &&outcome)
{
    if (!outcome.result) {
        m_pages->setCurrentIndex(0);
        const Error &e = outcome.result.error();
        if (outcome.notTrainingData) {
            // The project's copy cannot be used: the user gives the file, or trains on this one alone.
            m_useEmbedded = false;
            showMessage(tr("%1 Choose the training file, or train on this file alone.").arg(e.message));
        } else if (e.code == ErrorCode::Canceled) {
            showMessage(tr("Retraining was canceled; nothing was recorded."));
        } else {
            showMessage(tr("The challenger could not be trained: %1").arg(e.message));
            ErrorPresenter::show(this, tr("Could not retrain the model"), e);
        }
        updateSetup();
        return;
    }
    ChallengerResult result = std::move(*outcome.result);
    if (!m_project) {
        m_pages->setCurrentIndex(0);
        showMessage(tr("The project was closed while the challenger was trained; nothing was recorded."));
        updateSetup();
        return;
    }
    auto id = ChallengerService::record(m_project->file(), result, ColumnRoles::of(*m_inputs.newData));
    if (!id) {
        m_pages->setCurrentIndex(0);
        showMessage(tr("The challenger could not be kept in the project: %1").arg(id.error().message));
        ErrorPresenter::show(this, tr("Could not record the challenger"), id.error());
        updateSetup();
        return;
    }
    // ChallengerService wrote a run and a version into the project file: the views listing them hear of it.
    Q_EMIT m_project->runsChanged();
    Q_EMIT m_project->registryChanged();
    m_comparisonId = *id;
    m_panel->setComparison(result.comparison);
    m_result = std::move(result);
    m_promote->setEnabled(m_result->comparison.challengerVersion > 0);
    m_promote->setToolTip(m_result->comparison.challengerBetter
                              ? tr("Make the challenger the champion: the model the project scores customers with")
                              : tr("The challenger is not clearly better; you can still promote it, giving your reason."));
    m_pages->setCurrentIndex(2);
    resize(std::max(width(), 760), std::max(height(), 560));
    Q_EMIT compared(m_comparisonId);
}

void RetrainDialog::promote()
{
    if (!m_result || !m_project || m_result->comparison.challengerVersion <= 0)
        return;
    const ChallengerComparison &c = m_result->comparison;
    const int version = c.challengerVersion;
    QString what = tr("Make v%1 the champion: the model the project scores customers with.").arg(version);
    if (c.championVersion > 0)
        what += QLatin1Char(' ') + tr("The current champion, v%1, is archived; Roll Back in the Models area brings it back.")
                                       .arg(c.championVersion);
    auto *dialog = new ReasonDialog(tr("Promote v%1").arg(version), what, tr("Promote"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The comparison's verdict, citing it, as the reason to start from.
    const QString verdict = c.summary.isEmpty() ? tr("Retrained on %1").arg(c.dataName) : c.summary.first();
    dialog->reasonEdit()->setText(tr("%1 (comparison %2)").arg(verdict).arg(m_comparisonId));
    m_reasonDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, version]() {
        if (!m_project)
            return;
        if (auto e = m_project->promote(version, dialog->reason()); !e) {
            ErrorPresenter::show(this, tr("Could not promote the model version"), e.error());
            return;
        }
        // The new champion is the model in use from now on, and the customers are scored with it.
        if (m_inputs.workspace)
            m_inputs.workspace->scoring()->useVersion(version);
        m_promote->setEnabled(false);
        m_promoted->setText(tr("v%1 is the champion now, and in use for scoring.").arg(version));
        m_promoted->show();
        Q_EMIT promoted(version);
    });
    dialog->open();
}

} // namespace churnlens
