list(APPEND CHURNLENS_CORE_SOURCES
  common/error.h common/error.cpp
  common/progress.h common/progress.cpp
  common/xoshiro.h
)
