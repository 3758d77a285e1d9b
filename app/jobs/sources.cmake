# Jobs (app/jobs): every long piece of work runs through one job manager.
list(APPEND CHURNLENS_APP_SOURCES
  jobs/jobmanager.h jobs/jobmanager.cpp
  jobs/taskrunner.h jobs/taskrunner.cpp
)
