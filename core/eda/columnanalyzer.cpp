#include "columnanalyzer.h"

#include "../common/error.h"
#include "../common/progress.h"
#include "../data/datatable.h"
#include "statistics.h"

#include <algorithm>
#include <numeric>

namespace churnlens {

namespace {

constexpr qsizetype chunkRows = qsizetype(1) << 16; // ~1 ms of work between cancel polls
constexpr qsizetype minAucGroup = 10;               // smaller levels are pooled for the category AUC

} // namespace

ColumnAnalyzer::ColumnAnalyzer(const DataTable &table, std::span<const int8_t> labels, const ProfileOptions &options)
    : m_table(table)
    , m_labels(labels)
    , m_options(options)
    , m_z(stats::normalQuantileTwoSided(options.confidence))
{
}

bool ColumnAnalyzer::isFeature(int column) const
{
    return !m_labels.empty() && m_table.column(column).role() == ColumnRole::Feature;
}

std::optional<ColumnAnalysis> ColumnAnalyzer::analyze(int column, const Progress *progress) const
{
    return m_table.column(column).isNumericStorage() ? analyzeNumeric(column, progress)
                                                     : analyzeCoded(column, progress);
}

void ColumnAnalyzer::finishGroups(ChurnBreakdown &breakdown) const
{
    for (ChurnGroup &g : breakdown.groups) {
        const stats::Interval ci = stats::wilson(g.churned, g.count, m_z);
        g.ciLow = ci.low;
        g.ciHigh = ci.high;
    }
}

std::optional<ColumnAnalysis> ColumnAnalyzer::analyzeCoded(int index, const Progress *progress) const
{
    const Column &c = m_table.column(index);
    const std::span<const int32_t> codes = c.codes();
    const Dictionary &dict = c.dictionary();
    const size_t levelCount = size_t(std::max(0, dict.size()));
    const bool feature = isFeature(index);
    const qsizetype rows = m_table.rowCount();

    // One counter per (level, label) pair: a single increment per row keeps this loop at
    // memory speed; slot 0 = unknown churn, 1 = stayed, 2 = churned. Missing codes use the last level slot.
    // Columns that are not features (an id with a million levels) need one counter per level only.
    const size_t stride = feature ? 3 : 1;
    std::vector<qsizetype> counts((levelCount + 1) * stride, 0);
    for (qsizetype begin = 0; begin < rows; begin += chunkRows) {
        if (isCanceled(progress))
            return std::nullopt;
        const qsizetype end = std::min(rows, begin + chunkRows);
        if (feature) {
            for (qsizetype r = begin; r < end; ++r) {
                const int32_t code = codes[size_t(r)];
                const size_t level = code < 0 ? levelCount : size_t(code);
                ++counts[level * 3 + size_t(m_labels[size_t(r)] + 1)];
            }
        } else {
            for (qsizetype r = begin; r < end; ++r) {
                const int32_t code = codes[size_t(r)];
                ++counts[code < 0 ? levelCount : size_t(code)];
            }
        }
    }
    std::vector<qsizetype> pos, neg, total;
    if (feature) {
        total.resize(levelCount);
        pos.resize(levelCount);
        neg.resize(levelCount);
        for (size_t code = 0; code < levelCount; ++code) {
            pos[code] = counts[code * 3 + 2];
            neg[code] = counts[code * 3 + 1];
            total[code] = counts[code * 3] + pos[code] + neg[code];
        }
    } else {
        counts.resize(levelCount);
        total = std::move(counts);
        counts.clear();
    }
    const qsizetype missPos = feature ? counts[levelCount * 3 + 2] : 0, missNeg = feature ? counts[levelCount * 3 + 1] : 0;

    ColumnAnalysis out;
    ColumnProfile &p = out.profile;
    p.index = index;
    p.name = c.name();
    p.type = c.type();
    p.role = c.role();
    p.semantic = c.semantic();
    p.missing = c.missingCount();
    p.count = rows - p.missing;
    p.distinct = qsizetype(std::count_if(total.begin(), total.end(), [](qsizetype n) { return n > 0; }));
    p.constant = p.distinct <= 1;
    // Unique text is an id (customerID); free text with thousands of values (a surname)
    // identifies people as well, and no model should learn from it.
    p.idLike = c.role() == ColumnRole::Id
               || (p.count >= 20 && (double(p.distinct) >= 0.9 * double(p.count)
                                     || (c.type() == ColumnType::Text && double(p.distinct) >= 0.2 * double(p.count))));

    // Levels by count, ties by label so the order never depends on the file's row order.
    std::vector<int32_t> order;
    order.reserve(levelCount);
    for (size_t code = 0; code < levelCount; ++code)
        if (total[code] > 0)
            order.push_back(int32_t(code));
    const auto byCount = [&](int32_t a, int32_t b) {
        if (total[size_t(a)] != total[size_t(b)])
            return total[size_t(a)] > total[size_t(b)];
        return dict.view(a) < dict.view(b);
    };
    const size_t keep = std::min(order.size(), size_t(std::max(1, m_options.maxLevels)));
    std::partial_sort(order.begin(), order.begin() + qsizetype(keep), order.end(), byCount);
    for (size_t i = 0; i < keep; ++i)
        p.levels.push_back({dict.level(order[i]), total[size_t(order[i])]});
    for (size_t i = keep; i < order.size(); ++i) {
        ++p.otherLevels;
        p.otherCount += total[size_t(order[i])];
    }

    if (!feature || p.idLike)
        return out;

    ChurnBreakdown b;
    b.column = index;
    b.name = c.name();
    b.kind = ChurnBreakdown::Kind::Levels;
    ChurnGroup other;
    other.label = Tr::tr("Other (%n levels)", nullptr, int(p.otherLevels));
    other.isOther = true;
    other.pooledLevels = p.otherLevels;
    for (size_t i = 0; i < order.size(); ++i) {
        const size_t code = size_t(order[i]);
        if (i < keep) {
            ChurnGroup g;
            g.label = p.levels[i].label;
            g.count = pos[code] + neg[code];
            g.churned = pos[code];
            if (g.count > 0)
                b.groups.push_back(g);
        } else {
            other.count += pos[code] + neg[code];
            other.churned += pos[code];
        }
    }
    if (other.count > 0)
        b.groups.push_back(other);
    if (missPos + missNeg > 0) {
        ChurnGroup g;
        g.label = Tr::tr("(missing)");
        g.isMissing = true;
        g.count = missPos + missNeg;
        g.churned = missPos;
        b.groups.push_back(g);
    }
    finishGroups(b);

    // Association over every level (not the display pooling), missing as a level of its own.
    std::vector<qsizetype> posAll, negAll;
    posAll.reserve(order.size() + 1);
    negAll.reserve(order.size() + 1);
    for (int32_t code : order) {
        posAll.push_back(pos[size_t(code)]);
        negAll.push_back(neg[size_t(code)]);
    }
    posAll.push_back(missPos);
    negAll.push_back(missNeg);
    const stats::TwoByK t = stats::twoByK(posAll, negAll);

    // The category AUC ranks levels by churn rate; tiny levels would be "perfectly pure"
    // by chance, so they are pooled into one group first.
    std::vector<double> score;
    std::vector<qsizetype> aucPos, aucNeg;
    qsizetype smallPos = 0, smallNeg = 0;
    for (size_t i = 0; i < posAll.size(); ++i) {
        const qsizetype n = posAll[i] + negAll[i];
        if (n == 0)
            continue;
        if (n < minAucGroup) {
            smallPos += posAll[i];
            smallNeg += negAll[i];
            continue;
        }
        aucPos.push_back(posAll[i]);
        aucNeg.push_back(negAll[i]);
        score.push_back(double(posAll[i]) / double(n));
    }
    if (smallPos + smallNeg > 0) {
        aucPos.push_back(smallPos);
        aucNeg.push_back(smallNeg);
        score.push_back(double(smallPos) / double(smallPos + smallNeg));
    }

    FeatureAssociation a;
    a.column = index;
    a.name = c.name();
    a.numeric = false;
    a.cramersV = t.cramersV;
    a.mutualInformation = t.mutualInformation;
    a.groups = t.groups;
    a.n = t.n;
    a.auc = stats::groupedAuc(score, aucPos, aucNeg);
    out.levels = std::move(b);
    out.association = a;
    return out;
}

} // namespace churnlens
