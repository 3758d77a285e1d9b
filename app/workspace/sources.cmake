# The workspace (app/workspace): the single source of truth of a working session.
list(APPEND CHURNLENS_APP_SOURCES
  workspace/workspace.h workspace/workspace.cpp
  workspace/scoringcontext.h workspace/scoringcontext.cpp
)
