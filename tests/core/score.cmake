# core/score: risk levels, campaign lists, exports, factors in words, scoring and what-if.
churnlens_add_test(tst_riskthresholds SOURCES core/tst_riskthresholds.cpp)
churnlens_add_test(tst_campaignselector SOURCES core/tst_campaignselector.cpp)
churnlens_add_test(tst_tableexporter SOURCES core/tst_tableexporter.cpp)
churnlens_add_test(tst_exportlog SOURCES core/tst_exportlog.cpp)
churnlens_add_test(tst_factorwriter SOURCES core/tst_factorwriter.cpp)
churnlens_add_test(tst_scorer SOURCES core/tst_scorer.cpp core/scoretestmodels.h)
churnlens_add_test(tst_whatif SOURCES core/tst_whatif.cpp core/scoretestmodels.h)
churnlens_add_test(tst_scoreexport SOURCES core/tst_scoreexport.cpp core/scoretestmodels.h)
