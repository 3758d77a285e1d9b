#pragma once

#include "servingmodel.h"

#include <QString>

#include <memory>
#include <optional>

namespace churnlens {

class ProjectFile;

/*!
 * Where the scoring service's model comes from: a model folder, or the champion of a project
 * (at the threshold the registry holds for it). A folder's version is its name and the start of
 * the SHA-256 of its files ("default@3f2a9c1e"), so a reload sees whether they changed; a
 * project's version is the registry's ("v3").
 * load() is thread-safe (a project is opened read-only for the call: the writer's lock is never
 * taken). championVersion() keeps one read-only connection and belongs to one thread.
 */
class ModelSource
{
public:
    static ModelSource folder(const QString &directory);
    static ModelSource project(const QString &path);
    ModelSource(ModelSource &&) noexcept;
    ModelSource &operator=(ModelSource &&) noexcept;
    ~ModelSource();

    bool isProject() const { return m_project; }
    const QString &path() const { return m_path; }

    Result<std::shared_ptr<const ServingModel>> load(int factors) const;
    //! The project's champion now ("v3"); an empty string when it has none. A cheap query.
    Result<QString> championVersion();

private:
    ModelSource() = default;
    QString m_path;
    bool m_project = false;
    std::unique_ptr<ProjectFile> m_poll;
};

} // namespace churnlens
