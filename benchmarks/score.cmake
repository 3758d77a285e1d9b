# Scoring benchmark: a saved model scores a generated 1M-customer file (probabilities, risk,
# factors for every customer), picks campaign lists and exports them; prints the throughput.
churnlens_add_benchmark(bench_score bench_score.cpp ${_bench_common})
# The TreeSHAP kernel alone (CPU time per row, single rows), on bench_score's model.
churnlens_add_benchmark(bench_shapkernel bench_shapkernel.cpp ${_bench_common})
