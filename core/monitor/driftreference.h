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
 *    percentiles (0%, 1%, … 100%) with the shares below and at them, for the
 *    Kolmogorov–Smirnov statistic.
 *  - Levels: categorical and boolean columns, and numeric columns with at most 10 distinct
 *    values (as the anchor treats them), by level text; counts per level. At most 200 levels
 *    are kept (the most frequent); the rest are counted in otherCount.
 * Missing values are counted apart (missing) and are not in the bins.
 */
struct FeatureReference
{
    enum class Kind { Numeric, Levels };
    //! Levels kept per field; the rest are pooled in otherCount.
    static constexpr int MaxLevels = 200;
    //! A numeric field with at most this many distinct present values is compared by level (as the anchor).
    static constexpr int MaxDistinctForLevels = 10;

    QString name;
    Kind kind = Kind::Numeric;
    std::vector<double> edges;        //!< Numeric: inner bin edges, ascending and unique
    std::vector<double> counts;       //!< per bin (Numeric) or per level (Levels)
    QStringList levels;               //!< Levels: the level texts, as Column::text() gives them
    double otherCount = 0.0;          //!< Levels: present values in levels not kept
    std::vector<double> percentiles;  //!< Numeric: 101 values, empty for Levels
    //! Numeric: the reference's exact share of values below, and at or below, each percentile
    //! (101 each), so the KS statistic is exact there even where values tie (tenure 1 month is
    //! 10% of Telco: the 1st to 9th percentiles are all 1). Empty: k/100 is used instead.
    std::vector<double> belowPercentile;
    std::vector<double> atOrBelowPercentile;
    qint64 present = 0;
    qint64 missing = 0;
    double mean = std::numeric_limits<double>::quiet_NaN(); //!< Numeric
    bool dates = false;               //!< the values are days since 1970-01-01 (a Date column)

    double missingShare() const;
    /*!
     * "< 29.9", "29.9 – 70.4", "≥ 104.2" per bin (half-open: a value on an edge is in the bin to
     * its right; short numbers in the current locale, as many digits as keep the edges apart;
     * ISO dates for dates), or the levels followed by "Other levels" when otherCount > 0.
     */
    QStringList binLabels() const;
    /*!
     * The level text of a number, as Column::text() gives it (QString::number(v, 'g', 15), or the
     * ISO date): the reference and a new file's numeric column both use it, and a new text
     * column's "2.0" is matched through it too (DriftResult::compareLevels).
     */
    static QString levelText(double value, bool date = false);
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
