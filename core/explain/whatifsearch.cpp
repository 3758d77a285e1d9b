// WhatIf::search(): the smallest change among actionable fields that lowers a customer's risk.
#include "whatif.h"

#include "common/progress.h"
#include "prep/engineeredfeatures.h"
#include "whatifbatch.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

// Keeps a search on a field with very many categories (a wrongly marked id-like column) bounded.
constexpr int MaxValuesPerField = 25;

//! A level that says a service does not apply because another one is absent ("No internet service").
bool dependentNoLevel(const QString &level)
{
    const QString l = level.trimmed().toLower();
    return l.startsWith(QLatin1String("no ")) && !EngineeredFeatures::serviceInUse(level.toStdString());
}

struct FieldValues
{
    QString column;
    QStringList values;
};

//! The values worth trying for one actionable field of the customer at \\a row.
FieldValues candidateValues(const QJsonObject &fitted, const Column &column, qsizetype row, const WhatIfOptions &options)
{
    FieldValues out;
    out.column = column.name();
    const QString current = column.text(row);
    Semantic semantic = column.semantic();
    fromMachineName(fitted.value(QLatin1String("semantic")).toString(), &semantic); // as the model saw it
    const bool service = semantic == Semantic::Service;
    if (fitted.contains(QLatin1String("levels"))) {
        // A service that does not apply (no internet service) cannot be switched on by itself.
        if (service && dependentNoLevel(current))
            return out;
        const bool pooled = fitted.contains(QLatin1String("pooled"));
        const QJsonArray levels = fitted.value(QLatin1String("levels")).toArray();
        for (qsizetype i = 0; i < levels.size() && out.values.size() < MaxValuesPerField; ++i) {
            const QString level = levels[i].toString();
            if (pooled && i == levels.size() - 1)
                continue; // "(other)" is not a value anyone can choose
            if (level.compare(current, Qt::CaseInsensitive) == 0 || (service && dependentNoLevel(level)))
                continue;
            out.values << level;
        }
        return out;
    }
    if (!column.isNumericStorage() || column.type() == ColumnType::Date)
        return out;
    const double v = column.value(row);
    if (std::isnan(v))
        return out;
    if (service && (v == 0.0 || v == 1.0)) {
        out.values << QString::number(1.0 - v);
        return out;
    }
    for (double step : options.numericSteps) {
        const double changed = v * (1.0 + step);
        if (step != 0.0 && std::isfinite(changed) && changed >= 0.0)
            out.values << QString::number(changed, 'f', 2);
    }
    return out;
}

} // namespace

Result<WhatIfSearch> WhatIf::search(const DataTable &table, qsizetype row, const WhatIfOptions &options,
                                    Progress *progress) const
{
    if (row < 0 || row >= table.rowCount())
        return makeError(ErrorCode::Usage, Tr::tr("There is no customer in row %1.").arg(row + 1));
    if (options.maxFieldsChanged < 1 || options.suggestions < 1)
        return makeError(ErrorCode::Usage, Tr::tr("A what-if search needs at least one change and one suggestion."));
    WhatIfSearch out;
    out.target = std::isnan(options.target) ? m_risk.high : options.target;
    if (!(out.target > 0.0 && out.target <= 1.0))
        return makeError(ErrorCode::Usage, Tr::tr("The target probability must lie in (0, 1] (got %1).").arg(out.target));
    out.actionable = options.actionable.isEmpty() ? defaultActionable(m_model, table) : options.actionable;

    // The fitted columns (levels, types) by name, from the saved preparation.
    QHash<QString, QJsonObject> fitted;
    for (const QJsonValue &v : m_model.preparation().toJson().value(QLatin1String("columns")).toArray())
        fitted.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
    std::vector<FieldValues> fields;
    for (const QString &name : out.actionable) {
        const int c = table.indexOf(name);
        if (c < 0 || !fitted.contains(table.column(c).name()))
            return makeError(ErrorCode::Usage, Tr::tr("\"%1\" is not a column the model uses in this file.").arg(name));
        FieldValues values = candidateValues(fitted.value(table.column(c).name()), table.column(c), row, options);
        if (!values.values.isEmpty())
            fields.push_back(std::move(values));
    }

    auto run = [&](const std::vector<Candidate> &candidates) { return evaluate(table, row, candidates, false); };
    auto successes = [&](const Batch &batch, const std::vector<Candidate> &candidates, std::vector<int> *all) {
        std::vector<int> hits;
        for (size_t i = 0; i < candidates.size(); ++i) {
            all->push_back(int(i));
            if (batch.probabilities[i + 1] < out.target)
                hits.push_back(int(i));
        }
        return hits;
    };

    // Single changes.
    std::vector<Candidate> singles;
    for (const FieldValues &f : fields) {
        for (const QString &v : f.values)
            singles.push_back(Candidate{{FieldChange{f.column, v}}});
    }
    if (progress)
        progress->setText(Tr::tr("Trying single changes"));
    auto singleBatch = run(singles);
    if (!singleBatch)
        return std::unexpected(singleBatch.error());
    out.probability = singleBatch->probabilities[0];
    out.candidatesTried = qsizetype(singles.size());
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());
    if (progress)
        progress->setProgress(0.2);

    std::vector<Candidate> chosen;
    std::vector<double> chosenP;
    auto pick = [&](const Batch &batch, const std::vector<Candidate> &candidates, std::vector<int> order) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return batch.probabilities[size_t(a) + 1] < batch.probabilities[size_t(b) + 1];
        });
        for (int i : order) {
            if (int(chosen.size()) >= options.suggestions)
                break;
            if (!(batch.probabilities[size_t(i) + 1] < out.probability))
                continue; // a change that does not lower the risk is no suggestion
            chosen.push_back(candidates[size_t(i)]);
            chosenP.push_back(batch.probabilities[size_t(i) + 1]);
        }
    };
    std::vector<int> allSingles;
    const std::vector<int> singleHits = successes(*singleBatch, singles, &allSingles);
    std::vector<Candidate> pairs;
    std::optional<Batch> pairBatch;
    std::vector<int> pairHits, allPairs;
    if (singleHits.empty() && options.maxFieldsChanged >= 2 && fields.size() >= 2) {
        for (size_t a = 0; a < fields.size(); ++a) {
            for (size_t b = a + 1; b < fields.size(); ++b) {
                for (const QString &va : fields[a].values) {
                    for (const QString &vb : fields[b].values)
                        pairs.push_back(Candidate{{FieldChange{fields[a].column, va}, FieldChange{fields[b].column, vb}}});
                }
            }
        }
        if (progress)
            progress->setText(Tr::tr("Trying pairs of changes"));
        auto batch = run(pairs);
        if (!batch)
            return std::unexpected(batch.error());
        pairBatch = std::move(*batch);
        out.candidatesTried += qsizetype(pairs.size());
        pairHits = successes(*pairBatch, pairs, &allPairs);
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
    }
    if (progress)
        progress->setProgress(0.8);

    out.reachesTarget = !singleHits.empty() || !pairHits.empty();
    if (!singleHits.empty()) {
        pick(*singleBatch, singles, singleHits);
    } else if (!pairHits.empty()) {
        pick(*pairBatch, pairs, pairHits);
    } else {
        // Nothing reaches the target: the changes that lower the risk most, fewest fields first.
        pick(*singleBatch, singles, allSingles);
        if (pairBatch)
            pick(*pairBatch, pairs, allPairs);
    }

    // Explain the chosen changes (one small batch) to show which factors moved.
    if (!chosen.empty()) {
        auto explained = evaluate(table, row, chosen, true);
        if (!explained)
            return std::unexpected(explained.error());
        for (size_t i = 0; i < chosen.size(); ++i)
            out.suggestions.push_back(describe(*explained, int(i), chosen[i]));
    }
    if (progress)
        progress->setProgress(1.0);
    return out;
}

} // namespace churnlens
