#pragma once

// The campaign options of `churnlens-cli report`: --offer-cost, --contact-cost, --acceptance
// (a share, a percentage or a range of either), --budget and --months.

#include "cliutil.h"

#include "impact/campaigneconomics.h"

#include <optional>

namespace churnlens::cli {

void addReportEconomicsOptions(QCommandLineParser &p);

/*!
 * The economics from the options, defaults where not given. A bad value is a usage error naming
 * the option and the value, reported into *exitCode.
 */
bool reportEconomics(const QCommandLineParser &p, CampaignEconomics *economics, const QString &command, int *exitCode);

/*!
 * An acceptance rate: "0.24", "24%", or a range "0.15-0.35", "15-35%", "15%-35%" (a hyphen or
 * an en dash). A percent sign anywhere makes every number a percentage. nullopt when \a text is
 * not one of these or is outside 0 to 100%, or the range runs backwards.
 */
std::optional<std::pair<double, double>> parseAcceptance(const QString &text);

} // namespace churnlens::cli
