#pragma once

#include <QJsonObject>
#include <QtGlobal>

#include <cstdint>
#include <span>

namespace churnlens {

//! Counts at one threshold (a row is predicted positive when its score >= threshold).
struct ConfusionMatrix
{
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 trueNegatives = 0;
    qint64 falseNegatives = 0;

    qint64 total() const { return truePositives + falsePositives + trueNegatives + falseNegatives; }
    double precision() const;
    double recall() const;
    double f1() const;
    double accuracy() const;
    QJsonObject toJson() const; //!< {"tp","fp","tn","fn"}
};

/*!
 * The evaluation of churn probabilities against 0/1 labels, computed as scikit-learn does:
 * ROC AUC with ties counted half (trapezoids), PR AUC as average precision
 * (sum over thresholds of (R_n - R_n-1) * P_n), log loss with probabilities clipped to
 * [1e-15, 1 - 1e-15], Brier = mean squared error. Precision with no predicted positive is 0.
 * Metrics that are undefined for the data (AUC with a single class) are NaN.
 */
struct BinaryMetrics
{
    double accuracy = 0.0;
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    double rocAuc = 0.0;
    double prAuc = 0.0;
    double logLoss = 0.0;
    double brier = 0.0;
    double threshold = 0.5;
    ConfusionMatrix confusion;

    //! \a labels are 0/1 (one per score); \a scores are probabilities of churn.
    static BinaryMetrics compute(std::span<const int8_t> labels, std::span<const double> scores, double threshold = 0.5);

    static double rocAucScore(std::span<const int8_t> labels, std::span<const double> scores);
    static double averagePrecisionScore(std::span<const int8_t> labels, std::span<const double> scores);
    static double logLossScore(std::span<const int8_t> labels, std::span<const double> scores);
    static double brierScore(std::span<const int8_t> labels, std::span<const double> scores);
    static ConfusionMatrix confusionAt(std::span<const int8_t> labels, std::span<const double> scores, double threshold);

    //! The metric by machine name ("accuracy", "precision", "recall", "f1", "roc_auc", "pr_auc", "log_loss", "brier").
    double value(const QString &name) const;
    static const QStringList &names();
    //! Every metric plus "threshold" and "confusion" (NaN becomes null).
    QJsonObject toJson() const;
};

} // namespace churnlens
