# Profiling benchmark: prints the time of a complete profile of the 1M-row file.
add_executable(bench_profile bench_profile.cpp)
target_compile_options(bench_profile PRIVATE ${CHURNLENS_WARNINGS})
target_link_libraries(bench_profile PRIVATE churnlens_core)
add_dependencies(benchmarks bench_profile)
