# Scoring benchmark: a saved model scores a generated 1M-customer file (probabilities, risk,
# factors for every customer), picks campaign lists and exports them; prints the throughput.
add_executable(bench_score bench_score.cpp)
target_compile_options(bench_score PRIVATE ${CHURNLENS_WARNINGS})
target_link_libraries(bench_score PRIVATE churnlens_core)
add_dependencies(benchmarks bench_score)
