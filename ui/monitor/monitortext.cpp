#include "monitortext.h"

#include "common/format.h"
#include "monitor/performancecheck.h"

#include <QLocale>

#include <cmath>

namespace churnlens {

QString MonitorText::measure(double value, int decimals)
{
    if (!std::isfinite(value))
        return format::missing();
    return QLocale().toString(value, 'f', decimals);
}

QString MonitorText::pValue(double p)
{
    if (!std::isfinite(p))
        return format::missing();
    const QLocale locale;
    if (p < 0.001)
        return tr("p < %1").arg(locale.toString(0.001, 'f', 3));
    return tr("p = %1").arg(locale.toString(p, 'f', p < 0.01 ? 3 : 2));
}

QString MonitorText::percentWithInterval(double value, const Interval &interval)
{
    if (!std::isfinite(value))
        return format::missing();
    if (!interval.isValid())
        return format::percent(value);
    //: A value with its 95% interval: "74.2% (71.0% – 77.1%)".
    return tr("%1 (%2 – %3)").arg(format::percent(value), format::percent(interval.low), format::percent(interval.high));
}

QString MonitorText::points(double difference)
{
    if (!std::isfinite(difference))
        return format::missing();
    const QString n = QLocale().toString(std::abs(difference) * 100.0, 'f', 1);
    //: A difference in percentage points, signed.
    return difference >= 0 ? tr("+%1 points").arg(n) : tr("−%1 points").arg(n);
}

QString MonitorText::signedMeasure(double value)
{
    if (!std::isfinite(value))
        return format::missing();
    const QString n = QLocale().toString(std::abs(value), 'f', 3);
    return (value >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + n;
}

QString MonitorText::psiHelp()
{
    return tr("Population stability index: how much the distribution moved between the training data and this file. "
              "Below 0.1 little has changed; above 0.2 is a big shift. Empty bins count as 0.01%.");
}

QString MonitorText::klHelp()
{
    return tr("Kullback–Leibler divergence of this file from the training data: how surprising the new values are "
              "to someone who knows the training data. 0 means the same; the original system retrained above 0.3. "
              "Empty bins count as 0.01%.");
}

QString MonitorText::jsHelp()
{
    return tr("Jensen–Shannon distance between the two distributions, from 0 (the same) to 1 (nothing in common). "
              "Symmetric, and never infinite.");
}

QString MonitorText::ksHelp()
{
    return tr("Kolmogorov–Smirnov statistic: the largest gap between the share of customers below a value in the "
              "training data and in this file, from 0 to 1. Computed on the training data's percentiles.");
}

QString MonitorText::chiSquareHelp()
{
    return tr("Chi-square statistic of the level counts (training data against this file): larger when the shares "
              "of the levels differ more. Grows with the number of customers.");
}

QString MonitorText::pValueHelp()
{
    return tr("How likely a difference this large would be by chance alone if nothing had changed. With thousands "
              "of customers even tiny shifts get tiny p-values, so the flag uses the size of the shift instead.");
}

QString MonitorText::missingHelp()
{
    return tr("Share of customers without a value in this field: in the training data → in this file.");
}

QString MonitorText::unseenHelp()
{
    return tr("Share of this file's values in levels the training data never had; the model treats them as unknown.");
}

QString MonitorText::flagHelp()
{
    return tr("A field is flagged as drifted when its PSI, KL or JS passes its threshold (Settings…). p-values "
              "are shown but never decide.");
}

QString MonitorText::distributionHelp()
{
    return tr("Share of customers per bin: training data (grey) and this file (colour), side by side.");
}

QString MonitorText::levelName(MonitorRecommendation::Level level)
{
    switch (level) {
    case MonitorRecommendation::Level::NoAction: return tr("No action needed");
    case MonitorRecommendation::Level::Watch: return tr("Watch");
    case MonitorRecommendation::Level::Retrain: return tr("Retrain");
    }
    return {};
}

QString MonitorText::levelName(const QString &machineName)
{
    if (machineName == QLatin1String("retrain"))
        return levelName(MonitorRecommendation::Level::Retrain);
    if (machineName == QLatin1String("watch"))
        return levelName(MonitorRecommendation::Level::Watch);
    return levelName(MonitorRecommendation::Level::NoAction);
}

} // namespace churnlens
