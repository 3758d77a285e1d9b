# The scoring service's HTTP-independent part (app/server): the served model and its request
# reader, the answers as JSON, the model holder with atomic swap and its reloader, the metrics,
# the token check and the log. QtCore only; churnlens-cli serve adds the HTTP glue.
list(APPEND CHURNLENS_APP_SOURCES
  server/servingmodel.h server/servingmodel.cpp
  server/customerreader.h server/customerreader.cpp
  server/predictionjson.h server/predictionjson.cpp
  server/modelholder.h
  server/modelsource.h server/modelsource.cpp
  server/modelreloader.h server/modelreloader.cpp
  server/servicemetrics.h server/servicemetrics.cpp
  server/servicelog.h server/servicelog.cpp
  server/tokencheck.h server/tokencheck.cpp
)
