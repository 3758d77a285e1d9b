#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <limits>
#include <span>
#include <vector>

namespace churnlens {

class DataTable;
class Progress;

/*!
 * What the training data looked like for one field, kept so a later file can be compared
 * without the training file:
 *  - Numeric: the reference's quantile bin edges (\a edges are the inner edges, unique, so
 *    there are edges.size() + 1 bins from −inf to +inf; a value equal to an edge falls in the
 *    bin to its right, as numpy.histogram's half-open bins), the count per bin, and the 101
 *    percentiles (0%, 1%, … 100%) for the Kolmogorov–Smirnov statistic.
 *  - Levels: categorical and boolean columns, and numeric columns with at most 10 distinct
 *    values (as the anchor treats them), by level text; counts per level. At most 200 levels
 *    are kept (the most frequent); the rest are counted in otherCount.
 * Missing values are counted apart (missing) and are not in the bins.
 */
struct FeatureReference
{
    enum class Kind { Numeric, Levels };

    QString name;
    Kind kind = Kind::Numeric;
    std::vector<double> edges;        //!< Numeric: inner bin edges, ascending and unique
    std::vector<double> counts;       //!< per bin (Numeric) or per level (Levels)
    QStringList levels;               //!< Levels: the level texts, as Column::text() gives them
    double otherCount = 0.0;          //!< Levels: present values in levels not kept
    std::vector<double> percentiles;  //!< Numeric: 101 values, empty for Levels
    qint64 present = 0;
    qint64 missing = 0;
    double mean = std::numeric_limits<double>::quiet_NaN(); //!< Numeric

    double missingShare() const;
    //! "≤ 29.9", "29.9 – 70.4", "> 104.2" per bin, or the levels.
    QStringList binLabels() const;
    QJsonObject toJson() const;
    static Result<FeatureReference> fromJson(const QJsonObject &json);
};

/*!
 * A model's memory of its training data, stored with the model (meta.json "reference"):
 * per field the distribution (FeatureReference), the distribution of the model's predicted
 * probabilities on held-out rows, and the mean |SHAP| per field. Drift is computed against it
 * (DriftResult::compute), so the training file is not needed later. Value type.
 */
struct DriftReference
{
    static constexpr int FormatVersion = 1;
    static constexpr int DefaultBins = 10;

    int bins = DefaultBins;
    qint64 rows = 0;
    std::vector<FeatureReference> features;
    FeatureReference prediction;      //!< Numeric kind; empty (present == 0) when unknown
    QStringList shapFields;           //!< fields with their mean |SHAP| (model's own units: log-odds)
    std::vector<double> shapMeanAbs;

    bool isEmpty() const { return features.empty(); }
    const FeatureReference *feature(const QString &name) const;

    /*!
     * The reference of \a columns of \a table over \a rows (all rows when empty), \a bins
     * quantile bins (quantiles as numpy.quantile's default linear interpolation). Columns the
     * table lacks are skipped. Cancels with Error::canceled(); progress per column.
     */
    static Result<DriftReference> build(const DataTable &table, const QStringList &columns,
                                        std::span<const qsizetype> rows = {}, int bins = DefaultBins,
                                        Progress *progress = nullptr);
    //! A Numeric reference of \a values (NaN = missing), e.g. the predicted probabilities.
    static FeatureReference numeric(const QString &name, std::span<const double> values, int bins = DefaultBins);

    QJsonObject toJson() const;
    static Result<DriftReference> fromJson(const QJsonObject &json);
};

} // namespace churnlens
