# The Score & export area (ui/score): the risk table, the campaign panel and exports.
list(APPEND CHURNLENS_UI_SOURCES
  score/risktablemodel.h score/risktablemodel.cpp
  score/riskdelegate.h score/riskdelegate.cpp
  score/campaignpanel.h score/campaignpanel.cpp
  score/scoreview.h score/scoreview.cpp score/scoreviewexport.cpp
)
