# core/ml: models, metrics, validation, search, training.
churnlens_add_test(tst_binarymetrics SOURCES core/tst_binarymetrics.cpp)
churnlens_add_test(tst_calibration SOURCES core/tst_calibration.cpp)
churnlens_add_test(tst_datasplit SOURCES core/tst_datasplit.cpp)
churnlens_add_test(tst_logisticregression SOURCES core/tst_logisticregression.cpp)
churnlens_add_test(tst_modelfitter SOURCES core/tst_modelfitter.cpp)
churnlens_add_test(tst_modelsearch SOURCES core/tst_modelsearch.cpp)
churnlens_add_test(tst_trainer SOURCES core/tst_trainer.cpp)
# Moving models in and out: folders, model cards, imports (tests/data/python_model: a model
# trained by Python's xgboost on Telco, and its own predictions).
churnlens_add_test(tst_modelfolder SOURCES core/tst_modelfolder.cpp)
churnlens_add_test(tst_modelcard SOURCES core/tst_modelcard.cpp)
churnlens_add_test(tst_modelimporter SOURCES core/tst_modelimporter.cpp)
foreach(_t tst_modelfolder tst_modelcard tst_modelimporter)
  target_compile_definitions(${_t} PRIVATE CHURNLENS_SOURCE="${CMAKE_SOURCE_DIR}")
endforeach()
# Cancel of long steps (issue 17): work done after the cancel flag, and memory given back.
churnlens_add_test(tst_longjobcancel SOURCES core/tst_longjobcancel.cpp)
