#include "charttable.h"

#include <cmath>

namespace churnlens {

namespace {

QString cell(QString s)
{
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front())) {
        bool number = false;
        s.toDouble(&number);
        if (!number)
            s.prepend(QLatin1Char('\''));
    }
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QString line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << cell(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QString ChartTable::toCsv() const
{
    QString s = line(header);
    for (const QStringList &r : rows)
        s += line(r);
    return s;
}

QString ChartTable::number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

} // namespace churnlens
