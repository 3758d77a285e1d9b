#include "challengerservice.h"

#include "common/currency.h"
#include "common/progress.h"
#include "data/datatable.h"
#include "ml/datasplit.h"
#include "ml/modelbundle.h"
#include "ml/modelspec.h"
#include "ml/searchspace.h"
#include "ml/trainer.h"
#include "project/monitorstore.h"
#include "project/modelregistry.h"
#include "project/projectfile.h"
#include "project/runrecord.h"
#include "project/runstore.h"
#include "loadservice.h"
#include "trainingreference.h"

#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace churnlens {

namespace {

//! The champion's settings, read back from its meta.json and preparation: same family,
//! parameters, preparation, imbalance handling, folds, seed and threshold rule; no new search.
Result<TrainOptions> championSettings(const ModelBundle &champion, int threads)
{
    const QJsonObject meta = champion.meta();
    TrainOptions o;
    o.models = {champion.kind()};
    o.tuning = Tuning::None;
    ParamSet params;
    const QJsonObject saved = meta.value(QLatin1String("params")).toObject();
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        if (it.value().isDouble())
            params[it.key()] = it.value().toDouble();
    }
    o.baseParams[champion.kind()] = params;
    ImbalanceStrategy imbalance = ImbalanceStrategy::None;
    if (fromMachineName(meta.value(QLatin1String("imbalance")).toString(), &imbalance))
        o.imbalance = imbalance;
    o.folds = std::max(2, meta.value(QLatin1String("folds")).toInt(5));
    o.seed = quint64(meta.value(QLatin1String("seed")).toInteger(42));
    o.threads = threads;
    o.preparation = champion.preparation().options();
    o.preparation.threads = threads;
    const QJsonObject policy = meta.value(QLatin1String("threshold_policy")).toObject();
    ThresholdPolicy::Kind kind = ThresholdPolicy::Kind::BestF1;
    if (ThresholdPolicy::fromMachineName(policy.value(QLatin1String("policy")).toString(), &kind)) {
        o.threshold.kind = kind;
        o.threshold.fixed = policy.value(QLatin1String("value")).toDouble(o.threshold.fixed);
        o.threshold.contactCost = policy.value(QLatin1String("contact_cost")).toDouble(o.threshold.contactCost);
        o.threshold.savedValue = policy.value(QLatin1String("saved_value")).toDouble(o.threshold.savedValue);
        o.threshold.successRate = policy.value(QLatin1String("success_rate")).toDouble(o.threshold.successRate);
    }
    return o;
}

/*!
 * Rows of \a sources stacked into one table with the columns of the first source: numbers stay
 * numbers, categories are matched by their text (a new level gets a new code), a column a later
 * source lacks is missing there. Roles and semantics come from the first source.
 */
DataTable stack(const std::vector<std::pair<const DataTable *, std::vector<qsizetype>>> &sources)
{
    const DataTable &first = *sources.front().first;
    DataTable out;
    qsizetype total = 0;
    for (const auto &s : sources)
        total += qsizetype(s.second.size());
    for (int c = 0; c < first.columnCount(); ++c) {
        const Column &head = first.column(c);
        Column column;
        if (head.isNumericStorage()) {
            std::vector<double> values;
            values.reserve(size_t(total));
            for (const auto &[table, rows] : sources) {
                const int index = table->indexOf(head.name());
                const Column *from = index < 0 ? nullptr : &table->column(index);
                for (qsizetype r : rows) {
                    if (!from || from->isMissing(r))
                        values.push_back(Column::missingValue());
                    else if (from->isNumericStorage())
                        values.push_back(from->values()[size_t(r)]);
                    else {
                        bool ok = false;
                        const double v = from->text(r).toDouble(&ok);
                        values.push_back(ok ? v : Column::missingValue());
                    }
                }
            }
            column = Column::numeric(head.name(), std::move(values), head.type());
        } else {
            Dictionary dictionary = head.dictionary();
            std::vector<int32_t> codes;
            codes.reserve(size_t(total));
            for (const auto &[table, rows] : sources) {
                const int index = table->indexOf(head.name());
                const Column *from = index < 0 ? nullptr : &table->column(index);
                std::vector<int32_t> map; // the source's code → the stacked code
                if (from && from->isCoded()) {
                    map.resize(size_t(from->dictionary().size()));
                    for (int32_t code = 0; code < from->dictionary().size(); ++code)
                        map[size_t(code)] = dictionary.insert(from->dictionary().view(code));
                }
                for (qsizetype r : rows) {
                    if (!from || from->isMissing(r))
                        codes.push_back(Column::MissingCode);
                    else if (from->isCoded())
                        codes.push_back(map[size_t(from->code(r))]);
                    else
                        codes.push_back(dictionary.insert(from->text(r).toStdString()));
                }
            }
            column = Column::coded(head.name(), std::move(codes), std::move(dictionary), head.type());
        }
        column.setRole(head.role());
        column.setSemantic(head.semantic());
        out.addColumn(std::move(column));
    }
    out.setPositiveLabel(first.positiveLabel());
    out.setSourceName(first.sourceName());
    return out;
}

//! The champion's columns as features, its churn column as the target, everything else ignored.
void useChampionRoles(DataTable &table, const ModelBundle &champion, const QString &target)
{
    const QStringList inputs = champion.preparation().inputColumns();
    for (int c = 0; c < table.columnCount(); ++c) {
        Column &column = table.column(c);
        if (column.role() == ColumnRole::Id)
            continue;
        column.setRole(inputs.contains(column.name()) ? ColumnRole::Feature : ColumnRole::Ignore);
    }
    table.setTarget(table.indexOf(target));
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString signedNumber(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(v, 'f', 3);
}

} // namespace

QJsonObject ChallengerComparison::toJson() const
{
    QJsonObject inputs{{QStringLiteral("acceptance"), campaignInputs.acceptance},
                       {QStringLiteral("contact_cost"), campaignInputs.contactCost},
                       {QStringLiteral("offer_cost"), campaignInputs.offerCost},
                       {QStringLiteral("value_per_saved_customer"), campaignMonthlyValue}};
    return {{QStringLiteral("created"), created.toString(Qt::ISODate)},
            {QStringLiteral("champion_version"), championVersion},
            {QStringLiteral("challenger_version"), challengerVersion},
            {QStringLiteral("champion_name"), championName},
            {QStringLiteral("data"), dataName},
            {QStringLiteral("new_data_only"), newDataOnly},
            {QStringLiteral("training_rows"), trainingRows},
            {QStringLiteral("holdout_rows"), holdoutRows},
            {QStringLiteral("champion"), champion.toJson()},
            {QStringLiteral("challenger"), challenger.toJson()},
            {QStringLiteral("delong"), deLong.toJson()},
            {QStringLiteral("campaign"), campaign.toJson()},
            {QStringLiteral("campaign_inputs"), inputs},
            {QStringLiteral("top_overlap"), overlap.toJson()},
            {QStringLiteral("challenger_better"), challengerBetter},
            {QStringLiteral("summary"), QJsonArray::fromStringList(summary)}};
}

Result<ChallengerComparison> ChallengerComparison::fromJson(const QJsonObject &o)
{
    if (!o.contains(QLatin1String("delong")))
        return makeError(ErrorCode::BadInput, Tr::tr("The stored comparison is incomplete."));
    auto metrics = [](const QJsonObject &m) {
        BinaryMetrics b;
        b.accuracy = m.value(QLatin1String("accuracy")).toDouble(std::nan(""));
        b.precision = m.value(QLatin1String("precision")).toDouble(std::nan(""));
        b.recall = m.value(QLatin1String("recall")).toDouble(std::nan(""));
        b.f1 = m.value(QLatin1String("f1")).toDouble(std::nan(""));
        b.rocAuc = m.value(QLatin1String("roc_auc")).toDouble(std::nan(""));
        b.prAuc = m.value(QLatin1String("pr_auc")).toDouble(std::nan(""));
        b.logLoss = m.value(QLatin1String("log_loss")).toDouble(std::nan(""));
        b.brier = m.value(QLatin1String("brier")).toDouble(std::nan(""));
        b.threshold = m.value(QLatin1String("threshold")).toDouble(0.5);
        return b;
    };
    ChallengerComparison c;
    c.created = QDateTime::fromString(o.value(QLatin1String("created")).toString(), Qt::ISODate);
    c.championVersion = o.value(QLatin1String("champion_version")).toInt();
    c.challengerVersion = o.value(QLatin1String("challenger_version")).toInt();
    c.championName = o.value(QLatin1String("champion_name")).toString();
    c.dataName = o.value(QLatin1String("data")).toString();
    c.newDataOnly = o.value(QLatin1String("new_data_only")).toBool();
    c.trainingRows = o.value(QLatin1String("training_rows")).toInteger();
    c.holdoutRows = o.value(QLatin1String("holdout_rows")).toInteger();
    c.champion = metrics(o.value(QLatin1String("champion")).toObject());
    c.challenger = metrics(o.value(QLatin1String("challenger")).toObject());
    const QJsonObject d = o.value(QLatin1String("delong")).toObject();
    c.deLong.aucA = d.value(QLatin1String("auc_a")).toDouble(std::nan(""));
    c.deLong.aucB = d.value(QLatin1String("auc_b")).toDouble(std::nan(""));
    c.deLong.difference = d.value(QLatin1String("difference")).toDouble(std::nan(""));
    c.deLong.pValue = d.value(QLatin1String("p_value")).toDouble(std::nan(""));
    c.challengerBetter = o.value(QLatin1String("challenger_better")).toBool();
    for (const QJsonValue &line : o.value(QLatin1String("summary")).toArray())
        c.summary << line.toString();
    return c;
}

Result<ChallengerResult> ChallengerService::run(const ChallengerRequest &request, Progress *progress)
{
    if (!request.champion || !request.newData)
        return makeError(ErrorCode::Internal, Tr::tr("Retraining needs the champion and the new file."));
    const ModelBundle &champion = *request.champion;
    const DataTable &fresh = *request.newData;
    const QString target = champion.meta().value(QLatin1String("target")).toString();
    const std::vector<int8_t> labels = champion.targetLabels(fresh);
    if (labels.empty())
        return makeError(ErrorCode::Usage, Tr::tr("The new file has no \"%1\" column: a challenger can only learn from customers "
                                                  "whose outcome is known.").arg(target));
    if (!request.newDataOnly && !request.referenceData)
        return std::unexpected(Error::make(ErrorCode::Usage, Tr::tr("The champion's training data is needed to train on it plus the new file."),
                                           QString(), Tr::tr("Give the training file, or train on the new file alone.")));
    std::vector<qsizetype> known;
    std::vector<int8_t> knownLabels;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == 0 || labels[i] == 1) {
            known.push_back(qsizetype(i));
            knownLabels.push_back(labels[i]);
        }
    }
    const qint64 positives = std::count(knownLabels.begin(), knownLabels.end(), int8_t(1));
    if (positives < 10 || qint64(knownLabels.size()) - positives < 10)
        return makeError(ErrorCode::BadInput, Tr::tr("The new file needs at least 10 churners and 10 customers who stayed "
                                                     "(it has %1 and %2).").arg(positives).arg(qint64(knownLabels.size()) - positives));
    if (progress)
        progress->setText(Tr::tr("Setting aside part of the new file for the comparison"));
    auto split = DataSplit::stratifiedHoldout(knownLabels, request.holdoutShare, quint32(request.seed));
    if (!split)
        return std::unexpected(split.error());
    std::vector<qsizetype> trainRows, holdoutRows;
    for (qsizetype pos : split->train)
        trainRows.push_back(known[size_t(pos)]);
    for (qsizetype pos : split->test)
        holdoutRows.push_back(known[size_t(pos)]);

    // The training table: the reference data (all of it) plus the new training part, or that part alone.
    std::vector<std::pair<const DataTable *, std::vector<qsizetype>>> sources;
    if (!request.newDataOnly) {
        std::vector<qsizetype> all(size_t(request.referenceData->rowCount()));
        std::iota(all.begin(), all.end(), qsizetype(0));
        sources.emplace_back(request.referenceData.get(), std::move(all));
    }
    sources.emplace_back(&fresh, trainRows);
    DataTable training = stack(sources);
    DataTable holdout = stack({{&fresh, holdoutRows}});
    const QString positive = champion.meta().value(QLatin1String("positive_label")).toString();
    for (DataTable *t : {&training, &holdout}) {
        useChampionRoles(*t, champion, target);
        if (!positive.isEmpty())
            t->setPositiveLabel(positive);
        if (t->targetIndex() < 0)
            return makeError(ErrorCode::Usage, Tr::tr("The training data has no \"%1\" column.").arg(target));
    }
    const std::vector<int8_t> stackedLabels = training.targetLabels();
    const qint64 stackedKnown = std::count_if(stackedLabels.begin(), stackedLabels.end(), [](int8_t l) { return l >= 0; });
    if (stackedKnown < qint64(trainRows.size()))
        return makeError(ErrorCode::BadInput, Tr::tr("The churn column \"%1\" is written differently in the training data and the "
                                                     "new file, so their outcomes cannot be combined.").arg(target));

    auto options = championSettings(champion, request.threads);
    if (!options)
        return std::unexpected(options.error());
    SubProgress trainStep(progress, 0.0, 0.85);
    trainStep.setText(Tr::tr("Training the challenger"));
    auto report = Trainer::run(training, *options, &trainStep, &holdout);
    if (!report)
        return std::unexpected(report.error());
    SubProgress referenceStep(progress, 0.85, 0.95);
    if (auto kept = TrainingReference::attach(*report, training, request.threads, &referenceStep); !kept)
        return std::unexpected(kept.error());

    if (progress) {
        progress->setText(Tr::tr("Comparing the champion and the challenger"));
        progress->setProgress(0.95);
    }
    auto championScores = champion.predictProba(holdout);
    if (!championScores)
        return std::unexpected(championScores.error());
    const ModelReport &model = report->bestModel();
    const std::vector<int8_t> &holdoutLabels = report->testLabels;
    const std::vector<double> &challengerScores = model.testScores;

    ChallengerResult result;
    ChallengerComparison &c = result.comparison;
    c.created = QDateTime::currentDateTimeUtc();
    c.championVersion = request.championVersion;
    c.championName = request.championName;
    c.dataName = request.dataName;
    c.newDataOnly = request.newDataOnly;
    c.trainingRows = qint64(report->trainRows.size());
    c.holdoutRows = qint64(holdoutLabels.size());
    c.champion = BinaryMetrics::compute(holdoutLabels, *championScores, champion.threshold());
    c.challenger = BinaryMetrics::compute(holdoutLabels, challengerScores, model.threshold);
    c.deLong = ModelComparison::deLong(holdoutLabels, *championScores, challengerScores);

    // Campaign value: each saved customer keeps their monthly charge for the horizon (a fixed 1 per
    // month when the file has no charges column, so the comparison is in customer-months).
    std::vector<double> values(holdoutLabels.size(), request.months);
    const int charges = holdout.semanticIndex(Semantic::MonthlyCharges);
    if (charges >= 0 && holdout.column(charges).isNumericStorage()) {
        const Column &column = holdout.column(charges);
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = column.isMissing(qsizetype(i)) ? 0.0 : std::max(0.0, column.values()[i]) * request.months;
        c.campaignMonthlyValue = std::nan(""); // per customer: their own charge
    } else {
        c.campaignMonthlyValue = 1.0;
    }
    c.campaignInputs.acceptance = request.acceptance;
    c.campaignInputs.contactCost = request.contactCost;
    c.campaignInputs.offerCost = request.offerCost;
    CampaignValueInputs inputs = c.campaignInputs;
    inputs.values = values;
    c.campaign = ModelComparison::campaignBootstrap(holdoutLabels, *championScores, champion.threshold(), challengerScores,
                                                    model.threshold, inputs, 1000, request.seed);
    const qint64 listSize = std::max<qint64>({c.champion.confusion.truePositives + c.champion.confusion.falsePositives,
                                              qint64(std::ceil(0.01 * double(holdoutLabels.size()))), 1});
    c.overlap = ModelComparison::topOverlap(*championScores, challengerScores, std::min<qint64>(listSize, c.holdoutRows));

    const DeLongTest &d = c.deLong;
    c.challengerBetter = d.difference > 0 && d.pValue < 0.05;
    const QString aucs = Tr::tr("ROC AUC %1 vs %2 (%3, 95% interval %4 to %5, p %6)")
                             .arg(QLocale().toString(d.aucB, 'f', 3), QLocale().toString(d.aucA, 'f', 3), signedNumber(d.difference),
                                  signedNumber(d.interval.low), signedNumber(d.interval.high),
                                  d.pValue < 0.001 ? QStringLiteral("< 0.001") : QStringLiteral("= %1").arg(QLocale().toString(d.pValue, 'f', 3)));
    if (c.challengerBetter)
        c.summary << Tr::tr("The challenger is better: %1.").arg(aucs);
    else if (d.difference < 0 && d.pValue < 0.05)
        c.summary << Tr::tr("The champion is better: %1.").arg(aucs);
    else
        c.summary << Tr::tr("No significant difference: %1.").arg(aucs);
    c.summary << Tr::tr("Campaign value on the %1 held-out customers: challenger %2, champion %3 (difference %4, 95% interval "
                        "%5 to %6; the challenger was better in %7 of the resamples).")
                     .arg(c.holdoutRows)
                     .arg(Currency::current().format(c.campaign.valueB, 0))
                     .arg(Currency::current().format(c.campaign.valueA, 0))
                     .arg(Currency::current().format(c.campaign.difference, 0))
                     .arg(Currency::current().format(c.campaign.interval.low, 0))
                     .arg(Currency::current().format(c.campaign.interval.high, 0))
                     .arg(percent(c.campaign.shareBBetter));
    c.summary << Tr::tr("Their top %1 lists share %2 customers (%3).").arg(c.overlap.n).arg(c.overlap.common).arg(percent(c.overlap.share));
    c.summary << Tr::tr("Accuracy %1 vs %2, recall %3 vs %4, precision %5 vs %6 (challenger vs champion, each at its own threshold).")
                     .arg(percent(c.challenger.accuracy), percent(c.champion.accuracy), percent(c.challenger.recall),
                          percent(c.champion.recall), percent(c.challenger.precision), percent(c.champion.precision));
    result.report = std::move(*report);
    if (progress) {
        progress->setText(Tr::tr("Done"));
        progress->setProgress(1.0);
    }
    return result;
}

namespace {
// What record() stores: English, so a project reads the same in any language; displayText()
// translates these forms when they are shown. The same source texts as the tr() calls below.
const QString StoredDataPlus = QStringLiteral("training data + %1");
const QString StoredChallenger = QStringLiteral("Challenger to %1");
const QString StoredChallengerOn = QStringLiteral("Challenger to %1, trained on %2");

//! "v2 (Logistic regression)": the English model name inside, translated.
QString translatedModelNames(QString text)
{
    for (ModelKind kind : {ModelKind::XGBoost, ModelKind::Logistic, ModelKind::Forest}) {
        const QString english = kind == ModelKind::XGBoost ? QStringLiteral("XGBoost")
            : kind == ModelKind::Logistic                  ? QStringLiteral("Logistic regression")
                                                           : QStringLiteral("Random forest");
        text.replace(QLatin1Char('(') + english + QLatin1Char(')'), QLatin1Char('(') + displayName(kind) + QLatin1Char(')'));
    }
    return text;
}

//! The part of \a text matching "%1" in \a form (prefix and suffix around it); empty when it does not match.
std::optional<QString> argumentOf(const QString &form, const QString &text)
{
    const qsizetype at = form.indexOf(QStringLiteral("%1"));
    const QString prefix = form.left(at);
    const QString suffix = form.mid(at + 2);
    if (!text.startsWith(prefix) || !text.endsWith(suffix) || text.size() <= prefix.size() + suffix.size())
        return std::nullopt;
    return text.mid(prefix.size(), text.size() - prefix.size() - suffix.size());
}
} // namespace

QString ChallengerService::displayText(const QString &stored)
{
    if (auto name = argumentOf(StoredDataPlus, stored))
        return Tr::tr("training data + %1").arg(*name);
    // "Challenger to %1, trained on %2": the champion's title holds no ", trained on ".
    const QString on = QStringLiteral(", trained on ");
    if (const qsizetype at = stored.indexOf(on); at > 0 && stored.startsWith(StoredChallenger.left(StoredChallenger.size() - 2))) {
        const QString champion = stored.mid(StoredChallenger.size() - 2, at - (StoredChallenger.size() - 2));
        const QString data = stored.mid(at + on.size());
        return Tr::tr("Challenger to %1, trained on %2").arg(translatedModelNames(champion), displayText(data));
    }
    if (auto champion = argumentOf(StoredChallenger, stored))
        return Tr::tr("Challenger to %1").arg(translatedModelNames(*champion));
    return stored;
}

Result<qint64> ChallengerService::record(ProjectFile &project, ChallengerResult &result, const QJsonObject &roles)
{
    const QString dataName = result.comparison.newDataOnly
        ? result.comparison.dataName
        : StoredDataPlus.arg(result.comparison.dataName);
    auto run = RunRecord::fromReport(result.report, dataName, roles);
    if (!run)
        return std::unexpected(run.error());
    run->note = StoredChallenger.arg(result.comparison.championName);
    auto runId = RunStore(project).add(*run);
    if (!runId)
        return std::unexpected(runId.error());
    ModelRegistry registry(project);
    auto version = registry.registerRun(*runId, result.report.best,
                                        StoredChallengerOn.arg(result.comparison.championName, dataName));
    if (!version)
        return std::unexpected(version.error());
    result.comparison.challengerVersion = version->version;
    ComparisonRecord record;
    record.at = result.comparison.created;
    record.champion = result.comparison.championVersion;
    record.challenger = version->version;
    record.dataName = result.comparison.dataName;
    record.championAuc = result.comparison.deLong.aucA;
    record.challengerAuc = result.comparison.deLong.aucB;
    record.pValue = result.comparison.deLong.pValue;
    record.report = result.comparison.toJson();
    return MonitorStore(project).addComparison(record);
}

Result<std::shared_ptr<const DataTable>> ChallengerService::projectReferenceData(const ProjectFile &project, const ModelBundle &champion,
                                                                                Progress *progress)
{
    const QString hint = Tr::tr("Give the champion's training file, or train the challenger on the new file alone.");
    auto name = project.embeddedDataName();
    if (!name)
        return std::unexpected(name.error());
    if (name->isEmpty())
        return std::unexpected(Error::make(ErrorCode::Usage, Tr::tr("The project keeps no copy of the champion's training data."),
                                           project.path(), hint));
    QTemporaryDir folder;
    if (!folder.isValid())
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("Cannot make a temporary folder for the training data."), QString(), hint));
    const QString path = QDir(folder.path()).filePath(*name);
    if (auto done = project.extractData(path); !done)
        return std::unexpected(done.error());
    auto loaded = LoadService::load(DataSource::fromPath(path), progress);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (Trainer::fingerprint(loaded->table) != champion.meta().value(QLatin1String("data_fingerprint")).toString())
        return std::unexpected(Error::make(ErrorCode::Usage,
                                           Tr::tr("The project's copy of the data (%1) is not the data the champion was trained on.").arg(*name),
                                           project.path(), hint));
    loaded->table.setSourceName(*name);
    return std::make_shared<const DataTable>(std::move(loaded->table));
}

} // namespace churnlens
