# The CSV/TSV reader, type inference and TableBuilder (used by the database reader too).
list(APPEND CHURNLENS_CORE_SOURCES
  data/textdecoder.h data/textdecoder.cpp
  data/typeinference.h data/typeinference.cpp
  data/csvlinemap.h
  data/csvheader.h data/csvheader.cpp
  data/tablebuilder.h data/tablebuilder.cpp
  data/csvdialect.h
  data/csvtokenizer.h
  data/csvsource.h data/csvsource.cpp
  data/csvsniffer.h data/csvsniffer.cpp
  data/csvchunkparser.h data/csvchunkparser.cpp
  data/csvpass.h data/csvpass.cpp
  data/csvloader.h data/csvloader.cpp
  data/csvreader.h data/csvreader.cpp
  data/csvlabeltable.h
  data/columnconvert.h data/columnconvert.cpp
)
