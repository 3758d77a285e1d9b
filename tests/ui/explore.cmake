# Offscreen GUI tests of the Explore area (charts open, export, copy, cancel, responsiveness).
churnlens_add_test(tst_exploreview SOURCES ui/tst_exploreview.cpp ui/jobtesting.h LIBS churnlens_ui Qt6::Charts GUI)
set_tests_properties(tst_exploreview PROPERTIES TIMEOUT 300)
