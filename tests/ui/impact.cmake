# Offscreen GUI tests of the Impact area: headline figures against ImpactService, acceptance
# range, budget, segment picker, PDF, assumptions kept. With CHURNLENS_SCREENSHOTS=DIR set,
# tst_impactview also saves impact*.png (1600x1000 and 1366x768, light and dark) and the PDF there
# (./tst_impactview screenshots; CHURNLENS_SCREENSHOT_LANGUAGE=de for German).
churnlens_add_test(tst_impactview SOURCES ui/tst_impactview.cpp LIBS churnlens_ui GUI)
set_tests_properties(tst_impactview PROPERTIES TIMEOUT 600)
