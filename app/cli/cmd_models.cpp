// churnlens-cli models: a project's model versions with their status (champion, challenger, archived).
#include "cliproject.h"

#include <QJsonArray>

#include <cmath>

namespace churnlens::cli {
namespace {

int runModels(const QStringList &arguments)
{
    const QString command = QStringLiteral("models");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A ChurnLens project (.churnlens)."));
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("List the model versions registered in a project and which one is champion."),
                                      arguments, 1, 1);
        code >= 0)
        return code;
    auto project = openProject(p.positionalArguments().first(), ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(project.error());
    auto versions = ModelRegistry(**project).versions();
    if (!versions)
        return fail(versions.error());
    std::optional<int> champion;
    for (const ModelVersion &v : std::as_const(*versions)) {
        if (v.status == VersionStatus::Champion)
            champion = v.version;
    }

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ModelVersion &v : std::as_const(*versions))
            list.append(versionJson(v));
        printJson({{QStringLiteral("project"), (*project)->path()},
                   {QStringLiteral("champion"), champion ? QJsonValue(*champion) : QJsonValue()},
                   {QStringLiteral("versions"), list}});
        return ExitOk;
    }
    if (versions->isEmpty()) {
        printOut(Tr::tr("The project %1 has no model versions yet: train with --project %2 --register --reason TEXT.\n")
                     .arg((*project)->name(), (*project)->path()));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const ModelVersion &v : std::as_const(*versions)) {
        rows << QStringList{v.label(), machineName(v.status), familyName(v.family),
                            QString::number(v.threshold, 'f', 3),
                            std::isfinite(v.testAuc) ? QString::number(v.testAuc, 'f', 4) : QStringLiteral("-"),
                            localTime(v.created), v.origin};
    }
    printOut(Tr::tr("Model versions of %1: %2\n\n").arg((*project)->name()).arg(versions->size())
             + textTable({Tr::tr("Version"), Tr::tr("Status"), Tr::tr("Family"), Tr::tr("Threshold"), Tr::tr("Test AUC"),
                          Tr::tr("Created"), Tr::tr("Origin")},
                         rows, {3, 4}));
    return ExitOk;
}

const CommandRegistration registration("models", "List a project's model versions and its champion", runModels);

} // namespace
} // namespace churnlens::cli
