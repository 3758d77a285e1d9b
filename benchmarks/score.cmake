# Scoring benchmark: a saved model scores a generated 1M-customer file (probabilities, risk,
# factors for every customer), picks campaign lists and exports them; prints the throughput.
churnlens_add_benchmark(bench_score bench_score.cpp ${_bench_common})
