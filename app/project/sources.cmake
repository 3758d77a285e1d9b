# The project file (app/project): one SQLite file with the runs, the model registry, the
# scorings and exports, and the saved workspace.
list(APPEND CHURNLENS_APP_SOURCES
  project/sqlitedb.h project/sqlitedb.cpp
  project/projectschema.h project/projectschema.cpp
  project/projectfile.h project/projectfile.cpp
  project/runrecord.h project/runrecord.cpp
  project/runstore.h project/runstore.cpp
  project/modelregistry.h project/modelregistry.cpp
  project/activitylog.h project/activitylog.cpp
  project/monitorstore.h project/monitorstore.cpp
  project/project.h project/project.cpp
)
