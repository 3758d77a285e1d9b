#include "cliproject.h"

#include "ml/modelspec.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace churnlens::cli {

void addProjectOption(QCommandLineParser &p, const QString &description)
{
    p.addOption({QStringLiteral("project"), description, QStringLiteral("FILE")});
}

Result<std::unique_ptr<ProjectFile>> openProject(const QString &path, ProjectFile::Access access, bool *created)
{
    if (created) {
        *created = false;
        if (!QFileInfo::exists(path)) {
            auto made = ProjectFile::create(path);
            if (made)
                *created = true;
            return made;
        }
    }
    ProjectFile::OpenProblem problem = ProjectFile::OpenProblem::None;
    auto project = ProjectFile::open(path, access, &problem);
    if (!project && problem == ProjectFile::OpenProblem::InUse) {
        // A scheduler must not hang on a project someone has open: say so and stop.
        Error e = project.error();
        e.message = Tr::tr("The project \"%1\" is in use: another ChurnLens window or command has it open for writing.")
                        .arg(QFileInfo(path).fileName());
        e.hint = Tr::tr("Run this again once the other one is done; runs, models and history can read the project meanwhile.");
        return std::unexpected(e);
    }
    return project;
}

FieldLabels fieldLabelsOf(const ProjectFile &project)
{
    const auto state = project.state(QStringLiteral("workspace"));
    if (!state)
        return {};
    return FieldLabels::fromJson(state->value(QStringLiteral("labels")).toObject());
}

std::optional<int> versionArgument(const QString &text, const QString &command, int *exitCode)
{
    const std::optional<int> version = ModelRegistry::parseVersion(text);
    if (!version)
        *exitCode = usageError(command, Tr::tr("\"%1\" is not a model version: give its number, such as 3 or v3").arg(text));
    return version;
}

QString familyName(const QString &family)
{
    ModelKind kind;
    return fromMachineName(family, &kind) ? displayName(kind) : family;
}

QString versionTitle(const ModelVersion &version)
{
    return QStringLiteral("%1 (%2)").arg(version.label(), familyName(version.family));
}

namespace {
Result<ModelChoice> champion(ProjectFile &project)
{
    ModelRegistry registry(project);
    auto champion = registry.champion();
    if (!champion)
        return std::unexpected(champion.error());
    if (!*champion) {
        return std::unexpected(Error::make(ErrorCode::Model, Tr::tr("The project \"%1\" has no champion model yet.").arg(project.name()),
                                           project.path(),
                                           Tr::tr("Train with \"churnlens-cli train FILE --project %1 --register --reason TEXT\", or add a "
                                                  "model folder with \"churnlens-cli model-import %1 DIR --reason TEXT\"; or score with --model DIR.")
                                               .arg(project.path())));
    }
    auto files = registry.files((*champion)->version);
    if (!files)
        return std::unexpected(files.error());
    auto bundle = ModelBundle::decode(*files, QStringLiteral("%1:%2").arg(project.path(), (*champion)->label()));
    if (!bundle)
        return std::unexpected(bundle.error());
    // The version is used at the threshold the registry holds for it.
    bundle->setThreshold((*champion)->threshold);
    return ModelChoice{std::move(*bundle), versionTitle(**champion), **champion};
}
} // namespace

std::optional<ModelChoice> chooseModel(const QCommandLineParser &p, ProjectFile *project, const QString &command, int *exitCode)
{
    // optionNames(), not isSet(): commands without a --model option (retrain) ask too, and isSet()
    // warns on stderr about an option the parser does not define.
    if (project && !p.optionNames().contains(QStringLiteral("model"))) {
        auto chosen = champion(*project);
        if (!chosen) {
            *exitCode = fail(chosen.error());
            return std::nullopt;
        }
        return std::move(*chosen);
    }
    const QString directory = modelDirectory(p, command, exitCode);
    if (directory.isEmpty())
        return std::nullopt;
    auto bundle = ModelBundle::load(directory);
    if (!bundle) {
        *exitCode = fail(bundle.error());
        return std::nullopt;
    }
    return ModelChoice{std::move(*bundle), directory, std::nullopt};
}

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString localTime(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QJsonValue numberOrNull(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

namespace {
QJsonValue optionalInt(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}
} // namespace

QJsonObject versionJson(const ModelVersion &v)
{
    return {{QStringLiteral("version"), v.version},
            {QStringLiteral("label"), v.label()},
            {QStringLiteral("status"), machineName(v.status)},
            {QStringLiteral("family"), v.family},
            {QStringLiteral("threshold"), v.threshold},
            {QStringLiteral("test_auc"), numberOrNull(v.testAuc)},
            {QStringLiteral("created"), isoUtc(v.created)},
            {QStringLiteral("run_id"), optionalInt(v.runId)},
            {QStringLiteral("model_index"), v.modelIndex},
            {QStringLiteral("origin"), v.origin}};
}

QJsonObject eventJson(const RegistryEvent &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), isoUtc(e.at)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("version"), e.version},
            {QStringLiteral("previous_champion"), optionalInt(e.previousChampion)},
            {QStringLiteral("champion"), optionalInt(e.champion)},
            {QStringLiteral("user"), e.user},
            {QStringLiteral("reason"), e.reason}};
}

QJsonObject runJson(const RunSummary &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("created"), isoUtc(r.created)},
            {QStringLiteral("data"), r.dataName},
            {QStringLiteral("fingerprint"), r.dataFingerprint},
            {QStringLiteral("target"), r.target},
            {QStringLiteral("train_rows"), r.trainRows},
            {QStringLiteral("test_rows"), r.testRows},
            {QStringLiteral("families"), QJsonArray::fromStringList(r.families)},
            {QStringLiteral("best"), r.bestFamily},
            {QStringLiteral("cv_auc"), numberOrNull(r.cvAuc)},
            {QStringLiteral("test_auc"), numberOrNull(r.testAuc)},
            {QStringLiteral("test_f1"), numberOrNull(r.testF1)},
            {QStringLiteral("seconds"), r.seconds},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)}};
}

int reportRegistryChange(ProjectFile &project, const RegistryEvent &event, bool json)
{
    auto champion = ModelRegistry(project).champion();
    if (!champion)
        return fail(champion.error());
    if (json) {
        printJson({{QStringLiteral("project"), project.path()},
                   {QStringLiteral("event"), eventJson(event)},
                   {QStringLiteral("champion"), *champion ? QJsonValue(versionJson(**champion)) : QJsonValue()}});
        return ExitOk;
    }
    QString s;
    if (event.action == QLatin1String("archive"))
        s = Tr::tr("Archived v%1.\n").arg(event.version);
    else if (event.previousChampion)
        s = Tr::tr("v%1 is now the champion; v%2 is archived.\n").arg(event.version).arg(*event.previousChampion);
    else
        s = Tr::tr("v%1 is now the champion.\n").arg(event.version);
    if (*champion)
        s += Tr::tr("Champion of %1: %2, threshold %3\n").arg(project.name(), versionTitle(**champion)).arg((*champion)->threshold, 0, 'f', 3);
    printOut(s);
    return ExitOk;
}

} // namespace churnlens::cli
