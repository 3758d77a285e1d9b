# The Train area (paths relative to ui/): settings, training jobs with progress and cancel,
# leaderboard, evaluation curves, confusion matrix with a threshold slider, importance, save.
list(APPEND CHURNLENS_UI_SOURCES
  train/trainsettings.h train/trainsettings.cpp
  train/trainjobspanel.h train/trainjobspanel.cpp
  train/leaderboardmodel.h train/leaderboardmodel.cpp
  train/evaluationcharts.h train/evaluationcharts.cpp
  train/modelimportancechart.h train/modelimportancechart.cpp
  train/confusionpanel.h train/confusionpanel.cpp
  train/trainresultsview.h train/trainresultsview.cpp
  train/trainview.h train/trainview.cpp
)
