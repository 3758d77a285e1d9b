# The impact report (ui/report): the chart painters (QPainter only), chart exports and the PDF
# writer, shared by the dashboard, `churnlens-cli report` and the tests. QtGui, never Widgets.
list(APPEND CHURNLENS_REPORT_SOURCES
  report/reportformat.h report/reportformat.cpp
  report/chartframe.h report/chartframe.cpp
  report/impactcharts.h report/impactchartstyle.cpp report/impactcharts.cpp report/impactcurves.cpp
  report/chartexport.h report/chartexport.cpp
  report/reporttext.h report/reporttext.cpp
  report/reportpaper.h report/reportpages.h report/reportpages.cpp report/reportpagetwo.cpp
  report/reportwriter.h report/reportwriter.cpp
)
