#pragma once

#include <QJsonObject>
#include <QString>

#include <map>

namespace churnlens {

//! The model families ChurnLens trains.
enum class ModelKind { XGBoost, Logistic, Forest };

//! "xgboost", "logistic", "forest" (CLI, JSON, meta.json).
QString machineName(ModelKind kind);
//! "XGBoost", "Logistic regression", "Random forest" (translated).
QString displayName(ModelKind kind);
bool fromMachineName(const QString &name, ModelKind *kind);

//! Hyper-parameters by machine name ("learning_rate", "max_depth", "C"…); all numeric.
using ParamSet = std::map<QString, double>;

/*!
 * A model family with its hyper-parameters. Parameters not set take the family's default
 * (defaults()), so a ModelSpec always describes a complete, reproducible configuration.
 *
 * xgboost:  n_estimators 100, learning_rate 0.3, max_depth 6, min_child_weight 1, subsample 1,
 *           colsample_bytree 1, reg_lambda 1, reg_alpha 0, gamma 0, scale_pos_weight 1
 *           (XGBClassifier's defaults, so results compare with scikit-learn's wrapper)
 * logistic: C 1 (inverse regularisation strength, as scikit-learn), penalty 2 (L2) or 1 (L1)
 * forest:   n_estimators 200, max_depth 0 (unlimited), max_features 0 (= sqrt(p)/p),
 *           min_samples_leaf 1
 */
struct ModelSpec
{
    ModelKind kind = ModelKind::XGBoost;
    ParamSet params;

    static ParamSet defaults(ModelKind kind);
    static ModelSpec withDefaults(ModelKind kind, const ParamSet &overrides = {});

    //! The value of \a name, falling back to the family default (NaN if unknown).
    double value(const QString &name) const;
    int intValue(const QString &name) const;
    //! True if every name in params is a parameter of this family.
    bool isValid(QString *unknown = nullptr) const;

    QJsonObject paramsJson() const;
    //! "learning_rate=0.05 max_depth=3 n_estimators=100"
    QString describe() const;
};

} // namespace churnlens
