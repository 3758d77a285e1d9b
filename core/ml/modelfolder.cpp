#include "modelfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace churnlens {

namespace {

QString siblingName(const QFileInfo &target, const char *purpose)
{
    return QStringLiteral(".%1.%2-%3")
        .arg(target.fileName(), QLatin1String(purpose))
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool isPlainFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
        && name != QLatin1String(".") && name != QLatin1String("..");
}

bool sameFiles(const ModelBundle::Files &a, const ModelBundle::Files &b)
{
    return a.modelFileName == b.modelFileName && a.preparationFileName == b.preparationFileName && a.model == b.model
        && a.preparation == b.preparation && a.meta == b.meta;
}

} // namespace

Result<void> ModelFolder::exportModel(const QString &directory, const ModelBundle::Files &files, const ModelCardInfo &info)
{
    auto bundle = ModelBundle::decode(files, directory);
    if (!bundle)
        return std::unexpected(bundle.error());
    return write(directory, files, {{cardFileName(), ModelCard::markdown(*bundle, info).toUtf8()}});
}

bool ModelFolder::isReplaceable(const QString &directory)
{
    const QFileInfo target(directory);
    if (!target.exists())
        return true;
    if (!target.isDir())
        return false;
    const QDir dir(target.absoluteFilePath());
    return dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) || dir.exists(QStringLiteral("meta.json"));
}

Result<void> ModelFolder::write(const QString &directory, const ModelBundle::Files &files, const QList<ExtraFile> &extra)
{
    const QFileInfo target(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()));
    if (target.fileName().isEmpty())
        return std::unexpected(Error::make(ErrorCode::Io, tr("Choose a folder name for the model."), directory));
    if (!isReplaceable(target.absoluteFilePath()))
        return std::unexpected(Error::make(ErrorCode::Io, tr("There is already a file or a folder with other files under this name."), target.absoluteFilePath(), tr("Choose a new folder name; a model is saved as a folder of its own.")));
    // The names come with the bytes (from a project, say): each must be a file of its own in the folder.
    QStringList names{QStringLiteral("meta.json"), files.modelFileName, files.preparationFileName};
    for (const ExtraFile &f : extra)
        names << f.name;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!isPlainFileName(names[i]) || names.indexOf(names[i]) != i)
            return std::unexpected(Error::make(ErrorCode::Internal, tr("\"%1\" cannot be a file of the model folder.").arg(names[i]), directory));
    }
    QDir parent = target.dir();
    if (!parent.exists() && !QDir().mkpath(parent.absolutePath()))
        return std::unexpected(Error::make(ErrorCode::Io, tr("Cannot create the folder."), parent.absolutePath()));

    const QString staging = parent.filePath(siblingName(target, "saving"));
    auto fail = [&](Error e) -> Result<void> {
        QDir(staging).removeRecursively();
        return std::unexpected(std::move(e));
    };
    if (auto written = ModelBundle::write(staging, files); !written)
        return fail(written.error());
    for (const ExtraFile &f : extra) {
        QSaveFile out(QDir(staging).filePath(f.name));
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size() || !out.commit())
            return fail(Error::make(ErrorCode::Io, tr("Cannot write the file: %1").arg(out.errorString()), out.fileName()));
    }
    // Prove that what was written loads and is what was meant, before it replaces anything.
    auto back = ModelBundle::read(staging);
    if (!back)
        return fail(back.error());
    if (!sameFiles(*back, files))
        return fail(Error::make(ErrorCode::Model, tr("The model's files name other files than they come with."), target.absoluteFilePath()));

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
