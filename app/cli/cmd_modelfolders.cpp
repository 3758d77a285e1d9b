// churnlens-cli model-export / model-import: a project's model versions in and out as folders.
#include "cliproject.h"

#include "project/modelregistry.h"
#include "project/projectfile.h"
#include "score/modelverifier.h"
#include "services/loadservice.h"
#include "services/modeltransfer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace churnlens::cli {
namespace {

int runModelExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("model-export");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file (.churnlens)."));
    p.addPositionalArgument(QStringLiteral("VERSION"), Tr::tr("The model version: 3 or v3."));
    p.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("The folder to write (created; an existing model folder is replaced)."));
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Write a model version as a folder: XGBoost's own JSON model (or the "
                                                         "coefficients), the preparation, the metadata and a model card "
                                                         "(MODEL_CARD.md) with data, metrics, threshold and intended use."),
                                      arguments, 3, 3); code >= 0)
        return code;
    const QStringList args = p.positionalArguments();
    int code = ExitOk;
    const std::optional<int> parsed = versionArgument(args[1], command, &code);
    if (!parsed)
        return code;
    const int version = *parsed;
    auto project = openProject(args[0], ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(project.error());
    auto info = ModelRegistry(**project).version(version);
    if (!info)
        return fail(info.error());
    const QString dir = QFileInfo(args[2]).absoluteFilePath();
    if (auto written = ModelTransfer::exportVersion(**project, version, dir); !written)
        return fail(written.error());
    if (p.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("version"), version},
                   {QStringLiteral("status"), machineName(info->status)},
                   {QStringLiteral("folder"), dir},
                   {QStringLiteral("files"), QJsonArray::fromStringList(QDir(dir).entryList(QDir::Files, QDir::Name))}});
    } else if (!p.isSet(QStringLiteral("quiet"))) {
        printOut(Tr::tr("Exported %1 (%2, %3) to %4\n").arg(info->label(), info->family, machineName(info->status), dir));
    }
    return ExitOk;
}

int runModelImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("model-import");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("The project file (.churnlens)."));
    p.addPositionalArgument(QStringLiteral("DIR"), Tr::tr("A model folder: one exported by ChurnLens, or one holding XGBoost's own model.json "
                                                          "(Python: booster.save_model(\"model.json\"))."));
    p.addOption({QStringLiteral("reason"), Tr::tr("Why the model is added (required; kept in the registry's history)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("preparation-from"),
                 Tr::tr("For an XGBoost model.json only: the version (3, v3) or model folder whose preparation makes its features "
                        "(default: the champion's). The feature names must match."), QStringLiteral("VERSION|DIR")});
    p.addOption({QStringLiteral("threshold"), Tr::tr("For an XGBoost model.json only: the decision threshold (default 0.5)."), QStringLiteral("P")});
    p.addOption({QStringLiteral("verify"), Tr::tr("Score a sample of FILE with the imported model and show the result."), QStringLiteral("FILE")});
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Add a model to a project as a new version (a challenger; the first version "
                                                         "becomes champion). The model must load and its features must match its "
                                                         "preparation."),
                                      arguments, 2, 2); code >= 0)
        return code;
    const QStringList args = p.positionalArguments();
    const QString reason = p.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return usageError(command, Tr::tr("--reason TEXT is required: the registry records why every model was added"));
    std::optional<double> threshold;
    int code = ExitOk;
    if (p.isSet(QStringLiteral("threshold"))) {
        double value = 0.5;
        if (!optionDouble(p, QStringLiteral("threshold"), &value, command, &code))
            return code;
        if (!(value > 0.0 && value < 1.0))
            return usageError(command, Tr::tr("--threshold must be between 0 and 1"));
        threshold = value;
    }
    auto project = openProject(args[0], ProjectFile::Access::ReadWrite);
    if (!project)
        return fail(project.error());
    ModelRegistry registry(**project);
    auto read = ModelTransfer::read(registry, args[1], p.value(QStringLiteral("preparation-from")), threshold);
    if (!read)
        return fail(read.error());
    const ImportedModel *imported = &read->imported;
    const ModelBundle *bundle = &read->bundle;
    const QString dir = QFileInfo(args[1]).absoluteFilePath();

    // Verify before registering: a model that cannot score the sample is not added.
    std::optional<ModelVerification> verification;
    if (p.isSet(QStringLiteral("verify"))) {
        auto loaded = LoadService::load(DataSource::fromPath(p.value(QStringLiteral("verify"))));
        if (!loaded)
            return fail(loaded.error());
        auto checked = ModelVerifier::verify(*bundle, loaded->table);
        if (!checked)
            return fail(checked.error());
        verification = *checked;
    }
    auto version = registry.registerFiles(imported->files, read->origin, reason);
    if (!version)
        return fail(version.error());

    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject out{{QStringLiteral("version"), version->version},
                        {QStringLiteral("status"), machineName(version->status)},
                        {QStringLiteral("family"), version->family},
                        {QStringLiteral("threshold"), version->threshold},
                        {QStringLiteral("foreign"), imported->foreign}};
        QJsonArray issues;
        for (const Issue &issue : std::as_const(imported->issues))
            issues.append(issue.toString());
        out.insert(QStringLiteral("issues"), issues);
        if (verification)
            out.insert(QStringLiteral("verification"), verification->toJson());
        printJson(out);
        return ExitOk;
    }
    if (p.isSet(QStringLiteral("quiet")))
        return ExitOk;
    QString s = Tr::tr("Added %1 (%2, %3, threshold %4) from %5\n")
                    .arg(version->label(), version->family, machineName(version->status), QString::number(version->threshold, 'g', 4), dir);
    for (const Issue &issue : std::as_const(imported->issues))
        s += QStringLiteral("  - %1\n").arg(issue.toString());
    if (verification) {
        const ModelVerification &v = *verification;
        s += Tr::tr("Verified on %1 of %2 customers: probabilities %3 to %4 (mean %5), %6 at or above the threshold")
                 .arg(formatCount(v.rowsScored), formatCount(v.tableRows), formatPercent(v.minProbability, 1), formatPercent(v.maxProbability, 1),
                      formatPercent(v.meanProbability, 1), formatPercent(v.shareAtThreshold, 1));
        if (std::isfinite(v.rocAuc))
            s += Tr::tr(", ROC AUC %1 on %2 customers with known outcome").arg(QString::number(v.rocAuc, 'f', 3), formatCount(v.labelledRows));
        s += QStringLiteral("\n");
        for (const Issue &issue : std::as_const(v.issues))
            s += QStringLiteral("  - %1\n").arg(issue.toString());
    } else {
        s += Tr::tr("Check it on your data with --verify FILE, or score with it once it is promoted.\n");
    }
    printOut(s);
    return ExitOk;
}

const CommandRegistration exportRegistration("model-export", "Write a project's model version as a folder with a model card", runModelExport);
const CommandRegistration importRegistration("model-import", "Add a model folder (ChurnLens's, or XGBoost's own JSON) to a project as a version", runModelImport);

} // namespace
} // namespace churnlens::cli
