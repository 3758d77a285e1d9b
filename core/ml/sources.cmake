# Models, validation, search and evaluation (core/ml). Imbalance samplers in this folder
# (imbalance*, smote*) are listed by prep/sources.cmake.
list(APPEND CHURNLENS_CORE_SOURCES
  ml/xgbcheck.h
  ml/xgbdmatrix.h ml/xgbdmatrix.cpp
  ml/xgbbooster.h ml/xgbbooster.cpp
)
list(APPEND CHURNLENS_CORE_SOURCES
  ml/modelspec.h ml/modelspec.cpp
  ml/rankedscores.h ml/rankedscores.cpp
  ml/binarymetrics.h ml/binarymetrics.cpp
  ml/evaluationcurves.h ml/evaluationcurves.cpp
  ml/calibration.h ml/calibration.cpp
  ml/thresholdcurve.h ml/thresholdcurve.cpp
  ml/thresholdpolicy.h ml/thresholdpolicy.cpp
  ml/numpyrandom.h ml/numpyrandom.cpp
  ml/datasplit.h ml/datasplit.cpp
  ml/logisticregression.h ml/logisticregression.cpp
)
list(APPEND CHURNLENS_CORE_SOURCES
  ml/trainingset.h ml/trainingset.cpp
  ml/trainedmodel.h ml/trainedmodel.cpp
  ml/treetrainer.h ml/treetrainer.cpp
  ml/modelfitter.h ml/modelfitter.cpp
)
list(APPEND CHURNLENS_CORE_SOURCES
  ml/searchspace.h ml/searchspace.cpp
  ml/searchfold.h ml/searchfold.cpp
  ml/modelsearch.h ml/modelsearch.cpp
  ml/autosearch.h ml/autosearch.cpp
)
list(APPEND CHURNLENS_CORE_SOURCES
  ml/trainoptions.h
  ml/trainreport.h ml/trainreport.cpp
  ml/trainerfold.h ml/trainerfold.cpp
  ml/trainer.h ml/trainer.cpp
)
list(APPEND CHURNLENS_CORE_SOURCES
  ml/modelbundle.h ml/modelbundle.cpp
  ml/modellocator.h ml/modellocator.cpp
)
# Moving models in and out: folders written all or nothing, model cards, imports.
list(APPEND CHURNLENS_CORE_SOURCES
  ml/modelfolder.h ml/modelfolder.cpp
  ml/modelcard.h ml/modelcard.cpp
  ml/modelimporter.h ml/modelimporter.cpp
)
