#include "trainreport.h"

#include "common/jsonnumber.h"

#include <QJsonArray>

#include <cmath>

namespace churnlens {

namespace {

using json::number;

QJsonObject issueJson(const Issue &issue)
{
    QJsonObject o{{QStringLiteral("message"), issue.message}};
    if (!issue.columnName.isEmpty())
        o.insert(QStringLiteral("column"), issue.columnName);
    o.insert(QStringLiteral("severity"), issue.severity == Issue::Severity::Info ? QStringLiteral("info")
                                         : issue.severity == Issue::Severity::Warning ? QStringLiteral("warning")
                                                                                      : QStringLiteral("error"));
    return o;
}

} // namespace

QJsonObject ModelReport::toJson(bool withCurves) const
{
    QJsonObject cvJson;
    for (const auto &[name, s] : cv)
        cvJson.insert(name, QJsonObject{{QStringLiteral("mean"), number(s.mean)}, {QStringLiteral("std"), number(s.std)}});
    QJsonArray searchJson;
    for (const SearchEntry &e : search)
        searchJson.append(QJsonObject{{QStringLiteral("params"), e.spec.paramsJson()},
                                      {QStringLiteral("roc_auc_mean"), number(e.meanAuc)},
                                      {QStringLiteral("roc_auc_std"), number(e.stdAuc)},
                                      {QStringLiteral("folds"), e.folds}});
    QJsonArray importanceJson;
    for (size_t i = 0; i < importance.size() && i < 20; ++i)
        importanceJson.append(QJsonObject{{QStringLiteral("feature"), importance[i].first}, {QStringLiteral("value"), number(importance[i].second)}});
    QJsonObject o{{QStringLiteral("model"), machineName(kind)},
                  {QStringLiteral("params"), spec.paramsJson()},
                  {QStringLiteral("cv"), cvJson},
                  {QStringLiteral("test"), test.toJson()},
                  {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("search"), searchJson},
                  {QStringLiteral("importance"), QJsonObject{{QStringLiteral("kind"), importanceKind}, {QStringLiteral("top"), importanceJson}}}};
    QJsonObject cvLogLoss, cvBrier;
    for (Calibration::Method method : {Calibration::Method::None, Calibration::Method::Platt, Calibration::Method::Isotonic}) {
        cvLogLoss.insert(Calibration::machineName(method), number(calibrationChoice.logLoss[int(method)]));
        cvBrier.insert(Calibration::machineName(method), number(calibrationChoice.brier[int(method)]));
    }
    QJsonObject calibrationJson{{QStringLiteral("method"), Calibration::machineName(calibration.method())},
                                {QStringLiteral("test_ece"), number(ece)},
                                {QStringLiteral("test_ece_uncalibrated"), number(uncalibrated.ece)},
                                {QStringLiteral("test_brier_uncalibrated"), number(uncalibrated.brier)},
                                {QStringLiteral("test_log_loss_uncalibrated"), number(uncalibrated.logLoss)},
                                {QStringLiteral("cv_folds"), calibrationChoice.folds},
                                {QStringLiteral("cv_log_loss"), cvLogLoss},
                                {QStringLiteral("cv_brier"), cvBrier}};
    o.insert(QStringLiteral("calibration"), calibrationJson);
    if (withCurves) {
        QJsonObject c = curves.toJson();
        QJsonArray raw;
        for (const EvaluationCurves::CalibrationBin &b : uncalibrated.reliability)
            raw.append(QJsonArray{b.lower, b.upper, number(b.meanPredicted), number(b.observedRate), b.count}); // as "calibration"
        c.insert(QStringLiteral("calibration_uncalibrated"), raw);
        o.insert(QStringLiteral("curves"), c);
    }
    return o;
}

int TrainReport::bestIndex() const
{
    const bool cv = options.folds >= 2;
    auto score = [cv](const ModelReport &m) {
        if (!cv)
            return m.test.rocAuc;
        const auto it = m.cv.find(QStringLiteral("roc_auc"));
        return it == m.cv.end() ? -1.0 : it->second.mean;
    };
    int out = -1;
    for (size_t i = 0; i < models.size(); ++i) {
        if (out < 0 || score(models[i]) > score(models[size_t(out)]))
            out = int(i);
    }
    return out;
}

QJsonObject TrainReport::toJson(bool withCurves) const
{
    QJsonArray modelsJson;
    for (const ModelReport &m : models)
        modelsJson.append(m.toJson(withCurves));
    QString method = QStringLiteral("holdout");
    if (!options.testIds.isEmpty())
        method = QStringLiteral("test_ids");
    QJsonObject split{{QStringLiteral("method"), method},
                      {QStringLiteral("train_rows"), qint64(trainRows.size())},
                      {QStringLiteral("train_churners"), trainPositives},
                      {QStringLiteral("test_rows"), qint64(testRows.size())},
                      {QStringLiteral("test_churners"), testPositives},
                      {QStringLiteral("folds"), options.folds}};
    if (method == QLatin1String("holdout"))
        split.insert(QStringLiteral("test_size"), options.testSize);
    QJsonArray issuesJson;
    for (const Issue &i : issues)
        issuesJson.append(issueJson(i));
    return {{QStringLiteral("models"), modelsJson},
            {QStringLiteral("best"), best >= 0 ? machineName(models[size_t(best)].kind) : QString()},
            {QStringLiteral("split"), split},
            {QStringLiteral("imbalance"), machineName(options.imbalance)},
            {QStringLiteral("tuning"), machineName(options.tuning)},
            {QStringLiteral("threshold_policy"), options.threshold.toJson()},
            {QStringLiteral("seed"), qint64(options.seed)},
            {QStringLiteral("features"), qint64(featureNames.size())},
            {QStringLiteral("target"), targetColumn},
            {QStringLiteral("data_fingerprint"), dataFingerprint},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("issues"), issuesJson}};
}

} // namespace churnlens
