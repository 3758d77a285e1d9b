# The application shell and the Data area (paths relative to ui/).
# Icons are compiled in from resources/churnlens.qrc; the static library's resources are
# registered by churnlens::initUiResources() (ui/areas.h).
set(CMAKE_AUTORCC ON)
list(APPEND CHURNLENS_UI_SOURCES
  format.h format.cpp
  taskrunner.h taskrunner.cpp
  session.h session.cpp
  recentfiles.h recentfiles.cpp
  theme.h theme.cpp
  datatablemodel.h datatablemodel.cpp
  columnmodel.h columnmodel.cpp
  previewmodel.h previewmodel.cpp
  choicedelegate.h choicedelegate.cpp
  summarybar.h summarybar.cpp
  placeholderpage.h placeholderpage.cpp
  issuelist.h issuelist.cpp
  dataview.h dataview.cpp
  importdialog.h importdialog.cpp
  databasedialog.h databasedialog.cpp
  dataopener.h dataopener.cpp
  progresspanel.h progresspanel.cpp
  welcomepage.h welcomepage.cpp
  mainwindow.h mainwindow.cpp
  areas.h areas.cpp
  ../resources/churnlens.qrc
)
