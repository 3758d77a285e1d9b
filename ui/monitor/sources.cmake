# The Monitor area (paths relative to ui/): a new customer file checked against the model in use —
# drift per field, of the predictions and of the explanations, performance measured or estimated,
# the recommendation, the trend over a project's checks, and retraining with a challenger.
# MonitorService and ChallengerService compute; these show.
list(APPEND CHURNLENS_UI_SOURCES
  monitor/monitorstyle.h monitor/monitorstyle.cpp
  monitor/monitortext.h monitor/monitortext.cpp
  monitor/drifttablemodel.h monitor/drifttablemodel.cpp
  monitor/sparklinedelegate.h monitor/sparklinedelegate.cpp
  monitor/explanationdriftmodel.h monitor/explanationdriftmodel.cpp
  monitor/monitorcharts.h monitor/monitorcharts.cpp
  monitor/performancepanel.h monitor/performancepanel.cpp
  monitor/recommendationbanner.h monitor/recommendationbanner.cpp
  monitor/monitorsettingsdialog.h monitor/monitorsettingsdialog.cpp
  monitor/comparisonpanel.h monitor/comparisonpanel.cpp
  monitor/retraindialog.h monitor/retraindialog.cpp monitor/retraindialogrun.cpp
  monitor/monitorview.h monitor/monitorview.cpp monitor/monitorviewcheck.cpp monitor/monitorviewactions.cpp
)
