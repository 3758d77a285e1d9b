#include "areas.h"

#include "data/dataview.h"
#include "explain/explainview.h"
#include "score/scoreview.h"
#include "score/scoringactions.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"
#include "explore/exploreview.h"
#include "mainwindow.h"
#include "train/trainview.h"

#include <QIcon>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initChurnLensResources()
{
    Q_INIT_RESOURCE(churnlens);
}

namespace churnlens {

void initUiResources()
{
    initChurnLensResources();
}

void installAreas(MainWindow &window)
{
    Workspace *workspace = window.workspace();
    window.addArea(QStringLiteral("data"), MainWindow::tr("Data"), QIcon(QStringLiteral(":/icons/data.svg")),
                   new DataView(workspace));
    window.addArea(QStringLiteral("explore"), MainWindow::tr("Explore"), QIcon(QStringLiteral(":/icons/explore.svg")),
                   new ExploreView(workspace));
    window.addArea(QStringLiteral("train"), MainWindow::tr("Train"), QIcon(QStringLiteral(":/icons/train.svg")), new TrainView(workspace));
    ScoringContext *scoring = workspace->scoring(); // the model in use and the scores both areas share
    window.addArea(QStringLiteral("score"), MainWindow::tr("Score & export"), QIcon(QStringLiteral(":/icons/score.svg")), new ScoreView(scoring));
    window.addArea(QStringLiteral("explain"), MainWindow::tr("Explain"), QIcon(QStringLiteral(":/icons/explain.svg")), new ExplainView(scoring));
    installScoringActions(window, scoring);
}

} // namespace churnlens
