# The application layer (app/): jobs, the workspace and the services, without Widgets.
churnlens_add_test(tst_taskrunner SOURCES app/tst_taskrunner.cpp)
