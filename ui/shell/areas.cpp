#include "areas.h"

#include "dashboard/impactview.h"
#include "data/dataview.h"
#include "explain/explainview.h"
#include "score/scoreview.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"
#include "explore/exploreview.h"
#include "models/modelsview.h"
#include "monitor/monitorview.h"
#include "mainwindow.h"
#include "train/trainview.h"

#include <QIcon>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initChurnLensResources()
{
    Q_INIT_RESOURCE(churnlens);
    Q_INIT_RESOURCE(churnlens_help);
}

namespace churnlens {

void initUiResources()
{
    initChurnLensResources();
}

void installAreas(MainWindow &window)
{
    Workspace *workspace = window.workspace();
    window.addArea(AreaId::Data, MainWindow::tr("Data"), QIcon(QStringLiteral(":/icons/data.svg")), new DataView(workspace));
    window.addArea(AreaId::Explore, MainWindow::tr("Explore"), QIcon(QStringLiteral(":/icons/explore.svg")),
                   new ExploreView(workspace));
    window.addArea(AreaId::Train, MainWindow::tr("Train"), QIcon(QStringLiteral(":/icons/train.svg")), new TrainView(workspace));
    ScoringContext *scoring = workspace->scoring(); // the model in use and the scores both areas share
    window.addArea(AreaId::Score, MainWindow::tr("Score & export"), QIcon(QStringLiteral(":/icons/score.svg")),
                   new ScoreView(scoring));
    window.addArea(AreaId::Explain, MainWindow::tr("Explain"), QIcon(QStringLiteral(":/icons/explain.svg")),
                   new ExplainView(scoring));
    window.addArea(AreaId::Impact, MainWindow::tr("Impact"), QIcon(QStringLiteral(":/icons/impact.svg")), new ImpactView(scoring));
    window.addArea(AreaId::Models, MainWindow::tr("Models"), QIcon(QStringLiteral(":/icons/models.svg")), new ModelsView(workspace));
    window.addArea(AreaId::Monitor, MainWindow::tr("Monitor"), QIcon(QStringLiteral(":/icons/monitor.svg")),
                   new MonitorView(workspace));
    // A customer double-clicked in the risk table is explained in the Explain area.
    QObject::connect(scoring, &ScoringContext::customerRequested, &window, [&window]() { window.setCurrentArea(AreaId::Explain); });
}

} // namespace churnlens
