# Offscreen GUI tests of the Models area: runs table, compare, notes, delete, registry.
# With CHURNLENS_SCREENSHOTS=DIR set, tst_modelsview also saves models-*.png there
# (./tst_modelsview screenshots), light and dark, at 1600×1000 and 1366×768.
churnlens_add_test(tst_modelsview SOURCES ui/tst_modelsview.cpp LIBS churnlens_ui Qt6::Charts GUI)
set_tests_properties(tst_modelsview PROPERTIES TIMEOUT 300)
