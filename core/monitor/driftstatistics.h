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
 * \a add added to every cell (the anchor adds 0.5), as scipy.stats.chi2_contingency with its
 * defaults (which the anchor uses): Yates' continuity correction when k = 2 (one degree of
 * freedom), none for k > 2, and 0 for k = 1. \a degrees gets k − 1.
 */
double chiSquare(std::span<const double> referenceCounts, std::span<const double> newCounts, double add, int *degrees);
//! Upper tail of the chi-square distribution with \a degrees degrees of freedom (regularised gamma Q).
double chiSquarePValue(double statistic, int degrees);
/*!
 * Asymptotic two-sided p-value of the two-sample Kolmogorov–Smirnov statistic \a d for samples
 * of n1 and n2: Q_KS((√ne + 0.12 + 0.11/√ne)·d), ne = n1·n2/(n1 + n2) (Stephens' approximation).
 * scipy.stats.ks_2samp computes an exact p-value when both samples have at most 10,000 values,
 * so small samples can differ from it; large ones agree closely.
 */
double ksPValue(double d, qint64 n1, qint64 n2);

} // namespace churnlens::DriftStatistics
