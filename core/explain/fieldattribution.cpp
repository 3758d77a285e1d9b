#include "fieldattribution.h"

#include "common/parallel.h"
#include "data/column.h"
#include "prep/featurematrix.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
constexpr qsizetype BlockRows = 8192;
}

Result<FieldAttribution> FieldAttribution::create(const FeatureMatrix &matrix)
{
    return create(matrix.cols, matrix.sourceColumn, matrix.sourceColumns);
}

Result<FieldAttribution> FieldAttribution::create(int featureCount, const std::vector<int> &sourceColumn,
                                                  const std::vector<std::vector<int>> &sourceColumns)
{
    if (featureCount < 0 || sourceColumn.size() != size_t(featureCount)
        || (!sourceColumns.empty() && sourceColumns.size() != size_t(featureCount)))
        return makeError(ErrorCode::Internal,
                         Tr::tr("The feature-to-column map does not match the %1 features.").arg(featureCount));

    // Sources per feature: its one column, else every column it uses, else "other" (-1).
    std::vector<std::vector<int>> sources(static_cast<size_t>(featureCount));
    for (size_t f = 0; f < sources.size(); ++f) {
        std::vector<int> &s = sources[f];
        if (sourceColumn[f] >= 0) {
            s.push_back(sourceColumn[f]);
        } else if (!sourceColumns.empty()) {
            for (const int c : sourceColumns[f]) {
                if (c < 0)
                    return makeError(ErrorCode::Internal, Tr::tr("Feature %1 has an invalid source column.").arg(f + 1));
                s.push_back(c);
            }
            std::sort(s.begin(), s.end());
            s.erase(std::unique(s.begin(), s.end()), s.end());
        }
        if (s.empty())
            s.push_back(-1);
    }

    FieldAttribution out;
    out.m_featureCount = featureCount;
    for (const auto &s : sources)
        out.m_fields.insert(out.m_fields.end(), s.begin(), s.end());
    std::sort(out.m_fields.begin(), out.m_fields.end());
    out.m_fields.erase(std::unique(out.m_fields.begin(), out.m_fields.end()), out.m_fields.end());
    if (!out.m_fields.empty() && out.m_fields.front() == -1)
        std::rotate(out.m_fields.begin(), out.m_fields.begin() + 1, out.m_fields.end());

    out.m_shareBegin.push_back(0);
    for (const auto &s : sources) {
        for (const int c : s)
            out.m_shares.push_back({out.fieldPosition(c), 1.0 / double(s.size())});
        out.m_shareBegin.push_back(qsizetype(out.m_shares.size()));
    }
    return out;
}

int FieldAttribution::fieldPosition(int tableColumn) const
{
    const auto it = std::find(m_fields.begin(), m_fields.end(), tableColumn);
    return it == m_fields.end() ? -1 : int(it - m_fields.begin());
}

void FieldAttribution::aggregateRow(const double *features, double *fields) const
{
    const size_t n = m_fields.size();
    std::fill(fields, fields + n, 0.0);
    for (int f = 0; f < m_featureCount; ++f) {
        for (qsizetype i = m_shareBegin[size_t(f)]; i < m_shareBegin[size_t(f) + 1]; ++i)
            fields[m_shares[size_t(i)].field] += m_shares[size_t(i)].share * features[f];
    }
    fields[n] = features[m_featureCount];
}

std::vector<double> FieldAttribution::aggregateValues(std::span<const double> perFeature) const
{
    std::vector<double> out(m_fields.size(), 0.0);
    for (int f = 0; f < m_featureCount && size_t(f) < perFeature.size(); ++f) {
        for (qsizetype i = m_shareBegin[size_t(f)]; i < m_shareBegin[size_t(f) + 1]; ++i)
            out[size_t(m_shares[size_t(i)].field)] += m_shares[size_t(i)].share * perFeature[size_t(f)];
    }
    return out;
}

Result<ShapMatrix> FieldAttribution::aggregate(const ShapMatrix &features, int threads, Progress *progress) const
{
    if (features.cols != m_featureCount || features.values.size() != size_t(features.rows) * size_t(features.stride()))
        return makeError(ErrorCode::Internal, Tr::tr("The SHAP values have %1 features; the field map has %2.")
                                                  .arg(features.cols).arg(m_featureCount));
    ShapMatrix out;
    out.rows = features.rows;
    out.cols = int(m_fields.size());
    out.values.resize(size_t(out.rows) * size_t(out.stride()));
    auto done = parallelFor(features.rows, BlockRows, threads, progress, [&](qsizetype begin, qsizetype end, int) {
        for (qsizetype r = begin; r < end; ++r)
            aggregateRow(features.row(r), out.row(r));
        return true;
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

std::vector<double> FieldAttribution::meanAbs(const ShapMatrix &shap)
{
    std::vector<double> sum(size_t(std::max(0, shap.cols)), 0.0);
    for (qsizetype r = 0; r < shap.rows; ++r) {
        const double *p = shap.row(r);
        for (int c = 0; c < shap.cols; ++c)
            sum[size_t(c)] += std::abs(p[c]);
    }
    if (shap.rows > 0) {
        for (double &s : sum)
            s /= double(shap.rows);
    }
    return sum;
}

Result<DependenceData> FieldAttribution::dependence(const ShapMatrix &shap, int position, const Column &column,
                                                    qsizetype maxPoints, std::span<const qsizetype> tableRows)
{
    if (position < 0 || position >= shap.cols)
        return makeError(ErrorCode::Internal, Tr::tr("There is no field %1 in the SHAP values.").arg(position));
    if (!tableRows.empty() && qsizetype(tableRows.size()) != shap.rows)
        return makeError(ErrorCode::Internal, Tr::tr("The row map does not match the SHAP values."));
    DependenceData out;
    out.field = position;
    const qsizetype points = (maxPoints > 0 && maxPoints < shap.rows) ? maxPoints : shap.rows;
    out.rows.reserve(size_t(points));
    out.values.reserve(size_t(points));
    out.contributions.reserve(size_t(points));
    for (qsizetype i = 0; i < points; ++i) {
        // Evenly spread rows: the same customers every time, and all of them when they fit.
        const qsizetype r = points == shap.rows ? i : qsizetype(double(i) * double(shap.rows) / double(points));
        const qsizetype tableRow = tableRows.empty() ? r : tableRows[size_t(r)];
        if (tableRow < 0 || tableRow >= column.size())
            return makeError(ErrorCode::Internal,
                             Tr::tr("Row %1 is not in column \"%2\".").arg(tableRow + 1).arg(column.name()));
        out.rows.push_back(r);
        out.values.push_back(column.value(tableRow));
        out.contributions.push_back(shap.at(r, position));
    }
    return out;
}

} // namespace churnlens
