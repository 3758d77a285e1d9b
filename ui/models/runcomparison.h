#pragma once

#include "project/runrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace churnlens {

//! One setting or result across the compared runs.
struct ComparisonRow
{
    QString key;        //!< the key path: "models.xgboost.params.learning_rate"
    QString label;      //!< for people: "XGBoost · Learning rate"
    QStringList values; //!< one per run, as shown; empty when the run has no such value
    bool differs = false;
};

/*!
 * Runs side by side, key by key: every setting and result of a run (its report and settings
 * JSON, flattened into key paths) with a readable label and its value as shown. Models are
 * matched by family (run A's XGBoost next to run B's), so runs made with different families or
 * by older and newer versions of ChurnLens still line up; what a run lacks stays empty. Curves
 * and every parameter set of a search are left to the charts (a search counts its sets).
 * Pure functions; any thread.
 */
class RunComparison
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::RunComparison)

public:
    //! (key path, value as shown) of everything \a run records, in reading order.
    static QList<std::pair<QString, QString>> flatten(const RunRecord &run);
    //! The union of the keys of \a runs, each with the value of every run and whether they differ.
    static QList<ComparisonRow> compare(const QList<RunRecord> &runs);
    //! A readable label for a key path ("settings.preparation.impute" → "Preparation · Fill in missing values").
    static QString label(const QString &key);
    //! A readable name of a model parameter ("max_depth" → "Tree depth"); unknown ones as they are.
    static QString parameterLabel(const QString &name);
    //! "roc_auc" → "ROC AUC".
    static QString metricLabel(const QString &name);
};

} // namespace churnlens
