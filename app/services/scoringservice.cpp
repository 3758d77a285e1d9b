#include "scoringservice.h"

#include "ml/modelbundle.h"
#include "score/scorer.h"

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

} // namespace churnlens
