# The workspace (app/workspace): the single source of truth of a working session, and the
# project lifecycle that saves and restores it.
list(APPEND CHURNLENS_APP_SOURCES
  workspace/workspace.h workspace/workspace.cpp
  workspace/scoringcontext.h workspace/scoringcontext.cpp
  workspace/modelchoice.h workspace/modelchoice.cpp
  workspace/columnroles.h workspace/columnroles.cpp
  workspace/workspacestate.h workspace/workspacestate.cpp
  workspace/impactassumptions.h workspace/impactassumptions.cpp
  workspace/preferences.h workspace/preferences.cpp
  workspace/rememberedlabels.h workspace/rememberedlabels.cpp
  workspace/settingswriter.h workspace/settingswriter.cpp
  workspace/projectsession.h workspace/projectsession.cpp
)
