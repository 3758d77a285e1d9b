# Explore / EDA engine tests (core/eda).
churnlens_add_test(tst_statistics SOURCES core/tst_statistics.cpp)
churnlens_add_test(tst_numericsummary SOURCES core/tst_numericsummary.cpp)
churnlens_add_test(tst_correlationmatrix SOURCES core/tst_correlationmatrix.cpp)
churnlens_add_test(tst_duplicatesummary SOURCES core/tst_duplicatesummary.cpp core/edatesttables.h)
churnlens_add_test(tst_profiler SOURCES core/tst_profiler.cpp core/edatesttables.h)
churnlens_add_test(tst_histogram SOURCES core/tst_histogram.cpp)
churnlens_add_test(tst_fastsort SOURCES core/tst_fastsort.cpp)
