# bench_prep: fitted preparation of the 1M-row file (goal: >= 20x faster than scikit-learn).
# bench_smote: SMOTE on 100K prepared rows (goal: >= 15x faster than imbalanced-learn).
# Both run the Python equivalent in the same run when /usr/bin/python3 has the packages.
foreach(_bench bench_prep bench_smote)
  add_executable(${_bench} ${_bench}.cpp benchprephelpers.h)
  target_compile_options(${_bench} PRIVATE ${CHURNLENS_WARNINGS})
  target_compile_definitions(${_bench} PRIVATE CHURNLENS_ANCHORS="${CMAKE_SOURCE_DIR}/../shared/anchors")
  target_link_libraries(${_bench} PRIVATE churnlens_core)
  add_dependencies(benchmarks ${_bench})
endforeach()
