#pragma once

#include "common/error.h"
#include "data/datatable.h"
#include "explain/factor.h"
#include "explain/factorwriter.h"
#include "explain/fieldattribution.h"
#include "explain/modelexplainer.h"
#include "ml/modelbundle.h"
#include "score/modelpredictor.h"
#include "score/risklevel.h"
#include "score/riskthresholds.h"

#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace churnlens {

//! One input field of a served model: what a request gives for it.
struct ServedField
{
    QString name;
    bool categorical = false;  //!< false: a number
    QStringList categories;    //!< training categories (categorical fields), for messages
};

//! The score of one customer.
struct ServedPrediction
{
    double probability = 0.0;
    bool churn = false;            //!< probability >= the model's threshold
    RiskLevel risk = RiskLevel::Low;
    std::vector<Factor> factors;   //!< strongest first, sentences made
};

/*!
 * A model as the scoring service holds it: the bundle with everything a request needs built once
 * (tree scorer, TreeSHAP explainer, field attribution, factor writer, the fields requests must
 * give), so that scoring one customer costs the preparation, one prediction and one explanation.
 * Requests are read into tables of one fixed layout (layout(): the model's input columns in
 * order, numbers as Numeric and categories as Categorical columns), which lets the factor writer
 * and the field attribution be built once.
 *
 * Immutable after create() apart from its counters; score() may run on many threads at once.
 * Shared as std::shared_ptr<const ServingModel>: a request keeps the model it started with.
 */
class ServingModel
{
public:
    /*!
     * \a version names the model in responses and metrics ("v3" for a project's version, or the
     * folder name and a content hash); \a source says where it came from (for logs). \a factors is
     * the number of top factors per customer (0 = none).
     */
    static Result<std::shared_ptr<const ServingModel>> create(const ModelBundle &bundle, const QString &version,
                                                              const QString &source, int factors = 3);

    const QString &version() const { return m_version; }
    const QString &source() const { return m_source; }
    const ModelBundle &bundle() const { return m_bundle; }
    double threshold() const { return m_bundle.threshold(); }
    const RiskThresholds &riskThresholds() const { return m_risk; }
    //! The input fields, in the order of layout()'s columns.
    const std::vector<ServedField> &fields() const { return m_fields; }
    //! An empty table of the layout requests are read into.
    const DataTable &layout() const { return m_layout; }
    //! Whether a field may be null (a missing value): the model fills it in as in training, or its trees route it.
    bool acceptsMissing() const { return m_acceptsMissing; }
    int factorCount() const { return m_factors; }

    //! Scores every row of \a table (of layout()'s columns). Runs on the calling thread.
    Result<std::vector<ServedPrediction>> score(const DataTable &table) const;

    //! Predictions by risk level (Low, Medium, High), counted by the callers of score().
    mutable std::array<std::atomic<uint64_t>, 3> predictedByRisk{};

private:
    ServingModel() = default;

    ModelBundle m_bundle;
    QString m_version;
    QString m_source;
    RiskThresholds m_risk;
    std::vector<ServedField> m_fields;
    DataTable m_layout;
    ModelPredictor m_predictor;
    ModelExplainer m_explainer;
    std::shared_ptr<const FieldAttribution> m_attribution; // null: no factors
    FactorWriter m_writer;
    int m_factors = 3;
    bool m_acceptsMissing = true;
};

} // namespace churnlens
