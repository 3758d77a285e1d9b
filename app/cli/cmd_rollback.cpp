// churnlens-cli rollback: the champion before the current one becomes champion again.
#include "cliproject.h"

namespace churnlens::cli {
namespace {

int runRollback(const QStringList &arguments)
{
    const QString command = QStringLiteral("rollback");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A ChurnLens project (.churnlens)."));
    p.addOption({QStringLiteral("reason"), Tr::tr("Why (required; the registry's history keeps it)."), QStringLiteral("TEXT")});
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Make the previous champion champion again; the current one is archived. "
                                                         "Repeatable, back through the promotions."),
                                      arguments, 1, 1);
        code >= 0)
        return code;
    if (p.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usageError(command, Tr::tr("give a short reason with --reason TEXT"));
    auto project = openProject(p.positionalArguments().first(), ProjectFile::Access::ReadWrite);
    if (!project)
        return fail(project.error());
    auto event = ModelRegistry(**project).rollback(p.value(QStringLiteral("reason")));
    if (!event)
        return fail(event.error());
    return reportRegistryChange(**project, *event, p.isSet(QStringLiteral("json")));
}

const CommandRegistration registration("rollback", "Make a project's previous champion champion again", runRollback);

} // namespace
} // namespace churnlens::cli
