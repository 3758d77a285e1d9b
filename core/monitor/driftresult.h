#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QStringList>

#include <limits>
#include <span>
#include <vector>

namespace churnlens {

class DataTable;
class Progress;
struct DriftReference;
struct FeatureReference;

//! When a field, the predictions and the file count as drifted. Effect sizes, not p-values.
struct DriftThresholds
{
    double psi = 0.2;          //!< population stability index
    double kl = 0.3;           //!< KL divergence (the original system's retraining rule)
    double js = 0.1;           //!< Jensen–Shannon distance
    double featureShare = 0.3; //!< the file drifts when at least this share of the fields drift

    QJsonObject toJson() const;
    //! Missing keys keep the defaults; negative or non-finite values are rejected.
    static Result<DriftThresholds> fromJson(const QJsonObject &json);
    bool operator==(const DriftThresholds &) const = default;
};

//! One field (or the predictions) compared with its reference.
struct FeatureDrift
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    QString name;
    bool numeric = false;          //!< Numeric reference (binned) or Levels
    bool missingColumn = false;    //!< the new file lacks the column: not compared, not flagged
    bool typeChanged = false;      //!< numeric in training, text now (values that parse are compared)
    qint64 referencePresent = 0;
    qint64 newPresent = 0;
    double psi = NaN;
    double kl = NaN;
    double js = NaN;
    double ks = NaN;               //!< numeric: max |F_ref − F_new| over the reference's 101 percentiles
    double ksPValue = NaN;
    double chiSquare = NaN;        //!< levels
    double chiSquarePValue = NaN;
    double referenceMissingShare = 0.0;
    double newMissingShare = 0.0;
    double unseenShare = 0.0;      //!< levels: share of the new present values in levels training never had
    QStringList unseenLevels;      //!< up to 10, most frequent first
    double referenceMean = NaN;    //!< numeric
    double newMean = NaN;
    QStringList binLabels;         //!< the bins (or levels, with unseen ones appended) compared
    std::vector<double> referenceShares; //!< per bin, raw (unsmoothed) shares, for charts
    std::vector<double> newShares;
    bool flagged = false;
    QStringList reasons;           //!< "PSI 0.31 > 0.2", one per threshold passed

    QJsonObject toJson() const;
    static FeatureDrift fromJson(const QJsonObject &json);
};

//! Mean |SHAP| of one field in training and in the new file, and its rank (1 = strongest).
struct ExplanationDrift
{
    QString field;
    double referenceMeanAbs = 0.0;
    double newMeanAbs = 0.0;
    int referenceRank = 0;
    int newRank = 0;
};

/*!
 * A new file against a model's DriftReference: every field, the predicted probabilities and
 * the explanations. A field is flagged when any of its PSI, KL or JS passes its threshold;
 * the file drifts when the predictions are flagged or when at least featureShare of the
 * compared fields are. p-values are reported, never used as the flag. Value type.
 */
struct DriftResult
{
    std::vector<FeatureDrift> features; //!< in the reference's field order
    FeatureDrift prediction;            //!< name "Predicted probability"; not compared when no probabilities
    bool predictionCompared = false;
    int comparedFeatures = 0;
    int driftedFeatures = 0;
    double driftedShare = 0.0;
    bool drifted = false;
    std::vector<ExplanationDrift> explanation; //!< in the reference's rank order; empty without SHAP
    qint64 rows = 0;
    DriftThresholds thresholds;

    /*!
     * Compares \a table (and its \a probabilities, one per row, may be empty) with \a reference.
     * \a shapFields / \a shapMeanAbs: mean |SHAP| per field in the new file (may be empty).
     * Compares the fields in parallel with core's parallelFor (its own threads, never a pool's,
     * so a pool thread may call it); progress and cancel per field; cancels with Error::canceled().
     */
    static Result<DriftResult> compute(const DriftReference &reference, const DataTable &table,
                                       std::span<const double> probabilities, const QStringList &shapFields,
                                       std::span<const double> shapMeanAbs, const DriftThresholds &thresholds,
                                       Progress *progress = nullptr);
    //! One field's values (NaN = missing) against its Numeric reference; flags per \a thresholds.
    static FeatureDrift compareNumeric(const FeatureReference &reference, std::span<const double> values,
                                       const DriftThresholds &thresholds);
    /*!
     * One field's level counts against its Levels reference. A text that is not a reference
     * level but reads as a number is matched through FeatureReference::levelText ("2.0" → "2").
     * When the reference pooled rare levels (otherCount > 0), a level it did not keep may be one
     * of those: it goes to the "Other levels" bin, not to the unseen ones.
     */
    static FeatureDrift compareLevels(const FeatureReference &reference, const QStringList &levels,
                                      std::span<const double> counts, qint64 missing, const DriftThresholds &thresholds);

    /*!
     * Flags every compared field and the predictions again under \a thresholds, and with them the
     * counts, the share and the verdict: new thresholds need no new pass over the file.
     */
    void applyThresholds(const DriftThresholds &thresholds);

    QJsonObject toJson() const;
    static DriftResult fromJson(const QJsonObject &json);
};

} // namespace churnlens
