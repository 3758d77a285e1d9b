# Offscreen GUI tests of the application shell and the Data area (QT_QPA_PLATFORM=offscreen).
churnlens_add_test(tst_datatablemodel SOURCES ui/tst_datatablemodel.cpp LIBS churnlens_ui GUI)
churnlens_add_test(tst_columnmodel SOURCES ui/tst_columnmodel.cpp LIBS churnlens_ui GUI)
churnlens_add_test(tst_importdialog SOURCES ui/tst_importdialog.cpp ui/jobtesting.h LIBS churnlens_ui GUI)
churnlens_add_test(tst_mainwindow SOURCES ui/tst_mainwindow.cpp LIBS churnlens_ui GUI)
set_tests_properties(tst_mainwindow PROPERTIES TIMEOUT 300)
churnlens_add_test(tst_dataview SOURCES ui/tst_dataview.cpp LIBS churnlens_ui GUI)
churnlens_add_test(tst_databasedialog SOURCES ui/tst_databasedialog.cpp LIBS churnlens_ui GUI)
# The File menu's project commands: new, save, modified marker, close, reopen, read-only, quit.
churnlens_add_test(tst_projectmenu SOURCES ui/tst_projectmenu.cpp LIBS churnlens_ui GUI)
set_tests_properties(tst_projectmenu PROPERTIES TIMEOUT 600)
# Help (user guide, shortcut list, Ctrl+F/E) and Edit → Preferences; the translations for the
# guide's language.
churnlens_add_test(tst_helppreferences SOURCES ui/tst_helppreferences.cpp LIBS churnlens_ui churnlens_translations GUI)
set_tests_properties(tst_helppreferences PROPERTIES TIMEOUT 300)
# Every area fits 1366×768 in English, German (the built-in .qm) and with every text 40% longer.
churnlens_add_test(tst_minimumsize SOURCES ui/tst_minimumsize.cpp LIBS churnlens_ui churnlens_translations GUI)
set_tests_properties(tst_minimumsize PROPERTIES TIMEOUT 900)
# The mouse wheel scrolls settings panels; a field changes on the wheel only once focused.
churnlens_add_test(tst_wheelguard SOURCES ui/tst_wheelguard.cpp LIBS churnlens_ui GUI)
# Every long GUI job on a generated file with the stall monitor on (issue 17): prints the worst
# stall per phase and job. CHURNLENS_LONGJOBS_ROWS=1000000 for the figures (scripts/bench.sh longjobs).
churnlens_add_test(tst_longjobsgui SOURCES ui/tst_longjobsgui.cpp LIBS churnlens_ui GUI)
set_tests_properties(tst_longjobsgui PROPERTIES TIMEOUT 900)
