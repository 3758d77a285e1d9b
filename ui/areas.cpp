#include "areas.h"

#include "dataview.h"
#include "explain/explainview.h"
#include "explain/scoreview.h"
#include "explain/scoringactions.h"
#include "explain/scoringcontext.h"
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
    Session *session = window.session();
    window.addArea(QStringLiteral("data"), MainWindow::tr("Data"), QIcon(QStringLiteral(":/icons/data.svg")),
                   new DataView(session));
    window.addArea(QStringLiteral("explore"), MainWindow::tr("Explore"), QIcon(QStringLiteral(":/icons/explore.svg")),
                   new ExploreView(session));
    window.addArea(QStringLiteral("train"), MainWindow::tr("Train"), QIcon(QStringLiteral(":/icons/train.svg")), new TrainView(session));
    auto *scoring = new ScoringContext(session, &window); // the model and scores both areas share
    window.addArea(QStringLiteral("score"), MainWindow::tr("Score & export"), QIcon(QStringLiteral(":/icons/score.svg")), new ScoreView(scoring));
    window.addArea(QStringLiteral("explain"), MainWindow::tr("Explain"), QIcon(QStringLiteral(":/icons/explain.svg")), new ExplainView(scoring));
    installScoringActions(window, scoring);
}

} // namespace churnlens
