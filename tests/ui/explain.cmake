# Offscreen GUI tests of the Score & export and Explain areas (scoring, risk table, campaign
# list, exports, explanations, what-if), driven as a user would.
churnlens_add_test(tst_risktablemodel SOURCES ui/tst_risktablemodel.cpp ui/explaintestmodel.h LIBS churnlens_ui GUI)
set_tests_properties(tst_risktablemodel PROPERTIES TIMEOUT 300)
churnlens_add_test(tst_scoreview SOURCES ui/tst_scoreview.cpp ui/explaintestmodel.h ui/jobtesting.h LIBS churnlens_ui GUI)
set_tests_properties(tst_scoreview PROPERTIES TIMEOUT 600)
# With CHURNLENS_SCREENSHOTS=DIR set, tst_explainview screenshots saves the all-customers page and its importance chart.
churnlens_add_test(tst_explainview SOURCES ui/tst_explainview.cpp ui/explaintestmodel.h ui/jobtesting.h LIBS churnlens_ui Qt6::Charts GUI)
set_tests_properties(tst_explainview PROPERTIES TIMEOUT 300)
churnlens_add_test(tst_levelorder SOURCES ui/tst_levelorder.cpp LIBS churnlens_ui GUI)
