# Explore / EDA: the profiling engine (statistics, churn breakdowns, association, quality checks).
list(APPEND CHURNLENS_CORE_SOURCES
  eda/statistics.h eda/statistics.cpp
  eda/fastsort.h eda/fastsort.cpp
  eda/numericsummary.h eda/numericsummary.cpp
  eda/histogram.h eda/histogram.cpp
  eda/columnprofile.h
  eda/churngroup.h
  eda/churnbreakdown.h eda/churnbreakdown.cpp
  eda/featureassociation.h
  eda/correlationmatrix.h eda/correlationmatrix.cpp
  eda/duplicatesummary.h eda/duplicatesummary.cpp
  eda/profilewarning.h eda/profilewarning.cpp
  eda/profileoptions.h
  eda/profile.h eda/profile.cpp eda/profilejson.cpp
  eda/columnanalyzer.h eda/columnanalyzer.cpp eda/columnanalyzernumeric.cpp
  eda/qualitychecks.h eda/qualitychecks.cpp
  eda/profiler.h eda/profiler.cpp
)
