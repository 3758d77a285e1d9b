churnlens_add_test(tst_dictionary SOURCES core/tst_dictionary.cpp)
churnlens_add_test(tst_column SOURCES core/tst_column.cpp)
churnlens_add_test(tst_datatable SOURCES core/tst_datatable.cpp)
churnlens_add_test(tst_tablesearch SOURCES core/tst_tablesearch.cpp)
