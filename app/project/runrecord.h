#pragma once

#include "ml/modelbundle.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace churnlens {

struct TrainReport;

//! One model of a recorded run: its family and its files, exactly as a model folder holds them.
struct RunModel
{
    int index = 0;
    QString family;          //!< machineName(ModelKind): "xgboost", "forest", "logistic"
    ModelBundle::Files files;
};

/*!
 * A training run as the project keeps it. The columns the runs table lists are fields; the
 * whole report (parameters, every parameter set a search tried with its CV score, CV and test
 * metrics, curves, importance) and the settings (preparation, imbalance, threshold policy,
 * roles and mappings of the columns, versions, machine) are JSON, so that runs made by older
 * and newer versions compare key by key.
 */
struct RunRecord
{
    qint64 id = 0;             //!< 0 until stored
    QDateTime created;         //!< UTC
    QString dataName;
    QString dataFingerprint;   //!< SHA-256 of the training table's contents
    QString target;
    qint64 trainRows = 0;
    qint64 testRows = 0;
    QStringList families;      //!< every family trained, in order
    QString bestFamily;
    double testAuc = std::numeric_limits<double>::quiet_NaN(); //!< of the best model
    double cvAuc = std::numeric_limits<double>::quiet_NaN();
    double testF1 = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0.0;
    QString status = QStringLiteral("finished"); //!< "finished" or "canceled" (some families not trained)
    QString note;
    QStringList tags;
    QJsonObject report;        //!< TrainReport::toJson(true)
    QJsonObject settings;      //!< {"preparation", "roles", "environment", …}
    std::vector<RunModel> models;

    /*!
     * The record of \a report: every model's files, the report and the settings. \a roles
     * describes the columns as the user set them (see ColumnRoles::of()).
     */
    static Result<RunRecord> fromReport(const TrainReport &report, const QString &dataName, const QJsonObject &roles,
                                        bool canceled = false);
    //! ChurnLens, XGBoost and Qt versions, the machine and the user.
    static QJsonObject environment();
};

//! The runs table's row: what listing thousands of runs reads, without reports or models.
struct RunSummary
{
    qint64 id = 0;
    QDateTime created;
    QString dataName;
    QString dataFingerprint;
    QString target;
    qint64 trainRows = 0;
    qint64 testRows = 0;
    QStringList families;
    QString bestFamily;
    double testAuc = std::numeric_limits<double>::quiet_NaN();
    double cvAuc = std::numeric_limits<double>::quiet_NaN();
    double testF1 = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0.0;
    QString status;
    QString note;
    QStringList tags;
};

} // namespace churnlens
