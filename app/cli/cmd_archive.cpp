// churnlens-cli archive: retire a challenger (the champion is replaced by promote or rollback instead).
#include "cliproject.h"

namespace churnlens::cli {
namespace {

int runArchive(const QStringList &arguments)
{
    const QString command = QStringLiteral("archive");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A ChurnLens project (.churnlens)."));
    p.addPositionalArgument(QStringLiteral("VERSION"), Tr::tr("The version to archive: 3 or v3."));
    p.addOption({QStringLiteral("reason"), Tr::tr("Why (required; the registry's history keeps it)."), QStringLiteral("TEXT")});
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Archive a model version that is not the champion (it can be promoted again later)."),
                                      arguments, 2, 2);
        code >= 0)
        return code;
    int code = ExitOk;
    const std::optional<int> version = versionArgument(p.positionalArguments().at(1), command, &code);
    if (!version)
        return code;
    if (p.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usageError(command, Tr::tr("give a short reason with --reason TEXT"));
    auto project = openProject(p.positionalArguments().first(), ProjectFile::Access::ReadWrite);
    if (!project)
        return fail(project.error());
    auto event = ModelRegistry(**project).archive(*version, p.value(QStringLiteral("reason")));
    if (!event)
        return fail(event.error());
    return reportRegistryChange(**project, *event, p.isSet(QStringLiteral("json")));
}

const CommandRegistration registration("archive", "Archive a model version of a project", runArchive);

} // namespace
} // namespace churnlens::cli
