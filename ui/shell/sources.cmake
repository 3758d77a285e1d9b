# The application shell (ui/shell): main window, area registry, progress and errors in the
# status bar, welcome page, theme, recent files, opening data, the language, the user guide,
# the shortcut list and the preferences.
set(CMAKE_AUTORCC ON)
list(APPEND CHURNLENS_UI_SOURCES
  shell/theme.h shell/theme.cpp
  shell/recentfiles.h shell/recentfiles.cpp
  shell/dataopener.h shell/dataopener.cpp
  shell/projectcontroller.h shell/projectcontroller.cpp
  shell/area.h shell/area.cpp
  shell/errorpresenter.h shell/errorpresenter.cpp
  shell/progresspanel.h shell/progresspanel.cpp
  shell/welcomepage.h shell/welcomepage.cpp
  shell/dropoverlay.h shell/dropoverlay.cpp
  shell/mainwindow.h shell/mainwindow.cpp
  shell/areas.h shell/areas.cpp
  shell/uilanguage.h shell/uilanguage.cpp
  shell/helpwindow.h shell/helpwindow.cpp
  shell/shortcutlist.h shell/shortcutlist.cpp
  shell/preferencesdialog.h shell/preferencesdialog.cpp
  ../resources/churnlens.qrc
  ../resources/help/churnlens_help.qrc
)
