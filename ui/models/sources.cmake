# The Models area (paths relative to ui/): the project's runs (filter, sort, choose columns),
# runs compared side by side with their curves and searches, notes and tags, and the registry.
list(APPEND CHURNLENS_UI_SOURCES
  models/modelstext.h models/modelstext.cpp
  models/runtablemodel.h models/runtablemodel.cpp
  models/runfiltermodel.h models/runfiltermodel.cpp
  models/runcomparison.h models/runcomparison.cpp models/runcomparisonlabels.cpp
  models/comparisonmodel.h models/comparisonmodel.cpp
  models/comparisoncharts.h models/comparisoncharts.cpp
  models/comparepanel.h models/comparepanel.cpp
  models/versiontablemodel.h models/versiontablemodel.cpp
  models/historymodel.h models/historymodel.cpp
  models/statusbadgedelegate.h models/statusbadgedelegate.cpp
  models/reasondialog.h models/reasondialog.cpp
  models/annotatedialog.h models/annotatedialog.cpp
  models/registrypanel.h models/registrypanel.cpp
  models/modelsview.h models/modelsview.cpp
)
