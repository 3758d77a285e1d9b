#include "modeltransfer.h"

#include "ml/modelcard.h"
#include "ml/modelfolder.h"
#include "project/modelregistry.h"
#include "project/projectfile.h"

#include <QDir>
#include <QFileInfo>

namespace churnlens {

namespace {

//! The model whose preparation an imported XGBoost model is paired with.
Result<ModelBundle> preparationSource(const ModelRegistry &registry, const QString &from)
{
    if (from.isEmpty()) {
        auto champion = registry.champion();
        if (!champion)
            return std::unexpected(champion.error());
        if (!*champion)
            return makeError(ErrorCode::Usage, Tr::tr("The folder holds only an XGBoost model, and the project has no champion whose preparation it could use."),
                             Tr::tr("Name the model version or model folder whose preparation makes the model's features."));
        auto files = registry.files((*champion)->version);
        if (!files)
            return std::unexpected(files.error());
        return ModelBundle::decode(*files);
    }
    if (const std::optional<int> version = ModelRegistry::parseVersion(from); version && !QFileInfo::exists(from)) {
        auto files = registry.files(*version);
        if (!files)
            return std::unexpected(files.error());
        return ModelBundle::decode(*files);
    }
    return ModelBundle::load(from);
}

} // namespace

Result<void> ModelTransfer::exportVersion(ProjectFile &project, int version, const QString &directory)
{
    ModelRegistry registry(project);
    auto info = registry.version(version);
    if (!info)
        return std::unexpected(info.error());
    auto files = registry.files(version);
    if (!files)
        return std::unexpected(files.error());
    ModelCardInfo card;
    card.version = info->label();
    card.status = machineName(info->status);
    card.project = project.name();
    card.registered = info->created;
    if (auto history = registry.history()) {
        for (const RegistryEvent &e : *history) {
            if (e.action == QLatin1String("register") && e.version == version) {
                card.registeredBy = e.user;
                card.reason = e.reason;
            }
        }
    }
    return ModelFolder::exportModel(QFileInfo(directory).absoluteFilePath(), *files, card);
}

Result<ModelTransfer::Import> ModelTransfer::read(const ModelRegistry &registry, const QString &directory, const QString &preparationFrom,
                                                  std::optional<double> threshold)
{
    const QString dir = QFileInfo(directory).absoluteFilePath();
    if (!QFileInfo(dir).isDir())
        return std::unexpected(Error::make(ErrorCode::Io, Tr::tr("There is no model folder \"%1\".").arg(dir), dir));
    ModelImportOptions options;
    options.source = dir;
    const bool foreign = !QFileInfo::exists(QDir(dir).filePath(QStringLiteral("meta.json")));
    if (foreign) {
        auto prepared = preparationSource(registry, preparationFrom);
        if (!prepared)
            return std::unexpected(prepared.error());
        options.preparation = prepared->preparation();
        options.target = prepared->meta().value(QStringLiteral("target")).toString();
        options.positiveLabel = prepared->meta().value(QStringLiteral("positive_label")).toString();
        options.threshold = threshold.value_or(0.5);
        if (!(options.threshold > 0.0 && options.threshold < 1.0))
            return makeError(ErrorCode::Usage, Tr::tr("The threshold must be between 0 and 1."));
    } else if (!preparationFrom.isEmpty() || threshold) {
        return makeError(ErrorCode::Usage, Tr::tr("A preparation and a threshold are given only for a folder with just XGBoost's model.json; "
                                                  "this folder is a complete ChurnLens model."));
    }
    auto imported = ModelImporter::importFolder(dir, options);
    if (!imported)
        return std::unexpected(imported.error());
    auto bundle = ModelBundle::decode(imported->files, dir);
    if (!bundle)
        return std::unexpected(bundle.error());
    return Import{std::move(*imported), std::move(*bundle), Tr::tr("imported from %1").arg(dir)};
}

} // namespace churnlens
