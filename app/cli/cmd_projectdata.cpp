// churnlens-cli project-data: keep a compressed copy of the data inside a project (so the project
// can be mailed or moved without its data file), write it out again, or drop it.
#include "cliproject.h"

#include <QDir>
#include <QFileInfo>

namespace churnlens::cli {
namespace {

int runProjectData(const QStringList &arguments)
{
    const QString command = QStringLiteral("project-data");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A ChurnLens project (.churnlens)."));
    p.addOption({QStringLiteral("embed"), Tr::tr("Keep a compressed copy of FILE inside the project (replaces an earlier copy)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("extract"), Tr::tr("Write the copy to DIR under its original file name."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("remove"), Tr::tr("Drop the copy from the project.")});
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Keep the data inside the project, so that it can be mailed or moved without "
                                                         "its data file; without an option, say whether it holds a copy."),
                                      arguments, 1, 1);
        code >= 0)
        return code;
    const int actions = int(p.isSet(QStringLiteral("embed"))) + int(p.isSet(QStringLiteral("extract"))) + int(p.isSet(QStringLiteral("remove")));
    if (actions > 1)
        return usageError(command, Tr::tr("give one of --embed, --extract and --remove"));
    const bool writes = p.isSet(QStringLiteral("embed")) || p.isSet(QStringLiteral("remove"));
    auto project = openProject(p.positionalArguments().first(), writes ? ProjectFile::Access::ReadWrite : ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(project.error());
    ProjectFile &file = **project;
    if (p.isSet(QStringLiteral("embed"))) {
        if (auto done = file.embedData(p.value(QStringLiteral("embed"))); !done)
            return fail(done.error());
    } else if (p.isSet(QStringLiteral("remove"))) {
        if (auto done = file.removeEmbeddedData(); !done)
            return fail(done.error());
    }
    auto name = file.embeddedDataName();
    if (!name)
        return fail(name.error());
    QString written;
    if (p.isSet(QStringLiteral("extract"))) {
        if (name->isEmpty())
            return fail(Error::make(ErrorCode::Usage, Tr::tr("The project holds no copy of its data."), file.path(),
                                    Tr::tr("Keep one with --embed FILE.")));
        written = QDir(p.value(QStringLiteral("extract"))).absoluteFilePath(*name);
        if (auto done = file.extractData(written); !done)
            return fail(done.error());
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject out{{QStringLiteral("project"), file.path()}, {QStringLiteral("copy"), name->isEmpty() ? QJsonValue() : QJsonValue(*name)}};
        if (!written.isEmpty())
            out.insert(QStringLiteral("written"), written);
        printJson(out);
    } else if (!p.isSet(QStringLiteral("quiet"))) {
        QString s = name->isEmpty() ? Tr::tr("%1 holds no copy of its data.\n").arg(file.name())
                                    : Tr::tr("%1 holds a copy of %2.\n").arg(file.name(), *name);
        if (!written.isEmpty())
            s += Tr::tr("Written to %1\n").arg(written);
        printOut(s);
    }
    return ExitOk;
}

const CommandRegistration registration("project-data", "Keep a copy of the data inside a project, or write it out", runProjectData);

} // namespace
} // namespace churnlens::cli
