# The Data area (ui/data): the table, the column panel (types, roles, meanings), the import
# and database dialogs.
list(APPEND CHURNLENS_UI_SOURCES
  data/datatablemodel.h data/datatablemodel.cpp
  data/columnmodel.h data/columnmodel.cpp
  data/previewmodel.h data/previewmodel.cpp
  data/summarybar.h data/summarybar.cpp
  data/dataview.h data/dataview.cpp
  data/importdialog.h data/importdialog.cpp
  data/databasedialog.h data/databasedialog.cpp
)
