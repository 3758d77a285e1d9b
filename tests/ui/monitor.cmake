# Offscreen GUI tests of the Monitor area: a check field by field, a drifted field flagged, the
# settings recommending again, the trend of a project's checks, Retrain… with the comparison and
# Promote. With CHURNLENS_SCREENSHOTS=DIR set, tst_monitorview also saves monitor*.png there
# (./tst_monitorview screenshots; CHURNLENS_SCREENSHOT_LANGUAGE=de for German), light and dark,
# at 1600x1000 and 1366x768.
churnlens_add_test(tst_monitorview SOURCES ui/tst_monitorview.cpp LIBS churnlens_ui Qt6::Charts GUI)
set_tests_properties(tst_monitorview PROPERTIES TIMEOUT 900)
