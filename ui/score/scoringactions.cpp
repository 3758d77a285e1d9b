#include "scoringactions.h"

#include "shell/mainwindow.h"
#include "scoreview.h"
#include "workspace/scoringcontext.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace churnlens {

void installScoringActions(MainWindow &window, ScoringContext *context)
{
    QObject::connect(context, &ScoringContext::customerRequested, &window,
                     [&window]() { window.setCurrentArea(QStringLiteral("explain")); });

    // The File menu is the window's first; the model goes with the other "open" entries,
    // before the first separator.
    const QList<QAction *> top = window.menuBar()->actions();
    QMenu *file = top.isEmpty() ? nullptr : top.first()->menu();
    if (!file)
        return;
    auto *open = new QAction(MainWindow::tr("Open &Model…"), &window);
    open->setObjectName(QStringLiteral("openModelAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    open->setStatusTip(MainWindow::tr("Score and explain with a model folder saved earlier"));
    QObject::connect(open, &QAction::triggered, &window, [&window]() {
        window.setCurrentArea(QStringLiteral("score"));
        if (auto *view = qobject_cast<ScoreView *>(window.areaView(QStringLiteral("score"))))
            view->openModel();
    });
    QAction *before = nullptr;
    for (QAction *a : file->actions()) {
        if (a->isSeparator()) {
            before = a;
            break;
        }
    }
    file->insertAction(before, open);
}

} // namespace churnlens
