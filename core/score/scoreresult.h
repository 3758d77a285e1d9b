#pragma once

#include "common/error.h"
#include "explain/factor.h"
#include "explain/factorwriter.h"
#include "explain/modelexplainer.h"
#include "risklevel.h"
#include "riskthresholds.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace churnlens {

class DataTable;

/*!
 * The scores of one customer file: per row the churn probability, the 0/1 prediction at the
 * model's threshold, the risk level and the strongest factors (as table column + SHAP value;
 * the sentences are made on demand, so a million rows keep ~30 bytes each).
 * Rows are those of the scored DataTable; the accessors taking a table expect that table.
 * Value type; const access is thread-safe.
 */
struct ScoreResult
{
    qsizetype rows = 0;
    std::vector<double> probabilities;   //!< NaN = could not be scored
    std::vector<uint8_t> predictions;    //!< 1 = predicted to churn (probability >= threshold)
    std::vector<RiskLevel> risk;
    double threshold = 0.5;              //!< the model's decision threshold
    RiskThresholds riskThresholds;
    RiskCounts counts;

    int idColumn = -1;                   //!< column of ids in the scored table; -1 = row numbers

    int factorCount = 0;                 //!< factors kept per row (0 = not explained)
    std::vector<int32_t> factorColumns;  //!< rows * factorCount table columns, strongest first; -1 = none
    std::vector<float> factorContributions; //!< rows * factorCount SHAP values (log-odds)
    std::vector<int> fieldColumns;       //!< the explained fields (table columns; -1 = combined features)
    std::vector<double> meanAbsContribution; //!< per fieldColumns entry: mean |SHAP| over the file
    double baseValue = 0.0;              //!< expected margin (SHAP base value)
    FactorWriter factorWriter;
    ModelExplainer explainer;            //!< the explainer used (reused by what-if for the same reference)

    QStringList missingColumns;          //!< model columns not in the file
    QStringList extraColumns;            //!< file columns the model does not use
    QList<Issue> issues;
    double seconds = 0.0;
    double prepareSeconds = 0.0;
    double predictSeconds = 0.0;
    double explainSeconds = 0.0;

    //! The customer's id (the id column's text, or the 1-based row number).
    QString id(const DataTable &table, qsizetype row) const;
    //! Factor \a k (0 = strongest) of \a row; an empty Factor (column -1) when there is none.
    Factor factor(const DataTable &table, qsizetype row, int k) const;
    //! All factors of \a row.
    std::vector<Factor> factors(const DataTable &table, qsizetype row) const;
    //! The factor sentences of \a row joined with "; ".
    QString factorsText(const DataTable &table, qsizetype row) const;

    //! {"rows","scored","high","medium","low","threshold","risk_thresholds","seconds",…}
    QJsonObject summaryJson() const;
};

} // namespace churnlens
