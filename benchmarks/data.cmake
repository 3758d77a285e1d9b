# Loading benchmark: CsvReader on the 1M-row Telco-schema file against pandas.read_csv.
churnlens_add_benchmark(bench_load bench_load.cpp ${_bench_common})
