#include "modelsaver.h"

#include "ml/modelbundle.h"
#include "ml/modelfolder.h"
#include "ml/trainreport.h"

namespace churnlens {

QString ModelSaver::suggestedName(const QString &modelMachineName)
{
    return QStringLiteral("churn-model-") + modelMachineName;
}

Result<void> ModelSaver::save(const QString &directory, const TrainReport &report, int modelIndex)
{
    auto files = ModelBundle::encode(report, modelIndex);
    if (!files)
        return std::unexpected(files.error());
    return ModelFolder::write(directory, *files);
}

} // namespace churnlens
