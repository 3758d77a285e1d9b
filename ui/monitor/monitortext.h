#pragma once

#include "services/monitorservice.h"

#include <QCoreApplication>
#include <QString>

namespace churnlens {

struct Interval;

/*!
 * The Monitor area's words and numbers: measures with three decimals in the user's locale,
 * p-values as "p < 0.001", shares as percentages, and the plain-words explanation of each
 * measure that the tables show as tooltips. GUI thread only (reads the default QLocale).
 */
class MonitorText
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::MonitorText)

public:
    //! "0.312"; "—" for NaN.
    static QString measure(double value, int decimals = 3);
    //! "p < 0.001", "p = 0.004", "p = 0.27"; "—" for NaN.
    static QString pValue(double p);
    //! "74.2 %" with its 95 % interval "(71.0 – 77.1 %)" when valid.
    static QString percentWithInterval(double value, const Interval &interval);
    //! A difference in percentage points: "+2.1 points", "−0.4 points".
    static QString points(double difference);
    //! "+0.021" (signed, three decimals).
    static QString signedMeasure(double value);

    // What the measures mean, in plain words (tooltips of the fields table).
    static QString psiHelp();
    static QString klHelp();
    static QString jsHelp();
    static QString ksHelp();
    static QString chiSquareHelp();
    static QString pValueHelp();
    static QString missingHelp();
    static QString unseenHelp();
    static QString flagHelp();
    static QString distributionHelp();

    //! "No action needed", "Watch", "Retrain" (for the trend's tooltips).
    static QString levelName(MonitorRecommendation::Level level);
    static QString levelName(const QString &machineName);
};

} // namespace churnlens
