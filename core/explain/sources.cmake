list(APPEND CHURNLENS_CORE_SOURCES
  explain/shapmatrix.h
  explain/treeensemble.h explain/treeensemble.cpp explain/treeensembleparser.cpp
  explain/treeshap.h explain/treeshap.cpp explain/treeshapkernel.cpp
  explain/treescorer.h explain/treescorer.cpp
  explain/linearshap.h explain/linearshap.cpp
  explain/fieldattribution.h explain/fieldattribution.cpp
)
# Explanations per customer: SHAP values summed per field, reasons in words, what-if.
list(APPEND CHURNLENS_CORE_SOURCES
  explain/sampleexplanation.h explain/sampleexplanation.cpp
  explain/fieldimportance.h explain/fieldimportance.cpp
  explain/modelexplainer.h explain/modelexplainer.cpp
  explain/explainbudget.h explain/explainbudget.cpp
  explain/factor.h
  explain/factoreffect.h explain/factoreffect.cpp
  explain/factorwriter.h explain/factorwriter.cpp
  explain/whatif.h explain/whatif.cpp explain/whatifsearch.cpp
  explain/whatifbatch.h explain/whatifbatch.cpp
)
