#include "risktableorder.h"

#include "common/progress.h"
#include "data/datatable.h"
#include "explain/factorwriter.h"
#include "scoreresult.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace churnlens {

namespace {

//! Rank of every dictionary level in case-insensitive order, so rows sort by an int.
std::vector<int32_t> levelRanks(const Column &column)
{
    const Dictionary &dict = column.dictionary();
    std::vector<int32_t> order(size_t(dict.size()));
    std::iota(order.begin(), order.end(), 0);
    std::vector<QString> levels(order.size());
    for (int32_t i = 0; i < dict.size(); ++i)
        levels[size_t(i)] = dict.level(i);
    std::sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
        const int c = QString::compare(levels[size_t(a)], levels[size_t(b)], Qt::CaseInsensitive);
        return c < 0 || (c == 0 && a < b);
    });
    std::vector<int32_t> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = int32_t(i);
    return rank;
}

//! Per column of the table: does the needle match its name, and which of its levels match.
struct TextMatcher
{
    QString needle;
    std::vector<char> nameMatches;
    std::vector<std::vector<char>> levelMatches; // coded columns only
    std::vector<char> idLevels;
    int idColumn = -1;

    TextMatcher(const DataTable &table, const ScoreResult &scores, const QString &text)
        : needle(text.trimmed())
        , idColumn(scores.idColumn)
    {
        nameMatches.assign(size_t(table.columnCount()), 0);
        levelMatches.resize(size_t(table.columnCount()));
        std::vector<char> used(size_t(table.columnCount()), 0);
        for (int32_t c : scores.factorColumns) {
            if (c >= 0 && c < table.columnCount())
                used[size_t(c)] = 1;
        }
        for (int c = 0; c < table.columnCount(); ++c) {
            if (!used[size_t(c)])
                continue;
            const Column &column = table.column(c);
            nameMatches[size_t(c)] = column.name().contains(needle, Qt::CaseInsensitive)
                                     || FactorWriter::humanName(column.name()).contains(needle, Qt::CaseInsensitive);
            if (column.isCoded())
                levelMatches[size_t(c)] = matchLevels(column);
        }
        if (idColumn >= 0 && table.column(idColumn).isCoded())
            idLevels = matchLevels(table.column(idColumn));
    }

    std::vector<char> matchLevels(const Column &column) const
    {
        const Dictionary &dict = column.dictionary();
        std::vector<char> out(size_t(dict.size()));
        for (int32_t i = 0; i < dict.size(); ++i)
            out[size_t(i)] = dict.level(i).contains(needle, Qt::CaseInsensitive);
        return out;
    }

    bool matches(const DataTable &table, const ScoreResult &scores, qsizetype row) const
    {
        if (idColumn >= 0) {
            const Column &id = table.column(idColumn);
            if (id.isCoded()) {
                const int32_t code = id.code(row);
                if (code >= 0 && idLevels[size_t(code)])
                    return true;
            } else if (id.text(row).contains(needle, Qt::CaseInsensitive)) {
                return true;
            }
        } else if (QString::number(row + 1).contains(needle)) {
            return true;
        }
        for (int k = 0; k < scores.factorCount; ++k) {
            const int32_t c = scores.factorColumns[size_t(row) * size_t(scores.factorCount) + size_t(k)];
            if (c < 0)
                break;
            if (nameMatches[size_t(c)])
                return true;
            const std::vector<char> &levels = levelMatches[size_t(c)];
            if (!levels.empty()) {
                const int32_t code = table.column(c).code(row);
                if (code >= 0 && levels[size_t(code)])
                    return true;
            }
        }
        return false;
    }
};

} // namespace

Result<std::vector<qsizetype>> RiskTableOrder::compute(const ScoreResult &scores, const DataTable &table,
                                                       const RiskTableQuery &query, Progress *progress)
{
    const qsizetype n = std::min(scores.rows, table.rowCount());
    // 1. Filter.
    std::vector<qsizetype> rows;
    if (query.only) {
        rows.reserve(query.only->size());
        for (qsizetype r : *query.only) {
            if (r >= 0 && r < n)
                rows.push_back(r);
        }
    } else {
        rows.resize(size_t(n));
        std::iota(rows.begin(), rows.end(), qsizetype(0));
    }
    if (query.filters()) {
        std::optional<TextMatcher> matcher;
        if (!query.text.trimmed().isEmpty())
            matcher.emplace(table, scores, query.text);
        size_t kept = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            if ((i & 0xffff) == 0 && isCanceled(progress))
                return std::unexpected(Error::canceled());
            const qsizetype r = rows[i];
            if (!query.levels[size_t(scores.risk[size_t(r)])] && !std::isnan(scores.probabilities[size_t(r)]))
                continue;
            if (matcher && !matcher->matches(table, scores, r))
                continue;
            rows[kept++] = r;
        }
        rows.resize(kept);
    }
    if (progress)
        progress->setProgress(0.4);
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());

    // 2. Sort; sortColumn -1 keeps the order as it is (file order, or the campaign list's, best first).
    const bool desc = query.descending;
    const auto &p = scores.probabilities;
    // NaN probabilities (not scored) always go last.
    auto byProbability = [&](qsizetype a, qsizetype b) {
        const double x = p[size_t(a)], y = p[size_t(b)];
        const bool xn = std::isnan(x), yn = std::isnan(y);
        if (xn != yn)
            return yn;
        if (!xn && x != y)
            return desc ? x > y : x < y;
        return a < b;
    };
    switch (query.sortColumn) {
    case RiskTableQuery::IdColumn: {
        const int idc = scores.idColumn;
        if (idc < 0) {
            if (desc)
                std::sort(rows.begin(), rows.end(), std::greater<>());
            else
                std::sort(rows.begin(), rows.end());
            break;
        }
        const Column &id = table.column(idc);
        if (id.isCoded()) {
            const std::vector<int32_t> rank = levelRanks(id);
            auto key = [&](qsizetype r) { const int32_t c = id.code(r); return c < 0 ? INT32_MAX : rank[size_t(c)]; };
            std::sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
                const int32_t x = key(a), y = key(b);
                if (x != y)
                    return desc ? x > y : x < y;
                return a < b;
            });
        } else {
            std::sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
                const double x = id.value(a), y = id.value(b);
                const bool xn = std::isnan(x), yn = std::isnan(y);
                if (xn != yn)
                    return yn; // missing ids last
                if (!xn && x != y)
                    return desc ? x > y : x < y;
                return a < b;
            });
        }
        break;
    }
    case RiskTableQuery::ProbabilityColumn:
    case RiskTableQuery::RiskColumn:
        // Risk levels follow the probability, so both sort the same way.
        std::sort(rows.begin(), rows.end(), byProbability);
        break;
    default: {
        const int k = query.sortColumn - RiskTableQuery::FirstFactorColumn;
        if (k < 0 || k >= scores.factorCount)
            break;
        // Group by the factor's field (in name order), strongest contribution first within a field.
        std::vector<int32_t> fieldRank(size_t(table.columnCount()), INT32_MAX);
        std::vector<int> columns(size_t(table.columnCount()));
        std::iota(columns.begin(), columns.end(), 0);
        std::sort(columns.begin(), columns.end(), [&](int a, int b) {
            return QString::compare(table.column(a).name(), table.column(b).name(), Qt::CaseInsensitive) < 0;
        });
        for (size_t i = 0; i < columns.size(); ++i)
            fieldRank[size_t(columns[i])] = int32_t(i);
        const int stride = scores.factorCount;
        std::sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
            const int32_t ca = scores.factorColumns[size_t(a) * size_t(stride) + size_t(k)];
            const int32_t cb = scores.factorColumns[size_t(b) * size_t(stride) + size_t(k)];
            const int32_t x = ca < 0 ? INT32_MAX : fieldRank[size_t(ca)];
            const int32_t y = cb < 0 ? INT32_MAX : fieldRank[size_t(cb)];
            if (x != y)
                return (x == INT32_MAX || y == INT32_MAX) ? x < y : (desc ? x > y : x < y);
            const float u = scores.factorContributions[size_t(a) * size_t(stride) + size_t(k)];
            const float v = scores.factorContributions[size_t(b) * size_t(stride) + size_t(k)];
            if (u != v)
                return u > v;
            return a < b;
        });
        break;
    }
    }
    if (progress)
        progress->setProgress(1.0);
    return rows;
}

} // namespace churnlens
