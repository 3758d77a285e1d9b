# core/monitor: drift measures against a stored reference, performance with and without
# outcomes, and champion vs challenger.
churnlens_add_test(tst_drift SOURCES core/tst_drift.cpp)
churnlens_add_test(tst_performancecheck SOURCES core/tst_performancecheck.cpp)
churnlens_add_test(tst_modelcomparison SOURCES core/tst_modelcomparison.cpp)
