# bench_prep: fitted preparation of the 1M-row file (goal: >= 20x faster than scikit-learn).
# bench_smote: SMOTE on 100K prepared rows (goal: >= 15x faster than imbalanced-learn).
# Both run the Python equivalent in the same run when /usr/bin/python3 has the packages.
churnlens_add_benchmark(bench_prep bench_prep.cpp ${_bench_common})
churnlens_add_benchmark(bench_smote bench_smote.cpp ${_bench_common})
