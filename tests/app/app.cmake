# The application layer (app/): jobs, the workspace and the services, without Widgets.
churnlens_add_test(tst_taskrunner SOURCES app/tst_taskrunner.cpp)
churnlens_add_test(tst_workspace SOURCES app/tst_workspace.cpp)
set_tests_properties(tst_workspace PROPERTIES TIMEOUT 600)
