#include "preparationkernel.h"

#include "numbertext.h"


#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace churnlens {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr int32_t Unseen = LevelMatcher::Unseen;

QString typeWord(ColumnType t)
{
    return toString(t).toLower();
}

} // namespace

void PreparationKernel::Counters::merge(const Counters &other)
{
    for (size_t i = 0; i < unseen.size(); ++i) {
        unseen[i] += other.unseen[i];
        unparsed[i] += other.unparsed[i];
        if (unseenCode[i] < 0)
            unseenCode[i] = other.unseenCode[i];
    }
}

PreparationKernel::PreparationKernel(const FittedPreparation::Private &state, const DataTable &table, bool collectIssues)
    : m_state(state), m_bindings(state.columns.size()), m_collectIssues(collectIssues)
{
    for (size_t c = 0; c < state.columns.size(); ++c)
        bind(int(c), state.columns[c], table);
}

void PreparationKernel::bind(int c, const FittedColumn &fc, const DataTable &table)
{
    Binding &b = m_bindings[size_t(c)];
    b.tableColumn = table.indexOf(fc.name);
    if (b.tableColumn < 0) {
        if (m_collectIssues) {
            Issue issue;
            issue.columnName = fc.name;
            issue.message = m_state.options.impute
                ? Tr::tr("Column \"%1\" is missing: its values are treated as missing and filled in as in training.")
                      .arg(fc.name)
                : Tr::tr("Column \"%1\" is missing: its values are treated as missing.").arg(fc.name);
            m_issues.append(issue);
        }
        return;
    }
    const Column &col = table.column(b.tableColumn);
    b.column = &col;
    const bool fittedNumeric = !fc.isCoded();
    if (fittedNumeric && col.isNumericStorage()) {
        b.mode = Mode::Numbers;
        return;
    }
    if (fittedNumeric) {
        // A number column that arrives as text: use the levels that read as numbers.
        b.mode = Mode::NumbersFromCodes;
        const Dictionary &dict = col.dictionary();
        b.codeValue.resize(size_t(dict.size()), NaN);
        for (int32_t code = 0; code < dict.size(); ++code) {
            double v = parseNumber(dict.view(code));
            if (std::isnan(v) && col.type() == ColumnType::Boolean)
                v = double(code);
            b.codeValue[size_t(code)] = v;
        }
        if (m_collectIssues) {
            Issue issue;
            issue.severity = Issue::Severity::Info;
            issue.columnName = fc.name;
            issue.message = Tr::tr("Column \"%1\" was a number column in training and is %2 here: values that read "
                                   "as numbers are used.").arg(fc.name, typeWord(col.type()));
            m_issues.append(issue);
        }
        return;
    }

    // Coded in training: map the table's levels (or numbers) onto the fitted slots.
    const int otherSlot = fc.hasOther ? int(fc.levels.size()) - 1 : -1;
    std::optional<LevelMatcher> fallback; // only for a state whose layout was never built
    if (!fc.matcher)
        fallback.emplace(fc);
    const LevelMatcher &matcher = fc.matcher ? *fc.matcher : *fallback;
    auto slotOf = [&](const QString &text) -> int { return matcher.slot(text); };

    if (col.isCoded()) {
        b.mode = Mode::Slots;
        const Dictionary &dict = col.dictionary();
        b.codeSlot.resize(size_t(dict.size()), Unseen);
        const bool bothFlags = fc.encoding == ColumnEncoding::Flag && col.type() == ColumnType::Boolean;
        for (int32_t code = 0; code < dict.size(); ++code)
            b.codeSlot[size_t(code)] = bothFlags && code <= 1 ? code : slotOf(dict.level(code));
        if (col.type() == ColumnType::Text || (col.type() == ColumnType::Boolean) != (fc.type == ColumnType::Boolean)) {
            if (m_collectIssues) {
                Issue issue;
                issue.severity = Issue::Severity::Info;
                issue.columnName = fc.name;
                issue.message = Tr::tr("Column \"%1\" was %2 in training and is %3 here: values are matched by their text.")
                                    .arg(fc.name, typeWord(fc.type), typeWord(col.type()));
                m_issues.append(issue);
            }
        }
        return;
    }

    // Categories that arrive as numbers: match the numbers against levels that read as numbers.
    b.mode = Mode::SlotsFromNumbers;
    for (int s = 0; s < int(fc.levels.size()); ++s) {
        if (s == otherSlot)
            continue;
        const double v = parseNumber(fc.levels[s].toUtf8());
        if (!std::isnan(v))
            b.numberSlot.emplace_back(v, s);
    }
    for (const QString &p : fc.pooled) {
        const double v = parseNumber(p.toUtf8());
        if (!std::isnan(v))
            b.numberSlot.emplace_back(v, otherSlot);
    }
    if (fc.encoding == ColumnEncoding::Flag && b.numberSlot.empty()) {
        b.numberSlot.emplace_back(0.0, 0);
        b.numberSlot.emplace_back(1.0, 1);
    }
    std::sort(b.numberSlot.begin(), b.numberSlot.end());
    if (m_collectIssues) {
        Issue issue;
        issue.severity = Issue::Severity::Info;
        issue.columnName = fc.name;
        issue.message = Tr::tr("Column \"%1\" was %2 in training and holds numbers here: numbers are matched to the "
                               "training categories.").arg(fc.name, typeWord(fc.type));
        m_issues.append(issue);
    }
}

PreparationKernel::Counters PreparationKernel::makeCounters() const
{
    Counters c;
    c.unseen.assign(m_bindings.size(), 0);
    c.unparsed.assign(m_bindings.size(), 0);
    c.unseenCode.assign(m_bindings.size(), -1);
    return c;
}

void PreparationKernel::fill(const qsizetype *rows, qsizetype first, qsizetype count, bool applyScaling,
                             float *out, Counters &counters, const uint8_t *columns, const uint8_t *engineered) const
{
    const int cols = m_state.featureCount();
    const size_t ncol = m_state.columns.size();
    const bool impute = m_state.options.impute;
    // Per fitted column, the imputed value (number, or slot as a number) of each row:
    // what the engineered features read. Unseen one-hot categories stay Unseen.
    thread_local std::vector<double> scratch;
    scratch.resize(ncol * size_t(count));
    thread_local std::vector<int32_t> rawSlots;
    rawSlots.resize(size_t(count));

    for (size_t c = 0; c < ncol; ++c) {
        if (columns && !columns[c])
            continue;
        const FittedColumn &fc = m_state.columns[c];
        const Binding &b = m_bindings[c];
        double *vals = scratch.data() + c * size_t(count);
        float *base = out + fc.firstFeature;
        const int ind = fc.indicator ? fc.firstFeature + fc.featureCount : -1;
        auto rowOf = [&](qsizetype i) { return rows ? rows[first + i] : first + i; };

        if (!fc.isCoded()) {
            const std::span<const double> numbers = b.column && b.mode == Mode::Numbers ? b.column->values()
                                                                                        : std::span<const double>{};
            const std::span<const int32_t> codes = b.mode == Mode::NumbersFromCodes ? b.column->codes()
                                                                                    : std::span<const int32_t>{};
            const double fill = impute ? fc.fill : NaN;
            for (qsizetype i = 0; i < count; ++i) {
                double v = NaN;
                if (b.mode == Mode::Numbers) {
                    v = numbers[size_t(rowOf(i))];
                } else if (b.mode == Mode::NumbersFromCodes) {
                    const int32_t code = codes[size_t(rowOf(i))];
                    if (code >= 0) {
                        v = b.codeValue[size_t(code)];
                        counters.unparsed[c] += std::isnan(v) ? 1 : 0;
                    }
                }
                const bool missing = std::isnan(v);
                const double x = missing ? fill : v;
                vals[i] = x;
                float *o = out + size_t(i) * size_t(cols);
                o[fc.firstFeature] = float(x);
                if (ind >= 0)
                    o[ind] = missing ? 1.0f : 0.0f;
            }
            continue;
        }

        // Coded: resolve slots (-1 missing, Unseen) first.
        int32_t *slots = rawSlots.data();
        if (b.mode == Mode::Slots) {
            const std::span<const int32_t> codes = b.column->codes();
            for (qsizetype i = 0; i < count; ++i) {
                const int32_t code = codes[size_t(rowOf(i))];
                slots[i] = code < 0 ? -1 : b.codeSlot[size_t(code)];
                if (slots[i] == Unseen && counters.unseenCode[c] < 0)
                    counters.unseenCode[c] = code;
            }
        } else if (b.mode == Mode::SlotsFromNumbers) {
            const std::span<const double> numbers = b.column->values();
            for (qsizetype i = 0; i < count; ++i) {
                const double v = numbers[size_t(rowOf(i))];
                if (std::isnan(v)) {
                    slots[i] = -1;
                    continue;
                }
                auto it = std::lower_bound(b.numberSlot.begin(), b.numberSlot.end(), std::pair<double, int>(v, -1));
                slots[i] = it != b.numberSlot.end() && it->first == v ? it->second : Unseen;
            }
        } else {
            std::fill(slots, slots + count, -1);
        }

        const int last = int(fc.levels.size()) - 1;
        for (qsizetype i = 0; i < count; ++i) {
            int32_t s = slots[i];
            const bool missing = s == -1;
            float *o = out + size_t(i) * size_t(cols);
            if (ind >= 0)
                o[ind] = missing ? 1.0f : 0.0f;
            if (s == Unseen)
                ++counters.unseen[c];
            if (fc.encoding == ColumnEncoding::OneHot) {
                if (missing)
                    s = impute ? fc.fillSlot : -1;
                vals[i] = s >= 0 ? double(s) : (s == Unseen ? double(Unseen) : NaN);
                const float zero = s == -1 ? std::numeric_limits<float>::quiet_NaN() : 0.0f;
                std::fill(base + size_t(i) * size_t(cols), base + size_t(i) * size_t(cols) + fc.featureCount, zero);
                if (s >= 0)
                    base[size_t(i) * size_t(cols) + size_t(s)] = 1.0f;
                continue;
            }
            // One-column encodings cannot show "none of the levels": unseen is treated as missing.
            if (s < 0)
                s = impute ? fc.fillSlot : -1;
            vals[i] = s >= 0 ? double(s) : NaN;
            float x;
            if (s < 0)
                x = std::numeric_limits<float>::quiet_NaN();
            else if (fc.encoding == ColumnEncoding::Binary)
                x = s == last ? 1.0f : 0.0f;
            else
                x = float(s); // Flag (0/1) and Ordinal
            o[fc.firstFeature] = x;
        }
    }

    for (size_t e = 0; e < m_state.engineered.size(); ++e) {
        if (!engineered || engineered[e])
            fillEngineered(m_state.engineered[e], count, scratch.data(), out);
    }

    if (applyScaling && m_state.options.scale) {
        for (int f = 0; f < cols; ++f) {
            if (!m_state.scaled[size_t(f)])
                continue;
            const double mean = m_state.mean[size_t(f)];
            const double inv = 1.0 / m_state.scale[size_t(f)];
            for (qsizetype i = 0; i < count; ++i) {
                float &x = out[size_t(i) * size_t(cols) + size_t(f)];
                x = float((double(x) - mean) * inv);
            }
        }
    }
}

void PreparationKernel::fillEngineered(const FittedEngineered &e, qsizetype count, const double *vals,
                                       float *out) const
{
    const int cols = m_state.featureCount();
    const bool impute = m_state.options.impute;
    auto input = [&](int k) { return vals + size_t(e.inputs[size_t(k)]) * size_t(count); };
    // The slot of a coded input, with unseen one-hot categories treated as missing.
    auto slotOf = [&](int k, double v) -> int {
        if (v == double(Unseen)) {
            const int fill = m_state.columns[size_t(e.inputs[size_t(k)])].fillSlot;
            return impute ? fill : -1;
        }
        return std::isnan(v) ? -1 : int(v);
    };
    constexpr float fNaN = std::numeric_limits<float>::quiet_NaN();
    for (qsizetype i = 0; i < count; ++i) {
        float *o = out + size_t(i) * size_t(cols) + e.firstFeature;
        switch (e.feature) {
        case EngineeredFeature::TenureBins: {
            const double t = input(0)[i];
            if (std::isnan(t)) {
                o[0] = o[1] = o[2] = fNaN;
            } else {
                o[0] = t <= 12.0 ? 1.0f : 0.0f;
                o[1] = t > 12.0 && t <= 24.0 ? 1.0f : 0.0f;
                o[2] = t > 24.0 ? 1.0f : 0.0f;
            }
            break;
        }
        case EngineeredFeature::ChargesPerMonth:
        case EngineeredFeature::SupportCallsPerMonth:
            // NaN propagates: without imputation a missing input gives a missing ratio.
            o[0] = float(input(0)[i] / std::max(input(1)[i], 1.0));
            if (std::isnan(input(1)[i]))
                o[0] = fNaN;
            break;
        case EngineeredFeature::ContractNumber: {
            const int s = slotOf(0, input(0)[i]);
            const int n = s >= 0 ? e.slotNumber[size_t(s)] : -1;
            o[0] = n >= 0 ? float(n) : fNaN;
            break;
        }
        case EngineeredFeature::ServiceCount: {
            int used = 0;
            bool known = true;
            for (int k = 0; k < int(e.inputs.size()) && known; ++k) {
                const double v = input(k)[i];
                if (!m_state.columns[size_t(e.inputs[size_t(k)])].isCoded()) {
                    known = !std::isnan(v);
                    used += v > 0.0 ? 1 : 0;
                    continue;
                }
                const int s = slotOf(k, v);
                known = s >= 0;
                used += known && e.slotInUse[size_t(k)][size_t(s)] ? 1 : 0;
            }
            o[0] = known ? float(used) : fNaN;
            break;
        }
        }
    }
}

void PreparationKernel::report(const Counters &counters, QList<Issue> *issues) const
{
    if (!issues)
        return;
    for (size_t c = 0; c < m_bindings.size(); ++c) {
        const FittedColumn &fc = m_state.columns[c];
        const Binding &b = m_bindings[c];
        if (counters.unparsed[c] > 0) {
            Issue issue;
            issue.columnName = fc.name;
            issue.message = Tr::tr("Column \"%1\": %n value(s) are not numbers and are treated as missing.", nullptr,
                                   int(std::min<qsizetype>(counters.unparsed[c], std::numeric_limits<int>::max())))
                                .arg(fc.name);
            issues->append(issue);
        }
        if (counters.unseen[c] > 0) {
            QString example;
            if (b.mode == Mode::Slots && counters.unseenCode[c] >= 0)
                example = b.column->dictionary().level(counters.unseenCode[c]);
            Issue issue;
            issue.columnName = fc.name;
            const int n = int(std::min<qsizetype>(counters.unseen[c], std::numeric_limits<int>::max()));
            const QString what = fc.encoding == ColumnEncoding::OneHot
                ? Tr::tr("they match no training category")
                : Tr::tr("they are treated as missing");
            issue.message = example.isEmpty()
                ? Tr::tr("Column \"%1\": %n row(s) have a category not seen in training; %2.", nullptr, n)
                      .arg(fc.name, what)
                : Tr::tr("Column \"%1\": %n row(s) have a category not seen in training (e.g. \"%2\"); %3.", nullptr, n)
                      .arg(fc.name, example.left(40), what);
            issues->append(issue);
        }
    }
}

} // namespace churnlens
