# core/explain: tree ensemble reader, TreeSHAP, linear SHAP, field attribution.
# They train small models with XGBoost's C API directly (explaintestdata.h) to compare against it.
foreach(_t tst_treeensemble tst_treeshap tst_treescorer tst_linearshap tst_fieldattribution)
  churnlens_add_test(${_t} SOURCES core/${_t}.cpp core/explaintestdata.h LIBS xgboost::xgboost)
endforeach()
