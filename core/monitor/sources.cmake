# Monitor (core/monitor): is a new customer file still the population the model learned from,
# how well does the model do on it (with outcomes, or estimated without), and is a challenger better.
list(APPEND CHURNLENS_CORE_SOURCES
  monitor/driftstatistics.h monitor/driftstatistics.cpp
  monitor/driftreference.h monitor/driftreference.cpp
  monitor/driftresult.h monitor/driftresult.cpp
  monitor/performancecheck.h monitor/performancecheck.cpp
  monitor/modelcomparison.h monitor/modelcomparison.cpp
)
