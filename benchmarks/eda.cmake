# Profiling benchmark: prints the time of a complete profile of the 1M-row file.
churnlens_add_benchmark(bench_profile bench_profile.cpp ${_bench_common})
