# bench_shap: ChurnLens TreeSHAP vs XGBoost's pred_contribs (same run, same model), and
# probability throughput with XGBoost's in-place prediction.
add_executable(bench_shap bench_shap.cpp)
target_compile_options(bench_shap PRIVATE ${CHURNLENS_WARNINGS})
target_include_directories(bench_shap PRIVATE ${CMAKE_SOURCE_DIR}/tests/core)
target_compile_definitions(bench_shap PRIVATE CHURNLENS_TESTDATA="${CMAKE_SOURCE_DIR}/tests/data")
target_link_libraries(bench_shap PRIVATE churnlens_core xgboost::xgboost)
add_dependencies(benchmarks bench_shap)
