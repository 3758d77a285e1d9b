list(APPEND CHURNLENS_CORE_SOURCES
  explain/shapmatrix.h
  explain/rowblocks.h explain/rowblocks.cpp
  explain/treeensemble.h explain/treeensemble.cpp explain/treeensembleparser.cpp
  explain/treeshap.h explain/treeshap.cpp explain/treeshapkernel.cpp
  explain/treescorer.h explain/treescorer.cpp
  explain/linearshap.h explain/linearshap.cpp
  explain/fieldattribution.h explain/fieldattribution.cpp
)
