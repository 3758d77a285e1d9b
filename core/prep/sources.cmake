# Preparation (fitted on training rows, saved with the model) and the imbalance samplers.
# The samplers live in core/ml but are listed here (owned by the preparation work).
list(APPEND CHURNLENS_CORE_SOURCES
  prep/featurematrix.h
  prep/preparationoptions.h prep/preparationoptions.cpp
  prep/engineeredfeatures.h prep/engineeredfeatures.cpp
  prep/fittedpreparation.h prep/fittedpreparation.cpp
  prep/preparationfit.cpp
  prep/preparationjson.cpp
  prep/preparationstate.h
  prep/preparationkernel.h prep/preparationkernel.cpp
  prep/numbertext.h prep/numbertext.cpp
  prep/levelmatcher.h prep/levelmatcher.cpp
  ml/imbalanceoptions.h ml/imbalanceoptions.cpp
  ml/imbalancesampler.h ml/imbalancesampler.cpp
  ml/smote.h ml/smote.cpp
  ml/smoteneighbours.h ml/smoteneighbours.cpp
  ml/smotecandidates.h ml/smotecandidates.cpp ml/smotecandidatesavx2.cpp
  ml/smotecandidatestile.h
  ml/smoteprojection.h ml/smoteprojection.cpp
)

# The distance tiles of the SMOTE neighbour search are also built for AVX2+FMA and picked
# at run time (about 3x faster than the x86-64 baseline); see smotecandidatesavx2.cpp.
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  set_source_files_properties(ml/smotecandidatesavx2.cpp PROPERTIES COMPILE_OPTIONS "-mavx2;-mfma")
  set_source_files_properties(ml/smotecandidatesavx2.cpp ml/smoteneighbours.cpp
    PROPERTIES COMPILE_DEFINITIONS CHURNLENS_SMOTE_AVX2)
endif()
# Exact distances must round identically wherever they are inlined (see exactDistance()).
set_source_files_properties(ml/smoteneighbours.cpp PROPERTIES COMPILE_OPTIONS "-ffp-contract=off")
