# Loading benchmark: CsvReader on the 1M-row Telco-schema file against pandas.read_csv.
churnlens_add_benchmark(bench_load bench_load.cpp ${_bench_common})
# Search benchmark: TableSearch (the Data area's search field) on 1M generated customers.
churnlens_add_benchmark(bench_search bench_search.cpp)
