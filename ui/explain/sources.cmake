# The Score & export and Explain areas (paths relative to ui/): scoring with the session's,
# an opened or the default model; risk table, campaign list and exports; global and
# per-customer explanations with the what-if editor.
list(APPEND CHURNLENS_UI_SOURCES
  explain/riskstyle.h explain/riskstyle.cpp
  explain/scoringcontext.h explain/scoringcontext.cpp
  explain/risktableorder.h explain/risktableorder.cpp
  explain/risktablemodel.h explain/risktablemodel.cpp
  explain/riskdelegate.h explain/riskdelegate.cpp
  explain/campaignpanel.h explain/campaignpanel.cpp
  explain/scoreview.h explain/scoreview.cpp explain/scoreviewexport.cpp
  explain/scoringactions.h explain/scoringactions.cpp
)
list(APPEND CHURNLENS_UI_SOURCES
  explain/sampleexplanation.h explain/sampleexplanation.cpp
  explain/levelorder.h explain/levelorder.cpp
  explain/importancechart.h explain/importancechart.cpp
  explain/beeswarmwidget.h explain/beeswarmwidget.cpp
  explain/dependencechart.h explain/dependencechart.cpp
  explain/waterfallwidget.h explain/waterfallwidget.cpp
  explain/whatifpanel.h explain/whatifpanel.cpp
  explain/explainview.h explain/explainview.cpp
)
