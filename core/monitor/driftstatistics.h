#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace churnlens::DriftStatistics {

/*!
 * The measures of how far one distribution moved from another, on shares of the same bins
 * (reference p, new q). Empty bins are smoothed as the Python anchor (pandas + scipy) does:
 * a share of 0 becomes EmptyShare (1e-4), the others are left as they are (no renormalising),
 * so PSI and KL equal the anchor's to rounding.
 */
constexpr double EmptyShare = 1e-4;

//! counts / Σcounts with 0 → EmptyShare (all EmptyShare when Σcounts is 0).
std::vector<double> shares(std::span<const double> counts);
//! Population stability index Σ (q − p) ln(q / p).
double psi(std::span<const double> p, std::span<const double> q);
//! Kullback–Leibler divergence of the new from the reference, Σ q ln(q / p) (natural log).
double kl(std::span<const double> p, std::span<const double> q);
//! Jensen–Shannon distance, base 2 (0..1): sqrt of the JS divergence of p and q, each first
//! normalised to sum 1 (as scipy.spatial.distance.jensenshannon).
double jsDistance(std::span<const double> p, std::span<const double> q);
/*!
 * Pearson's chi-square statistic of the 2 x k table (reference counts, new counts), with
 * \a add added to every cell (the anchor adds 0.5), as scipy.stats.chi2_contingency without
 * Yates' correction for k > 1 levels. \a degrees gets k − 1.
 */
double chiSquare(std::span<const double> referenceCounts, std::span<const double> newCounts, double add, int *degrees);
//! Upper tail of the chi-square distribution with \a degrees degrees of freedom (regularised gamma Q).
double chiSquarePValue(double statistic, int degrees);
//! Asymptotic two-sided p-value of the two-sample Kolmogorov–Smirnov statistic \a d for samples of n1 and n2.
double ksPValue(double d, qint64 n1, qint64 n2);

} // namespace churnlens::DriftStatistics
