// churnlens-cli promote: make a model version the project's champion (the champion is archived).
#include "cliproject.h"

namespace churnlens::cli {
namespace {

int runPromote(const QStringList &arguments)
{
    const QString command = QStringLiteral("promote");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A ChurnLens project (.churnlens)."));
    p.addPositionalArgument(QStringLiteral("VERSION"), Tr::tr("The version to make champion: 3 or v3."));
    p.addOption({QStringLiteral("reason"), Tr::tr("Why (required; the registry's history keeps it)."), QStringLiteral("TEXT")});
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Make a model version the project's champion; the champion until now is archived."),
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
    auto event = ModelRegistry(**project).promote(*version, p.value(QStringLiteral("reason")));
    if (!event)
        return fail(event.error());
    return reportRegistryChange(**project, *event, p.isSet(QStringLiteral("json")));
}

const CommandRegistration registration("promote", "Make a model version a project's champion", runPromote);

} // namespace
} // namespace churnlens::cli
