# churnlens-cli end to end: exit codes, messages and the documented JSON keys.
churnlens_add_test(tst_cli SOURCES core/tst_cli.cpp)
target_compile_definitions(tst_cli PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>")
add_dependencies(tst_cli churnlens-cli)
