#pragma once

#include "binarymetrics.h"
#include "calibration.h"
#include "evaluationcurves.h"
#include "modelspec.h"
#include "prep/fittedpreparation.h"
#include "trainedmodel.h"
#include "trainoptions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <map>
#include <vector>

namespace churnlens {

//! Mean and population standard deviation of a metric over the CV folds.
struct MetricSummary
{
    double mean = 0.0;
    double std = 0.0;
};

//! One parameter set tried by the search, with its CV ROC AUC.
struct SearchEntry
{
    ModelSpec spec;
    double meanAuc = 0.0;
    double stdAuc = 0.0;
    int folds = 0; //!< folds it was scored on (successive halving drops weak sets after a few)
};

//! Result for one model family.
struct ModelReport
{
    ModelKind kind = ModelKind::XGBoost;
    ModelSpec spec;                         //!< the chosen parameters (all of them)
    std::vector<SearchEntry> search;        //!< every parameter set tried, in search order
    std::map<QString, MetricSummary> cv;    //!< per metric (BinaryMetrics::names()) at the chosen threshold
    double threshold = 0.5;                 //!< chosen on out-of-fold predictions of the training rows
    BinaryMetrics test;                     //!< on the test rows at that threshold (calibrated probabilities)
    EvaluationCurves curves;                //!< on the test rows (calibrated probabilities)
    std::vector<double> testScores;         //!< calibrated probability per test row (same order as TrainReport::testRows)
    //! Fitted on the out-of-fold predictions (identity without CV or when it did not help); part of the model.
    Calibration calibration;
    Calibration::Choice calibrationChoice;  //!< what the choice measured (CV log loss and Brier per method)
    //! The test rows before calibration: what the model alone gives (SMOTE's inflation shows here).
    struct Uncalibrated
    {
        double brier = 0.0;
        double logLoss = 0.0;
        double ece = 0.0;
        std::vector<EvaluationCurves::CalibrationBin> reliability;
    } uncalibrated;
    double ece = 0.0;                       //!< expected calibration error on the test rows (10 bins), calibrated
    /*!
     * The training data's reference for drift (DriftReference::toJson()), written into meta.json
     * as "reference". Filled after training by the application layer (TrainingReference::attach);
     * empty = not kept.
     */
    QJsonObject reference;
    std::vector<std::pair<QString, double>> importance; //!< sorted by |value|, largest first
    QString importanceKind;                 //!< "gain" or "standardized_coefficient"
    //! CV (its share of fold preparation and search) and final fit of this family.
    double seconds = 0.0;
    TrainedModel model;                     //!< fitted on all training rows
    FittedPreparation preparation;          //!< fitted on all training rows

    QJsonObject toJson(bool withCurves = false) const;
};

//! The outcome of Trainer::run().
struct TrainReport
{
    std::vector<ModelReport> models;
    int best = -1;                          //!< by mean CV ROC AUC (or test AUC without CV)
    TrainOptions options;
    std::vector<qsizetype> trainRows;       //!< rows of the training table
    std::vector<qsizetype> testRows;        //!< rows of the test table (the training table unless a test file was given)
    std::vector<int8_t> testLabels;
    qint64 trainPositives = 0;
    qint64 testPositives = 0;
    QStringList featureNames;               //!< of the best model
    QString dataFingerprint;                //!< SHA-256 of the training table's contents
    QString targetColumn;
    QString positiveLabel;
    QList<Issue> issues;
    double seconds = 0.0;
    QDateTime created;

    const ModelReport &bestModel() const { return models[size_t(best)]; }
    /*!
     * The one best-model rule (Trainer::run() and the GUI's TrainRun both use it): the highest
     * mean CV ROC AUC, or the highest test ROC AUC without CV (options.folds < 2); the earlier
     * model on a tie. -1 without models.
     */
    int bestIndex() const;
    //! {"models":[...], "best":"xgboost", "split":{...}, "seconds":...} for the CLI's --json.
    QJsonObject toJson(bool withCurves = false) const;
};

} // namespace churnlens
