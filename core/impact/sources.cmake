# Impact (core/impact): what churn costs and what a campaign would save, for the executive's
# dashboard, its report and the campaign panel.
list(APPEND CHURNLENS_CORE_SOURCES
  impact/campaigneconomics.h impact/campaigneconomics.cpp
  impact/impactkpis.h impact/impactkpis.cpp
  impact/segmentbreakdown.h impact/segmentbreakdown.cpp
  impact/profitcurve.h impact/profitcurve.cpp
)
