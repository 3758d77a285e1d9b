# The Explain area (ui/explain): importance, beeswarm and dependence plots for all customers;
# the waterfall, reasons and the what-if editor for one.
list(APPEND CHURNLENS_UI_SOURCES
  explain/levelorder.h explain/levelorder.cpp
  explain/shapimportancechart.h explain/shapimportancechart.cpp
  explain/beeswarmwidget.h explain/beeswarmwidget.cpp
  explain/dependencechart.h explain/dependencechart.cpp
  explain/waterfallwidget.h explain/waterfallwidget.cpp
  explain/whatifpanel.h explain/whatifpanel.cpp
  explain/explainview.h explain/explainview.cpp
)
