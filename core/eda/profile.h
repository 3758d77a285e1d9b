#pragma once

#include "churnbreakdown.h"
#include "columnprofile.h"
#include "correlationmatrix.h"
#include "duplicatesummary.h"
#include "featureassociation.h"
#include "profilewarning.h"

#include <QJsonObject>
#include <QString>

#include <limits>
#include <vector>

namespace churnlens {

/*!
 * Everything the Explore view and `churnlens-cli profile` show about a table: overview,
 * per-column statistics, churn by level and by bin, the ranked association with churn,
 * correlations and data-quality warnings. Produced by Profiler::run(). Value type; safe to
 * read from any thread once built.
 */
struct Profile
{
    static constexpr double nan = std::numeric_limits<double>::quiet_NaN();

    QString source;
    qsizetype rows = 0;
    int columnCount = 0;

    int target = -1;           //!< target column index, -1 without one
    QString targetName;
    QString positiveLabel;
    qsizetype churned = 0;
    qsizetype stayed = 0;
    qsizetype targetMissing = 0;
    double churnRate() const { return churned + stayed ? double(churned) / double(churned + stayed) : nan; }

    qsizetype rowsWithMissing = 0; //!< rows with a missing value in a column that is not ignored
    double rowsWithMissingShare() const { return rows ? double(rowsWithMissing) / double(rows) : 0.0; }
    DuplicateSummary duplicates;

    std::vector<ColumnProfile> columns; //!< one per table column, in table order
    std::vector<ChurnBreakdown> churnByLevel; //!< category features (Levels), table order
    std::vector<ChurnBreakdown> churnByBin;   //!< numeric features (Values/Quantiles), then Tenure bands
    //! Features ranked by association with churn, strongest first.
    std::vector<FeatureAssociation> association;
    CorrelationMatrix correlation;
    std::vector<ProfileWarning> warnings;
    double confidence = 0.95; //!< level of the Wilson intervals
    double seconds = 0.0; //!< wall time of the run

    //! Machine name of the ranking measure, also in the JSON ("cramers_v_bias_corrected").
    static QString associationMethod();
    //! One sentence saying how features are scored, for the UI and the human CLI output.
    static QString associationDescription();

    const ColumnProfile *column(const QString &name) const;
    const ChurnBreakdown *levelBreakdown(int column) const;
    //! \a kind Values or Quantiles gives the column's main bins; Tenure the tenure bands.
    const ChurnBreakdown *binBreakdown(int column, ChurnBreakdown::Kind kind) const;
    const FeatureAssociation *associationOf(int column) const;
    std::vector<int> constantColumns() const;
    std::vector<int> idLikeColumns() const;

    //! The profile as JSON; the keys are documented in docs/profile-json.md.
    QJsonObject toJson() const;
};

} // namespace churnlens
