#include "scorer.h"

#include "common/cancelonlyprogress.h"
#include "common/parallel.h"
#include "data/datatable.h"
#include "explain/fieldattribution.h"
#include "ml/modelbundle.h"
#include "explain/modelexplainer.h"
#include "modelpredictor.h"
#include "prep/featurematrix.h"
#include "riskdefaults.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <mutex>
#include <cmath>

namespace churnlens {

namespace {

constexpr qsizetype ExplainBlockRows = 1024;

Issue makeIssue(Issue::Severity severity, const QString &message, const QString &column = {})
{
    Issue i;
    i.severity = severity;
    i.message = message;
    i.columnName = column;
    return i;
}

//! Checks the file's columns against the model's; fills missing/extra lists and issues.
Result<void> checkColumns(const ModelBundle &model, const DataTable &table, const ScoreOptions &options,
                          ScoreResult *result)
{
    const QStringList inputs = model.preparation().inputColumns();
    const QSet<QString> inputSet(inputs.begin(), inputs.end());
    for (const QString &name : inputs) {
        if (table.indexOf(name) < 0)
            result->missingColumns << name;
    }
    const QString target = model.meta().value(QLatin1String("target")).toString();
    for (int c = 0; c < table.columnCount(); ++c) {
        const Column &column = table.column(c);
        if (inputSet.contains(column.name()) || c == result->idColumn)
            continue;
        // The model's own churn column may be in a labelled file: it is never an input.
        if (column.role() == ColumnRole::Target || (!target.isEmpty() && column.name().compare(target, Qt::CaseInsensitive) == 0))
            continue;
        bool matched = false; // a case-insensitive match is read by the preparation
        for (const QString &name : inputs)
            matched = matched || name.compare(column.name(), Qt::CaseInsensitive) == 0;
        if (!matched)
            result->extraColumns << column.name();
    }
    if (!result->extraColumns.isEmpty())
        result->issues << makeIssue(Issue::Severity::Info,
                                    Tr::tr("Columns the model does not use (ignored): %1.").arg(result->extraColumns.join(QStringLiteral(", "))));

    auto fail = [&](const QString &message, const QString &hint) {
        Error e;
        e.code = ErrorCode::BadInput;
        e.file = table.sourceName();
        e.message = message;
        e.hint = hint;
        return std::unexpected(e);
    };
    const QString missing = result->missingColumns.join(QStringLiteral(", "));
    if (!inputs.isEmpty() && result->missingColumns.size() == inputs.size())
        return fail(Tr::tr("None of the model's columns are in this file (it expects %1).")
                        .arg(inputs.mid(0, 8).join(QStringLiteral(", "))),
                    Tr::tr("Check that this is a customer file of the kind the model was trained on."));
    if (!result->missingColumns.isEmpty() && model.kind() == ModelKind::Logistic && !model.preparation().options().impute)
        return fail(Tr::tr("Columns the model needs are missing: %1.").arg(missing),
                    Tr::tr("This logistic regression was saved without imputation, so it cannot fill them in; "
                           "add the columns to the file."));
    if (result->missingColumns.size() * 2 > inputs.size() && !options.allowMostColumnsMissing)
        return fail(Tr::tr("%1 of the model's %2 columns are missing: %3.")
                        .arg(result->missingColumns.size()).arg(inputs.size()).arg(missing),
                    Tr::tr("Scores would mostly reflect filled-in values. Add the columns, or allow scoring anyway."));
    return {};
}

struct WorkerSums
{
    std::vector<double> features; // SHAP of one block
    std::vector<double> fields;   // one row, per field + base
    std::vector<size_t> order;
};

} // namespace

QHash<QString, NumericReference> Scorer::trainingReferences(const ModelBundle &model)
{
    QHash<QString, NumericReference> refs;
    for (const QJsonValue &v : model.preparation().toJson().value(QLatin1String("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue median = o.value(QLatin1String("median"));
        if (median.isDouble())
            refs.insert(o.value(QLatin1String("name")).toString(), NumericReference{std::nan(""), median.toDouble(), std::nan("")});
    }
    return refs;
}

QHash<QString, Semantic> Scorer::trainingSemantics(const ModelBundle &model)
{
    QHash<QString, Semantic> out;
    for (const QJsonValue &v : model.preparation().toJson().value(QLatin1String("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        Semantic s = Semantic::None;
        if (fromMachineName(o.value(QLatin1String("semantic")).toString(), &s))
            out.insert(o.value(QLatin1String("name")).toString(), s);
    }
    return out;
}

Result<ScoreResult> Scorer::score(const ModelBundle &model, const DataTable &table, const ScoreOptions &options,
                                  Progress *progress)
{
    QElapsedTimer total;
    total.start();
    ScoreResult result;
    result.rows = table.rowCount();
    result.threshold = model.threshold();
    result.riskThresholds = options.risk.value_or(defaultRiskThresholds(model));
    if (auto ok = result.riskThresholds.validate(); !ok)
        return std::unexpected(ok.error());
    if (options.factors < 0)
        return makeError(ErrorCode::Usage, Tr::tr("The number of factors cannot be negative."));
    if (!options.idColumn.isEmpty()) {
        result.idColumn = table.indexOf(options.idColumn);
        if (result.idColumn < 0)
            return makeError(ErrorCode::Usage, Tr::tr("There is no column called \"%1\" for the customer ids.").arg(options.idColumn));
    } else {
        result.idColumn = table.idIndex();
    }
    if (auto ok = checkColumns(model, table, options, &result); !ok)
        return std::unexpected(ok.error());

    // 1. The saved preparation, exactly as in training.
    QElapsedTimer step;
    step.start();
    if (progress)
        progress->setText(Tr::tr("Preparing customers"));
    SubProgress prepareProgress(progress, 0.0, 0.2);
    auto features = model.preparation().transform(table, &result.issues, &prepareProgress);
    if (!features)
        return std::unexpected(features.error());
    const FeatureMatrix &m = *features;
    result.prepareSeconds = step.restart() / 1000.0;

    // 2. Probabilities.
    if (progress)
        progress->setText(Tr::tr("Scoring"));
    auto predictor = ModelPredictor::create(model);
    if (!predictor)
        return std::unexpected(predictor.error());
    result.probabilities.resize(size_t(m.rows));
    SubProgress predictProgress(progress, 0.2, 0.3);
    if (auto ok = predictor->predict(m.values.data(), m.rows, m.cols, result.probabilities.data(), options.threads,
                                     &predictProgress); !ok) {
        Error e = ok.error();
        if (e.file.isEmpty() && e.code != ErrorCode::Canceled)
            e.file = table.sourceName();
        return std::unexpected(e);
    }
    result.predictions.resize(size_t(m.rows));
    result.risk.resize(size_t(m.rows));
    for (size_t i = 0; i < result.probabilities.size(); ++i) {
        const double p = result.probabilities[i];
        result.predictions[i] = p >= result.threshold ? 1 : 0;
        result.risk[i] = result.riskThresholds.level(p);
    }
    result.counts = result.riskThresholds.count(result.probabilities);
    if (result.counts.unscored > 0)
        result.issues << makeIssue(Issue::Severity::Warning,
                                   Tr::tr("%1 customers could not be scored.").arg(result.counts.unscored));
    result.predictSeconds = step.restart() / 1000.0;

    // 3. Factors: exact SHAP per customer, summed per original field, strongest kept.
    QHash<QString, NumericReference> references = trainingReferences(model);
    for (auto it = options.references.begin(); it != options.references.end(); ++it)
        references.insert(it.key(), it.value());
    result.factorWriter = FactorWriter(table, references, trainingSemantics(model), options.labels);
    if (options.factors > 0 && m.rows > 0) {
        if (progress)
            progress->setText(Tr::tr("Explaining"));
        auto explainer = ModelExplainer::create(model, &m, &result.issues);
        auto fields = FieldAttribution::create(m);
        if (!explainer || !fields) {
            result.issues << makeIssue(Issue::Severity::Warning,
                                       Tr::tr("Factors are not available for this model: %1")
                                           .arg(!explainer ? explainer.error().message : fields.error().message));
        } else {
            const int k = options.factors;
            const int nFields = int(fields->fields().size());
            result.factorCount = k;
            result.fieldColumns = fields->fields();
            result.baseValue = explainer->expectedValue();
            result.explainer = *explainer;
            result.factorColumns.assign(size_t(m.rows) * size_t(k), -1);
            result.factorContributions.assign(size_t(m.rows) * size_t(k), 0.0f);
            const int workers = parallelWorkers(m.rows, ExplainBlockRows, options.threads);
            std::vector<WorkerSums> sums(static_cast<size_t>(workers));
            // |SHAP| summed per block of rows, then over the blocks in row order: the same digits
            // whichever worker took which block, on any number of threads.
            const qsizetype blocks = (m.rows + ExplainBlockRows - 1) / ExplainBlockRows;
            std::vector<double> blockAbsSum(size_t(blocks) * size_t(nFields), 0.0);
            for (WorkerSums &s : sums) {
                s.features.resize(size_t(ExplainBlockRows) * size_t(m.cols + 1));
                s.fields.resize(size_t(nFields) + 1);
            }
            const FactorWriter::Direction direction = options.factorDirection;
            SubProgress explainProgress(progress, 0.3, 1.0);
            // Two blocks may fail at once: the first error is kept, under a lock.
            Error failure;
            std::mutex failureLock;
            bool failed = false;
            // A block of deep trees takes seconds: it stops inside on cancel too.
            CancelOnlyProgress blockCancel(progress); // shared by the workers: it only reads the flag
            auto done = parallelFor(m.rows, ExplainBlockRows, workers, &explainProgress,
                                        [&](qsizetype begin, qsizetype end, int worker) {
                WorkerSums &s = sums[size_t(worker)];
                double *absSum = blockAbsSum.data() + size_t(begin / ExplainBlockRows) * size_t(nFields);
                const qsizetype n = end - begin;
                if (auto ok = explainer->explainInto(m.row(begin), n, m.cols, s.features.data(), 1, &blockCancel); !ok) {
                    const std::lock_guard<std::mutex> lock(failureLock);
                    if (!failed) {
                        failure = ok.error();
                        failed = true;
                    }
                    return false;
                }
                for (qsizetype r = 0; r < n; ++r) {
                    fields->aggregateRow(s.features.data() + size_t(r) * size_t(m.cols + 1), s.fields.data());
                    for (int f = 0; f < nFields; ++f)
                        absSum[f] += std::abs(s.fields[size_t(f)]);
                    FactorWriter::strongest(result.fieldColumns, std::span<const double>(s.fields.data(), size_t(nFields)),
                                            k, direction, s.order);
                    const size_t keep = s.order.size();
                    const size_t out = size_t(begin + r) * size_t(k);
                    for (size_t j = 0; j < keep; ++j) {
                        result.factorColumns[out + j] = result.fieldColumns[s.order[j]];
                        result.factorContributions[out + j] = float(s.fields[s.order[j]]);
                    }
                }
                return true;
            });
            if (!done)
                return std::unexpected(done.error().code == ErrorCode::Canceled ? done.error() : failure);
            result.meanAbsContribution.assign(size_t(nFields), 0.0);
            for (qsizetype b = 0; b < blocks; ++b) {
                for (int f = 0; f < nFields; ++f)
                    result.meanAbsContribution[size_t(f)] += blockAbsSum[size_t(b) * size_t(nFields) + size_t(f)];
            }
            for (double &v : result.meanAbsContribution)
                v /= double(m.rows);
        }
    }
    result.explainSeconds = step.elapsed() / 1000.0;
    if (progress)
        progress->setProgress(1.0);
    result.seconds = total.elapsed() / 1000.0;
    return result;
}

} // namespace churnlens
