#include "trainer.h"

#include "common/progress.h"
#include "common/threads.h"
#include "data/datatable.h"
#include "autosearch.h"
#include "datasplit.h"
#include "modelfitter.h"
#include "modelsearch.h"
#include "trainerfold.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <thread>

namespace churnlens {

namespace {

// Families that share a preparation (trees: unscaled; logistic: scaled) are searched together.
struct FamilyGroup
{
    PreparationOptions preparation;
    std::vector<size_t> reports; // indices into TrainReport::models
};

Result<void> validate(const TrainOptions &o)
{
    if (o.models.empty())
        return makeError(ErrorCode::Usage, Tr::tr("Choose at least one model."));
    if (o.folds < 0 || o.folds == 1 || o.folds > 20)
        return makeError(ErrorCode::Usage, Tr::tr("Folds must be 0 (no cross-validation) or between 2 and 20 (got %1).").arg(o.folds));
    if ((o.tuning == Tuning::Grid || o.tuning == Tuning::Random) && o.folds < 2)
        return makeError(ErrorCode::Usage, Tr::tr("Tuning needs cross-validation: use at least 2 folds."));
    if (!(o.budgetSeconds >= 0.0))
        return makeError(ErrorCode::Usage, Tr::tr("The time budget must not be negative."));
    if (o.earlyStoppingRounds < 0)
        return makeError(ErrorCode::Usage, Tr::tr("Early stopping rounds must not be negative."));
    return {};
}

std::vector<qsizetype> labelledRows(std::span<const int8_t> labels)
{
    std::vector<qsizetype> rows;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == 0 || labels[i] == 1)
            rows.push_back(qsizetype(i));
    }
    return rows;
}

MetricSummary summarize(const std::vector<double> &values)
{
    MetricSummary s;
    if (values.empty())
        return s;
    for (double v : values)
        s.mean += v;
    s.mean /= double(values.size());
    double sq = 0.0;
    for (double v : values)
        sq += (v - s.mean) * (v - s.mean);
    s.std = std::sqrt(sq / double(values.size()));
    return s;
}

// Threshold from the out-of-fold predictions, then every metric per fold at that threshold.
void scoreOutOfFold(ModelReport &report, const CandidateResult &best, const std::vector<int8_t> &trainLabels,
                    const std::vector<DataSplit> &folds, const TrainOptions &options)
{
    const ThresholdPolicy &policy = options.threshold;
    std::vector<double> oof(best.outOfFold.begin(), best.outOfFold.end());
    // The calibration is chosen on these predictions; the threshold and CV metrics then speak of
    // the calibrated probabilities the saved model will give.
    if (options.calibrate)
        report.calibration = Calibration::choose(trainLabels, oof, 5, options.seed, &report.calibrationChoice);
    report.calibration.apply(oof);
    report.threshold = policy.choose(trainLabels, oof);
    std::map<QString, std::vector<double>> perMetric;
    for (const DataSplit &fold : folds) {
        std::vector<int8_t> y;
        std::vector<double> p;
        for (qsizetype pos : fold.test) {
            y.push_back(trainLabels[size_t(pos)]);
            p.push_back(oof[size_t(pos)]);
        }
        const BinaryMetrics m = BinaryMetrics::compute(y, p, report.threshold);
        for (const QString &name : BinaryMetrics::names())
            perMetric[name].push_back(m.value(name));
    }
    for (const auto &[name, values] : perMetric)
        report.cv[name] = summarize(values);
}

// Planned work of the steps of a run, in one unit (a tree level over one row; see
// ModelSearch's progress units), so each step gets the share of the bar it takes in time.
// The constants are measured on 200K and 1M generated rows (forest and XGBoost, 2 cores).
constexpr double PrepareRowUnits = 60.0;     // preparing one row (fit, transform)
constexpr double TreeMatrixRowUnits = 60.0;  // quantising one row for XGBoost

double unitsPerRow(const ModelSpec &spec, bool searching)
{
    if (spec.kind == ModelKind::Logistic)
        return 160.0; // as a logistic fit in ModelSearch
    const int depth = spec.intValue(QStringLiteral("max_depth"));
    double rounds = spec.value(QStringLiteral("n_estimators"));
    if (searching && spec.kind == ModelKind::XGBoost)
        rounds *= 0.5; // early stopping ends most searched boosters halfway
    return rounds * double(2 + (depth > 0 ? depth : 12));
}

std::vector<std::pair<QString, double>> rankedImportance(const TrainedModel &model)
{
    std::vector<std::pair<QString, double>> out;
    for (int i = 0; i < model.featureCount() && size_t(i) < model.importance().size(); ++i)
        out.emplace_back(model.featureNames()[i], model.importance()[size_t(i)]);
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return std::fabs(a.second) > std::fabs(b.second); });
    return out;
}

} // namespace

QString Trainer::fingerprint(const DataTable &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 rows = table.rowCount();
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&rows), sizeof rows));
    for (const Column &c : table.columns()) {
        hash.addData(c.name().toUtf8());
        hash.addData(machineName(c.type()).toUtf8());
        if (c.isNumericStorage()) {
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(c.values().data()), qsizetype(c.values().size_bytes())));
        } else {
            hash.addData(QByteArrayView(reinterpret_cast<const char *>(c.codes().data()), qsizetype(c.codes().size_bytes())));
            for (int32_t i = 0; i < c.dictionary().size(); ++i) {
                const std::string_view v = c.dictionary().view(i);
                hash.addData(QByteArrayView(v.data(), qsizetype(v.size() + 1)));
            }
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<TrainReport> Trainer::run(const DataTable &table, const TrainOptions &options, Progress *progress, const DataTable *testTable)
{
    QElapsedTimer clock;
    clock.start();
    if (auto ok = validate(options); !ok)
        return std::unexpected(ok.error());
    const int threads = threadCount(options.threads);
    TrainReport report;
    report.options = options;
    report.created = QDateTime::currentDateTimeUtc();
    const std::vector<int8_t> labels = table.targetLabels();
    if (labels.empty())
        return makeError(ErrorCode::BadInput, Tr::tr("The data has no target column."), Tr::tr("Choose the column that says whether a customer left."));
    report.targetColumn = table.column(table.targetIndex()).name();
    report.positiveLabel = table.positiveLabel();
    if (const Column &target = table.column(table.targetIndex()); target.distinctCount() > 2) {
        // Churn is one value against the rest: with three classes that is a choice the user must see.
        Issue issue;
        issue.columnName = report.targetColumn;
        issue.message = Tr::tr("The churn column \"%1\" has %2 different values; \"%3\" is trained as churn and all "
                               "the others as staying.")
                            .arg(report.targetColumn)
                            .arg(target.distinctCount())
                            .arg(report.positiveLabel);
        report.issues.append(issue);
    }

    // 1. Training and test rows.
    std::vector<int8_t> testTableLabels;
    if (testTable) {
        testTableLabels = testTable->targetLabels();
        if (testTableLabels.empty())
            return makeError(ErrorCode::BadInput, Tr::tr("The test file has no target column \"%1\".").arg(report.targetColumn));
        report.trainRows = labelledRows(labels);
        report.testRows = labelledRows(testTableLabels);
    } else if (!options.testIds.isEmpty()) {
        auto split = DataSplit::byTestIds(table, options.testIds, &report.issues);
        if (!split)
            return std::unexpected(split.error());
        report.trainRows = std::move(split->train);
        report.testRows = std::move(split->test);
    } else {
        auto split = DataSplit::stratifiedHoldout(labels, options.testSize, quint32(options.seed));
        if (!split)
            return std::unexpected(split.error());
        report.trainRows = std::move(split->train);
        report.testRows = std::move(split->test);
    }
    const DataTable &testSource = testTable ? *testTable : table;
    const std::vector<int8_t> &testSourceLabels = testTable ? testTableLabels : labels;
    std::vector<int8_t> trainLabels;
    for (qsizetype r : report.trainRows)
        trainLabels.push_back(labels[size_t(r)]);
    for (qsizetype r : report.testRows)
        report.testLabels.push_back(testSourceLabels[size_t(r)]);
    report.trainPositives = std::count(trainLabels.begin(), trainLabels.end(), int8_t(1));
    report.testPositives = std::count(report.testLabels.begin(), report.testLabels.end(), int8_t(1));
    if (report.trainPositives == 0 || report.trainPositives == qint64(trainLabels.size()))
        return makeError(ErrorCode::BadInput, Tr::tr("The training rows need both churners and non-churners."));
    if (report.testRows.empty())
        return makeError(ErrorCode::BadInput, Tr::tr("There are no labelled test rows."));

    // 2. CV folds over the training rows (positions into trainRows).
    std::vector<DataSplit> folds;
    if (options.folds >= 2) {
        auto f = DataSplit::kFoldSplits(trainLabels, options.folds, quint32(options.seed));
        if (!f)
            return std::unexpected(f.error());
        folds = std::move(*f);
    }

    std::vector<ModelKind> kinds;
    for (ModelKind k : options.models) {
        if (std::find(kinds.begin(), kinds.end(), k) == kinds.end())
            kinds.push_back(k);
    }
    std::vector<FamilyGroup> groups;
    for (size_t i = 0; i < kinds.size(); ++i) {
        ModelReport m;
        m.kind = kinds[i];
        m.spec = ModelSpec::withDefaults(kinds[i], options.baseParams.contains(kinds[i]) ? options.baseParams.at(kinds[i]) : ParamSet{});
        report.models.push_back(std::move(m));
        const PreparationOptions prep = preparationFor(kinds[i], options, threads);
        auto g = std::find_if(groups.begin(), groups.end(), [&](const FamilyGroup &x) { return x.preparation == prep; });
        if (g == groups.end())
            groups.push_back({prep, {i}});
        else
            g->reports.push_back(i);
    }

    // 3. Cross-validated search, one preparation group at a time (its folds then freed).
    // Auto without cross-validation has nothing to compare on: the family defaults, as None.
    const Tuning tuning = options.tuning == Tuning::Auto && folds.empty() ? Tuning::None : options.tuning;
    report.options.tuning = tuning;
    std::vector<std::vector<std::vector<ModelSpec>>> groupCandidates(groups.size());
    for (size_t gi = 0; gi < groups.size() && !folds.empty(); ++gi) {
        for (size_t r : groups[gi].reports) {
            const ModelKind k = report.models[r].kind;
            const ParamSet base = options.baseParams.contains(k) ? options.baseParams.at(k) : ParamSet{};
            groupCandidates[gi].push_back(tuning == Tuning::Auto ? AutoSearch::candidates(k, options.effort, options.seed, base,
                                                                                          qsizetype(report.trainRows.size()))
                                                                 : SearchSpace::candidates(k, tuning, options.randomIterations, options.seed, base));
        }
    }
    // The bar's shares: per group, preparing the folds, the search, and the final fit.
    struct Shares
    {
        double folds = 0.0, search = 0.0, finalPrep = 0.0, finalFit = 0.0;
    };
    std::vector<Shares> shares(groups.size());
    double totalWork = 0.0;
    {
        const double trainRowCount = double(report.trainRows.size());
        const double k = double(folds.size());
        const double foldRows = k > 0 ? trainRowCount * (k - 1.0) / k : 0.0;
        for (size_t gi = 0; gi < groups.size(); ++gi) {
            Shares &sh = shares[gi];
            bool trees = false;
            double jobs = 0.0;
            for (size_t i = 0; i < groups[gi].reports.size(); ++i) {
                const ModelReport &m = report.models[groups[gi].reports[i]];
                trees = trees || m.kind != ModelKind::Logistic;
                sh.finalFit += unitsPerRow(m.spec, false) * trainRowCount;
                if (folds.empty())
                    continue;
                const std::vector<ModelSpec> &c = groupCandidates[gi][i];
                double perJob = 0.0;
                for (const ModelSpec &spec : c)
                    perJob += unitsPerRow(spec, true) / double(c.size());
                double familyJobs = 0.0;
                if (tuning == Tuning::Auto) {
                    qsizetype n = qsizetype(c.size());
                    int done = 0;
                    for (int rung : AutoSearch::rungFolds(options.effort, int(folds.size()), qsizetype(report.trainRows.size()))) {
                        familyJobs += double(n) * double(rung - done);
                        n = AutoSearch::promoted(n);
                        done = rung;
                    }
                } else {
                    familyJobs = double(c.size()) * k;
                }
                jobs += familyJobs;
                sh.search += familyJobs * perJob * foldRows;
            }
            // The search runs jobs side by side, one per thread; the final fit is one job.
            sh.search /= std::max(1.0, std::min(double(threads), jobs));
            const double matrixUnits = trees ? TreeMatrixRowUnits : 0.0;
            sh.folds = k * double(table.rowCount()) * (PrepareRowUnits + matrixUnits);
            sh.finalPrep = double(table.rowCount()) * (PrepareRowUnits + matrixUnits);
            totalWork += sh.folds + sh.search + sh.finalPrep + sh.finalFit;
        }
        totalWork = std::max(totalWork, 1.0);
    }
    // Where each group's steps start on the bar: CV groups first, then the final fits.
    std::vector<double> cvBegin(groups.size() + 1, 0.0), fitBegin(groups.size() + 1, 0.0);
    for (size_t gi = 0; gi < groups.size(); ++gi)
        cvBegin[gi + 1] = cvBegin[gi] + (shares[gi].folds + shares[gi].search) / totalWork;
    fitBegin[0] = cvBegin[groups.size()];
    for (size_t gi = 0; gi < groups.size(); ++gi)
        fitBegin[gi + 1] = fitBegin[gi] + (shares[gi].finalPrep + shares[gi].finalFit) / totalWork;

    for (size_t gi = 0; gi < groups.size(); ++gi) {
        if (folds.empty())
            break;
        const FamilyGroup &group = groups[gi];
        SubProgress groupProgress(progress, cvBegin[gi], cvBegin[gi + 1]);
        const double foldShare = shares[gi].folds / std::max(1e-12, shares[gi].folds + shares[gi].search);
        bool trees = false, logistic = false, allColumns = false, reduced = false;
        const std::vector<std::vector<ModelSpec>> &candidates = groupCandidates[gi];
        for (size_t i = 0; i < group.reports.size(); ++i) {
            const ModelKind k = report.models[group.reports[i]].kind;
            (k == ModelKind::Logistic ? logistic : trees) = true;
            if (k != ModelKind::Logistic) {
                for (const ModelSpec &spec : candidates[i]) {
                    allColumns = allColumns || !SearchFold::canUseReduced(spec);
                    reduced = reduced || SearchFold::canUseReduced(spec);
                }
            }
        }
        std::vector<SearchFold> searchFolds;
        QElapsedTimer foldClock;
        foldClock.start();
        for (size_t f = 0; f < folds.size(); ++f) {
            SubProgress foldProgress(&groupProgress, foldShare * double(f) / double(folds.size()), foldShare * double(f + 1) / double(folds.size()));
            foldProgress.setText(Tr::tr("Preparing fold %1/%2").arg(f + 1).arg(folds.size()));
            std::vector<qsizetype> trainRows, validRows;
            for (qsizetype pos : folds[f].train)
                trainRows.push_back(report.trainRows[size_t(pos)]);
            for (qsizetype pos : folds[f].test)
                validRows.push_back(report.trainRows[size_t(pos)]);
            auto fold = buildSearchFold(table, labels, trainRows, validRows, folds[f].test, group.preparation, options, trees, logistic,
                                        allColumns, reduced, threads, &foldProgress);
            if (!fold)
                return std::unexpected(fold.error());
            searchFolds.push_back(std::move(*fold));
        }
        const double foldSeconds = double(foldClock.elapsed()) / 1000.0;
        SubProgress searchProgress(&groupProgress, foldShare, 1.0);
        ModelSearch::Options so;
        so.threads = threads;
        so.seed = options.seed;
        so.earlyStoppingRounds = options.earlyStoppingRounds;
        Result<std::vector<FamilySearchResult>> results;
        if (tuning == Tuning::Auto) {
            AutoSearch::Options ao;
            ao.effort = options.effort;
            // The budget is for the whole run: the search gets what the folds and the groups left.
            ao.budgetSeconds = options.budgetSeconds > 0.0
                                   ? std::max(0.001, (options.budgetSeconds - double(clock.elapsed()) / 1000.0) * 0.8 / double(groups.size() - gi))
                                   : 0.0;
            ao.threads = threads;
            ao.seed = options.seed;
            ao.trainingRows = qsizetype(report.trainRows.size());
            results = AutoSearch::run(searchFolds, qsizetype(report.trainRows.size()), candidates, ao, &searchProgress);
        } else {
            results = ModelSearch::run(searchFolds, qsizetype(report.trainRows.size()), candidates, so, &searchProgress);
        }
        if (!results)
            return std::unexpected(results.error());
        searchProgress.setText(Tr::tr("Checking whether the probabilities need calibrating"));
        for (size_t i = 0; i < group.reports.size(); ++i) {
            ModelReport &m = report.models[group.reports[i]];
            const FamilySearchResult &r = (*results)[i];
            for (const CandidateResult &c : r.candidates)
                m.search.push_back({c.spec, c.meanAuc, c.stdAuc, c.foldsEvaluated});
            const CandidateResult &best = r.bestCandidate();
            m.spec = best.spec;
            if (tuning == Tuning::Auto) {
                m.spec = AutoSearch::finalSpec(best, qsizetype(report.trainRows.size()));
            } else if (options.earlyStoppingRounds > 0 && m.kind == ModelKind::XGBoost) {
                double rounds = 0.0;
                for (int fr : best.foldRounds)
                    rounds += fr;
                m.spec.params[QStringLiteral("n_estimators")] = std::max(1.0, std::round(rounds / double(best.foldRounds.size())));
            }
            scoreOutOfFold(m, best, trainLabels, folds, options);
            m.seconds = foldSeconds / double(group.reports.size()) + r.seconds;
        }
    }

    // 4. Final fit of every family on all training rows; evaluation on the test rows.
    for (size_t gi = 0; gi < groups.size(); ++gi) {
        const FamilyGroup &group = groups[gi];
        QElapsedTimer fitClock;
        fitClock.start();
        const double begin = fitBegin[gi];
        const double end = fitBegin[gi + 1];
        const double prepShare = shares[gi].finalPrep / std::max(1e-12, shares[gi].finalPrep + shares[gi].finalFit);
        SubProgress prepStep(progress, begin, begin + prepShare * (end - begin));
        prepStep.setText(Tr::tr("Preparing the training rows"));
        auto prep = FittedPreparation::fit(table, report.trainRows, group.preparation, &report.issues, &prepStep);
        if (!prep)
            return std::unexpected(prep.error());
        auto train = prep->transform(table, report.trainRows, nullptr, &prepStep);
        if (!train)
            return std::unexpected(train.error());
        auto test = prep->transform(testSource, report.testRows, testTable ? &report.issues : nullptr, &prepStep);
        if (!test)
            return std::unexpected(test.error());
        FeatureMatrix original = folds.empty() ? *train : FeatureMatrix();
        auto balanced = balanceRows(std::move(*train), trainLabels, options, threads, &prepStep);
        if (!balanced)
            return std::unexpected(balanced.error());
        const TrainingSet set{balanced->matrix.values.data(), balanced->matrix.rows, balanced->matrix.cols, balanced->labels,
                              balanced->weights, balanced->balanceClasses};
        for (size_t i = 0; i < group.reports.size(); ++i) {
            ModelReport &m = report.models[group.reports[i]];
            // Families of a group share the fit's part by their planned work.
            double before = 0.0;
            for (size_t j = 0; j < i; ++j)
                before += unitsPerRow(report.models[group.reports[j]].spec, false);
            const double mine = unitsPerRow(m.spec, false);
            const double fitSpan = (1.0 - prepShare) * (end - begin) / std::max(1e-12, shares[gi].finalFit / double(report.trainRows.size()));
            const double fb = begin + prepShare * (end - begin) + fitSpan * before;
            SubProgress fitStep(progress, fb, fb + fitSpan * mine);
            fitStep.setText(Tr::tr("Training the final %1 model").arg(displayName(m.kind)));
            auto model = ModelFitter::fit(m.spec, set, balanced->matrix.names, {threads, options.seed, nullptr}, &fitStep);
            if (!model)
                return std::unexpected(model.error());
            if (folds.empty()) { // no out-of-fold predictions: the training rows' own (optimistic)
                auto own = model->predictProba(original);
                if (!own)
                    return std::unexpected(own.error());
                m.threshold = options.threshold.choose(trainLabels, *own);
            }
            auto scores = model->predictProba(*test);
            if (!scores)
                return std::unexpected(scores.error());
            m.uncalibrated.brier = BinaryMetrics::brierScore(report.testLabels, *scores);
            m.uncalibrated.logLoss = BinaryMetrics::logLossScore(report.testLabels, *scores); // as m.test.logLoss
            m.uncalibrated.ece = Calibration::expectedCalibrationError(report.testLabels, *scores);
            m.uncalibrated.reliability = EvaluationCurves::compute(report.testLabels, *scores, 2, 1, 10).calibration;
            m.calibration.apply(*scores);
            m.ece = Calibration::expectedCalibrationError(report.testLabels, *scores);
            m.test = BinaryMetrics::compute(report.testLabels, *scores, m.threshold);
            m.curves = EvaluationCurves::compute(report.testLabels, *scores);
            m.testScores = std::move(*scores);
            m.importance = rankedImportance(*model);
            m.importanceKind = model->importanceKind();
            m.model = std::move(*model);
            m.preparation = *prep;
            m.seconds += double(fitClock.elapsed()) / 1000.0 / double(group.reports.size());
        }
    }

    // 5. The best family: by CV ROC AUC; without CV only the test rows can tell.
    report.best = report.bestIndex();
    report.featureNames = report.bestModel().model.featureNames();
    // Each preparation group reports the same notes (e.g. an engineered feature not made): once is enough.
    QList<Issue> unique;
    for (const Issue &issue : std::as_const(report.issues)) {
        if (std::none_of(unique.begin(), unique.end(), [&](const Issue &u) { return u.message == issue.message && u.columnName == issue.columnName; }))
            unique.append(issue);
    }
    report.issues = unique;
    report.dataFingerprint = fingerprint(table);
    report.seconds = double(clock.elapsed()) / 1000.0;
    if (progress) {
        progress->setText(Tr::tr("Done"));
        progress->setProgress(1.0);
    }
    return report;
}

} // namespace churnlens
