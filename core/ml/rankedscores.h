#pragma once

#include <QtGlobal>

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

/*!
 * Scores sorted from highest to lowest and grouped by equal value, with the positives and
 * negatives in each group: the common walk behind ROC/PR AUC, curves and threshold choice.
 * Rows with a label other than 0/1 or a NaN score are left out.
 */
class RankedScores
{
public:
    struct Group
    {
        double score = 0.0;
        qint64 positives = 0;
        qint64 negatives = 0;
    };

    RankedScores(std::span<const int8_t> labels, std::span<const double> scores);

    const std::vector<Group> &groups() const { return m_groups; }
    qint64 positives() const { return m_positives; }
    qint64 negatives() const { return m_negatives; }
    qint64 rows() const { return m_positives + m_negatives; }

private:
    std::vector<Group> m_groups;
    qint64 m_positives = 0;
    qint64 m_negatives = 0;
};

} // namespace churnlens
