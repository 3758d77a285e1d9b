// ImpactView: building the report on a worker — what is asked for, and what lands.
#include "impactview.h"

#include "data/datatable.h"
#include "impactchartsgrid.h"
#include "jobs/taskrunner.h"
#include "ml/modelbundle.h"
#include "ml/modelspec.h"
#include "ml/trainer.h"
#include "project/project.h"
#include "score/scoreresult.h"
#include "services/impactservice.h"
#include "simulatorform.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QFileInfo>
#include <QTimer>

#include <limits>

namespace churnlens {

namespace {
//! A build's outcome, and the table's fingerprint when the job had to work it out.
struct Built
{
    Result<ImpactReport> report = std::unexpected(Error{});
    QString fingerprint;
};

//! The model as the page and the report name it: "v3 (XGBoost)", "XGBoost (default model)", never a bare path.
QString modelNameOf(const ScoringContext *context)
{
    const auto model = context->model();
    if (!model)
        return {};
    const QString kind = displayName(model->kind());
    switch (context->origin()) {
    case ScoringContext::Origin::Default:
        return ImpactView::tr("%1 (the default model)").arg(kind);
    case ScoringContext::Origin::Folder:
        return ImpactView::tr("%1 (folder %2)").arg(kind, QFileInfo(context->modelPath()).fileName());
    case ScoringContext::Origin::Trained:
        return context->modelTitle();
    default:
        return context->modelName();
    }
}

QString dataNameOf(const ScoringContext *context)
{
    const QString source = context->scoredSource();
    const QString file = QFileInfo(source).fileName();
    return file.isEmpty() ? source : file;
}
} // namespace

ImpactRequest ImpactView::currentRequest() const
{
    const ImpactAssumptions a = assumptions();
    ImpactRequest r;
    r.table = m_context->scoredTable().get();
    r.scores = m_context->scores().get();
    r.model = m_context->model().get();
    r.dataName = dataNameOf(m_context);
    r.modelName = modelNameOf(m_context);
    r.economics = a.economics;
    r.valueColumn = a.useFixedValue ? QString() : a.valueColumn;
    r.fixedValue = a.useFixedValue ? a.fixedValue : std::numeric_limits<double>::quiet_NaN();
    return r;
}

void ImpactView::scheduleBuild()
{
    m_dirty = true;
    // Hidden, the work waits until the area is shown: a scoring elsewhere costs nothing here.
    if (!isVisible()) {
        updateHeader();
        return;
    }
    m_debounce->start();
    updateHeader();
}

void ImpactView::startBuild()
{
    auto table = m_context->scoredTable();
    auto scores = m_context->scores();
    auto model = m_context->model();
    if (!table || !scores || !model) {
        apply(nullptr);
        return;
    }
    m_dirty = false;
    m_buildError.clear();
    ImpactRequest request = currentRequest();
    request.table = nullptr; // set on the worker from the snapshots the job keeps alive
    request.scores = nullptr;
    request.model = nullptr;
    if (Project *project = m_context->workspace()->project()) {
        // A small read of the project file; SQLite connections stay on the GUI thread.
        if (auto scorings = project->activity().scorings())
            request.history = *scorings;
    }
    // The fingerprint (is this the training data?) reads every value: worked out once per table.
    if (m_context->scoresSessionTable() && !m_context->workspace()->dataFingerprint().isEmpty())
        request.dataFingerprint = m_context->workspace()->dataFingerprint();
    else if (m_fingerprintOf.lock() == table)
        request.dataFingerprint = m_fingerprint;
    const QString segment = m_charts->segmentColumn();
    m_runner->startLatest<Built>(
        tr("Working out the impact figures"),
        [table, scores, model, request, segment](Progress &progress) mutable {
            request.table = table.get();
            request.scores = scores.get();
            request.model = model.get();
            Built out;
            if (request.dataFingerprint.isEmpty())
                request.dataFingerprint = out.fingerprint = Trainer::fingerprint(*table);
            if (!segment.isEmpty() && table->indexOf(segment) >= 0) {
                // The picked column leads (the report prints the first); the usual ones follow for the picker.
                request.segmentColumns = {segment};
                for (int c : SegmentBreakdown::defaultColumns(*table, scores->probabilities))
                    if (table->column(c).name() != segment)
                        request.segmentColumns << table->column(c).name();
            }
            out.report = ImpactService::build(request, &progress);
            return out;
        },
        [this, scores, table](Built &&built) {
            if (!built.fingerprint.isEmpty()) {
                m_fingerprint = built.fingerprint;
                m_fingerprintOf = table;
            }
            if (scores != m_context->scores())
                return; // built for customers that are no longer the ones scored
            if (!built.report) {
                if (built.report.error().code != ErrorCode::Canceled)
                    m_buildError = tr("The impact figures could not be worked out.\n\n%1").arg(built.report.error().message);
                m_dirty = true; // canceled or failed: try again on the next change or visit
                updateHeader();
                return;
            }
            apply(std::make_shared<const ImpactReport>(std::move(*built.report)));
        });
    updateHeader();
}

} // namespace churnlens
