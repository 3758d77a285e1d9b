list(APPEND CHURNLENS_CORE_SOURCES
  data/dictionary.h data/dictionary.cpp
  data/column.h data/column.cpp
  data/datatable.h data/datatable.cpp
  data/csvoptions.h data/loadresult.h
)
