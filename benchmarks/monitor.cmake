# Drift: a 1M-row file against a stored reference, all fields, next to the Python anchor
# (pandas + scipy, python/python_drift.py) on the same files.
churnlens_add_benchmark(bench_drift bench_drift.cpp ${_bench_common})
