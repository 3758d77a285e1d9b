# Score and act (core/score): scoring of new files, risk levels, customer value, campaign
# lists, and the order of the risk table.
list(APPEND CHURNLENS_CORE_SOURCES
  score/risklevel.h score/risklevel.cpp
  score/riskthresholds.h score/riskthresholds.cpp
  score/risktierrule.h score/risktierrule.cpp
  score/riskdefaults.h score/riskdefaults.cpp
  score/campaignoptions.h score/campaignoptions.cpp
  score/campaignsummary.h score/campaignsummary.cpp
  score/campaignkey.h
  score/campaignselector.h score/campaignselector.cpp
  score/campaignplanner.h score/campaignplanner.cpp
  score/customervalue.h score/customervalue.cpp
  score/numericreference.h score/numericreference.cpp
  score/modelpredictor.h score/modelpredictor.cpp
  score/scoreoptions.h
  score/scoreresult.h score/scoreresult.cpp
  score/scorer.h score/scorer.cpp
  score/risktableorder.h score/risktableorder.cpp
  score/modelverifier.h score/modelverifier.cpp
)
