// churnlens-cli promote / rollback / archive: the registry's three changes of status. Each
// needs a reason (the history keeps it) and prints the event and the champion after it.
#include "cliproject.h"

#include <functional>

namespace churnlens::cli {
namespace {

struct RegistryChange
{
    const char *name;
    const char *summary;
    const char *description; //!< translated when the command runs (QT_TRANSLATE_NOOP)
    const char *versionText; //!< the VERSION argument's help; null: the command takes none
    std::function<Result<RegistryEvent>(ModelRegistry &, int version, const QString &reason)> apply;
};

int runChange(const RegistryChange &change, const QStringList &arguments)
{
    const QString command = QString::fromLatin1(change.name);
    const bool takesVersion = change.versionText != nullptr;
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A ChurnLens project (.churnlens)."));
    if (takesVersion)
        p.addPositionalArgument(QStringLiteral("VERSION"), Tr::tr(change.versionText));
    p.addOption({QStringLiteral("reason"), Tr::tr("Why (required; the registry's history keeps it)."), QStringLiteral("TEXT")});
    addOutputOptions(p);
    const int positional = takesVersion ? 2 : 1;
    if (const int code = parseCommand(p, command, Tr::tr(change.description), arguments, positional, positional); code >= 0)
        return code;
    int code = ExitOk;
    std::optional<int> version = 0;
    if (takesVersion && !(version = versionArgument(p.positionalArguments().at(1), command, &code)))
        return code;
    const QString reason = p.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return usageError(command, Tr::tr("give a short reason with --reason TEXT"));
    auto project = openProject(p.positionalArguments().first(), ProjectFile::Access::ReadWrite);
    if (!project)
        return fail(project.error());
    ModelRegistry registry(**project);
    auto event = change.apply(registry, *version, reason);
    if (!event)
        return fail(event.error());
    return reportRegistryChange(**project, *event, p.isSet(QStringLiteral("json")));
}

const RegistryChange Promote{"promote", "Make a model version a project's champion",
                             QT_TRANSLATE_NOOP("churnlens", "Make a model version the project's champion; the champion until now is archived."),
                             QT_TRANSLATE_NOOP("churnlens", "The version to make champion: 3 or v3."),
                             [](ModelRegistry &r, int version, const QString &reason) { return r.promote(version, reason); }};
const RegistryChange Rollback{"rollback", "Make a project's previous champion champion again",
                              QT_TRANSLATE_NOOP("churnlens", "Make the previous champion champion again; the current one is archived. "
                                                             "Repeatable, back through the promotions."),
                              nullptr,
                              [](ModelRegistry &r, int, const QString &reason) { return r.rollback(reason); }};
const RegistryChange Archive{"archive", "Archive a model version of a project",
                             QT_TRANSLATE_NOOP("churnlens", "Archive a model version that is not the champion (it can be promoted again later)."),
                             QT_TRANSLATE_NOOP("churnlens", "The version to archive: 3 or v3."),
                             [](ModelRegistry &r, int version, const QString &reason) { return r.archive(version, reason); }};

const CommandRegistration promoteRegistration(Promote.name, Promote.summary, [](const QStringList &a) { return runChange(Promote, a); });
const CommandRegistration rollbackRegistration(Rollback.name, Rollback.summary, [](const QStringList &a) { return runChange(Rollback, a); });
const CommandRegistration archiveRegistration(Archive.name, Archive.summary, [](const QStringList &a) { return runChange(Archive, a); });

} // namespace
} // namespace churnlens::cli
