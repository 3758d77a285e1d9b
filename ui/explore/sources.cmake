# The Explore area (paths relative to ui/): overview cards, drivers, column details,
# correlation heatmap; ChartStyle is the one chart palette other views reuse.
list(APPEND CHURNLENS_UI_SOURCES
  explore/chartstyle.h explore/chartstyle.cpp
  explore/charttable.h explore/charttable.cpp
  explore/chartpanel.h explore/chartpanel.cpp
  explore/churnratechart.h explore/churnratechart.cpp
  explore/distributionchart.h explore/distributionchart.cpp
  explore/boxplotchart.h explore/boxplotchart.cpp
  explore/driverschart.h explore/driverschart.cpp
  explore/missingchart.h explore/missingchart.cpp
  explore/heatmapwidget.h explore/heatmapwidget.cpp
  explore/statstable.h explore/statstable.cpp
  explore/explorecards.h explore/explorecards.cpp
  explore/columnpage.h explore/columnpage.cpp
  explore/exploreview.h explore/exploreview.cpp
)
