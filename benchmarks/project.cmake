# bench_runs: a project with 10,000 runs opened and listed as the Models area lists them (goal
# < 1 s; MLflow took > 15 min for 30K runs, mlflow#2730). With the GUI built, the runs table
# model and the Models area itself are timed too (offscreen).
churnlens_add_benchmark(bench_runs bench_runs.cpp ${_bench_common})
target_link_libraries(bench_runs PRIVATE churnlens_app)
if(CHURNLENS_BUILD_GUI)
  target_link_libraries(bench_runs PRIVATE churnlens_ui)
  target_compile_definitions(bench_runs PRIVATE CHURNLENS_BENCH_GUI)
endif()
