# bench_grid: the 27 x 5 XGBoost grid search vs scikit-learn's GridSearchCV (same matrix, same folds).
churnlens_add_benchmark(bench_grid bench_grid.cpp ${_bench_common})
# bench_xgb: XGBoost fit on 100K / 1M rows through the C API wrapper vs the Python package.
churnlens_add_benchmark(bench_xgb bench_xgb.cpp ${_bench_common})
