#pragma once

#include "common/error.h"
#include "factor.h"
#include "factorwriter.h"
#include "ml/modelbundle.h"
#include "modelexplainer.h"
#include "score/modelpredictor.h"
#include "score/risklevel.h"
#include "score/riskthresholds.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace churnlens {

class DataTable;
class Progress;

//! One field set to a new value: a category's label, or a number as text ("64.5", C locale).
struct FieldChange
{
    QString column;
    QString value;
};

//! How one field's contribution moved when the customer's fields changed.
struct FactorShift
{
    int column = -1;     //!< in the customer's table
    QString field;
    double before = 0.0; //!< SHAP value (log-odds) before the change
    double after = 0.0;  //!< and after
    QString text;        //!< the factor sentence after the change
};

//! A customer re-scored with changed fields.
struct WhatIfResult
{
    std::vector<FieldChange> changes;
    QStringList previousValues;     //!< per change: the value it replaced ("" when missing)
    double probabilityBefore = std::numeric_limits<double>::quiet_NaN();
    double probability = std::numeric_limits<double>::quiet_NaN();
    RiskLevel riskBefore = RiskLevel::Low;
    RiskLevel risk = RiskLevel::Low;
    std::vector<FactorShift> moved; //!< fields whose contribution changed, largest move first
    QList<Issue> issues;            //!< e.g. a category the model has never seen
};

//! All factors of one customer, for a waterfall from the base rate to their probability.
struct CustomerExplanation
{
    double baseValue = 0.0;   //!< expected margin (log-odds for XGBoost and the logistic regression)
    double margin = 0.0;      //!< baseValue + the sum of all contributions
    double probability = std::numeric_limits<double>::quiet_NaN();
    RiskLevel risk = RiskLevel::Low;
    std::vector<Factor> factors; //!< every field with an effect, largest first (columns of the customer's table)
    double otherContribution = 0.0; //!< features that belong to no single field of this table (e.g. missing columns)
    QList<Issue> issues;
};

//! Options of WhatIf::search(). Value type.
struct WhatIfOptions
{
    //! Columns a retention team can change; empty = WhatIf::defaultActionable().
    QStringList actionable;
    //! Relative changes tried on actionable numeric fields (charges): -0.1 = a 10% discount.
    std::vector<double> numericSteps{-0.1, -0.2, -0.3};
    //! The customer should end below this probability; NaN = the high-risk threshold.
    double target = std::numeric_limits<double>::quiet_NaN();
    int maxFieldsChanged = 2; //!< 1 = single changes only; 2 = pairs when no single change suffices
    int suggestions = 5;      //!< at most this many results
};

//! What WhatIf::search() found.
struct WhatIfSearch
{
    double probability = std::numeric_limits<double>::quiet_NaN(); //!< the customer's probability now
    double target = 0.0;
    bool reachesTarget = false;        //!< the suggestions bring the customer below target
    std::vector<WhatIfResult> suggestions; //!< fewest changed fields first, then lowest probability
    qsizetype candidatesTried = 0;
    QStringList actionable;            //!< the fields searched
};

/*!
 * The what-if editor's engine: re-scores one customer with changed fields through the saved
 * preparation and model, shows the new probability and which factors moved, and searches the
 * smallest change among actionable fields (contract, payment method, services, charges by
 * default) that brings the customer below the risk threshold: every single change first, then
 * pairs of changes when no single one suffices. Candidate values are the training categories of
 * coded fields (not "No internet service"-like levels, which follow from another field) and
 * discounts on numeric ones. All candidates are scored in one batch.
 * Immutable after create(); safe to use from several threads.
 */
class WhatIf
{
public:
    /*!
     * \a explainer: the one used when scoring (so factors agree), or null to make one.
     * \a risk: cut points for the risk levels; unset = from the model's threshold.
     */
    static Result<WhatIf> create(const ModelBundle &model, const ModelExplainer *explainer = nullptr,
                                 std::optional<RiskThresholds> risk = std::nullopt,
                                 const QHash<QString, NumericReference> &references = {});

    //! Every factor of the customer at \a row, with the base value and margin (the waterfall).
    Result<CustomerExplanation> explain(const DataTable &table, qsizetype row) const;
    Result<WhatIfResult> rescore(const DataTable &table, qsizetype row, const std::vector<FieldChange> &changes) const;
    Result<WhatIfSearch> search(const DataTable &table, qsizetype row, const WhatIfOptions &options = {},
                                Progress *progress = nullptr) const;

    //! Model columns a retention team can usually change: contract, payment method, services and
    //! monthly charges, by semantic mapping and (payment) by name.
    static QStringList defaultActionable(const ModelBundle &model, const DataTable &table);

    const RiskThresholds &riskThresholds() const { return m_risk; }

    struct Candidate; // one changed customer: a list of (input column, value)

private:
    struct Batch;
    Result<Batch> evaluate(const DataTable &table, qsizetype row, const std::vector<Candidate> &candidates,
                           bool explain) const;
    WhatIfResult describe(const Batch &batch, int index, const Candidate &candidate) const;

    ModelBundle m_model;
    ModelPredictor m_predictor;
    ModelExplainer m_explainer;
    RiskThresholds m_risk;
    QHash<QString, NumericReference> m_references;
    QHash<QString, Semantic> m_semantics;
};

} // namespace churnlens
