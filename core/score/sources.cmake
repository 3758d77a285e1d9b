# Score and act (core/score): risk levels, campaign lists, safe exports and the export log,
# factors in words, scoring of new files and what-if.
list(APPEND CHURNLENS_CORE_SOURCES
  score/risklevel.h score/risklevel.cpp
  score/riskthresholds.h score/riskthresholds.cpp
  score/campaignoptions.h score/campaignoptions.cpp
  score/campaignsummary.h score/campaignsummary.cpp
  score/campaignkey.h
  score/campaignselector.h score/campaignselector.cpp
  score/campaignplanner.h score/campaignplanner.cpp
  score/customervalue.h score/customervalue.cpp
  score/spreadsheetsafety.h score/spreadsheetsafety.cpp
  score/exportoptions.h
  score/exporttable.h score/exporttable.cpp
  score/exportwriters.h score/csvexport.cpp score/xlsxexport.cpp score/xlsxverify.cpp
  score/tableexporter.h score/tableexporter.cpp
  score/exportlog.h score/exportlog.cpp
  score/numericreference.h score/numericreference.cpp
  score/factor.h
  score/factorwriter.h score/factorwriter.cpp
)
list(APPEND CHURNLENS_CORE_SOURCES
  score/modelexplainer.h score/modelexplainer.cpp
  score/modelpredictor.h score/modelpredictor.cpp
  score/scoreoptions.h
  score/scoreresult.h score/scoreresult.cpp
  score/scorer.h score/scorer.cpp
  score/whatif.h score/whatif.cpp score/whatifsearch.cpp
  score/whatifbatch.h score/whatifbatch.cpp
  score/scoreexport.h score/scoreexport.cpp
)
