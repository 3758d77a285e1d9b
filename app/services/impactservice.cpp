#include "impactservice.h"

#include "common/jsonnumber.h"
#include "common/progress.h"
#include "data/datatable.h"
#include "ml/modelbundle.h"
#include "ml/modelspec.h"
#include "ml/trainer.h"
#include "project/activitylog.h"
#include "score/customervalue.h"
#include "score/scoreresult.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace churnlens {

namespace {

using json::number;

// Monthly charges per row (NaN = unknown), from the named or mapped column, or the fixed value.
Result<std::vector<double>> monthlyCharges(const ImpactRequest &r, QString *column, QList<Issue> *issues)
{
    CustomerValue::Options options;
    options.column = r.valueColumn;
    options.horizonMonths = 1.0;
    auto charges = CustomerValue::fromTable(*r.table, options, issues);
    if (!charges)
        return charges;
    if (!charges->empty()) {
        *column = r.table->column(CustomerValue::valueColumn(*r.table, options)).name();
        return charges;
    }
    if (std::isfinite(r.fixedValue)) {
        if (r.fixedValue < 0.0)
            return makeError(ErrorCode::Usage, Tr::tr("The monthly value per customer cannot be negative (got %1).")
                                                   .arg(r.fixedValue));
        return std::vector<double>(size_t(r.table->rowCount()), r.fixedValue);
    }
    Issue issue;
    issue.severity = Issue::Severity::Warning;
    issue.message = Tr::tr("No monthly charges column, so there are no money figures: map a column to \"monthly "
                           "charges\", choose a value column, or give a monthly value per customer.");
    issues->append(issue);
    return std::vector<double>();
}

} // namespace

Result<ImpactReport> ImpactService::build(const ImpactRequest &r, Progress *progress)
{
    if (!r.table || !r.scores || !r.model)
        return makeError(ErrorCode::Internal, Tr::tr("The impact report needs scored customers and their model."));
    if (r.scores->probabilities.size() != size_t(r.table->rowCount()))
        return makeError(ErrorCode::Internal, Tr::tr("The scores do not belong to this table (%1 scores, %2 rows).")
                                                  .arg(r.scores->probabilities.size()).arg(r.table->rowCount()));
    if (auto ok = r.economics.validate(); !ok)
        return std::unexpected(ok.error());

    ImpactReport report;
    report.created = QDateTime::currentDateTimeUtc();
    report.dataName = r.dataName.isEmpty() ? r.table->sourceName() : r.dataName;
    report.modelName = r.modelName;
    report.modelFamily = displayName(r.model->kind());
    const QJsonObject &meta = r.model->meta();
    if (meta.value(QLatin1String("train_churn_rate")).isDouble())
        report.trainingChurnRate = meta.value(QLatin1String("train_churn_rate")).toDouble();
    const QJsonValue ece = meta.value(QLatin1String("metrics")).toObject().value(QLatin1String("test")).toObject()
                               .value(QLatin1String("ece"));
    report.calibration.known = ece.isDouble();
    report.calibration.ece = ece.toDouble(std::nan(""));
    report.calibration.method = meta.value(QLatin1String("calibration")).toObject().value(QLatin1String("method")).toString();

    if (progress)
        progress->setText(Tr::tr("Adding up the revenue at risk"));
    auto charges = monthlyCharges(r, &report.valueColumn, &report.issues);
    if (!charges)
        return std::unexpected(charges.error());
    if (report.valueColumn.isEmpty() && !charges->empty())
        report.fixedValue = r.fixedValue;
    const std::vector<int8_t> labels = r.model->targetLabels(*r.table);
    const std::span<const double> p = r.scores->probabilities;
    report.kpis = ImpactKpis::compute(p, *charges, labels, r.scores->riskThresholds, r.economics.months);
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());

    const QString fingerprint = r.dataFingerprint.isEmpty() ? Trainer::fingerprint(*r.table) : r.dataFingerprint;
    report.inSample = !fingerprint.isEmpty()
                      && fingerprint == meta.value(QLatin1String("data_fingerprint")).toString();
    if (progress)
        progress->setProgress(0.2);

    // Segments: the ones asked for by name, else the defaults.
    std::vector<int> columns;
    for (const QString &name : r.segmentColumns) {
        const int i = r.table->indexOf(name);
        if (i < 0)
            return makeError(ErrorCode::Usage, Tr::tr("There is no column called \"%1\" to break the customers down by.")
                                                   .arg(name));
        columns.push_back(i);
    }
    if (r.segmentColumns.isEmpty())
        columns = SegmentBreakdown::defaultColumns(*r.table, p);
    for (int c : columns) {
        auto segments = SegmentBreakdown::compute(*r.table, c, p, *charges, labels, r.scores->riskThresholds);
        if (!segments)
            return std::unexpected(segments.error());
        report.segments.push_back(std::move(*segments));
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
    }
    if (progress) {
        progress->setProgress(0.5);
        progress->setText(Tr::tr("Simulating the campaign"));
    }

    // A kept customer is worth months of their charges.
    // Without charges every customer is worth the same (one a month): the list then ranks by
    // probability, which keeps the gains curve meaningful; the money is not shown.
    std::vector<double> values(p.size(), r.economics.months);
    if (!charges->empty()) {
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = (*charges)[i] * r.economics.months;
    }
    auto curve = ProfitCurve::compute(p, values, labels, r.economics, progress);
    if (!curve)
        return std::unexpected(curve.error());
    report.curve = std::move(*curve);

    for (const ScoringRecord &s : r.history) {
        ImpactTrendPoint t;
        t.at = s.at;
        t.source = s.source;
        t.model = s.model;
        t.rows = s.rows;
        t.high = s.high;
        t.meanProbability = s.meanProbability;
        t.monthlyRevenueAtRisk = s.monthlyRevenueAtRisk;
        t.observedChurnRate = s.observedChurnRate;
        report.trend.push_back(t);
    }
    if (progress)
        progress->setProgress(1.0);
    return report;
}

void ImpactService::fillScoringRecord(ScoringRecord *record, const DataTable &table, const ScoreResult &scores,
                                      const ModelBundle &model)
{
    CustomerValue::Options options;
    options.horizonMonths = 1.0;
    auto charges = CustomerValue::fromTable(table, options);
    const ImpactKpis k = ImpactKpis::compute(scores.probabilities, charges ? *charges : std::vector<double>(),
                                             model.targetLabels(table), scores.riskThresholds, 1.0);
    record->meanProbability = k.meanProbability;
    record->monthlyRevenueAtRisk = k.monthlyRevenueAtRisk;
    record->observedChurnRate = k.observedChurnRate;
}

QJsonObject ImpactReport::toJson(bool withCurve) const
{
    QJsonArray segmentList;
    for (const SegmentBreakdown &s : segments)
        segmentList.append(s.toJson());
    QJsonArray trendList;
    for (const ImpactTrendPoint &t : trend) {
        trendList.append(QJsonObject{{QStringLiteral("at"), t.at.toString(Qt::ISODate)},
                                     {QStringLiteral("source"), t.source},
                                     {QStringLiteral("model"), t.model},
                                     {QStringLiteral("rows"), double(t.rows)},
                                     {QStringLiteral("high_risk"), double(t.high)},
                                     {QStringLiteral("predicted_churn_rate"), number(t.meanProbability)},
                                     {QStringLiteral("monthly_revenue_at_risk"), number(t.monthlyRevenueAtRisk)},
                                     {QStringLiteral("observed_churn_rate"), number(t.observedChurnRate)}});
    }
    QJsonArray issueList;
    for (const Issue &i : issues)
        issueList.append(i.toString());
    return QJsonObject{
        {QStringLiteral("created"), created.toString(Qt::ISODate)},
        {QStringLiteral("data"), dataName},
        {QStringLiteral("model"), modelName},
        {QStringLiteral("model_family"), modelFamily},
        {QStringLiteral("training_churn_rate"), number(trainingChurnRate)},
        {QStringLiteral("calibration"), QJsonObject{{QStringLiteral("known"), calibration.known},
                                                    {QStringLiteral("test_ece"), number(calibration.ece)},
                                                    {QStringLiteral("method"), calibration.method},
                                                    {QStringLiteral("warning"), calibration.warn()}}},
        {QStringLiteral("in_sample"), inSample},
        {QStringLiteral("value_column"), valueColumn.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(valueColumn)},
        {QStringLiteral("monthly_value_per_customer"), number(fixedValue)},
        {QStringLiteral("kpis"), kpis.toJson()},
        {QStringLiteral("segments"), segmentList},
        {QStringLiteral("campaign"), curve.toJson(withCurve)},
        {QStringLiteral("trend"), trendList},
        {QStringLiteral("issues"), issueList},
    };
}

} // namespace churnlens
