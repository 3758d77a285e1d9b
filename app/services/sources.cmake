# Services (app/services): each pipeline written once, for the GUI, the CLI and the scoring service.
list(APPEND CHURNLENS_APP_SOURCES
  services/trainresults.h
  services/trainrun.h services/trainrun.cpp
  services/modelsaver.h services/modelsaver.cpp
  services/loadservice.h services/loadservice.cpp
  services/scoringservice.h services/scoringservice.cpp
  services/campaignservice.h services/campaignservice.cpp
  services/exportservice.h services/exportservice.cpp
  services/modeltransfer.h services/modeltransfer.cpp
  services/projectrecorder.h services/projectrecorder.cpp
  services/sampleproject.h services/sampleproject.cpp
  services/impactservice.h services/impactservice.cpp services/impactexplanation.cpp
  services/trainingreference.h services/trainingreference.cpp
  services/monitorsettings.h services/monitorsettings.cpp
  services/monitorservice.h services/monitorservice.cpp services/monitorrecommendation.cpp
  services/challengerservice.h services/challengerservice.cpp
)
