#pragma once

#include <QString>

#include <utility>

namespace churnlens::format {

//! Numbers for people, in the current default QLocale: "7,043", "26.54 %", "0.04 s", "about 12 s left".
QString count(qint64 n);
//! \a fraction in [0, 1] as a percentage; NaN gives "—".
QString percent(double fraction, int decimals = 1);
//! Wall time of a finished step: "0.04 s", "3.2 s", "2 min 05 s".
QString seconds(double s);
//! Remaining time of a running step, rounded so it does not flicker: "about 12 s left".
QString eta(double s);
//! A value with a fixed number of decimals and thousands separators.
QString number(double value, int decimals);
//! An amount of money in Currency::current(), as the locale writes it: "$1,234", "1.234 €"; "—" for NaN.
QString money(double value, int decimals = 0);
//! What goes before and after the digits of an amount in Currency::current() ("$", "" or "", " €"),
//! for spin boxes of money (QDoubleSpinBox::setPrefix/setSuffix).
std::pair<QString, QString> moneyAffixes();
//! The placeholder shown for a missing value.
QString missing();

} // namespace churnlens::format
