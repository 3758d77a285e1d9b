# Tests of the "db" area: sample generator, schema guessing, database reader, data loader.
churnlens_add_test(tst_samplegenerator SOURCES core/tst_samplegenerator.cpp)
churnlens_add_test(tst_schemaguess SOURCES core/tst_schemaguess.cpp)
churnlens_add_test(tst_sqlreader SOURCES core/tst_sqlreader.cpp)
churnlens_add_test(tst_dataloader SOURCES core/tst_dataloader.cpp)

# tst_sqlreader's PostgreSQL half runs against a real server on loopback: this fixture installs
# (if needed) and starts it with scripts/start-postgres.sh and hands the connection over in a file.
option(CHURNLENS_PG_TESTS "Start a local PostgreSQL server for tst_sqlreader" ON)
if(CHURNLENS_PG_TESTS)
  set(_pg_env "${CMAKE_BINARY_DIR}/churnlens-pg.env")
  add_test(NAME db_postgres_server
           COMMAND "${CMAKE_SOURCE_DIR}/scripts/start-postgres.sh" --env-file "${_pg_env}")
  set_tests_properties(db_postgres_server PROPERTIES FIXTURES_SETUP churnlens_pg LABELS core TIMEOUT 600)
  set_tests_properties(tst_sqlreader tst_dataloader PROPERTIES FIXTURES_REQUIRED churnlens_pg
                       ENVIRONMENT "CHURNLENS_PG_ENV_FILE=${_pg_env}")
endif()
