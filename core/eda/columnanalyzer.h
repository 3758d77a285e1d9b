#pragma once

#include "churnbreakdown.h"
#include "columnprofile.h"
#include "featureassociation.h"
#include "profileoptions.h"

#include <cstdint>
#include <optional>
#include <span>

namespace churnlens {

class DataTable;
class Progress;

//! Everything the profiler learns from one column.
struct ColumnAnalysis
{
    ColumnProfile profile;
    std::optional<ChurnBreakdown> levels; //!< coded features
    std::optional<ChurnBreakdown> bins;   //!< numeric features
    std::optional<ChurnBreakdown> tenure; //!< the tenure column's fixed bands
    std::optional<FeatureAssociation> association;
};

/*!
 * Analyses one column at a time against the churn labels (1/0/-1 per row; empty when
 * there is no target): statistics, churn breakdowns and association. One pass over the
 * rows to split present values by churn, then sorting for exact quantiles and the AUC.
 * Const and reentrant: the profiler calls analyze() for different columns in parallel.
 */
class ColumnAnalyzer
{
public:
    ColumnAnalyzer(const DataTable &table, std::span<const int8_t> labels, const ProfileOptions &options);

    //! nullopt when \a progress was canceled.
    std::optional<ColumnAnalysis> analyze(int column, const Progress *progress) const;

    //! The fixed tenure bands in months: [0, 12], (12, 24], (24, inf).
    static constexpr double tenureEdges[] = {0.0, 12.0, 24.0};

private:
    bool isFeature(int column) const;
    std::optional<ColumnAnalysis> analyzeNumeric(int column, const Progress *progress) const;
    std::optional<ColumnAnalysis> analyzeCoded(int column, const Progress *progress) const;
    void finishGroups(ChurnBreakdown &breakdown) const;

    const DataTable &m_table;
    std::span<const int8_t> m_labels;
    ProfileOptions m_options;
    double m_z;
};

} // namespace churnlens
