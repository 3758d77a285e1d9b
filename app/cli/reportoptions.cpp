#include "reportoptions.h"

#include <cmath>

namespace churnlens::cli {

namespace {
//! A non-negative finite amount of money (or months) from option \a name, if given.
bool amount(const QCommandLineParser &p, const QString &name, double *out, bool positive, const QString &command, int *exitCode)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0.0 || (positive && v == 0.0)) {
        *exitCode = usageError(command, positive ? Tr::tr("--%1 expects a positive number, got \"%2\"").arg(name, p.value(name))
                                                 : Tr::tr("--%1 expects a number of 0 or more, got \"%2\"").arg(name, p.value(name)));
        return false;
    }
    *out = v;
    return true;
}
} // namespace

void addReportEconomicsOptions(QCommandLineParser &p)
{
    const CampaignEconomics d;
    p.addOption({QStringLiteral("offer-cost"), Tr::tr("Cost of the offer per customer who takes it (default %1).").arg(d.offerCost), QStringLiteral("C")});
    p.addOption({QStringLiteral("contact-cost"), Tr::tr("Cost of contacting one customer (default %1).").arg(d.contactCost), QStringLiteral("K")});
    p.addOption({QStringLiteral("acceptance"),
                 Tr::tr("Share of contacted would-be churners who accept and stay: 0.24 or 24%, or a range such as 15-35% "
                        "(default 24%)."),
                 QStringLiteral("A|A1-A2")});
    p.addOption({QStringLiteral("budget"), Tr::tr("Most the campaign may cost (default: no limit)."), QStringLiteral("B")});
    p.addOption({QStringLiteral("months"), Tr::tr("Months of charges a kept customer is worth, and the horizon of the revenue at risk (default %1).")
                                               .arg(d.months),
                 QStringLiteral("M")});
}

std::optional<std::pair<double, double>> parseAcceptance(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QChar(0x2013), QLatin1Char('-')); // en dash
    if (t.isEmpty())
        return std::nullopt;
    const bool percent = t.contains(QLatin1Char('%'));
    const QStringList parts = t.split(QLatin1Char('-'));
    if (parts.size() > 2)
        return std::nullopt;
    std::vector<double> values;
    for (QString part : parts) {
        part = part.trimmed();
        if (part.endsWith(QLatin1Char('%')))
            part.chop(1);
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        // "24" alone could mean 24% or 2400%: a share is 0 to 1, a percentage says so.
        if (!percent && v > 1.0)
            return std::nullopt;
        values.push_back(percent ? v / 100.0 : v);
    }
    const double low = values.front();
    const double high = values.back();
    if (low < 0.0 || high > 1.0 || low > high)
        return std::nullopt;
    return std::pair{low, high};
}

bool reportEconomics(const QCommandLineParser &p, CampaignEconomics *economics, const QString &command, int *exitCode)
{
    CampaignEconomics e;
    if (!amount(p, QStringLiteral("offer-cost"), &e.offerCost, false, command, exitCode)
        || !amount(p, QStringLiteral("contact-cost"), &e.contactCost, false, command, exitCode)
        || !amount(p, QStringLiteral("budget"), &e.budget, false, command, exitCode)
        || !amount(p, QStringLiteral("months"), &e.months, true, command, exitCode))
        return false;
    if (p.isSet(QStringLiteral("acceptance"))) {
        const QString value = p.value(QStringLiteral("acceptance"));
        const auto range = parseAcceptance(value);
        if (!range) {
            *exitCode = usageError(command, Tr::tr("--acceptance expects a share from 0 to 1 or a percentage (0.24 or 24%), or a range "
                                                   "from low to high (0.15-0.35 or 15-35%), got \"%1\"")
                                                .arg(value));
            return false;
        }
        e.acceptanceLow = range->first;
        e.acceptanceHigh = range->second;
    }
    if (auto ok = e.validate(); !ok) {
        *exitCode = usageError(command, ok.error().message);
        return false;
    }
    *economics = e;
    return true;
}

} // namespace churnlens::cli
