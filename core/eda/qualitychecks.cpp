#include "qualitychecks.h"

#include "../data/datatable.h"

#include <QLocale>

#include <climits>
#include <cmath>

namespace churnlens {

namespace {

QString percent(double share, int decimals = 1)
{
    const QLocale locale; // the user's, as the GUI shows numbers
    return locale.toString(100.0 * share, 'f', decimals) + locale.percent();
}

QString quoted(const QString &s)
{
    return QStringLiteral("“%1”").arg(s);
}

ProfileWarning make(ProfileWarning::Kind kind, Issue::Severity severity, const QString &column, QString message,
                    QString hint = {})
{
    return ProfileWarning{kind, severity, column, std::move(message), std::move(hint)};
}

void leakage(const Profile &p, const ProfileOptions &o, std::vector<ProfileWarning> &out)
{
    const QString hint = Tr::tr("Check when this value is recorded. If it is only known once a customer has "
                                "left, set the column's role to Ignored before training.");
    for (const FeatureAssociation &a : p.association) {
        const double auc = a.auc;
        const double strength = std::isnan(auc) ? 0.0 : std::max(auc, 1.0 - auc);
        if (strength > o.leakageAuc) {
            out.push_back(make(ProfileWarning::Kind::Leakage, Issue::Severity::Warning, a.name,
                               Tr::tr("%1 alone separates churners from stayers almost perfectly (AUC %2): "
                                      "a possible leak of the outcome into the data.")
                                   .arg(quoted(a.name), QString::number(strength, 'f', 3)),
                               hint));
            continue;
        }
        const ChurnBreakdown *b = p.levelBreakdown(a.column);
        if (!b || p.churned == 0)
            continue;
        // A level that is (almost) only churners and holds most of them is a leak even when
        // the rest of the column is mixed ("Churn reason: competitor").
        for (const ChurnGroup &g : b->groups) {
            const double coverage = double(g.churned) / double(p.churned);
            if (g.count >= 30 && g.rate() >= o.leakagePurity && coverage >= 0.5) {
                out.push_back(make(ProfileWarning::Kind::Leakage, Issue::Severity::Warning, a.name,
                                   Tr::tr("%1 of all churners have %2 = %3, and %4 of the customers with that value "
                                          "churned: a possible leak of the outcome into the data.")
                                       .arg(percent(coverage), quoted(a.name), quoted(g.label), percent(g.rate())),
                                   hint));
                break;
            }
        }
    }
}

void columnChecks(const Profile &p, const ProfileOptions &o, std::vector<ProfileWarning> &out)
{
    for (const ColumnProfile &c : p.columns) {
        if (c.role == ColumnRole::Ignore)
            continue;
        const qsizetype rows = c.count + c.missing;
        if (rows > 0 && c.count == 0) {
            out.push_back(make(ProfileWarning::Kind::MostlyMissing, Issue::Severity::Warning, c.name,
                               Tr::tr("%1 is empty in every row.").arg(quoted(c.name)),
                               Tr::tr("Set its role to Ignored.")));
            continue;
        }
        if (c.missingShare() > o.mostlyMissing) {
            out.push_back(make(ProfileWarning::Kind::MostlyMissing, Issue::Severity::Warning, c.name,
                               Tr::tr("%1 is missing in %2 of the rows.").arg(quoted(c.name), percent(c.missingShare())),
                               Tr::tr("Filling in most of a column invents data: consider leaving it out.")));
        }
        if (c.role == ColumnRole::Target)
            continue;
        if (c.constant) {
            const QString value = !c.levels.empty() ? c.levels.front().label
                                  : c.numeric       ? QString::number(c.numeric->min, 'g', 10)
                                                    : QString();
            out.push_back(make(ProfileWarning::Kind::Constant, Issue::Severity::Warning, c.name,
                               Tr::tr("%1 has the same value (%2) in every row and says nothing about churn.")
                                   .arg(quoted(c.name), quoted(value)),
                               Tr::tr("Set its role to Ignored.")));
        } else if (c.idLike && c.role == ColumnRole::Feature) {
            out.push_back(make(ProfileWarning::Kind::IdLike, Issue::Severity::Warning, c.name,
                               Tr::tr("%1 looks like an identifier (%2 different values in %3 rows).")
                                   .arg(quoted(c.name)).arg(c.distinct).arg(c.count),
                               Tr::tr("Set its role to Id: a model would learn individual customers, not patterns.")));
        } else if (!c.numeric && c.role == ColumnRole::Feature && c.distinct > o.highCardinality) {
            out.push_back(make(ProfileWarning::Kind::HighCardinality, Issue::Severity::Info, c.name,
                               Tr::tr("%1 has %2 different values; charts show the most frequent ones and group "
                                      "the rest as “Other”.")
                                   .arg(quoted(c.name)).arg(c.distinct),
                               Tr::tr("Group rare values, or leave the column out if it is close to an id.")));
        }
    }
}

void suspiciousValues(const DataTable &t, const Profile &p, std::vector<ProfileWarning> &out)
{
    for (Semantic s : {Semantic::MonthlyCharges, Semantic::TotalCharges, Semantic::Tenure, Semantic::SupportCalls}) {
        for (int index : t.semanticColumns(s)) {
            const ColumnProfile &c = p.columns[size_t(index)];
            if (!c.numeric || c.numeric->negatives == 0)
                continue;
            out.push_back(make(ProfileWarning::Kind::SuspiciousValue, Issue::Severity::Warning, c.name,
                               Tr::tr("%1 has %n negative value(s) (lowest %2), which should not happen for %3.", nullptr,
                                      int(std::min<qsizetype>(c.numeric->negatives, INT_MAX)))
                                   .arg(quoted(c.name), QString::number(c.numeric->min, 'g', 10), toString(s).toLower()),
                               Tr::tr("Check the source system; treat them as missing if they are errors.")));
        }
    }
    // Tenure 0 means the customer just started: a total beyond two monthly bills (or, with
    // no monthly column, beyond the median total) does not fit.
    const int tenure = t.semanticIndex(Semantic::Tenure);
    const int total = t.semanticIndex(Semantic::TotalCharges);
    const int monthly = t.semanticIndex(Semantic::MonthlyCharges);
    if (tenure < 0 || total < 0 || !t.column(tenure).isNumericStorage() || !t.column(total).isNumericStorage())
        return;
    const bool useMonthly = monthly >= 0 && t.column(monthly).isNumericStorage();
    const double medianTotal = p.columns[size_t(total)].numeric ? p.columns[size_t(total)].numeric->median : NAN;
    const auto ten = t.column(tenure).values(), tot = t.column(total).values();
    qsizetype n = 0;
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        if (ten[size_t(r)] != 0.0 || !(tot[size_t(r)] > 0.0))
            continue;
        const double limit = useMonthly ? 2.0 * t.column(monthly).values()[size_t(r)] : medianTotal;
        n += tot[size_t(r)] > limit;
    }
    if (n > 0) {
        out.push_back(make(ProfileWarning::Kind::SuspiciousValue, Issue::Severity::Warning,
                           t.column(total).name(),
                           Tr::tr("%n customer(s) with %1 = 0 have %2 larger than %3.", nullptr, int(std::min<qsizetype>(n, INT_MAX)))
                               .arg(quoted(t.column(tenure).name()), quoted(t.column(total).name()),
                                    useMonthly ? Tr::tr("two monthly charges") : Tr::tr("the median total")),
                           Tr::tr("New customers cannot have paid that much: check how tenure is counted.")));
    }
}

void tableChecks(const DataTable &t, const Profile &p, std::vector<ProfileWarning> &out)
{
    if (p.target < 0) {
        out.push_back(make(ProfileWarning::Kind::TargetMissing, Issue::Severity::Warning, {},
                           Tr::tr("No churn column is set, so churn rates and drivers cannot be shown."),
                           Tr::tr("Choose the churn column in the Data view, or pass --target.")));
    } else {
        const QString name = p.targetName;
        if (p.targetMissing > 0) {
            out.push_back(make(ProfileWarning::Kind::TargetMissing, Issue::Severity::Warning, name,
                               Tr::tr("%n row(s) have no churn value and are left out of churn rates.", nullptr,
                                      int(std::min<qsizetype>(p.targetMissing, INT_MAX)))));
        }
        const double rate = p.churnRate();
        if (p.churned + p.stayed > 0 && (p.churned == 0 || p.stayed == 0)) {
            out.push_back(make(ProfileWarning::Kind::Imbalance, Issue::Severity::Warning, name,
                               Tr::tr("Every customer has the same churn value: check the churn column and its "
                                      "positive value (now %1).").arg(quoted(p.positiveLabel))));
        } else if (rate < 0.05 || rate > 0.95) {
            out.push_back(make(ProfileWarning::Kind::Imbalance, Issue::Severity::Info, name,
                               Tr::tr("Only %1 of customers are in the smaller class: accuracy will look high even "
                                      "for a useless model; judge models by recall, precision and PR AUC.")
                                   .arg(percent(std::min(rate, 1.0 - rate)))));
        }
    }
    if (p.duplicates.computed && p.duplicates.duplicateRows > 0) {
        const QString ignoring = p.duplicates.ignoredColumns.isEmpty()
                                     ? QString()
                                     : Tr::tr(" (ignoring %1)").arg(p.duplicates.ignoredColumns.join(QStringLiteral(", ")));
        out.push_back(make(ProfileWarning::Kind::Duplicates, Issue::Severity::Info, {},
                           Tr::tr("%n row(s) (%1) repeat an earlier row exactly%2.", nullptr,
                                  int(std::min<qsizetype>(p.duplicates.duplicateRows, INT_MAX)))
                               .arg(percent(double(p.duplicates.duplicateRows) / double(std::max<qsizetype>(1, t.rowCount())), 2),
                                    ignoring),
                           Tr::tr("Identical profiles can be real; repeated exports of the same customer are not.")));
    }
}

} // namespace

std::vector<ProfileWarning> QualityChecks::run(const DataTable &table, const Profile &profile, const ProfileOptions &options)
{
    std::vector<ProfileWarning> out;
    tableChecks(table, profile, out);
    leakage(profile, options, out);
    columnChecks(profile, options, out);
    suspiciousValues(table, profile, out);
    return out;
}

} // namespace churnlens
