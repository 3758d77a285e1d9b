# bench_shap: ChurnLens TreeSHAP vs XGBoost's pred_contribs (same run, same model), and
# probability throughput with XGBoost's in-place prediction.
churnlens_add_benchmark(bench_shap bench_shap.cpp ${_bench_common})
target_include_directories(bench_shap PRIVATE ${CMAKE_SOURCE_DIR}/tests/core)
target_link_libraries(bench_shap PRIVATE xgboost::xgboost)
