#pragma once

#include "project/modelregistry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace churnlens {

/*!
 * The words the Models area uses for what the project stores in machine names: model
 * families ("xgboost" → "XGBoost"), version statuses, registry actions, times.
 */
class ModelsText
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ModelsText)

public:
    //! "XGBoost", "Logistic regression"; an unknown name as it is.
    static QString family(const QString &machineName);
    static QString status(VersionStatus status);
    //! "Registered", "Promoted", "Rolled back", "Archived".
    static QString action(const QString &machineName);
    //! A stored UTC time in the local time zone, short: "3/3/26 9:00 AM".
    static QString when(const QDateTime &utc);
    //! A day for sentences: "3 March 2026".
    static QString day(const QDate &date);
    //! "v2 (XGBoost, test ROC AUC 0.84)".
    static QString version(const ModelVersion &v);
};

} // namespace churnlens
