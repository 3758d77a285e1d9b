#include "monitorservice.h"

#include "common/jsonnumber.h"
#include "trainingreference.h"

#include "common/progress.h"
#include "data/datatable.h"
#include "ml/modelbundle.h"
#include "ml/modelspec.h"
#include "ml/trainer.h"
#include "monitor/driftreference.h"

#include <QJsonArray>

#include <cmath>

namespace churnlens {

namespace {

using json::number;

double number(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : std::nan("");
}

QJsonObject intervalJson(const Interval &i)
{
    return {{QStringLiteral("low"), number(i.low)}, {QStringLiteral("high"), number(i.high)}};
}

Interval intervalFrom(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return {number(o.value(QLatin1String("low"))), number(o.value(QLatin1String("high")))};
}

QJsonObject realisedJson(const RealisedPerformance &r)
{
    QJsonObject intervals;
    for (const auto &[name, interval] : r.intervals)
        intervals.insert(name, intervalJson(interval));
    return {{QStringLiteral("metrics"), r.metrics.toJson()},
            {QStringLiteral("intervals"), intervals},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("positives"), r.positives}};
}

RealisedPerformance realisedFrom(const QJsonObject &o)
{
    RealisedPerformance r;
    const QJsonObject m = o.value(QLatin1String("metrics")).toObject();
    r.metrics.accuracy = number(m.value(QLatin1String("accuracy")));
    r.metrics.precision = number(m.value(QLatin1String("precision")));
    r.metrics.recall = number(m.value(QLatin1String("recall")));
    r.metrics.f1 = number(m.value(QLatin1String("f1")));
    r.metrics.rocAuc = number(m.value(QLatin1String("roc_auc")));
    r.metrics.prAuc = number(m.value(QLatin1String("pr_auc")));
    r.metrics.logLoss = number(m.value(QLatin1String("log_loss")));
    r.metrics.brier = number(m.value(QLatin1String("brier")));
    r.metrics.threshold = m.value(QLatin1String("threshold")).toDouble(0.5);
    const QJsonObject c = m.value(QLatin1String("confusion")).toObject();
    r.metrics.confusion.truePositives = c.value(QLatin1String("tp")).toInteger();
    r.metrics.confusion.falsePositives = c.value(QLatin1String("fp")).toInteger();
    r.metrics.confusion.trueNegatives = c.value(QLatin1String("tn")).toInteger();
    r.metrics.confusion.falseNegatives = c.value(QLatin1String("fn")).toInteger();
    const QJsonObject intervals = o.value(QLatin1String("intervals")).toObject();
    for (auto it = intervals.begin(); it != intervals.end(); ++it)
        r.intervals[it.key()] = intervalFrom(it.value());
    r.rows = o.value(QLatin1String("rows")).toInteger();
    r.positives = o.value(QLatin1String("positives")).toInteger();
    return r;
}

QJsonObject estimatedJson(const EstimatedPerformance &e)
{
    return {{QStringLiteral("accuracy"), number(e.accuracy)},
            {QStringLiteral("accuracy_interval"), intervalJson(e.accuracyInterval)},
            {QStringLiteral("precision"), number(e.precision)},
            {QStringLiteral("recall"), number(e.recall)},
            {QStringLiteral("f1"), number(e.f1)},
            {QStringLiteral("roc_auc"), number(e.rocAuc)},
            {QStringLiteral("expected_churn_rate"), number(e.expectedChurnRate)},
            {QStringLiteral("threshold"), e.threshold},
            {QStringLiteral("rows"), e.rows}};
}

EstimatedPerformance estimatedFrom(const QJsonObject &o)
{
    EstimatedPerformance e;
    e.accuracy = number(o.value(QLatin1String("accuracy")));
    e.accuracyInterval = intervalFrom(o.value(QLatin1String("accuracy_interval")));
    e.precision = number(o.value(QLatin1String("precision")));
    e.recall = number(o.value(QLatin1String("recall")));
    e.f1 = number(o.value(QLatin1String("f1")));
    e.rocAuc = number(o.value(QLatin1String("roc_auc")));
    e.expectedChurnRate = number(o.value(QLatin1String("expected_churn_rate")));
    e.threshold = o.value(QLatin1String("threshold")).toDouble(0.5);
    e.rows = o.value(QLatin1String("rows")).toInteger();
    return e;
}

} // namespace

QString MonitorRecommendation::machineName(Level level)
{
    switch (level) {
    case Level::NoAction:
        return QStringLiteral("none");
    case Level::Watch:
        return QStringLiteral("watch");
    case Level::Retrain:
        break;
    }
    return QStringLiteral("retrain");
}

double MonitorReport::accuracy() const
{
    return realised ? realised->metrics.accuracy : estimated.accuracy;
}

double MonitorReport::rocAuc() const
{
    return realised ? realised->metrics.rocAuc : estimated.rocAuc;
}

QJsonObject MonitorReport::toJson() const
{
    QJsonObject o{{QStringLiteral("created"), created.toString(Qt::ISODate)},
                  {QStringLiteral("data"), dataName},
                  {QStringLiteral("data_fingerprint"), dataFingerprint},
                  {QStringLiteral("model"), modelName},
                  {QStringLiteral("model_version"), modelVersion},
                  {QStringLiteral("has_reference"), hasReference},
                  {QStringLiteral("in_sample"), inSample},
                  {QStringLiteral("drift"), drift.toJson()},
                  {QStringLiteral("estimated"), estimatedJson(estimated)},
                  {QStringLiteral("model_test"), QJsonObject{{QStringLiteral("accuracy"), number(testAccuracy)},
                                                             {QStringLiteral("roc_auc"), number(testRocAuc)},
                                                             {QStringLiteral("threshold"), testThreshold}}},
                  {QStringLiteral("performance_kind"), realised ? QStringLiteral("realised") : QStringLiteral("estimated")},
                  {QStringLiteral("accuracy"), number(accuracy())},
                  {QStringLiteral("roc_auc"), number(rocAuc())},
                  {QStringLiteral("settings"), settings.toJson()},
                  {QStringLiteral("recommendation"), MonitorRecommendation::machineName(recommendation.level)},
                  {QStringLiteral("retrain"), recommendation.level == MonitorRecommendation::Level::Retrain},
                  {QStringLiteral("reasons"), QJsonArray::fromStringList(recommendation.lines)}};
    if (realised)
        o.insert(QStringLiteral("realised"), realisedJson(*realised));
    QJsonArray issueList;
    for (const Issue &issue : issues)
        issueList.append(issue.message);
    o.insert(QStringLiteral("issues"), issueList);
    return o;
}

Result<MonitorReport> MonitorReport::fromJson(const QJsonObject &o)
{
    if (!o.contains(QLatin1String("drift")) || !o.contains(QLatin1String("recommendation")))
        return makeError(ErrorCode::BadInput, Tr::tr("The stored monitor check is incomplete."));
    MonitorReport r;
    r.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    r.dataName = o.value(QLatin1String("data")).toString();
    r.dataFingerprint = o.value(QLatin1String("data_fingerprint")).toString();
    r.modelName = o.value(QLatin1String("model")).toString();
    r.modelVersion = o.value(QLatin1String("model_version")).toInt();
    r.hasReference = o.value(QLatin1String("has_reference")).toBool();
    r.inSample = o.value(QLatin1String("in_sample")).toBool();
    r.drift = DriftResult::fromJson(o.value(QLatin1String("drift")).toObject());
    r.estimated = estimatedFrom(o.value(QLatin1String("estimated")).toObject());
    if (o.contains(QLatin1String("realised")))
        r.realised = realisedFrom(o.value(QLatin1String("realised")).toObject());
    const QJsonObject test = o.value(QLatin1String("model_test")).toObject();
    r.testAccuracy = number(test.value(QLatin1String("accuracy")));
    r.testRocAuc = number(test.value(QLatin1String("roc_auc")));
    r.testThreshold = test.value(QLatin1String("threshold")).toDouble(0.5);
    auto settings = MonitorSettings::fromJson(o.value(QLatin1String("settings")).toObject());
    if (!settings)
        return std::unexpected(settings.error());
    r.settings = *settings;
    const QString level = o.value(QLatin1String("recommendation")).toString();
    r.recommendation.level = level == QLatin1String("retrain") ? MonitorRecommendation::Level::Retrain
                             : level == QLatin1String("watch") ? MonitorRecommendation::Level::Watch
                                                               : MonitorRecommendation::Level::NoAction;
    for (const QJsonValue &line : o.value(QLatin1String("reasons")).toArray())
        r.recommendation.lines << line.toString();
    return r;
}

Result<MonitorReport> MonitorService::check(const MonitorRequest &request, Progress *progress)
{
    if (!request.table || !request.model)
        return makeError(ErrorCode::Internal, Tr::tr("The drift check needs a customer file and a model."));
    const DataTable &table = *request.table;
    const ModelBundle &model = *request.model;
    const QJsonObject meta = model.meta();
    const QJsonObject stored = meta.value(QLatin1String("reference")).toObject();
    if (stored.isEmpty()) {
        Error e;
        e.code = ErrorCode::Model;
        e.message = Tr::tr("This model was saved before ChurnLens kept a summary of its training data, so there "
                           "is nothing to compare the file with.");
        e.hint = Tr::tr("Train the model again (Train area, or churnlens-cli train): new models keep the summary.");
        return std::unexpected(e);
    }
    auto reference = DriftReference::fromJson(stored);
    if (!reference)
        return std::unexpected(reference.error());
    if (table.rowCount() == 0)
        return makeError(ErrorCode::BadInput, Tr::tr("The file has no customers to check."));

    MonitorReport report;
    report.created = QDateTime::currentDateTimeUtc();
    report.dataName = request.dataName;
    report.modelName = request.modelName;
    report.modelVersion = request.modelVersion;
    report.hasReference = true;
    report.settings = request.settings;

    Result<std::vector<double>> probabilities;
    if (!request.probabilities.empty() && qsizetype(request.probabilities.size()) == table.rowCount()) {
        probabilities = std::vector<double>(request.probabilities.begin(), request.probabilities.end());
        report.issues = request.scoringIssues;
    } else {
        SubProgress scoring(progress, 0.0, 0.25);
        scoring.setText(Tr::tr("Scoring the customers"));
        probabilities = model.predictProba(table, &report.issues, &scoring);
        if (!probabilities)
            return std::unexpected(probabilities.error());
    }
    SubProgress explaining(progress, 0.25, 0.55);
    explaining.setText(Tr::tr("Explaining a sample of customers"));
    auto shap = TrainingReference::meanAbsShap(model, table, request.threads, &explaining);
    if (!shap)
        return std::unexpected(shap.error());
    SubProgress comparing(progress, 0.55, 0.9);
    comparing.setText(Tr::tr("Comparing every field with the training data"));
    auto drift = DriftResult::compute(*reference, table, *probabilities, shap->fields, shap->meanAbs, request.settings.drift,
                                      &comparing);
    if (!drift)
        return std::unexpected(drift.error());
    report.drift = std::move(*drift);
    if (progress) {
        progress->setText(Tr::tr("Measuring how well the model does"));
        progress->setProgress(0.9);
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
    }

    report.testThreshold = model.threshold();
    const QJsonObject test = meta.value(QLatin1String("metrics")).toObject().value(QLatin1String("test")).toObject();
    report.testAccuracy = number(test.value(QLatin1String("accuracy")));
    report.testRocAuc = number(test.value(QLatin1String("roc_auc")));
    report.estimated = EstimatedPerformance::compute(*probabilities, model.threshold());
    const std::vector<int8_t> labels = model.targetLabels(table);
    if (!labels.empty()) {
        std::vector<int8_t> known;
        std::vector<double> scores;
        for (size_t i = 0; i < labels.size(); ++i) {
            if ((labels[i] == 0 || labels[i] == 1) && std::isfinite((*probabilities)[i])) {
                known.push_back(labels[i]);
                scores.push_back((*probabilities)[i]);
            }
        }
        const auto positives = std::count(known.begin(), known.end(), int8_t(1));
        if (positives > 0 && positives < qsizetype(known.size()))
            report.realised = RealisedPerformance::compute(known, scores, model.threshold());
    }
    report.dataFingerprint = Trainer::fingerprint(table);
    report.inSample = report.dataFingerprint == meta.value(QLatin1String("data_fingerprint")).toString();
    report.recommendation = recommend(report, request.settings);
    if (progress) {
        progress->setText(Tr::tr("Done"));
        progress->setProgress(1.0);
    }
    return report;
}

} // namespace churnlens
