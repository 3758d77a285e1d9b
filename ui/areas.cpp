#include "areas.h"

#include "dataview.h"
#include "explore/exploreview.h"
#include "mainwindow.h"

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
}

} // namespace churnlens
