# The Impact area (ui/dashboard): the executive's page — headline figures, the campaign
# simulator, the impact charts and the PDF report. ImpactService computes; these show.
list(APPEND CHURNLENS_UI_SOURCES
  dashboard/impactformat.h dashboard/impactformat.cpp
  dashboard/impactcards.h dashboard/impactcards.cpp
  dashboard/impactnotes.h dashboard/impactnotes.cpp
  dashboard/simulatorform.h dashboard/simulatorform.cpp
  dashboard/simulatorresults.h dashboard/simulatorresults.cpp
  dashboard/impactchartwidget.h dashboard/impactchartwidget.cpp
  dashboard/impactchartsgrid.h dashboard/impactchartsgrid.cpp
  dashboard/howcomputedpanel.h dashboard/howcomputedpanel.cpp
  dashboard/impactview.h dashboard/impactview.cpp dashboard/impactviewbuild.cpp dashboard/impactviewexport.cpp
)
