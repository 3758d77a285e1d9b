# The CSV reader, type inference, TableBuilder and column conversion.
churnlens_add_test(tst_csvreader SOURCES core/tst_csvreader.cpp)
churnlens_add_test(tst_typeinference SOURCES core/tst_typeinference.cpp)
churnlens_add_test(tst_tablebuilder SOURCES core/tst_tablebuilder.cpp)
churnlens_add_test(tst_columnconvert SOURCES core/tst_columnconvert.cpp)
