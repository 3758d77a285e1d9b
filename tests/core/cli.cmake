# churnlens-cli end to end: exit codes, messages and the documented JSON keys.
churnlens_add_test(tst_cli SOURCES core/tst_cli.cpp core/clirun.h)
target_compile_definitions(tst_cli PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>")
add_dependencies(tst_cli churnlens-cli)

# churnlens-cli against hostile input: pipes, signals, bad options and values, broken models.
churnlens_add_test(tst_clibadinput SOURCES core/tst_clibadinput.cpp)
target_compile_definitions(tst_clibadinput PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>")
add_dependencies(tst_clibadinput churnlens-cli)
target_compile_definitions(tst_clibadinput PRIVATE CHURNLENS_SOURCE="${CMAKE_SOURCE_DIR}")

# churnlens-cli prepare: the feature matrix of a model, exact to the float.
churnlens_add_test(tst_cliprepare SOURCES core/tst_cliprepare.cpp core/clirun.h)
target_compile_definitions(tst_cliprepare PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>" CHURNLENS_SOURCE="${CMAKE_SOURCE_DIR}")
add_dependencies(tst_cliprepare churnlens-cli)

# churnlens-cli model-export / model-import: versions out with a model card, and in (Python's XGBoost JSON too).
churnlens_add_test(tst_climodelfolders SOURCES core/tst_climodelfolders.cpp core/clirun.h)
target_compile_definitions(tst_climodelfolders PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>")
add_dependencies(tst_climodelfolders churnlens-cli)

# churnlens-cli with a project: --project on train/score/explain, runs, models, promote,
# rollback, history, archive; a second writer refused.
churnlens_add_test(tst_cliproject SOURCES core/tst_cliproject.cpp core/clirun.h)
target_compile_definitions(tst_cliproject PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>")
add_dependencies(tst_cliproject churnlens-cli)

# churnlens-cli report: the PDF written headless carries the --json figures (pdftotext, pdfinfo),
# acceptance forms, range and budget, bad options, unwritable output, the project's trend.
# Without the GUI (the ASan stage) it checks that --out fails clearly and --json still works.
churnlens_add_test(tst_clireport SOURCES core/tst_clireport.cpp core/clirun.h)
target_compile_definitions(tst_clireport PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>")
if(CHURNLENS_BUILD_GUI)
  target_compile_definitions(tst_clireport PRIVATE CHURNLENS_HAS_REPORT)
endif()
add_dependencies(tst_clireport churnlens-cli)
set_tests_properties(tst_clireport PROPERTIES TIMEOUT 300)

# churnlens-cli drift and retrain: exit codes 0 and 4, JSON, the project's checks, challengers.
churnlens_add_test(tst_climonitor SOURCES core/tst_climonitor.cpp core/clirun.h)
target_compile_definitions(tst_climonitor PRIVATE CHURNLENS_CLI="$<TARGET_FILE:churnlens-cli>")
add_dependencies(tst_climonitor churnlens-cli)
set_tests_properties(tst_climonitor PROPERTIES TIMEOUT 600)
