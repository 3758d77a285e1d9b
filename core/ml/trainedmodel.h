#pragma once

#include "common/error.h"
#include "modelspec.h"

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <vector>

namespace churnlens {

struct FeatureMatrix;
class LogisticRegression;
class XgbBooster;

/*!
 * A fitted model of one family, ready to score FeatureMatrix rows made by the same
 * preparation. XGBoost and the random forest are XGBoost boosters (saved in XGBoost's own
 * JSON format); the logistic regression is our own (saved as JSON coefficients).
 *
 * Forest probabilities: the forest is grown with one tree per round from the gradients at 0.5
 * and learning rate 1/trees, so its margin is 4 * (mean leaf churn share - 0.5); predictProba()
 * returns the mean leaf churn share 0.5 + margin / 4, a random forest's probability (plain
 * XGBoost would give sigmoid(margin): same ranking, other scale).
 *
 * Value type; copies share the immutable fitted model. predictProba() is thread-safe.
 */
class TrainedModel
{
public:
    TrainedModel();
    TrainedModel(ModelSpec spec, QStringList featureNames, XgbBooster booster);
    TrainedModel(ModelSpec spec, QStringList featureNames, LogisticRegression model);
    ~TrainedModel();
    TrainedModel(const TrainedModel &);
    TrainedModel &operator=(const TrainedModel &);
    TrainedModel(TrainedModel &&) noexcept;
    TrainedModel &operator=(TrainedModel &&) noexcept;

    bool isValid() const;
    ModelKind kind() const { return m_spec.kind; }
    const ModelSpec &spec() const { return m_spec; }
    const QStringList &featureNames() const { return m_featureNames; }
    int featureCount() const { return int(m_featureNames.size()); }

    //! Churn probabilities for dense row-major floats with featureCount() columns (NaN = missing).
    Result<std::vector<double>> predictProba(const float *values, qsizetype rows, int cols) const;
    Result<std::vector<double>> predictProba(const FeatureMatrix &matrix) const;

    /*!
     * One value per feature: average split gain for trees ("gain"); for the logistic regression
     * the standardised coefficient, coefficient * standard deviation of the feature in the
     * training rows ("standardized_coefficient", signed).
     */
    const std::vector<double> &importance() const { return m_importance; }
    QString importanceKind() const;
    void setImportance(std::vector<double> importance) { m_importance = std::move(importance); }

    //! "model.json" (XGBoost JSON) or "logistic.json".
    QString fileName() const;
    //! The content of fileName().
    Result<QByteArray> serialize() const;
    //! Reads fileName()'s content back; \a spec and \a featureNames come from meta.json.
    static Result<TrainedModel> deserialize(const ModelSpec &spec, const QStringList &featureNames, const QByteArray &content);

    //! The booster (xgboost, forest) or nullptr.
    const XgbBooster *booster() const;
    //! The logistic regression or nullptr.
    const LogisticRegression *logistic() const;

    //! Maps a forest's margin to its probability (see the class comment).
    static double forestProbability(double margin) { return margin <= -2.0 ? 0.0 : (margin >= 2.0 ? 1.0 : 0.5 + 0.25 * margin); }

private:
    ModelSpec m_spec;
    QStringList m_featureNames;
    std::shared_ptr<const XgbBooster> m_booster;
    std::shared_ptr<const LogisticRegression> m_logistic;
    std::vector<double> m_importance;
};

} // namespace churnlens
