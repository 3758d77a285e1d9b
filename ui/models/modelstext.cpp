#include "modelstext.h"

#include "common/format.h"
#include "ml/modelspec.h"

#include <QLocale>

#include <cmath>

namespace churnlens {

QString ModelsText::family(const QString &machineName)
{
    ModelKind kind;
    return fromMachineName(machineName, &kind) ? displayName(kind) : machineName;
}

QString ModelsText::status(VersionStatus status)
{
    switch (status) {
    case VersionStatus::Champion: return tr("Champion");
    case VersionStatus::Challenger: return tr("Challenger");
    case VersionStatus::Archived: return tr("Archived");
    }
    return {};
}

QString ModelsText::action(const QString &machineName)
{
    if (machineName == QLatin1String("register"))
        return tr("Registered");
    if (machineName == QLatin1String("promote"))
        return tr("Promoted");
    if (machineName == QLatin1String("rollback"))
        return tr("Rolled back");
    if (machineName == QLatin1String("archive"))
        return tr("Archived");
    return machineName;
}

QString ModelsText::when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : format::missing();
}

QString ModelsText::day(const QDate &date)
{
    //: Date format for sentences such as "On 3 March 2026 the champion was v2" (QDate::toString syntax).
    return QLocale().toString(date, tr("d MMMM yyyy"));
}

QString ModelsText::version(const ModelVersion &v)
{
    if (std::isnan(v.testAuc))
        return tr("%1 (%2)").arg(v.label(), family(v.family));
    return tr("%1 (%2, test ROC AUC %3)").arg(v.label(), family(v.family), format::number(v.testAuc, 2));
}

} // namespace churnlens
