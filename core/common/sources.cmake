list(APPEND CHURNLENS_CORE_SOURCES
  common/error.h common/error.cpp
  common/parallel.h common/parallel.cpp
  common/currency.h common/currency.cpp
  common/jsonnumber.h
  common/progress.h common/progress.cpp
  common/cancelonlyprogress.h
  common/threads.h common/threads.cpp
  common/processmemory.h common/processmemory.cpp
  common/xoshiro.h
)
