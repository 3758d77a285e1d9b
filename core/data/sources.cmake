list(APPEND CHURNLENS_CORE_SOURCES
  data/dictionary.h data/dictionary.cpp
  data/column.h data/column.cpp
  data/datatable.h data/datatable.cpp
  data/fieldlabels.h data/fieldlabels.cpp
  data/tablesearch.h data/tablesearch.cpp
  data/csvoptions.h data/loadresult.h
)
