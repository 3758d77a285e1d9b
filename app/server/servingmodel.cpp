#include "servingmodel.h"

#include "score/riskdefaults.h"
#include "score/scorer.h"
#include "workspace/preferences.h"

#include <span>

namespace churnlens {

Result<std::shared_ptr<const ServingModel>> ServingModel::create(const ModelBundle &bundle, const QString &version,
                                                                 const QString &source, int factors)
{
    std::shared_ptr<ServingModel> m(new ServingModel);
    m->m_bundle = bundle;
    m->m_version = version;
    m->m_source = source;
    m->m_factors = std::max(factors, 0);
    // The same risk levels as the app and `churnlens-cli score` give this model (the saved rule).
    m->m_risk = defaultRiskThresholds(bundle, Preferences::load().riskTiers);
    if (auto ok = m->m_risk.validate(); !ok)
        return std::unexpected(ok.error());

    const FittedPreparation &prep = bundle.preparation();
    if (!prep.isValid())
        return makeError(ErrorCode::Model, Tr::tr("The model has no saved preparation."));
    const QStringList inputs = prep.inputColumns();
    const QHash<QString, Semantic> semantics = Scorer::trainingSemantics(bundle);
    for (int i = 0; i < inputs.size(); ++i) {
        ServedField f;
        f.name = inputs[i];
        f.categorical = prep.isCategorical(i);
        f.categories = prep.categories(i);
        Column column = f.categorical ? Column::coded(f.name, {}, Dictionary(), ColumnType::Categorical)
                                      : Column::numeric(f.name, {});
        column.setSemantic(semantics.value(f.name, Semantic::None));
        m->m_layout.addColumn(std::move(column));
        m->m_fields.push_back(std::move(f));
    }
    m->m_acceptsMissing = !(bundle.kind() == ModelKind::Logistic && !prep.options().impute);

    auto predictor = ModelPredictor::create(bundle);
    if (!predictor)
        return std::unexpected(predictor.error());
    m->m_predictor = std::move(*predictor);

    // The attribution of features to fields depends only on the layout: built from an empty table.
    auto empty = prep.transform(m->m_layout);
    if (!empty)
        return std::unexpected(empty.error());
    if (m->m_factors > 0) {
        auto explainer = ModelExplainer::create(bundle);
        auto attribution = FieldAttribution::create(*empty);
        if (explainer && attribution) {
            m->m_explainer = std::move(*explainer);
            m->m_attribution = std::make_shared<const FieldAttribution>(std::move(*attribution));
        } else {
            // Scores without factors rather than no service: the response then lists none.
            m->m_factors = 0;
        }
    }
    m->m_writer = FactorWriter(m->m_layout, Scorer::trainingReferences(bundle), semantics);
    return std::shared_ptr<const ServingModel>(std::move(m));
}

Result<std::vector<ServedPrediction>> ServingModel::score(const DataTable &table) const
{
    auto features = m_bundle.preparation().transform(table);
    if (!features)
        return std::unexpected(features.error());
    const FeatureMatrix &m = *features;
    std::vector<double> probabilities(size_t(m.rows));
    if (auto ok = m_predictor.predict(m.values.data(), m.rows, m.cols, probabilities.data(), 1); !ok)
        return std::unexpected(ok.error());

    std::vector<ServedPrediction> out(size_t(m.rows));
    const int k = m_attribution ? m_factors : 0;
    thread_local std::vector<double> shap;
    thread_local std::vector<double> fields;
    if (k > 0) {
        // The whole request at once: the explainer's batch kernel is much faster per row than one row at a time.
        shap.resize(size_t(m.rows) * (size_t(m.cols) + 1));
        fields.resize(m_attribution->fields().size() + 1);
        if (auto ok = m_explainer.explainInto(m.values.data(), m.rows, m.cols, shap.data(), 1); !ok)
            return std::unexpected(ok.error());
    }
    for (qsizetype r = 0; r < m.rows; ++r) {
        ServedPrediction &p = out[size_t(r)];
        p.probability = probabilities[size_t(r)];
        if (!std::isfinite(p.probability))
            return makeError(ErrorCode::Model, Tr::tr("The model gave no probability for customer %1.").arg(r + 1));
        p.churn = p.probability >= threshold();
        p.risk = m_risk.level(p.probability);
        if (k > 0) {
            m_attribution->aggregateRow(shap.data() + size_t(r) * (size_t(m.cols) + 1), fields.data());
            p.factors = m_writer.topFactors(table, r, m_attribution->fields(),
                                            std::span<const double>(fields.data(), m_attribution->fields().size()), k);
        }
    }
    return out;
}

} // namespace churnlens
