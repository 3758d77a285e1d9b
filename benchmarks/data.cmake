# Loading benchmark: CsvReader on the 1M-row Telco-schema file against pandas.read_csv.
add_executable(bench_load bench_load.cpp)
target_compile_options(bench_load PRIVATE ${CHURNLENS_WARNINGS})
target_compile_definitions(bench_load PRIVATE CHURNLENS_SHARED="${CMAKE_SOURCE_DIR}/../shared")
target_link_libraries(bench_load PRIVATE churnlens_core)
add_dependencies(benchmarks bench_load)
