#pragma once

#include "common/error.h"
#include "prep/fittedpreparation.h"
#include "trainedmodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

namespace churnlens {

class DataTable;
class Progress;
struct TrainReport;

/*!
 * A trained model as saved to a directory, and loaded back for scoring:
 *   model.json        XGBoost's own JSON model (xgboost, forest), loadable by any XGBoost binding
 *   logistic.json     coefficients of the logistic regression (instead of model.json)
 *   preparation.json  the fitted preparation (FittedPreparation::toJson)
 *   meta.json         kind, parameters, threshold, metrics, feature names, seed, data
 *                     fingerprint, library versions, creation time
 * Files are written atomically. Value type; predictProba() is thread-safe.
 */
class ModelBundle
{
public:
    static constexpr int FormatVersion = 1;

    //! Saves report.models[modelIndex] (default: the best) into \a directory (created if needed).
    static Result<void> save(const QString &directory, const TrainReport &report, int modelIndex = -1);
    static Result<ModelBundle> load(const QString &directory);

    const TrainedModel &model() const { return m_model; }
    const FittedPreparation &preparation() const { return m_preparation; }
    const QJsonObject &meta() const { return m_meta; }
    ModelKind kind() const { return m_model.kind(); }
    //! The decision threshold chosen at training time.
    double threshold() const { return m_threshold; }

    //! Probabilities for rows already prepared with preparation().
    Result<std::vector<double>> predictProba(const FeatureMatrix &features) const;
    //! Prepares every row of \a table (issues: unseen categories, missing columns) and scores it.
    Result<std::vector<double>> predictProba(const DataTable &table, QList<Issue> *issues = nullptr, Progress *progress = nullptr) const;

private:
    TrainedModel m_model;
    FittedPreparation m_preparation;
    QJsonObject m_meta;
    double m_threshold = 0.5;
};

} // namespace churnlens
