#include "runrecord.h"

#include "ml/trainreport.h"
#include "ml/xgbbooster.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QThread>

namespace churnlens {

QJsonObject RunRecord::environment()
{
    return {{QStringLiteral("churnlens"), QCoreApplication::applicationVersion()},
            {QStringLiteral("xgboost"), XgbBooster::libraryVersion()},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("machine"), QSysInfo::machineHostName()},
            {QStringLiteral("user"), ProjectFile::userName()}};
}

Result<RunRecord> RunRecord::fromReport(const TrainReport &report, const QString &dataName, const QJsonObject &roles, bool canceled)
{
    RunRecord run;
    run.created = (report.created.isValid() ? report.created : QDateTime::currentDateTime()).toUTC();
    run.dataName = dataName;
    run.dataFingerprint = report.dataFingerprint;
    run.target = report.targetColumn;
    run.trainRows = qint64(report.trainRows.size());
    run.testRows = qint64(report.testRows.size());
    run.seconds = report.seconds;
    run.status = canceled ? QStringLiteral("canceled") : QStringLiteral("finished");
    run.report = report.toJson(true);
    run.report.insert(QStringLiteral("positive_label"), report.positiveLabel);
    run.settings = {{QStringLiteral("preparation"), report.options.preparation.toJson()},
                    {QStringLiteral("roles"), roles},
                    {QStringLiteral("environment"), environment()}};
    for (size_t i = 0; i < report.models.size(); ++i) {
        const ModelReport &m = report.models[i];
        run.families << machineName(m.kind);
        auto files = ModelBundle::encode(report, int(i));
        if (!files)
            return std::unexpected(files.error());
        run.models.push_back({int(i), machineName(m.kind), std::move(*files)});
    }
    if (report.best >= 0) {
        const ModelReport &best = report.bestModel();
        run.bestFamily = machineName(best.kind);
        run.testAuc = best.test.rocAuc;
        run.testF1 = best.test.f1;
        if (auto it = best.cv.find(QStringLiteral("roc_auc")); it != best.cv.end())
            run.cvAuc = it->second.mean;
    }
    return run;
}

} // namespace churnlens
