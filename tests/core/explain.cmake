# core/explain: tree ensemble reader, TreeSHAP, linear SHAP, field attribution.
# They train small models with XGBoost's C API directly (explaintestdata.h) to compare against it.
foreach(_t tst_treeensemble tst_treeshap tst_treescorer tst_linearshap tst_fieldattribution)
  churnlens_add_test(${_t} SOURCES core/${_t}.cpp core/explaintestdata.h LIBS xgboost::xgboost)
endforeach()
# The same TreeSHAP checks on the code CPUs without AVX-512 run.
add_test(NAME tst_treeshap_plain COMMAND tst_treeshap)
set_tests_properties(tst_treeshap_plain PROPERTIES ENVIRONMENT "CHURNLENS_NO_AVX512=1" LABELS core)
