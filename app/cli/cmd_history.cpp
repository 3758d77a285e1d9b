// churnlens-cli history: the registry's append-only history, and which version was champion when.
#include "cliproject.h"

#include <QJsonArray>

namespace churnlens::cli {
namespace {

/*!
 * --at: an ISO date or date-time. A date alone means the end of that day in local time; a
 * date-time without a zone is local time.
 */
QDateTime parseWhen(const QString &text)
{
    const QString t = text.trimmed();
    // QDate::fromString() would also take the date part of a date-time: only a date alone is a day.
    if (const QDate date = QDate::fromString(t, Qt::ISODate); date.isValid() && t.size() == 10)
        return QDateTime(date, QTime(23, 59, 59, 999));
    QString dateTime = t;
    if (dateTime.size() > 10 && dateTime.at(10) == QLatin1Char(' '))
        dateTime[10] = QLatin1Char('T');
    return QDateTime::fromString(dateTime, Qt::ISODateWithMs);
}

int runHistory(const QStringList &arguments)
{
    const QString command = QStringLiteral("history");
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("PROJECT"), Tr::tr("A ChurnLens project (.churnlens)."));
    p.addOption({QStringLiteral("at"), Tr::tr("Which version was champion then: an ISO date (the end of that day, local time) "
                                              "or date-time such as 2026-03-03T14:00 or 2026-03-03T13:00:00Z."),
                 QStringLiteral("DATE")});
    addOutputOptions(p);
    if (const int code = parseCommand(p, command, Tr::tr("Show the model registry's history (who changed what, when and why) "
                                                         "and the champion now or at a date."),
                                      arguments, 1, 1);
        code >= 0)
        return code;
    std::optional<QDateTime> at;
    if (p.isSet(QStringLiteral("at"))) {
        const QDateTime when = parseWhen(p.value(QStringLiteral("at")));
        if (!when.isValid())
            return usageError(command, Tr::tr("--at expects an ISO date or date-time such as 2026-03-03 or 2026-03-03T14:00, got \"%1\"")
                                           .arg(p.value(QStringLiteral("at"))));
        at = when;
    }
    auto project = openProject(p.positionalArguments().first(), ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(project.error());
    ModelRegistry registry(**project);
    auto events = registry.history();
    if (!events)
        return fail(events.error());
    QList<RegistryEvent> shown;
    for (const RegistryEvent &e : std::as_const(*events)) {
        if (!at || e.at <= *at)
            shown << e;
    }
    std::optional<int> champion;
    if (at) {
        auto then = registry.championAt(*at);
        if (!then)
            return fail(then.error());
        champion = *then;
    } else {
        auto now = registry.champion();
        if (!now)
            return fail(now.error());
        if (*now)
            champion = (*now)->version;
    }
    std::optional<ModelVersion> championVersion;
    if (champion) {
        auto v = registry.version(*champion);
        if (!v)
            return fail(v.error());
        championVersion = *v;
    }

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const RegistryEvent &e : std::as_const(shown))
            list.append(eventJson(e));
        printJson({{QStringLiteral("project"), (*project)->path()},
                   {QStringLiteral("at"), at ? QJsonValue(isoUtc(*at)) : QJsonValue()},
                   {QStringLiteral("champion"), champion ? QJsonValue(*champion) : QJsonValue()},
                   {QStringLiteral("champion_version"), championVersion ? QJsonValue(versionJson(*championVersion)) : QJsonValue()},
                   {QStringLiteral("events"), list}});
        return ExitOk;
    }
    QString s = Tr::tr("History of %1: %2 events%3\n\n")
                    .arg((*project)->name())
                    .arg(shown.size())
                    .arg(at ? Tr::tr(" up to %1").arg(at->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))) : QString());
    if (!shown.isEmpty()) {
        QList<QStringList> rows;
        auto label = [](std::optional<int> v) { return v ? QStringLiteral("v%1").arg(*v) : QStringLiteral("-"); };
        for (const RegistryEvent &e : std::as_const(shown)) {
            rows << QStringList{localTime(e.at), e.action, QStringLiteral("v%1").arg(e.version), label(e.previousChampion), label(e.champion),
                                e.user, e.reason};
        }
        s += textTable({Tr::tr("When"), Tr::tr("Action"), Tr::tr("Version"), Tr::tr("Champion before"), Tr::tr("Champion after"),
                        Tr::tr("User"), Tr::tr("Reason")},
                       rows)
             + QLatin1Char('\n');
    }
    const QString who = championVersion ? Tr::tr("%1, threshold %2").arg(versionTitle(*championVersion)).arg(championVersion->threshold, 0, 'f', 3)
                                        : Tr::tr("none");
    if (at)
        s += Tr::tr("Champion at %1 (local time): %2\n").arg(at->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), who);
    else
        s += Tr::tr("Champion now: %1\n").arg(who);
    printOut(s);
    return ExitOk;
}

const CommandRegistration registration("history", "Show a project's registry history and the champion at a date", runHistory);

} // namespace
} // namespace churnlens::cli
