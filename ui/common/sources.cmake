# Shared by every area (ui/common): number formatting, the chart palette and chart panels,
# risk colours, delegates, issue lists and placeholder pages.
list(APPEND CHURNLENS_UI_SOURCES
  common/format.h common/format.cpp
  common/choicedelegate.h common/choicedelegate.cpp
  common/placeholderpage.h common/placeholderpage.cpp
  common/issuelist.h common/issuelist.cpp
  common/chartstyle.h common/chartstyle.cpp
  common/charttable.h common/charttable.cpp
  common/chartpanel.h common/chartpanel.cpp
  common/riskstyle.h common/riskstyle.cpp
  common/wheelguard.h common/wheelguard.cpp
  common/menutext.h common/axisformat.h
)
