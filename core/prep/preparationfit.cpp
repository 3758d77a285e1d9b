#include "fittedpreparation.h"

#include "common/parallel.h"
#include "engineeredfeatures.h"
#include "preparationkernel.h"
#include "preparationstate.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace churnlens {

namespace {

Issue infoIssue(const QString &column, const QString &message)
{
    Issue issue;
    issue.severity = Issue::Severity::Info;
    issue.columnName = column;
    issue.message = message;
    return issue;
}

// Median of the present values on the training rows (mean of the middle two when even, as
// scikit-learn's SimpleImputer); NaN when every value is missing.
double trainMedian(const Column &column, std::span<const qsizetype> rows, qsizetype *missing)
{
    std::vector<double> v;
    v.reserve(rows.size());
    const std::span<const double> values = column.values();
    for (qsizetype r : rows) {
        const double x = values[size_t(r)];
        if (!std::isnan(x))
            v.push_back(x);
    }
    *missing = qsizetype(rows.size() - v.size());
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + qsizetype(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + qsizetype(mid));
    return lower + (upper - lower) / 2.0;
}

// Levels, encoding and most frequent slot of a coded column, from its training rows.
// Returns false (with a reason) when the column cannot be used.
bool fitCoded(const Column &column, std::span<const qsizetype> rows, const PreparationOptions &options,
              FittedColumn *fc, QString *reason)
{
    const Dictionary &dict = column.dictionary();
    std::vector<qsizetype> counts(size_t(dict.size()), 0);
    const std::span<const int32_t> codes = column.codes();
    qsizetype missing = 0;
    for (qsizetype r : rows) {
        const int32_t c = codes[size_t(r)];
        if (c < 0)
            ++missing;
        else
            ++counts[size_t(c)];
    }
    fc->trainMissing = missing;
    std::vector<int32_t> seen;
    for (int32_t c = 0; c < dict.size(); ++c) {
        if (counts[size_t(c)] > 0)
            seen.push_back(c);
    }
    if (seen.empty()) {
        *reason = Tr::tr("Column \"%1\" has no values in the training rows and is not used.").arg(column.name());
        return false;
    }

    if (column.type() == ColumnType::Boolean) {
        fc->encoding = ColumnEncoding::Flag;
        fc->levels = {dict.size() > 0 ? dict.level(0) : QStringLiteral("false"),
                      dict.size() > 1 ? dict.level(1) : QStringLiteral("true")};
        const qsizetype c0 = counts.size() > 0 ? counts[0] : 0;
        const qsizetype c1 = counts.size() > 1 ? counts[1] : 0;
        fc->fillSlot = c1 > c0 ? 1 : 0;
        return true;
    }

    // Levels in a fixed order (text order, as scikit-learn sorts categories), except the
    // contract in its natural order when ordinal codes are asked for.
    std::vector<int32_t> order = seen;
    auto byText = [&](int32_t a, int32_t b) { return dict.level(a) < dict.level(b); };
    std::sort(order.begin(), order.end(), byText);
    if (options.encoding == CategoryEncoding::Ordinal && column.semantic() == Semantic::Contract) {
        const bool known = std::all_of(order.begin(), order.end(), [&](int32_t c) {
            return EngineeredFeatures::contractNumber(dict.view(c)) >= 0;
        });
        if (known) {
            std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
                return EngineeredFeatures::contractNumber(dict.view(a)) < EngineeredFeatures::contractNumber(dict.view(b));
            });
        }
    }

    if (options.encoding == CategoryEncoding::Ordinal)
        fc->encoding = ColumnEncoding::Ordinal;
    else if (order.size() <= 2)
        fc->encoding = ColumnEncoding::Binary;
    else
        fc->encoding = ColumnEncoding::OneHot;

    std::vector<qsizetype> slotCounts;
    if (fc->encoding == ColumnEncoding::OneHot && int(order.size()) > options.maxCategories) {
        // Keep the most frequent levels; pool the rest so that the matrix stays narrow.
        std::vector<int32_t> byCount = order;
        std::stable_sort(byCount.begin(), byCount.end(),
                         [&](int32_t a, int32_t b) { return counts[size_t(a)] > counts[size_t(b)]; });
        std::vector<int32_t> kept(byCount.begin(), byCount.begin() + (options.maxCategories - 1));
        std::sort(kept.begin(), kept.end(), byText);
        qsizetype pooledCount = 0;
        for (size_t i = size_t(options.maxCategories - 1); i < byCount.size(); ++i) {
            fc->pooled.append(dict.level(byCount[i]));
            pooledCount += counts[size_t(byCount[i])];
        }
        fc->pooled.sort();
        order = kept;
        for (int32_t c : order) {
            fc->levels.append(dict.level(c));
            slotCounts.push_back(counts[size_t(c)]);
        }
        fc->levels.append(QStringLiteral("(other)"));
        slotCounts.push_back(pooledCount);
        fc->hasOther = true;
    } else {
        for (int32_t c : order) {
            fc->levels.append(dict.level(c));
            slotCounts.push_back(counts[size_t(c)]);
        }
    }
    // Most frequent; ties go to the first slot (the smallest level, as scikit-learn).
    fc->fillSlot = int(std::max_element(slotCounts.begin(), slotCounts.end()) - slotCounts.begin());
    return true;
}

std::optional<FittedEngineered> fitEngineered(const DataTable &table, const std::vector<FittedColumn> &columns,
                                              EngineeredFeature feature, QString *reason)
{
    const EngineeredFeatureStatus status = EngineeredFeatures::status(table, feature);
    if (!status.available) {
        *reason = status.reason;
        return std::nullopt;
    }
    FittedEngineered e;
    e.feature = feature;
    for (const QString &name : status.inputs) {
        auto it = std::find_if(columns.begin(), columns.end(), [&](const FittedColumn &c) { return c.name == name; });
        if (it != columns.end())
            e.inputs.push_back(int(it - columns.begin()));
    }
    const bool all = e.inputs.size() == size_t(status.inputs.size());
    if (e.inputs.empty() || (feature != EngineeredFeature::ServiceCount && !all)) {
        *reason = Tr::tr("Its input columns have no values in the training rows.");
        return std::nullopt;
    }
    if (feature == EngineeredFeature::ContractNumber) {
        const FittedColumn &c = columns[size_t(e.inputs[0])];
        for (int s = 0; s < int(c.levels.size()); ++s) {
            const bool other = c.hasOther && s == int(c.levels.size()) - 1;
            e.slotNumber.push_back(other ? -1 : EngineeredFeatures::contractNumber(c.levels[s].toUtf8().toStdString()));
        }
    }
    if (feature == EngineeredFeature::ServiceCount) {
        for (int i : e.inputs) {
            const FittedColumn &c = columns[size_t(i)];
            std::vector<uint8_t> inUse;
            for (int s = 0; s < int(c.levels.size()); ++s) {
                if (c.encoding == ColumnEncoding::Flag)
                    inUse.push_back(s == 1 ? 1 : 0);
                else
                    inUse.push_back(EngineeredFeatures::serviceInUse(c.levels[s].toUtf8().toStdString()) ? 1 : 0);
            }
            e.slotInUse.push_back(std::move(inUse));
        }
    }
    return e;
}

// Mean and standard deviation (population, as StandardScaler) of the scaled features over
// the training rows, from chunk-wise partial moments merged in chunk order (Chan et al.),
// so the result does not depend on the number of threads.
bool fitScaling(FittedPreparation::Private &state, const DataTable &table, std::span<const qsizetype> rows,
                Progress *progress)
{
    const int cols = state.featureCount();
    const qsizetype n = qsizetype(rows.size());
    const qsizetype chunks = (n + PreparationKernel::ChunkRows - 1) / PreparationKernel::ChunkRows;
    PreparationKernel kernel(state, table);
    struct Moments
    {
        std::vector<double> count, mean, m2;
    };
    std::vector<Moments> parts(static_cast<size_t>(chunks));
    std::vector<int> scaledCols;
    for (int f = 0; f < cols; ++f) {
        if (state.scaled[size_t(f)])
            scaledCols.push_back(f);
    }
    // Only what the scaled features need: numeric columns and the inputs of scaled engineered features.
    std::vector<uint8_t> columnsNeeded(state.columns.size(), 0);
    std::vector<uint8_t> engineeredNeeded(state.engineered.size(), 0);
    for (size_t c = 0; c < state.columns.size(); ++c)
        columnsNeeded[c] = state.scaled[size_t(state.columns[c].firstFeature)];
    for (size_t e = 0; e < state.engineered.size(); ++e) {
        const FittedEngineered &fe = state.engineered[e];
        for (int f = fe.firstFeature; f < fe.firstFeature + fe.featureCount; ++f)
            engineeredNeeded[e] |= state.scaled[size_t(f)];
        if (engineeredNeeded[e]) {
            for (int c : fe.inputs)
                columnsNeeded[size_t(c)] = 1;
        }
    }
    const int threads = parallelWorkers(chunks, 1, state.options.threads);
    std::vector<PreparationKernel::Counters> counters(size_t(threads), kernel.makeCounters());
    SubProgress step(progress, 0.5, 1.0);
    const auto done = parallelFor(chunks, 1, threads, &step, [&](qsizetype chunk, qsizetype, int thread) {
        const qsizetype first = chunk * PreparationKernel::ChunkRows;
        const qsizetype count = std::min(PreparationKernel::ChunkRows, n - first);
        thread_local std::vector<float> buffer;
        buffer.resize(size_t(count) * size_t(cols));
        kernel.fill(rows.data(), first, count, false, buffer.data(), counters[size_t(thread)], columnsNeeded.data(),
                    engineeredNeeded.data());
        Moments &m = parts[size_t(chunk)];
        m.count.assign(scaledCols.size(), 0.0);
        m.mean.assign(scaledCols.size(), 0.0);
        m.m2.assign(scaledCols.size(), 0.0);
        for (size_t k = 0; k < scaledCols.size(); ++k) {
            const int f = scaledCols[k];
            double cnt = 0, mean = 0, m2 = 0;
            for (qsizetype i = 0; i < count; ++i) {
                const double x = buffer[size_t(i) * size_t(cols) + size_t(f)];
                if (std::isnan(x))
                    continue; // scikit-learn's StandardScaler ignores NaN too
                cnt += 1;
                const double delta = x - mean;
                mean += delta / cnt;
                m2 += delta * (x - mean);
            }
            m.count[k] = cnt;
            m.mean[k] = mean;
            m.m2[k] = m2;
        }
        return true;
    });
    if (!done)
        return false;
    state.mean.assign(size_t(cols), 0.0);
    state.scale.assign(size_t(cols), 1.0);
    for (size_t k = 0; k < scaledCols.size(); ++k) {
        double cnt = 0, mean = 0, m2 = 0;
        for (const Moments &p : parts) {
            const double nb = p.count[k];
            if (nb == 0)
                continue;
            const double delta = p.mean[k] - mean;
            const double total = cnt + nb;
            mean += delta * nb / total;
            m2 += p.m2[k] + delta * delta * cnt * nb / total;
            cnt = total;
        }
        const double sd = cnt > 0 ? std::sqrt(m2 / cnt) : 0.0;
        const int f = scaledCols[k];
        state.mean[size_t(f)] = mean;
        // Constant features keep their scale (scikit-learn: zero variance → scale 1).
        state.scale[size_t(f)] = sd > 1e-12 * std::max(1.0, std::abs(mean)) ? sd : 1.0;
    }
    return true;
}

} // namespace

Result<FittedPreparation> FittedPreparation::fit(const DataTable &table, std::span<const qsizetype> trainRows,
                                                 const PreparationOptions &options, QList<Issue> *issues,
                                                 Progress *progress)
{
    if (trainRows.empty())
        return makeError(ErrorCode::BadInput, Tr::tr("There are no training rows to learn the preparation from."));
    for (qsizetype r : trainRows) {
        if (r < 0 || r >= table.rowCount())
            return makeError(ErrorCode::Internal,
                             Tr::tr("Row %1 is outside the table (%2 rows).").arg(r).arg(table.rowCount()));
    }
    if (options.maxCategories < 2)
        return makeError(ErrorCode::Usage, Tr::tr("At least two categories per column must be kept."));
    if (progress)
        progress->setText(Tr::tr("Learning the preparation"));

    auto state = std::make_shared<Private>();
    state->options = options;
    QList<Issue> found;

    std::vector<int> candidates;
    for (int i = 0; i < table.columnCount(); ++i) {
        const Column &c = table.column(i);
        if (c.role() != ColumnRole::Feature)
            continue;
        if (c.type() == ColumnType::Text) {
            found.append(infoIssue(c.name(), Tr::tr("Column \"%1\" is free text (%2 distinct values) and is not used as "
                                                    "a feature; set its type to Category to use it.")
                                                 .arg(c.name()).arg(c.distinctCount())));
            continue;
        }
        candidates.push_back(i);
    }

    // Column statistics are independent: one column per chunk.
    std::vector<FittedColumn> fitted(candidates.size());
    std::vector<QString> reasons(candidates.size());
    std::vector<uint8_t> usable(candidates.size(), 0);
    SubProgress step(progress, 0.0, 0.4);
    const auto done = parallelFor(qsizetype(candidates.size()), 1, options.threads, &step,
                                  [&](qsizetype k, qsizetype, int) {
        const Column &c = table.column(candidates[size_t(k)]);
        FittedColumn &fc = fitted[size_t(k)];
        fc.name = c.name();
        fc.type = c.type();
        fc.semantic = c.semantic();
        if (c.isNumericStorage()) {
            fc.encoding = ColumnEncoding::Number;
            fc.fill = trainMedian(c, trainRows, &fc.trainMissing);
            usable[size_t(k)] = !std::isnan(fc.fill);
            if (!usable[size_t(k)])
                reasons[size_t(k)] = Tr::tr("Column \"%1\" has no values in the training rows and is not used.").arg(c.name());
        } else {
            usable[size_t(k)] = fitCoded(c, trainRows, options, &fc, &reasons[size_t(k)]);
        }
        fc.indicator = options.missingIndicators && fc.trainMissing > 0;
        return true;
    });
    if (!done)
        return std::unexpected(Error::canceled());
    for (size_t k = 0; k < candidates.size(); ++k) {
        if (usable[k])
            state->columns.push_back(std::move(fitted[k]));
        else
            found.append(infoIssue(table.column(candidates[k]).name(), reasons[k]));
    }
    if (state->columns.empty())
        return makeError(ErrorCode::BadInput, Tr::tr("No column can be used as a feature."),
                         Tr::tr("Set the role of at least one numeric or categorical column to Feature."));

    for (int i = 0; i < EngineeredFeatureCount; ++i) {
        const EngineeredFeature f = EngineeredFeature(i);
        if (!options.isOn(f))
            continue;
        QString reason;
        if (std::optional<FittedEngineered> e = fitEngineered(table, state->columns, f, &reason))
            state->engineered.push_back(std::move(*e));
        else
            found.append(infoIssue(QString(), Tr::tr("%1 is not made: %2").arg(toString(f), reason)));
    }
    state->buildLayout();

    if (options.scale && !fitScaling(*state, table, trainRows, progress))
        return std::unexpected(Error::canceled());
    if (progress)
        progress->setProgress(1.0);
    if (issues)
        issues->append(found);
    return FittedPreparation(std::move(state));
}

} // namespace churnlens
