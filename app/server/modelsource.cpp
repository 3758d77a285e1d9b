#include "modelsource.h"

#include "project/modelregistry.h"
#include "project/projectfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace churnlens {

ModelSource ModelSource::folder(const QString &directory)
{
    ModelSource s;
    s.m_path = directory;
    return s;
}

ModelSource ModelSource::project(const QString &path)
{
    ModelSource s;
    s.m_path = path;
    s.m_project = true;
    return s;
}

ModelSource::ModelSource(ModelSource &&) noexcept = default;
ModelSource &ModelSource::operator=(ModelSource &&) noexcept = default;
ModelSource::~ModelSource() = default;

Result<std::shared_ptr<const ServingModel>> ModelSource::load(int factors) const
{
    if (!m_project) {
        auto files = ModelBundle::read(m_path);
        if (!files)
            return std::unexpected(files.error());
        auto bundle = ModelBundle::decode(*files, m_path);
        if (!bundle)
            return std::unexpected(bundle.error());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(files->model);
        hash.addData(files->preparation);
        hash.addData(files->meta);
        QString name = QFileInfo(QDir::cleanPath(m_path)).fileName();
        if (name.isEmpty())
            name = QStringLiteral("model");
        const QString version = QStringLiteral("%1@%2").arg(name, QString::fromLatin1(hash.result().toHex().left(8)));
        return ServingModel::create(*bundle, version, QFileInfo(m_path).absoluteFilePath(), factors);
    }
    auto project = ProjectFile::open(m_path, ProjectFile::Access::ReadOnly);
    if (!project)
        return std::unexpected(project.error());
    ModelRegistry registry(**project);
    auto champion = registry.champion();
    if (!champion)
        return std::unexpected(champion.error());
    if (!*champion)
        return std::unexpected(Error::make(ErrorCode::Model, Tr::tr("The project \"%1\" has no champion model yet.").arg((*project)->name()), m_path,
                         Tr::tr("Register a model in it (churnlens-cli train --register, or model-import), or serve a model folder with --model DIR.")));
    auto files = registry.files((*champion)->version);
    if (!files)
        return std::unexpected(files.error());
    auto bundle = ModelBundle::decode(*files, QStringLiteral("%1:%2").arg(m_path, (*champion)->label()));
    if (!bundle)
        return std::unexpected(bundle.error());
    bundle->setThreshold((*champion)->threshold);
    return ServingModel::create(*bundle, (*champion)->label(), QFileInfo(m_path).absoluteFilePath(), factors);
}

Result<QString> ModelSource::championVersion()
{
    if (!m_project)
        return QString();
    if (!m_poll) {
        auto opened = ProjectFile::open(m_path, ProjectFile::Access::ReadOnly);
        if (!opened)
            return std::unexpected(opened.error());
        m_poll = std::move(*opened);
    }
    auto champion = ModelRegistry(*m_poll).champion();
    if (!champion) {
        m_poll.reset(); // a fresh connection next time (the file may have been replaced)
        return std::unexpected(champion.error());
    }
    return *champion ? (*champion)->label() : QString();
}

} // namespace churnlens
