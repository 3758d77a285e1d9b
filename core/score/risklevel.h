#pragma once

#include <QString>

#include <cstdint>

namespace churnlens {

//! How urgently a customer needs attention, from their churn probability (see RiskThresholds).
enum class RiskLevel : uint8_t { Low, Medium, High };

//! "low", "medium", "high": stable names for CSV/JSON exports and settings.
QString machineName(RiskLevel level);
//! "Low", "Medium", "High" (translated), for tables and reports.
QString toString(RiskLevel level);
bool fromMachineName(const QString &name, RiskLevel *level);

} // namespace churnlens
