# Exports (core/export): campaign lists and scores to CSV and Excel, written atomically and
# safe against spreadsheet formula injection, and the export log.
list(APPEND CHURNLENS_CORE_SOURCES
  export/spreadsheetsafety.h export/spreadsheetsafety.cpp
  export/exportoptions.h
  export/exporttable.h export/exporttable.cpp
  export/exportwriters.h export/csvexport.cpp export/xlsxexport.cpp export/xlsxverify.cpp
  export/tableexporter.h export/tableexporter.cpp
  export/exportlog.h export/exportlog.cpp
  export/scoreexport.h export/scoreexport.cpp
)
