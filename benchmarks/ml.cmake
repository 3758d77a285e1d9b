# bench_grid: the 27 x 5 XGBoost grid search vs scikit-learn's GridSearchCV (same matrix, same folds).
add_executable(bench_grid bench_grid.cpp)
target_compile_options(bench_grid PRIVATE ${CHURNLENS_WARNINGS})
target_compile_definitions(bench_grid PRIVATE CHURNLENS_SHARED="${CMAKE_SOURCE_DIR}/../shared")
target_link_libraries(bench_grid PRIVATE churnlens_core)
add_dependencies(benchmarks bench_grid)
# bench_xgb: XGBoost fit on 100K / 1M rows through the C API wrapper vs the Python package.
add_executable(bench_xgb bench_xgb.cpp)
target_compile_options(bench_xgb PRIVATE ${CHURNLENS_WARNINGS})
target_compile_definitions(bench_xgb PRIVATE CHURNLENS_SHARED="${CMAKE_SOURCE_DIR}/../shared")
target_link_libraries(bench_xgb PRIVATE churnlens_core)
add_dependencies(benchmarks bench_xgb)
