#include "sampleproject.h"

#include "common/progress.h"
#include "data/samplegenerator.h"
#include "ml/modelbundle.h"
#include "project/modelregistry.h"
#include "project/projectfile.h"
#include "workspace/workspacestate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace churnlens {

namespace {

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(ErrorCode::Io, SampleProject::tr("The shipped model could not be read: %1").arg(file.errorString()), path,
                                           SampleProject::tr("Reinstall ChurnLens, or open a model folder of your own.")));
    return file.readAll();
}

//! The files of a saved model folder, as a project stores them.
Result<ModelBundle::Files> readModelFolder(const QString &folder)
{
    const QDir dir(folder);
    ModelBundle::Files files;
    auto meta = readAll(dir.filePath(QStringLiteral("meta.json")));
    if (!meta)
        return std::unexpected(meta.error());
    files.meta = *meta;
    const QJsonObject m = QJsonDocument::fromJson(files.meta).object();
    const bool logistic = m.value(QStringLiteral("model")).toString() == QLatin1String("logistic");
    files.modelFileName = m.value(QStringLiteral("model_file")).toString(logistic ? QStringLiteral("logistic.json") : QStringLiteral("model.json"));
    files.preparationFileName = m.value(QStringLiteral("preparation_file")).toString(QStringLiteral("preparation.json"));
    auto model = readAll(dir.filePath(files.modelFileName));
    if (!model)
        return std::unexpected(model.error());
    files.model = *model;
    auto preparation = readAll(dir.filePath(files.preparationFileName));
    if (!preparation)
        return std::unexpected(preparation.error());
    files.preparation = *preparation;
    return files;
}

} // namespace

QString SampleProject::fileName()
{
    return tr("Sample project") + QLatin1Char('.') + QLatin1String(ProjectFile::Suffix);
}

Result<void> SampleProject::create(const QString &projectPath, const QString &dataPath, qint64 rows,
                                   const QString &modelFolder, Progress *progress)
{
    if (modelFolder.isEmpty())
        return makeError(ErrorCode::Model, tr("The default model shipped with ChurnLens was not found."),
                         tr("Reinstall ChurnLens, or set CHURNLENS_MODEL_DIR to its models/default folder."));
    auto files = readModelFolder(modelFolder);
    if (!files)
        return std::unexpected(files.error());
    if (!QFileInfo::exists(dataPath)) {
        if (progress)
            progress->setText(tr("Creating sample customers"));
        QDir().mkpath(QFileInfo(dataPath).absolutePath());
        SubProgress make(progress, 0.0, 0.8);
        if (auto made = SampleGenerator::writeCsv(dataPath, rows, 42, &make); !made)
            return made;
    }
    if (progress && progress->isCanceled())
        return std::unexpected(Error::canceled());
    QDir().mkpath(QFileInfo(projectPath).absolutePath());
    auto project = ProjectFile::create(projectPath);
    if (!project)
        return std::unexpected(project.error());
    auto version = ModelRegistry(**project).registerFiles(*files, tr("shipped default model"), tr("Shipped default model"));
    if (!version)
        return std::unexpected(version.error());
    WorkspaceState state;
    state.source = DataSource::fromPath(QFileInfo(dataPath).absoluteFilePath());
    state.model.kind = ModelChoice::Kind::Version;
    state.model.version = version->version;
    if (auto saved = (*project)->setState(QStringLiteral("workspace"), state.toJson(QFileInfo(projectPath).absoluteDir())); !saved)
        return saved;
    if (progress)
        progress->setProgress(1.0);
    return {};
}

} // namespace churnlens
