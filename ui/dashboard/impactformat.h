#pragma once

#include <QString>

namespace churnlens::impactformat {

//! An amount of money for people: whole units in Currency::current() ("$1,234,567", "1.234.567 €"); "—" for NaN.
QString money(double value);
//! "1,200 to 3,400" (ordered), for the 10–90% band of a figure.
QString moneyRange(double a, double b);
//! A count that is an expectation ("about 1,234"): rounded to whole customers.
QString customers(double expected);
//! "1,200 to 3,400" customers, ordered and rounded.
QString customersRange(double a, double b);
//! A share with one decimal under 10 %, none above ("7.5%", "24%").
QString share(double fraction);

} // namespace churnlens::impactformat
