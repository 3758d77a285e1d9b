#include "fittedpreparation.h"

#include "common/parallel.h"
#include "preparationkernel.h"
#include "preparationstate.h"

#include <algorithm>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace churnlens {

// Feature names are identifiers (saved, matched on load, shown in exports), so they are
// not translated; views may translate them for display.
void FittedPreparation::Private::buildLayout()
{
    names.clear();
    kinds.clear();
    groups.clear();
    sourceNames.clear();
    scaled.clear();
    int nextGroup = 0;
    auto add = [&](const QString &name, FeatureKind kind, int group, const QStringList &sources, bool scale) {
        names.append(name);
        kinds.push_back(kind);
        groups.push_back(group);
        sourceNames.push_back(sources);
        scaled.push_back(scale ? 1 : 0);
    };
    for (FittedColumn &c : columns) {
        c.firstFeature = int(names.size());
        const QStringList src{c.name};
        switch (c.encoding) {
        case ColumnEncoding::Number:
            add(c.name, FeatureKind::Continuous, -1, src, true);
            break;
        case ColumnEncoding::Flag:
            add(c.levels.size() == 2 && !c.levels[1].isEmpty() ? c.name + QLatin1Char('=') + c.levels[1] : c.name,
                FeatureKind::Binary, -1, src, false);
            break;
        case ColumnEncoding::Binary:
            add(c.name + QLatin1Char('=') + c.levels.last(), FeatureKind::Binary, -1, src, false);
            break;
        case ColumnEncoding::Ordinal:
            add(c.name, FeatureKind::Ordinal, -1, src, false);
            break;
        case ColumnEncoding::OneHot: {
            const int g = nextGroup++;
            for (const QString &level : c.levels)
                add(c.name + QLatin1Char('=') + level, FeatureKind::OneHot, g, src, false);
            break;
        }
        }
        c.featureCount = int(names.size()) - c.firstFeature;
        c.matcher = c.isCoded() ? std::make_shared<const LevelMatcher>(c) : nullptr;
        if (c.indicator)
            add(QStringLiteral("%1 missing").arg(c.name), FeatureKind::Binary, -1, src, false);
    }
    for (FittedEngineered &e : engineered) {
        e.firstFeature = int(names.size());
        QStringList src;
        for (int i : e.inputs)
            src.append(columns[size_t(i)].name);
        const QString first = src.value(0);
        switch (e.feature) {
        case EngineeredFeature::TenureBins: {
            const int g = nextGroup++;
            add(QStringLiteral("%1 bin 0-12").arg(first), FeatureKind::OneHot, g, src, false);
            add(QStringLiteral("%1 bin 12-24").arg(first), FeatureKind::OneHot, g, src, false);
            add(QStringLiteral("%1 bin 24+").arg(first), FeatureKind::OneHot, g, src, false);
            break;
        }
        case EngineeredFeature::ChargesPerMonth:
            add(QStringLiteral("%1 per month of %2").arg(first, src.value(1)), FeatureKind::Continuous, -1, src, true);
            break;
        case EngineeredFeature::ContractNumber:
            add(QStringLiteral("%1 as number").arg(first), FeatureKind::Ordinal, -1, src, true);
            break;
        case EngineeredFeature::SupportCallsPerMonth:
            add(QStringLiteral("%1 per month of %2").arg(first, src.value(1)), FeatureKind::Continuous, -1, src, true);
            break;
        case EngineeredFeature::ServiceCount:
            add(QStringLiteral("number of services"), FeatureKind::Continuous, -1, src, true);
            break;
        }
        e.featureCount = int(names.size()) - e.firstFeature;
    }
    if (mean.size() != size_t(names.size())) {
        mean.assign(size_t(names.size()), 0.0);
        scale.assign(size_t(names.size()), 1.0);
    }
}

FittedPreparation::FittedPreparation() = default;
FittedPreparation::~FittedPreparation() = default;
FittedPreparation::FittedPreparation(const FittedPreparation &) = default;
FittedPreparation &FittedPreparation::operator=(const FittedPreparation &) = default;
FittedPreparation::FittedPreparation(FittedPreparation &&) noexcept = default;
FittedPreparation &FittedPreparation::operator=(FittedPreparation &&) noexcept = default;
FittedPreparation::FittedPreparation(std::shared_ptr<const Private> p) : d(std::move(p)) {}

const PreparationOptions &FittedPreparation::options() const
{
    static const PreparationOptions none;
    return d ? d->options : none;
}

int FittedPreparation::featureCount() const
{
    return d ? d->featureCount() : 0;
}

QStringList FittedPreparation::featureNames() const
{
    return d ? d->names : QStringList();
}

QStringList FittedPreparation::inputColumns() const
{
    QStringList out;
    if (d) {
        for (const FittedColumn &c : d->columns)
            out.append(c.name);
    }
    return out;
}

bool FittedPreparation::isCategorical(int column) const
{
    return d && column >= 0 && size_t(column) < d->columns.size() && d->columns[size_t(column)].isCoded();
}

QStringList FittedPreparation::categories(int column) const
{
    return isCategorical(column) ? d->columns[size_t(column)].levels : QStringList();
}

bool FittedPreparation::knowsCategory(int column, const QString &text) const
{
    if (!isCategorical(column))
        return false;
    const FittedColumn &c = d->columns[size_t(column)];
    return (c.matcher ? c.matcher->slot(text) : LevelMatcher(c).slot(text)) != LevelMatcher::Unseen;
}

QList<EngineeredFeature> FittedPreparation::engineeredFeatures() const
{
    QList<EngineeredFeature> out;
    if (d) {
        for (const FittedEngineered &e : d->engineered)
            out.append(e.feature);
    }
    return out;
}

Result<FittedPreparation> FittedPreparation::fit(const DataTable &table, const PreparationOptions &options,
                                                 QList<Issue> *issues, Progress *progress)
{
    std::vector<qsizetype> rows(size_t(table.rowCount()));
    for (qsizetype i = 0; i < table.rowCount(); ++i)
        rows[size_t(i)] = i;
    return fit(table, rows, options, issues, progress);
}

namespace {

// A million-row matrix is hundreds of MB: backing it with transparent huge pages (where the
// kernel leaves that to madvise) saves most of the page faults of filling it.
void reserveLarge(std::vector<float> &v, size_t count)
{
    v.reserve(count);
#if defined(__linux__)
    constexpr uintptr_t Huge = 2u << 20;
    const size_t bytes = count * sizeof(float);
    if (bytes >= 4 * Huge) {
        const uintptr_t begin = (reinterpret_cast<uintptr_t>(v.data()) + Huge - 1) & ~(Huge - 1);
        const uintptr_t end = (reinterpret_cast<uintptr_t>(v.data()) + bytes) & ~(Huge - 1);
        if (end > begin)
            madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
    }
#endif
}

// rows == nullptr means every row of the table.
Result<FeatureMatrix> transformRows(const FittedPreparation::Private &state, const DataTable &table,
                                    const qsizetype *rows, qsizetype n, QList<Issue> *issues, Progress *progress)
{
    const FittedPreparation::Private *d = &state;
    const bool allRows = rows == nullptr;
    for (qsizetype i = 0; rows && i < n; ++i) {
        if (rows[i] < 0 || rows[i] >= table.rowCount())
            return makeError(ErrorCode::Internal,
                             Tr::tr("Row %1 is outside the table (%2 rows).").arg(rows[i]).arg(table.rowCount()));
    }
    PreparationKernel kernel(*d, table, issues != nullptr);
    FeatureMatrix m;
    m.rows = n;
    m.cols = d->featureCount();
    m.names = d->names;
    m.kinds = d->kinds;
    m.groups = d->groups;
    m.sourceNames = d->sourceNames;
    m.sourceColumn.assign(size_t(m.cols), -1);
    m.sourceColumns.assign(size_t(m.cols), {});
    for (int f = 0; f < m.cols; ++f) {
        for (const QString &name : d->sourceNames[size_t(f)]) {
            const int t = table.indexOf(name);
            if (t >= 0)
                m.sourceColumns[size_t(f)].push_back(t);
        }
        if (d->sourceNames[size_t(f)].size() == 1 && m.sourceColumns[size_t(f)].size() == 1)
            m.sourceColumn[size_t(f)] = m.sourceColumns[size_t(f)].front();
    }
    reserveLarge(m.values, size_t(n) * size_t(m.cols));
    m.values.resize(size_t(n) * size_t(m.cols));

    const qsizetype chunks = (n + PreparationKernel::ChunkRows - 1) / PreparationKernel::ChunkRows;
    const int threads = parallelWorkers(chunks, 1, d->options.threads);
    std::vector<PreparationKernel::Counters> counters(size_t(threads), kernel.makeCounters());
    if (progress)
        progress->setText(Tr::tr("Preparing features"));
    const auto done = parallelFor(chunks, 1, threads, progress, [&](qsizetype chunk, qsizetype, int thread) {
        const qsizetype first = chunk * PreparationKernel::ChunkRows;
        const qsizetype count = std::min(PreparationKernel::ChunkRows, n - first);
        kernel.fill(allRows ? nullptr : rows, first, count, true,
                    m.values.data() + size_t(first) * size_t(m.cols), counters[size_t(thread)]);
        return true;
    });
    if (!done)
        return std::unexpected(Error::canceled());
    for (int t = 1; t < threads; ++t)
        counters[0].merge(counters[size_t(t)]);
    if (issues) {
        issues->append(kernel.bindingIssues());
        kernel.report(counters[0], issues);
    }
    return m;
}

} // namespace

Result<FeatureMatrix> FittedPreparation::transform(const DataTable &table, std::span<const qsizetype> rows,
                                                   QList<Issue> *issues, Progress *progress) const
{
    if (!d)
        return makeError(ErrorCode::Internal, Tr::tr("The preparation has not been fitted."));
    static const qsizetype none = 0;
    // A non-null pointer even for an empty selection: null means "all rows" below.
    return transformRows(*d, table, rows.empty() ? &none : rows.data(), qsizetype(rows.size()), issues, progress);
}

Result<FeatureMatrix> FittedPreparation::transform(const DataTable &table, QList<Issue> *issues,
                                                   Progress *progress) const
{
    if (!d)
        return makeError(ErrorCode::Internal, Tr::tr("The preparation has not been fitted."));
    return transformRows(*d, table, nullptr, table.rowCount(), issues, progress);
}

} // namespace churnlens
