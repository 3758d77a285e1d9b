#include "modellocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace churnlens {

QStringList ModelLocator::candidates()
{
    QStringList out;
    const QString env = qEnvironmentVariable("CHURNLENS_MODEL_DIR");
    if (!env.isEmpty())
        out << env;
    // Without an application object (a tool linking the library) only the fixed places remain.
    if (QCoreApplication::instance()) {
        const QDir exe(QCoreApplication::applicationDirPath());
        out << QDir::cleanPath(exe.filePath(QStringLiteral("../../models/default")))
            << QDir::cleanPath(exe.filePath(QStringLiteral("../share/churnlens/models/default")));
    }
    out << QStringLiteral("/usr/share/churnlens/models/default");
    out.removeDuplicates();
    return out;
}

bool ModelLocator::isModelDirectory(const QString &directory)
{
    return !directory.isEmpty() && QFileInfo(QDir(directory).filePath(QStringLiteral("meta.json"))).isFile();
}

QString ModelLocator::defaultModelDirectory()
{
    for (const QString &dir : candidates()) {
        if (isModelDirectory(dir))
            return QDir(dir).absolutePath();
    }
    return {};
}

} // namespace churnlens
