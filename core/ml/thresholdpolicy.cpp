#include "thresholdpolicy.h"

#include "rankedscores.h"

#include <cmath>

namespace churnlens {

double ThresholdPolicy::profit(qint64 churnersContacted, qint64 contacted) const
{
    return savedValue * successRate * double(churnersContacted) - contactCost * double(contacted);
}

double ThresholdPolicy::choose(std::span<const int8_t> labels, std::span<const double> scores) const
{
    if (kind == Kind::Fixed)
        return fixed;
    const RankedScores ranked(labels, scores);
    const auto &groups = ranked.groups();
    if (groups.empty())
        return fixed;
    // Cutting after group i contacts groups [0, i]. Start with "contact nobody" (profit 0, F1 0).
    double best = kind == Kind::BestProfit ? 0.0 : -1.0;
    qsizetype bestGroup = -1;
    qint64 tp = 0, fp = 0;
    for (size_t i = 0; i < groups.size(); ++i) {
        tp += groups[i].positives;
        fp += groups[i].negatives;
        double value;
        if (kind == Kind::BestF1) {
            const qint64 fn = ranked.positives() - tp;
            value = tp ? 2.0 * double(tp) / double(2 * tp + fp + fn) : 0.0;
        } else {
            value = profit(tp, tp + fp);
        }
        if (value > best) {
            best = value;
            bestGroup = qsizetype(i);
        }
    }
    if (bestGroup < 0) // contacting anybody loses money: a threshold above every score
        return std::nextafter(std::max(1.0, groups.front().score), 2.0);
    if (size_t(bestGroup) + 1 == groups.size())
        return groups.back().score;
    return 0.5 * (groups[size_t(bestGroup)].score + groups[size_t(bestGroup) + 1].score);
}

QString ThresholdPolicy::machineName() const
{
    switch (kind) {
    case Kind::Fixed: return QString::number(fixed);
    case Kind::BestF1: return QStringLiteral("f1");
    case Kind::BestProfit: return QStringLiteral("profit");
    }
    return {};
}

bool ThresholdPolicy::fromMachineName(const QString &name, Kind *kind)
{
    if (name == QLatin1String("f1"))
        *kind = Kind::BestF1;
    else if (name == QLatin1String("profit"))
        *kind = Kind::BestProfit;
    else if (name == QLatin1String("fixed"))
        *kind = Kind::Fixed;
    else
        return false;
    return true;
}

QJsonObject ThresholdPolicy::toJson() const
{
    QJsonObject o{{QStringLiteral("policy"), kind == Kind::Fixed ? QStringLiteral("fixed") : machineName()}};
    if (kind == Kind::Fixed)
        o.insert(QStringLiteral("value"), fixed);
    if (kind == Kind::BestProfit) {
        o.insert(QStringLiteral("contact_cost"), contactCost);
        o.insert(QStringLiteral("saved_value"), savedValue);
        o.insert(QStringLiteral("success_rate"), successRate);
    }
    return o;
}

} // namespace churnlens
