#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

/*!
 * A monotone map from a model's raw churn probability to a calibrated one, so that of the
 * customers given 30% about 30% really leave. Revenue at risk, a campaign's expected value and
 * performance estimates without outcomes multiply probabilities: they need this.
 *
 * Two methods, fitted on out-of-fold predictions of the training rows (never on test rows):
 *  - Platt: p' = sigmoid(a * logit(p) + b), fitted by maximum likelihood (Newton) with Platt's
 *    smoothed targets (N+ + 1) / (N+ + 2) and 1 / (N- + 2); raw p is clipped to [1e-6, 1 - 1e-6]
 *    before the logit. Strictly increasing when a > 0 (a fit with a <= 0 is refused: identity).
 *  - Isotonic: pool-adjacent-violators on (p, label) sorted by p, then linear interpolation
 *    between the blocks' centres (mean p of a block → its churn rate), constant beyond the first
 *    and last centre; outputs clipped to [1e-4, 1 - 1e-4] so log loss stays finite. Non-decreasing,
 *    and strictly increasing between the first and last centre, so the ranking (ROC AUC) is kept
 *    except for customers beyond the end centres.
 * choose() picks none, Platt or isotonic by cross-validated log loss on the out-of-fold
 * predictions and keeps a method only if it also lowers the Brier score there.
 * The identity (method None) maps every p to itself. Value type; apply() is thread-safe.
 */
class Calibration
{
public:
    enum class Method { None, Platt, Isotonic };
    static QString machineName(Method method); //!< "none", "platt", "isotonic"
    static bool fromMachineName(const QString &name, Method *method);

    //! What choose() measured: cross-validated log loss and Brier score of each method.
    struct Choice
    {
        Method method = Method::None;
        double logLoss[3] = {0, 0, 0}; //!< by Method (None, Platt, Isotonic)
        double brier[3] = {0, 0, 0};
        int folds = 0;
    };

    Calibration() = default; //!< the identity

    //! Labels 0/1 (other values are skipped), probabilities in [0, 1] (NaN rows skipped).
    static Calibration platt(std::span<const int8_t> labels, std::span<const double> probabilities);
    static Calibration isotonic(std::span<const int8_t> labels, std::span<const double> probabilities);
    static Calibration fit(Method method, std::span<const int8_t> labels, std::span<const double> probabilities);
    /*!
     * The best of none / Platt / isotonic by \a folds-fold cross-validated log loss over the rows
     * (folds drawn deterministically from \a seed, stratified by label), refitted on all rows.
     * Identity when fewer than 20 rows of each class. \a choice gets the measurements.
     */
    static Calibration choose(std::span<const int8_t> labels, std::span<const double> probabilities, int folds = 5,
                              quint64 seed = 42, Choice *choice = nullptr);

    Method method() const { return m_method; }
    bool isIdentity() const { return m_method == Method::None; }

    double apply(double p) const;
    void apply(std::span<double> probabilities) const;

    //! {"method": "platt", "a": .., "b": ..} or {"method": "isotonic", "x": [..], "y": [..]} or {"method": "none"}.
    QJsonObject toJson() const;
    //! Reads toJson()'s form; a missing or empty object is the identity. Rejects non-monotone or out-of-range maps.
    static Result<Calibration> fromJson(const QJsonObject &json);

    bool operator==(const Calibration &other) const = default;

    /*!
     * Expected calibration error: with \a bins equal-width probability bins,
     * Σ_b (n_b / N) · |mean label_b − mean p_b| (Guo et al. 2017, ten bins as sklearn's
     * calibration_curve). Rows with labels other than 0/1 are skipped.
     */
    static double expectedCalibrationError(std::span<const int8_t> labels, std::span<const double> probabilities, int bins = 10);
    //! Mean log loss with probabilities clipped to [1e-15, 1 - 1e-15] (as scikit-learn).
    static double logLoss(std::span<const int8_t> labels, std::span<const double> probabilities);

private:
    Method m_method = Method::None;
    double m_a = 1.0, m_b = 0.0;           // Platt
    std::vector<double> m_x, m_y;          // isotonic: block centres (ascending) and their rates
};

} // namespace churnlens
