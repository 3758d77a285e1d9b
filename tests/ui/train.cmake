# Offscreen GUI tests of the Train area: train through the view, threshold slider, save, cancel.
# With CHURNLENS_SCREENSHOTS=DIR set, tst_trainview also saves train-running.png, train-results.png,
# the curves and both kinds of importance chart there (./tst_trainview screenshots).
churnlens_add_test(tst_trainview SOURCES ui/tst_trainview.cpp LIBS churnlens_ui Qt6::Charts GUI)
set_tests_properties(tst_trainview PROPERTIES TIMEOUT 600)
# Axis label formats: the tick step's decimals, never an exponent ("1E+02").
churnlens_add_test(tst_axisformat SOURCES ui/tst_axisformat.cpp LIBS churnlens_ui Qt6::Charts GUI)
