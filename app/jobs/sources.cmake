# Jobs (app/jobs): every long piece of work runs through one job manager.
list(APPEND CHURNLENS_APP_SOURCES
  jobs/jobmanager.h jobs/jobmanager.cpp
  jobs/etaestimator.h jobs/etaestimator.cpp
  jobs/taskrunner.h jobs/taskrunner.cpp
  jobs/stallmonitor.h jobs/stallmonitor.cpp
)
