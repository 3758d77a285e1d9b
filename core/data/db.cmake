# Sample data, schema guessing, data sources and database import (owned by the "db" area).
list(APPEND CHURNLENS_CORE_SOURCES
  data/samplegenerator.h data/samplegenerator.cpp
  data/columnname.h data/columnname.cpp
  data/schemaguess.h data/schemaguess.cpp data/schemawarnings.cpp
  data/datasource.h data/datasource.cpp
  data/dataloader.h data/dataloader.cpp
  data/sqlguard.h data/sqlguard.cpp
  data/sqlsession.h data/sqlsession.cpp
  data/sqlrowsink.h data/sqlrowsink.cpp
  data/sqliterows.h data/sqliterows.cpp
  data/sqlreader.h data/sqlreader.cpp
)
