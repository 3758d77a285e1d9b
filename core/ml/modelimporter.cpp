#include "modelimporter.h"

#include "xgbbooster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace churnlens {

namespace {

//! XGBoost writes scalar parameters as strings ("41"); accept numbers too.
std::optional<qint64> integer(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

//! "a, b, c and 4 more"
QString someNames(const QStringList &names)
{
    constexpr qsizetype shown = 5;
    QStringList quoted;
    for (qsizetype i = 0; i < std::min(shown, names.size()); ++i)
        quoted << QStringLiteral("\"%1\"").arg(names[i]);
    QString s = quoted.join(QStringLiteral(", "));
    if (names.size() > shown)
        s = ModelImporter::tr("%1 and %2 more").arg(s).arg(names.size() - shown);
    return s;
}

QStringList without(const QStringList &names, const QStringList &others)
{
    const QSet<QString> set(others.begin(), others.end());
    QStringList out;
    for (const QString &n : names) {
        if (!set.contains(n))
            out << n;
    }
    return out;
}

Error modelError(const QString &message, const QString &file, const QString &hint = {})
{
    return Error::make(ErrorCode::Model, message, file, hint);
}

QString matchHint()
{
    return ModelImporter::tr("Train the model on the features that \"churnlens-cli prepare\" writes with this preparation "
                             "(same names, same order), or import it with the preparation it was trained with.");
}

//! Why the model's feature names do not fit the preparation's: the first difference, what is missing, what is extra.
QString mismatch(const QStringList &model, const QStringList &prep)
{
    QString s = ModelImporter::tr("The model's features do not match the preparation's.");
    const qsizetype common = std::min(model.size(), prep.size());
    qsizetype first = 0;
    while (first < common && model[first] == prep[first])
        ++first;
    if (first < common)
        s += QLatin1Char(' ') + ModelImporter::tr("Feature %1 is \"%2\" in the model but \"%3\" in the preparation.")
                                    .arg(first + 1).arg(model[first], prep[first]);
    else
        s += QLatin1Char(' ') + ModelImporter::tr("The model has %1 features, the preparation makes %2.").arg(model.size()).arg(prep.size());
    const QStringList missing = without(prep, model);
    const QStringList extra = without(model, prep);
    if (!missing.isEmpty())
        s += QLatin1Char(' ') + ModelImporter::tr("Missing from the model: %1.").arg(someNames(missing));
    if (!extra.isEmpty())
        s += QLatin1Char(' ') + ModelImporter::tr("Not made by the preparation: %1.").arg(someNames(extra));
    if (missing.isEmpty() && extra.isEmpty() && model.size() == prep.size())
        s += QLatin1Char(' ') + ModelImporter::tr("The names are the same, in another order.");
    return s;
}

} // namespace

Result<ImportedModel> ModelImporter::importFolder(const QString &directory, const ModelImportOptions &options)
{
    const QDir dir(directory);
    if (!QFileInfo(directory).isDir())
        return std::unexpected(Error::make(ErrorCode::Io, tr("The model folder does not exist."), directory));
    if (dir.exists(QStringLiteral("meta.json"))) {
        auto files = ModelBundle::read(directory);
        if (!files)
            return std::unexpected(files.error());
        ImportedModel imported;
        imported.files = std::move(*files);
        return imported;
    }
    const QString path = dir.filePath(QStringLiteral("model.json"));
    if (!QFileInfo::exists(path))
        return std::unexpected(Error::make(ErrorCode::Model, tr("The folder holds no model: neither meta.json (a ChurnLens model) nor model.json (XGBoost's own JSON model)."),
                                           directory, tr("Save a model trained elsewhere with Booster.save_model(\"model.json\") into the folder.")));
    if (!options.preparation.isValid())
        return std::unexpected(modelError(tr("The folder holds an XGBoost model without ChurnLens metadata, and no preparation was given."), path,
                                          tr("Choose the preparation that makes the model's features (that of another model version, say).")));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::unexpected(Error::make(ErrorCode::Io, tr("Cannot read the file: %1").arg(f.errorString()), path));
    ModelImportOptions o = options;
    if (o.source.isEmpty())
        o.source = QFileInfo(path).absoluteFilePath();
    return fromXgboostJson(f.readAll(), o, path);
}

Result<ImportedModel> ModelImporter::fromXgboostJson(const QByteArray &json, const ModelImportOptions &options, const QString &fileName)
{
    if (!options.preparation.isValid())
        return std::unexpected(modelError(tr("No preparation was given for the model."), fileName,
                                          tr("Choose the preparation that makes the model's features (that of another model version, say).")));
    if (!(options.threshold >= 0.0 && options.threshold <= 1.0))
        return std::unexpected(Error::make(ErrorCode::Usage, tr("The threshold %1 is not a probability between 0 and 1.").arg(options.threshold), fileName));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString saveHint = tr("Save the model with Booster.save_model(\"model.json\"): XGBoost's JSON format.");
    if (!doc.isObject())
        return std::unexpected(modelError(tr("The model is not valid JSON: %1.").arg(parseError.errorString()), fileName, saveHint));
    const QJsonObject learner = doc.object().value(QStringLiteral("learner")).toObject();
    if (learner.isEmpty())
        return std::unexpected(modelError(tr("The file has no \"learner\": it is not an XGBoost JSON model."), fileName, saveHint));

    const QString objective = learner.value(QStringLiteral("objective")).toObject().value(QStringLiteral("name")).toString();
    if (objective != QLatin1String("binary:logistic"))
        return std::unexpected(modelError(tr("The model's objective is \"%1\"; ChurnLens imports churn classifiers trained with \"binary:logistic\".").arg(objective),
                                          fileName, tr("Train the model with objective \"binary:logistic\" (XGBClassifier does for two classes) and save it again.")));
    const QJsonObject booster = learner.value(QStringLiteral("gradient_booster")).toObject();
    const QString boosterName = booster.value(QStringLiteral("name")).toString();
    if (boosterName != QLatin1String("gbtree") && boosterName != QLatin1String("dart"))
        return std::unexpected(modelError(tr("The model uses the booster \"%1\"; ChurnLens imports tree models (gbtree, dart).").arg(boosterName),
                                          fileName, tr("Train the model with booster \"gbtree\" and save it again.")));

    ImportedModel imported;
    imported.foreign = true;
    const QStringList prepNames = options.preparation.featureNames();
    QStringList modelNames;
    for (const QJsonValue &v : learner.value(QStringLiteral("feature_names")).toArray())
        modelNames << v.toString();
    const auto numFeature = integer(learner.value(QStringLiteral("learner_model_param")).toObject().value(QStringLiteral("num_feature")));
    if (!numFeature)
        return std::unexpected(modelError(tr("The model does not say how many features it has (num_feature)."), fileName, saveHint));
    if (!modelNames.isEmpty()) {
        if (modelNames != prepNames)
            return std::unexpected(modelError(mismatch(modelNames, prepNames), fileName, matchHint()));
    } else if (*numFeature != prepNames.size()) {
        return std::unexpected(modelError(tr("The model does not name its features, and it has %1 where the preparation makes %2.")
                                              .arg(*numFeature).arg(prepNames.size()),
                                          fileName, matchHint()));
    } else {
        Issue issue;
        issue.severity = Issue::Severity::Warning;
        issue.file = fileName;
        issue.message = tr("The model does not name its features: they are taken to be the preparation's %1 features, in its order. "
                           "Save the model with feature names so that the import can check them.").arg(prepNames.size());
        imported.issues << issue;
    }
    for (const QJsonValue &type : learner.value(QStringLiteral("feature_types")).toArray()) {
        if (type.toString() == QLatin1String("c"))
            return std::unexpected(modelError(tr("The model splits on categorical features; the preparation gives every feature as a number."),
                                              fileName, matchHint()));
    }

    QJsonObject params;
    const QJsonObject trees = (boosterName == QLatin1String("dart") ? booster.value(QStringLiteral("gbtree")).toObject() : booster)
                                  .value(QStringLiteral("model")).toObject().value(QStringLiteral("gbtree_model_param")).toObject();
    const auto numTrees = integer(trees.value(QStringLiteral("num_trees")));
    const qint64 parallel = std::max<qint64>(1, integer(trees.value(QStringLiteral("num_parallel_tree"))).value_or(1));
    if (numTrees && *numTrees > 0)
        params.insert(QStringLiteral("n_estimators"), double(*numTrees / parallel));
    const auto best = integer(learner.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("best_iteration")));
    if (best && numTrees && *best + 1 < *numTrees / parallel) {
        Issue issue;
        issue.severity = Issue::Severity::Info;
        issue.file = fileName;
        issue.message = tr("The model records round %1 as the best of early stopping; ChurnLens scores with all %2 rounds, as Booster.predict() does.")
                            .arg(*best + 1).arg(*numTrees / parallel);
        imported.issues << issue;
    }

    QStringList version;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("version")).toArray())
        version << QString::number(v.toInt());
    const QString trainedWith = version.isEmpty() ? XgbBooster::libraryVersion() : version.join(QLatin1Char('.'));
    const QDateTime created = options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc();
    QJsonObject meta{
        {QStringLiteral("format"), QStringLiteral("churnlens-model")},
        {QStringLiteral("version"), ModelBundle::FormatVersion},
        {QStringLiteral("model"), machineName(ModelKind::XGBoost)},
        {QStringLiteral("model_file"), QStringLiteral("model.json")},
        {QStringLiteral("preparation_file"), QStringLiteral("preparation.json")},
        {QStringLiteral("params"), params},
        {QStringLiteral("probability"), QStringLiteral("sigmoid(margin)")},
        {QStringLiteral("threshold"), options.threshold},
        {QStringLiteral("threshold_policy"), QJsonObject{{QStringLiteral("policy"), QStringLiteral("fixed")}, {QStringLiteral("value"), options.threshold}}},
        {QStringLiteral("features"), QJsonArray::fromStringList(prepNames)},
        {QStringLiteral("origin"), QStringLiteral("imported")},
        {QStringLiteral("imported_from"), options.source},
        {QStringLiteral("note"), QStringLiteral("Trained outside ChurnLens with XGBoost %1 (%2); imported with a ChurnLens preparation whose feature names %3.")
                                     .arg(trainedWith, options.source.isEmpty() ? fileName : options.source,
                                          modelNames.isEmpty() ? QStringLiteral("were not checked (the model names none)") : QStringLiteral("the model's match"))},
        {QStringLiteral("versions"), QJsonObject{{QStringLiteral("churnlens"), QCoreApplication::applicationVersion()},
                                                 {QStringLiteral("xgboost"), trainedWith},
                                                 {QStringLiteral("qt"), QString::fromLatin1(qVersion())}}},
        {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
    };
    if (!options.target.isEmpty())
        meta.insert(QStringLiteral("target"), options.target);
    if (!options.positiveLabel.isEmpty())
        meta.insert(QStringLiteral("positive_label"), options.positiveLabel);

    imported.files.modelFileName = QStringLiteral("model.json");
    imported.files.model = json;
    imported.files.preparation = QJsonDocument(options.preparation.toJson()).toJson();
    imported.files.meta = QJsonDocument(meta).toJson();
    // The proof: the files load as a model (XGBoost reads the booster, the counts agree).
    if (auto decoded = ModelBundle::decode(imported.files, QFileInfo(fileName).path()); !decoded) {
        Error e = decoded.error();
        if (e.file.endsWith(QLatin1String("model.json")))
            e.file = fileName;
        return std::unexpected(e);
    }
    return imported;
}

} // namespace churnlens
