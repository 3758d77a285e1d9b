# The Explore area (paths relative to ui/): overview cards, drivers, column details,
# correlation heatmap.
list(APPEND CHURNLENS_UI_SOURCES
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
