#include "modelsaver.h"

#include "ml/modelbundle.h"
#include "ml/trainreport.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

namespace churnlens {

namespace {

QString siblingName(const QFileInfo &target, const char *purpose)
{
    return QStringLiteral(".%1.%2-%3")
        .arg(target.fileName(), QLatin1String(purpose))
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// A folder ModelBundle may replace: missing, empty, or holding a ChurnLens model.
bool replaceable(const QFileInfo &target)
{
    if (!target.exists())
        return true;
    if (!target.isDir())
        return false;
    const QDir dir(target.absoluteFilePath());
    return dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) || dir.exists(QStringLiteral("meta.json"));
}

} // namespace

QString ModelSaver::suggestedName(const QString &modelMachineName)
{
    return QStringLiteral("churn-model-") + modelMachineName;
}

Result<void> ModelSaver::save(const QString &directory, const TrainReport &report, int modelIndex)
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()));
    if (target.fileName().isEmpty())
        return std::unexpected(Error::make(ErrorCode::Io, tr("Choose a folder name for the model."), directory));
    if (!replaceable(target))
        return std::unexpected(Error::make(ErrorCode::Io, tr("There is already a file or a folder with other files under this name."), target.absoluteFilePath(), tr("Choose a new folder name; a model is saved as a folder of its own.")));
    QDir parent = target.dir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        return std::unexpected(Error::make(ErrorCode::Io, tr("Cannot create the folder."), parent.absolutePath()));

    const QString staging = parent.filePath(siblingName(target, "saving"));
    auto fail = [&](Error e) -> Result<void> {
        QDir(staging).removeRecursively();
        return std::unexpected(std::move(e));
    };
    if (auto saved = ModelBundle::save(staging, report, modelIndex); !saved)
        return fail(saved.error());
    // Prove that what was written loads, before it replaces anything.
    if (auto loaded = ModelBundle::load(staging); !loaded)
        return fail(loaded.error());

    QString old;
    if (target.exists()) {
        old = parent.filePath(siblingName(target, "old"));
        if (!parent.rename(target.fileName(), QFileInfo(old).fileName()))
            return fail(Error::make(ErrorCode::Io, tr("Cannot replace the model saved there before."), target.absoluteFilePath(), tr("Close programs that use files in that folder, or choose another name.")));
    }
    if (!parent.rename(QFileInfo(staging).fileName(), target.fileName())) {
        if (!old.isEmpty())
            parent.rename(QFileInfo(old).fileName(), target.fileName());
        return fail(Error::make(ErrorCode::Io, tr("Cannot move the saved model into place."), target.absoluteFilePath()));
    }
    if (!old.isEmpty())
        QDir(old).removeRecursively();
    return {};
}

} // namespace churnlens
