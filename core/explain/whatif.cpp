#include "whatif.h"

#include "data/datatable.h"
#include "fieldattribution.h"
#include "prep/featurematrix.h"
#include "score/riskdefaults.h"
#include "score/scorer.h"
#include "whatifbatch.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

Result<WhatIf> WhatIf::create(const ModelBundle &model, const ModelExplainer *explainer, std::optional<RiskThresholds> risk,
                              const QHash<QString, NumericReference> &references)
{
    WhatIf w;
    w.m_model = model;
    w.m_risk = risk.value_or(defaultRiskThresholds(model));
    if (auto ok = w.m_risk.validate(); !ok)
        return std::unexpected(ok.error());
    auto predictor = ModelPredictor::create(model);
    if (!predictor)
        return std::unexpected(predictor.error());
    w.m_predictor = std::move(*predictor);
    if (explainer && explainer->isValid()) {
        w.m_explainer = *explainer;
    } else {
        auto made = ModelExplainer::create(model);
        if (!made)
            return std::unexpected(made.error());
        w.m_explainer = std::move(*made);
    }
    w.m_references = Scorer::trainingReferences(model);
    w.m_semantics = Scorer::trainingSemantics(model);
    for (auto it = references.begin(); it != references.end(); ++it)
        w.m_references.insert(it.key(), it.value());
    return w;
}

Result<WhatIf::Batch> WhatIf::evaluate(const DataTable &table, qsizetype row, const std::vector<Candidate> &candidates,
                                       bool explain) const
{
    if (row < 0 || row >= table.rowCount())
        return makeError(ErrorCode::Usage, Tr::tr("There is no customer in row %1.").arg(row + 1));
    Batch batch;
    batch.copy(m_model.preparation().inputColumns(), table, row, qsizetype(candidates.size()) + 1);
    for (size_t i = 0; i < candidates.size(); ++i) {
        for (const FieldChange &change : candidates[i].changes) {
            const int input = batch.input(change.column);
            if (input < 0)
                return makeError(ErrorCode::Usage,
                                 Tr::tr("\"%1\" is not a column the model uses in this file.").arg(change.column));
            if (!batch.set(input, qsizetype(i) + 1, change.value)) {
                Error e;
                e.code = ErrorCode::Usage;
                e.message = Tr::tr("\"%1\" is not a valid value for %2.").arg(change.value, change.column);
                e.value = change.value;
                return std::unexpected(e);
            }
        }
    }
    if (auto ok = batch.finish(m_model, m_predictor, m_explainer, m_references, m_semantics, explain); !ok)
        return std::unexpected(ok.error());
    return batch;
}

WhatIfResult WhatIf::describe(const Batch &batch, int index, const Candidate &candidate) const
{
    WhatIfResult r;
    r.changes = candidate.changes;
    const qsizetype row = index + 1;
    for (const FieldChange &c : candidate.changes) {
        const int column = batch.table.indexOf(c.column);
        r.previousValues << (column >= 0 ? batch.table.column(column).text(0) : QString());
    }
    r.probabilityBefore = batch.probabilities[0];
    r.probability = batch.probabilities[size_t(row)];
    r.riskBefore = m_risk.level(r.probabilityBefore);
    r.risk = m_risk.level(r.probability);
    r.issues = batch.issues;
    if (batch.fieldStride > 0) {
        const double *before = batch.fieldShap.data();
        const double *after = batch.fieldShap.data() + size_t(row) * size_t(batch.fieldStride);
        for (size_t f = 0; f < batch.fieldColumns.size(); ++f) {
            const int column = batch.fieldColumns[f];
            if (column < 0 || !(std::abs(after[f] - before[f]) > 1e-6))
                continue;
            FactorShift s;
            s.column = batch.inputs[size_t(column)].source;
            s.field = batch.table.column(column).name();
            s.before = before[f];
            s.after = after[f];
            s.text = batch.writer.sentence(batch.table, column, row, after[f]);
            r.moved.push_back(std::move(s));
        }
        std::stable_sort(r.moved.begin(), r.moved.end(), [](const FactorShift &a, const FactorShift &b) {
            return std::abs(a.after - a.before) > std::abs(b.after - b.before);
        });
    }
    return r;
}

Result<CustomerExplanation> WhatIf::explain(const DataTable &table, qsizetype row) const
{
    auto batch = evaluate(table, row, {}, true);
    if (!batch)
        return std::unexpected(batch.error());
    CustomerExplanation e;
    e.baseValue = m_explainer.expectedValue();
    e.probability = batch->probabilities[0];
    e.risk = m_risk.level(e.probability);
    e.issues = batch->issues;
    e.margin = e.baseValue;
    for (size_t f = 0; f < batch->fieldColumns.size(); ++f) {
        const double c = batch->fieldShap[f];
        e.margin += c;
        const int column = batch->fieldColumns[f];
        if (column < 0) {
            e.otherContribution += c;
            continue;
        }
        if (!(std::abs(c) >= 1e-6))
            continue;
        Factor factor;
        factor.column = batch->inputs[size_t(column)].source;
        factor.field = batch->table.column(column).name();
        factor.value = batch->table.column(column).text(0);
        factor.contribution = c;
        factor.text = batch->writer.sentence(batch->table, column, 0, c);
        e.factors.push_back(std::move(factor));
    }
    std::stable_sort(e.factors.begin(), e.factors.end(), [](const Factor &a, const Factor &b) {
        return std::abs(a.contribution) > std::abs(b.contribution);
    });
    return e;
}

Result<WhatIfResult> WhatIf::rescore(const DataTable &table, qsizetype row, const std::vector<FieldChange> &changes) const
{
    std::vector<Candidate> one(1);
    one[0].changes = changes;
    auto batch = evaluate(table, row, one, true);
    if (!batch)
        return std::unexpected(batch.error());
    return describe(*batch, 0, one[0]);
}

QStringList WhatIf::defaultActionable(const ModelBundle &model, const DataTable &table)
{
    QStringList out;
    const QHash<QString, Semantic> semantics = Scorer::trainingSemantics(model);
    for (const QString &name : model.preparation().inputColumns()) {
        const int c = table.indexOf(name);
        if (c < 0)
            continue;
        const Column &column = table.column(c);
        const QString n = column.name().toLower().remove(QLatin1Char('_')).remove(QLatin1Char(' '));
        const bool payment = column.isCoded() && (n.contains(QLatin1String("payment")) || n.contains(QLatin1String("paymethod")));
        switch (semantics.value(name, column.semantic())) {
        case Semantic::Contract:
        case Semantic::Service:
        case Semantic::MonthlyCharges:
            out << column.name();
            break;
        default:
            if (payment)
                out << column.name();
            break;
        }
    }
    return out;
}

} // namespace churnlens
