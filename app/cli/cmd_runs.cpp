// churnlens-cli runs: the training runs a project recorded, one line each.
#include "cliproject.h"

#include "project/runstore.h"

#include <QJsonArray>

#include <cmath>

namespace churnlens::cli {
namespace {

QString metric(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("-");
}

int runRuns(const QStringList &arguments)
{
    const QString command = QStringLiteral("runs");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A ChurnLens project (.churnlens)."));
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("List the training runs recorded in a project, oldest first."), arguments, 1, 1);
        code >= 0)
        return code;
    auto project = openProject(p.positionalArguments().first(), ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(project.error());
    auto runs = RunStore(**project).list();
    if (!runs)
        return fail(runs.error());

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const RunSummary &r : std::as_const(*runs))
            list.append(runJson(r));
        printJson({{QStringLiteral("project"), (*project)->path()}, {QStringLiteral("runs"), list}});
        return ExitOk;
    }
    if (runs->isEmpty()) {
        printOut(Tr::tr("The project %1 has no runs yet.\n").arg((*project)->name()));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const RunSummary &r : std::as_const(*runs)) {
        rows << QStringList{QString::number(r.id), localTime(r.created), r.dataName,
                            formatCount(r.trainRows), formatCount(r.testRows), r.families.join(QLatin1Char(',')), r.bestFamily,
                            metric(r.cvAuc), metric(r.testAuc), QString::number(r.seconds, 'f', 1), r.status,
                            r.tags.join(QLatin1Char(',')), r.note.simplified().left(40)};
    }
    printOut(Tr::tr("Runs of %1: %2\n\n").arg((*project)->name()).arg(runs->size())
             + textTable({Tr::tr("Run"), Tr::tr("Created"), Tr::tr("Data"), Tr::tr("Train rows"), Tr::tr("Test rows"),
                          Tr::tr("Families"), Tr::tr("Best"), Tr::tr("CV AUC"), Tr::tr("Test AUC"), Tr::tr("Seconds"),
                          Tr::tr("Status"), Tr::tr("Tags"), Tr::tr("Note")},
                         rows, {0, 3, 4, 7, 8, 9}));
    return ExitOk;
}

const CommandRegistration registration("runs", "List the training runs recorded in a project", runRuns);

} // namespace
} // namespace churnlens::cli
