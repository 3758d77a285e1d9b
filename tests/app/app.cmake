# The application layer (app/): jobs, the workspace and the services, without Widgets.
churnlens_add_test(tst_taskrunner SOURCES app/tst_taskrunner.cpp)
churnlens_add_test(tst_workspace SOURCES app/tst_workspace.cpp)
set_tests_properties(tst_workspace PROPERTIES TIMEOUT 600)
# The CLI and the services the GUI calls give the same results (churnlens-cli in a process).
churnlens_add_test(tst_servicesparity SOURCES app/tst_servicesparity.cpp)
target_compile_definitions(tst_servicesparity PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>"
                                                      CHURNLENS_MODELS="${CMAKE_SOURCE_DIR}/models")
add_dependencies(tst_servicesparity churnlens-cli)
# Each service on its own (load, scoring, campaign, export, model saving).
churnlens_add_test(tst_services SOURCES app/tst_services.cpp)
# The project file: runs, registry, scorings and exports, opening, locking, upgrading.
churnlens_add_test(tst_projectfile SOURCES app/tst_projectfile.cpp)
# The project lifecycle: recording into the open project, save → reopen, the sample project.
churnlens_add_test(tst_projectsession SOURCES app/tst_projectsession.cpp)
set_tests_properties(tst_projectsession PROPERTIES TIMEOUT 600)
# Crash safety: churnlens-cli killed with SIGKILL 50 times while it records runs and model
# versions; the project opens, passes integrity_check and holds only complete runs and versions.
churnlens_add_test(tst_projectcrash SOURCES app/tst_projectcrash.cpp)
target_compile_definitions(tst_projectcrash PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>")
add_dependencies(tst_projectcrash churnlens-cli)
set_tests_properties(tst_projectcrash PROPERTIES TIMEOUT 300)
# The Monitor: drift, performance and the recommendation on Telco halves; a challenger trained,
# compared, recorded and cited by its promotion; checks kept for the trend.
churnlens_add_test(tst_monitor SOURCES app/tst_monitor.cpp)
set_tests_properties(tst_monitor PROPERTIES TIMEOUT 600)
# Long jobs (issue 17): the time left from the measured rate, cancel within one chunk and the memory
# given back, the stall monitor (CHURNLENS_STALL_MONITOR) charging stalls to the job that ran.
churnlens_add_test(tst_longjobs SOURCES app/tst_longjobs.cpp)
