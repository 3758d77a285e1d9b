# The impact report library (ui/report), offscreen: the chart painters' labels and layout at
# the dashboard's and the PDF's sizes, number formats, PNG/SVG export, the PDF writer.
churnlens_add_test(tst_impactcharts SOURCES ui/tst_impactcharts.cpp LIBS churnlens_report GUI)
churnlens_add_test(tst_reportwriter SOURCES ui/tst_reportwriter.cpp LIBS churnlens_report GUI)
