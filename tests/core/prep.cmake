# core/prep (fitted preparation) and the imbalance samplers in core/ml.
churnlens_add_test(tst_preparationoptions SOURCES core/tst_preparationoptions.cpp)
churnlens_add_test(tst_engineeredfeatures SOURCES core/tst_engineeredfeatures.cpp core/preptesttables.h)
churnlens_add_test(tst_fittedpreparation SOURCES core/tst_fittedpreparation.cpp core/preptesttables.h)
churnlens_add_test(tst_smoteneighbours SOURCES core/tst_smoteneighbours.cpp)
churnlens_add_test(tst_smote SOURCES core/tst_smote.cpp)
churnlens_add_test(tst_imbalancesampler SOURCES core/tst_imbalancesampler.cpp)
