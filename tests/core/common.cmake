churnlens_add_test(tst_progress SOURCES core/tst_progress.cpp)
churnlens_add_test(tst_error SOURCES core/tst_error.cpp)
churnlens_add_test(tst_parallel SOURCES core/tst_parallel.cpp)
