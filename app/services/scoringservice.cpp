#include "scoringservice.h"

#include "data/datatable.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"
#include "score/scorer.h"

#include <QLocale>

namespace churnlens {

QList<Issue> ScoringService::scoringIssues(const QList<Issue> &loadIssues, const QStringList &modelInputs)
{
    QList<Issue> out;
    for (const Issue &issue : loadIssues) {
        if (issue.line > 0 || modelInputs.contains(issue.columnName))
            out.append(issue);
    }
    return out;
}

Result<ScoreResult> ScoringService::score(const ModelBundle &model, const DataTable &table, const ScoreOptions &options,
                                          const QList<Issue> &loadIssues, Progress *progress)
{
    auto scored = Scorer::score(model, table, options, progress);
    if (!scored)
        return scored;
    scored->issues = scoringIssues(loadIssues, model.preparation().inputColumns()) + scored->issues;
    return scored;
}

bool ScoringService::isTrainingData(const ModelBundle &model, const DataTable &table, const QString &fingerprint)
{
    const QString trainedOn = model.meta().value(QLatin1String("data_fingerprint")).toString();
    if (trainedOn.isEmpty())
        return false;
    if (!fingerprint.isEmpty())
        return fingerprint == trainedOn;
    // Cheap tells first, so new customers' files need no pass over the data: the training data
    // had the target column, and the training rows are rows of it.
    const QString target = model.meta().value(QLatin1String("target")).toString();
    if ((!target.isEmpty() && table.indexOf(target) < 0)
        || table.rowCount() < qint64(model.meta().value(QLatin1String("train_rows")).toDouble()))
        return false;
    return Trainer::fingerprint(table) == trainedOn;
}

QString ScoringService::trainingDataNote(const ModelBundle &model, const DataTable &table)
{
    const qint64 trained = qint64(model.meta().value(QLatin1String("train_rows")).toDouble());
    if (trained > 0 && trained < table.rowCount())
        return Tr::tr("This model was trained on this very data (%1 of these %2 customers): their scores are "
                      "in-sample and look better than the model will do on new customers.")
            .arg(QLocale().toString(trained), QLocale().toString(table.rowCount()));
    return Tr::tr("This model was trained on this very data: these scores are in-sample and look better than "
                  "the model will do on new customers.");
}

} // namespace churnlens
