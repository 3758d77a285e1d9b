#pragma once

#include "../common/error.h"

#include <QJsonObject>
#include <QString>

namespace churnlens {

//! The engineered features; each needs columns with a semantic mapping (see EngineeredFeatures).
enum class EngineeredFeature {
    TenureBins,           //!< tenure 0-12 / 12-24 / 24+ months, one-hot (Tenure)
    ChargesPerMonth,      //!< TotalCharges / max(tenure, 1) (TotalCharges, Tenure)
    ContractNumber,       //!< month-to-month 0, one year 1, two year 2 (Contract)
    SupportCallsPerMonth, //!< SupportCalls / max(tenure, 1) (SupportCalls, Tenure)
    ServiceCount          //!< number of Service-mapped columns in use (Service, at least one)
};
inline constexpr int EngineeredFeatureCount = 5;

//! How categorical feature columns become numbers.
enum class CategoryEncoding {
    OneHot, //!< one 0/1 column per level; two levels → one column (linear models, SHAP per level)
    Ordinal //!< one column of level codes (sorted levels; contract in its natural order) — trees only
};

/*!
 * The switches of the preparation, chosen before fitting and stored with the fitted result.
 * Defaults suit tree models (no scaling); forLinearModel() turns scaling on.
 * Value type.
 */
struct PreparationOptions
{
    bool impute = true;            //!< median (numbers) / most frequent (categories); off → NaN stays NaN
    bool missingIndicators = true; //!< 0/1 column for each column that had missing values in training
    bool scale = false;            //!< standard scaling of continuous features (mean/std of training rows)
    CategoryEncoding encoding = CategoryEncoding::OneHot;
    //! Categorical columns with more levels keep the most frequent ones and pool the rest as "(other)".
    int maxCategories = 50;
    int threads = 0;               //!< 0 = all cores
    unsigned engineered = 0x1f;    //!< bit i = EngineeredFeature(i) on (all on by default)

    bool isOn(EngineeredFeature f) const { return engineered & (1u << unsigned(f)); }
    void setOn(EngineeredFeature f, bool on)
    {
        engineered = on ? (engineered | (1u << unsigned(f))) : (engineered & ~(1u << unsigned(f)));
    }

    //! Scaling on, one-hot: what the logistic regression needs.
    static PreparationOptions forLinearModel();
    //! Scaling off, one-hot: XGBoost and the random forest.
    static PreparationOptions forTrees();

    QJsonObject toJson() const;
    static Result<PreparationOptions> fromJson(const QJsonObject &json);

    bool operator==(const PreparationOptions &) const = default;
};

QString machineName(EngineeredFeature feature); //!< "tenure_bins", "charges_per_month", ...
QString toString(EngineeredFeature feature);    //!< translated, for switches in the GUI
bool fromMachineName(const QString &name, EngineeredFeature *feature);
QString machineName(CategoryEncoding encoding); //!< "one_hot", "ordinal"
bool fromMachineName(const QString &name, CategoryEncoding *encoding);

} // namespace churnlens
