#include "modelbundle.h"

#include "data/datatable.h"
#include "data/schemaguess.h"
#include "trainreport.h"
#include "xgbbooster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <optional>

#include <Eigen/Core>

namespace churnlens {

namespace {

Result<void> writeFile(const QString &path, const QByteArray &content)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit()) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = path;
        e.message = Tr::tr("Cannot write the file: %1").arg(f.errorString());
        return std::unexpected(e);
    }
    return {};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = path;
        e.message = Tr::tr("Cannot read the file: %1").arg(f.errorString());
        return std::unexpected(e);
    }
    return f.readAll();
}

//! \a path only names the file in messages.
Result<QJsonObject> parseJsonObject(const QByteArray &bytes, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        Error e;
        e.code = ErrorCode::Model;
        e.file = path;
        e.message = Tr::tr("Not a valid JSON object: %1").arg(parseError.errorString());
        return std::unexpected(e);
    }
    return doc.object();
}

QString probabilityRule(ModelKind kind)
{
    switch (kind) {
    case ModelKind::XGBoost: return QStringLiteral("sigmoid(margin)");
    case ModelKind::Forest: return QStringLiteral("0.5 + margin / 4, clipped to [0, 1] (mean leaf churn share)");
    case ModelKind::Logistic: return QStringLiteral("sigmoid(intercept + coefficients . features)");
    }
    return {};
}

} // namespace

Result<ModelBundle::Files> ModelBundle::encode(const TrainReport &report, int modelIndex)
{
    if (modelIndex < 0)
        modelIndex = report.best;
    if (modelIndex < 0 || size_t(modelIndex) >= report.models.size())
        return makeError(ErrorCode::Internal, Tr::tr("There is no trained model to save."));
    const ModelReport &m = report.models[size_t(modelIndex)];
    if (!m.model.isValid() || !m.preparation.isValid())
        return makeError(ErrorCode::Internal, Tr::tr("The model was not fitted."));
    auto modelBytes = m.model.serialize();
    if (!modelBytes)
        return std::unexpected(modelBytes.error());
    Files files;
    files.modelFileName = m.model.fileName();
    files.model = std::move(*modelBytes);
    files.preparation = QJsonDocument(m.preparation.toJson()).toJson();

    QJsonObject cv;
    for (const auto &[name, s] : m.cv)
        cv.insert(name, QJsonObject{{QStringLiteral("mean"), s.mean}, {QStringLiteral("std"), s.std}});
    // The test rows' calibration error goes with the other test metrics: the impact dashboard
    // warns when money is computed from probabilities that are off.
    QJsonObject test = m.test.toJson();
    test.insert(QStringLiteral("ece"), m.ece);
    const double trainRows = double(report.trainRows.size());
    QJsonObject meta{
        {QStringLiteral("format"), QStringLiteral("churnlens-model")},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("model"), machineName(m.kind)},
        {QStringLiteral("model_file"), m.model.fileName()},
        {QStringLiteral("preparation_file"), QStringLiteral("preparation.json")},
        {QStringLiteral("params"), m.spec.paramsJson()},
        {QStringLiteral("probability"), probabilityRule(m.kind)},
        {QStringLiteral("calibration"), m.calibration.toJson()},
        {QStringLiteral("threshold"), m.threshold},
        {QStringLiteral("threshold_policy"), report.options.threshold.toJson()},
        {QStringLiteral("metrics"), QJsonObject{{QStringLiteral("test"), test}, {QStringLiteral("cv"), cv}}},
        {QStringLiteral("features"), QJsonArray::fromStringList(m.model.featureNames())},
        {QStringLiteral("target"), report.targetColumn},
        {QStringLiteral("positive_label"), report.positiveLabel},
        {QStringLiteral("seed"), qint64(report.options.seed)},
        {QStringLiteral("imbalance"), machineName(report.options.imbalance)},
        {QStringLiteral("tuning"), machineName(report.options.tuning)},
        {QStringLiteral("folds"), report.options.folds},
        {QStringLiteral("train_rows"), qint64(report.trainRows.size())},
        {QStringLiteral("train_churn_rate"), trainRows > 0 ? QJsonValue(double(report.trainPositives) / trainRows)
                                                           : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("data_fingerprint"), report.dataFingerprint},
        {QStringLiteral("versions"), QJsonObject{{QStringLiteral("churnlens"), QCoreApplication::applicationVersion()},
                                                 {QStringLiteral("xgboost"), XgbBooster::libraryVersion()},
                                                 {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                                 {QStringLiteral("eigen"), QStringLiteral("%1.%2.%3").arg(EIGEN_WORLD_VERSION).arg(EIGEN_MAJOR_VERSION).arg(EIGEN_MINOR_VERSION)}}},
        {QStringLiteral("created"), report.created.toString(Qt::ISODate)},
    };
    if (!m.reference.isEmpty())
        meta.insert(QStringLiteral("reference"), m.reference);
    files.meta = QJsonDocument(meta).toJson();
    return files;
}

Result<void> ModelBundle::save(const QString &directory, const TrainReport &report, int modelIndex)
{
    auto files = encode(report, modelIndex);
    if (!files)
        return std::unexpected(files.error());
    return write(directory, *files);
}

Result<void> ModelBundle::write(const QString &directory, const Files &files)
{
    if (!QDir().mkpath(directory)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = directory;
        e.message = Tr::tr("Cannot create the model directory.");
        return std::unexpected(e);
    }
    const QDir dir(directory);
    if (auto ok = writeFile(dir.filePath(files.modelFileName), files.model); !ok)
        return ok;
    if (auto ok = writeFile(dir.filePath(files.preparationFileName), files.preparation); !ok)
        return ok;
    // The other family's file from an earlier save in the same directory would be confusing.
    QFile::remove(dir.filePath(files.modelFileName == QLatin1String("logistic.json") ? QStringLiteral("model.json")
                                                                                      : QStringLiteral("logistic.json")));
    return writeFile(dir.filePath(QStringLiteral("meta.json")), files.meta);
}

Result<ModelBundle> ModelBundle::fromReport(const TrainReport &report, int modelIndex)
{
    auto files = encode(report, modelIndex);
    if (!files)
        return std::unexpected(files.error());
    return decode(*files);
}


Result<ModelBundle> ModelBundle::load(const QString &directory)
{
    Files files;
    return load(directory, &files);
}

Result<ModelBundle::Files> ModelBundle::read(const QString &directory)
{
    Files files;
    if (auto bundle = load(directory, &files); !bundle)
        return std::unexpected(bundle.error());
    return files;
}

Result<ModelBundle> ModelBundle::load(const QString &directory, Files *out)
{
    const QDir dir(directory);
    Files &files = *out;
    auto meta = readFile(dir.filePath(QStringLiteral("meta.json")));
    if (!meta)
        return std::unexpected(meta.error());
    files.meta = std::move(*meta);
    // Which files to read is in the metadata; decode() checks it properly.
    const QJsonObject m = QJsonDocument::fromJson(files.meta).object();
    const bool logistic = m.value(QStringLiteral("model")).toString() == machineName(ModelKind::Logistic);
    files.modelFileName = m.value(QStringLiteral("model_file")).toString(logistic ? QStringLiteral("logistic.json") : QStringLiteral("model.json"));
    files.preparationFileName = m.value(QStringLiteral("preparation_file")).toString(QStringLiteral("preparation.json"));
    // A file that cannot be read is reported where decode() first needs it, so that a broken
    // meta.json is named first, as it always was.
    std::optional<Error> modelUnreadable, preparationUnreadable;
    if (auto content = readFile(dir.filePath(files.modelFileName)))
        files.model = std::move(*content);
    else
        modelUnreadable = content.error();
    if (auto prep = readFile(dir.filePath(files.preparationFileName)))
        files.preparation = std::move(*prep);
    else
        preparationUnreadable = prep.error();
    return decode(files, directory, modelUnreadable ? &*modelUnreadable : nullptr,
                  preparationUnreadable ? &*preparationUnreadable : nullptr);
}

Result<ModelBundle> ModelBundle::decode(const Files &files, const QString &directory)
{
    return decode(files, directory, nullptr, nullptr);
}

Result<ModelBundle> ModelBundle::decode(const Files &files, const QString &directory, const Error *modelUnreadable,
                                        const Error *preparationUnreadable)
{
    const QDir dir(directory);
    auto meta = parseJsonObject(files.meta, dir.filePath(QStringLiteral("meta.json")));
    if (!meta)
        return std::unexpected(meta.error());
    auto fail = [&](const QString &message) {
        Error e;
        e.code = ErrorCode::Model;
        e.file = dir.filePath(QStringLiteral("meta.json"));
        e.message = message;
        return std::unexpected(e);
    };
    if (meta->value(QStringLiteral("format")).toString() != QLatin1String("churnlens-model"))
        return fail(Tr::tr("This is not a ChurnLens model directory."));
    if (meta->value(QStringLiteral("version")).toInt() > FormatVersion)
        return fail(Tr::tr("The model was saved by a newer ChurnLens (format %1).").arg(meta->value(QStringLiteral("version")).toInt()));
    ModelSpec spec;
    if (!fromMachineName(meta->value(QStringLiteral("model")).toString(), &spec.kind))
        return fail(Tr::tr("Unknown model kind \"%1\".").arg(meta->value(QStringLiteral("model")).toString()));
    const QJsonObject params = meta->value(QStringLiteral("params")).toObject();
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!it.value().isDouble())
            return fail(Tr::tr("Parameter \"%1\" is not a number.").arg(it.key()));
        spec.params[it.key()] = it.value().toDouble();
    }
    QString unknown;
    if (!spec.isValid(&unknown))
        return fail(Tr::tr("Unknown parameter \"%1\".").arg(unknown));
    QStringList features;
    for (const QJsonValue &v : meta->value(QStringLiteral("features")).toArray())
        features << v.toString();
    const QJsonValue threshold = meta->value(QStringLiteral("threshold"));
    if (features.isEmpty() || !threshold.isDouble())
        return fail(Tr::tr("The metadata lacks the feature names or the threshold."));
    // A hand-edited or damaged meta.json must not make every customer high (or no one) risk.
    if (!(threshold.toDouble() >= 0.0 && threshold.toDouble() <= 1.0))
        return fail(Tr::tr("The threshold %1 is not a probability between 0 and 1.").arg(threshold.toDouble()));
    if (features.contains(QString()) || QSet<QString>(features.begin(), features.end()).size() != features.size())
        return fail(Tr::tr("The feature names are empty or repeated."));
    // The model's files live in its folder: a name with a path could read any file.
    for (const char *key : {"model_file", "preparation_file"}) {
        const QString name = meta->value(QLatin1String(key)).toString();
        if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name == QLatin1String("..")
            || name == QLatin1String("."))
            return fail(Tr::tr("\"%1\" must name a file in the model's folder, not \"%2\".").arg(QLatin1String(key), name));
    }

    // Older models have no calibration: their probabilities are the model's own.
    auto calibration = Calibration::fromJson(meta->value(QStringLiteral("calibration")).toObject());
    if (!calibration)
        return fail(calibration.error().message);

    ModelBundle bundle;
    bundle.m_meta = *meta;
    bundle.m_threshold = threshold.toDouble();
    bundle.m_calibration = std::move(*calibration);
    const QString modelFile = dir.filePath(meta->value(QStringLiteral("model_file")).toString(
        spec.kind == ModelKind::Logistic ? QStringLiteral("logistic.json") : QStringLiteral("model.json")));
    if (modelUnreadable)
        return std::unexpected(*modelUnreadable);
    auto model = TrainedModel::deserialize(spec, features, files.model);
    if (!model) {
        Error e = model.error();
        e.file = modelFile;
        return std::unexpected(e);
    }
    bundle.m_model = std::move(*model);
    const QString prepFile = dir.filePath(meta->value(QStringLiteral("preparation_file")).toString(QStringLiteral("preparation.json")));
    if (preparationUnreadable)
        return std::unexpected(*preparationUnreadable);
    auto prepJson = parseJsonObject(files.preparation, prepFile);
    if (!prepJson)
        return std::unexpected(prepJson.error());
    auto prep = FittedPreparation::fromJson(*prepJson);
    if (!prep) {
        Error e = prep.error();
        e.file = prepFile;
        return std::unexpected(e);
    }
    if (prep->featureNames() != features)
        return fail(Tr::tr("The preparation makes other features than the model expects."));
    bundle.m_preparation = std::move(*prep);
    return bundle;
}

std::vector<int8_t> ModelBundle::targetLabels(const DataTable &table) const
{
    const QString target = m_meta.value(QStringLiteral("target")).toString();
    const int index = target.isEmpty() ? -1 : table.indexOf(target);
    if (index < 0)
        return {};
    // A table of the one column: the labels are read exactly as training reads them.
    DataTable labels;
    labels.addColumn(table.column(index));
    labels.setTarget(0);
    const QString positive = m_meta.value(QStringLiteral("positive_label")).toString();
    labels.setPositiveLabel(positive.isEmpty() ? SchemaGuess::guessPositiveLabel(labels.column(0)) : positive);
    return labels.targetLabels();
}

Result<std::vector<double>> ModelBundle::predictProba(const FeatureMatrix &features) const
{
    auto p = m_model.predictProba(features);
    if (p)
        m_calibration.apply(*p);
    return p;
}

Result<std::vector<double>> ModelBundle::predictProba(const DataTable &table, QList<Issue> *issues, Progress *progress) const
{
    auto features = m_preparation.transform(table, issues, progress);
    if (!features)
        return std::unexpected(features.error());
    return predictProba(*features);
}

} // namespace churnlens
