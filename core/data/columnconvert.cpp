#include "columnconvert.h"

#include "typeinference.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
Issue columnIssue(const Column &c, Issue::Severity severity, const QString &message)
{
    Issue issue;
    issue.severity = severity;
    issue.columnName = c.name();
    issue.message = message;
    return issue;
}

Error conversionError(const Column &c, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::BadInput;
    e.message = Tr::tr("Column \"%1\": %2").arg(c.name(), message);
    e.hint = hint;
    return e;
}

// Counts values that did not convert and reports the first one.
struct Failures
{
    qint64 count = 0;
    qsizetype firstRow = -1;
    QString firstValue;
    void add(qsizetype row, const QString &value)
    {
        if (count++ == 0) {
            firstRow = row;
            firstValue = value.left(200);
        }
    }
    void report(const Column &c, const QString &what, QList<Issue> *issues) const
    {
        if (!issues || count == 0)
            return;
        issues->append(columnIssue(c, Issue::Severity::Warning,
                                   Tr::tr("%1 values could not be read as %2 and are now missing (first: \"%3\" in row %4).")
                                       .arg(count)
                                       .arg(what, firstValue)
                                       .arg(firstRow + 1)));
    }
};

std::vector<uint8_t> usedLevels(const Column &c)
{
    std::vector<uint8_t> used(size_t(c.dictionary().size()), 0);
    for (int32_t code : c.codes())
        if (code >= 0)
            used[size_t(code)] = 1;
    return used;
}

Column withMeta(Column converted, const Column &from)
{
    converted.setRole(from.role());
    converted.setSemantic(from.semantic());
    return converted;
}

Result<Column> toNumeric(const Column &c, char decimal, QList<Issue> *issues)
{
    std::vector<double> values(size_t(c.size()), Column::missingValue());
    if (c.type() == ColumnType::Date) {
        std::copy(c.values().begin(), c.values().end(), values.begin());
        return Column::numeric(c.name(), std::move(values));
    }
    if (c.type() == ColumnType::Boolean) {
        for (qsizetype r = 0; r < c.size(); ++r)
            values[size_t(r)] = c.code(r) < 0 ? Column::missingValue() : double(c.code(r));
        return Column::numeric(c.name(), std::move(values));
    }
    const Dictionary &d = c.dictionary();
    std::vector<double> levelValue(size_t(d.size()), Column::missingValue());
    std::vector<uint8_t> ok(size_t(d.size()), 0);
    for (int32_t l = 0; l < d.size(); ++l)
        ok[size_t(l)] = TypeInference::parseNumber(d.view(l), decimal, &levelValue[size_t(l)]) ? 1 : 0;
    Failures failures;
    for (qsizetype r = 0; r < c.size(); ++r) {
        const int32_t code = c.code(r);
        if (code < 0)
            continue;
        if (ok[size_t(code)])
            values[size_t(r)] = levelValue[size_t(code)];
        else
            failures.add(r, d.level(code));
    }
    failures.report(c, Tr::tr("numbers"), issues);
    return Column::numeric(c.name(), std::move(values));
}

Column toLabels(const Column &c, ColumnType target)
{
    if (c.isCoded()) {
        return Column::coded(c.name(), std::vector<int32_t>(c.codes().begin(), c.codes().end()), c.dictionary(), target);
    }
    Dictionary d;
    std::vector<int32_t> codes(size_t(c.size()), Column::MissingCode);
    for (qsizetype r = 0; r < c.size(); ++r) {
        if (c.isMissing(r))
            continue;
        const QByteArray text = c.text(r).toUtf8();
        codes[size_t(r)] = d.insert(std::string_view(text.constData(), size_t(text.size())));
    }
    return Column::coded(c.name(), std::move(codes), std::move(d), target);
}

Column yesNo(const Column &c, std::vector<int32_t> codes, const std::string &no, const std::string &yes)
{
    Dictionary d;
    d.insert(no);
    d.insert(yes);
    return Column::coded(c.name(), std::move(codes), std::move(d), ColumnType::Boolean);
}

Result<Column> toBoolean(const Column &c, QList<Issue> *issues)
{
    std::vector<int32_t> codes(size_t(c.size()), Column::MissingCode);
    if (c.isNumericStorage()) {
        std::vector<double> distinct;
        for (double v : c.values()) {
            if (std::isnan(v) || std::find(distinct.begin(), distinct.end(), v) != distinct.end())
                continue;
            distinct.push_back(v);
            if (distinct.size() > 2)
                return std::unexpected(conversionError(c, Tr::tr("it has more than two different values; a Yes/No "
                                                                 "column has two.")));
        }
        std::sort(distinct.begin(), distinct.end());
        const bool zeroOne = std::all_of(distinct.begin(), distinct.end(), [](double v) { return v == 0.0 || v == 1.0; });
        // 0/1 keep their meaning; two other numbers: the larger one means yes.
        const double yesValue = zeroOne ? 1.0 : distinct.back();
        for (qsizetype r = 0; r < c.size(); ++r)
            if (!c.isMissing(r))
                codes[size_t(r)] = c.values()[size_t(r)] == yesValue ? 1 : 0;
        if (!zeroOne && distinct.size() == 2 && issues) {
            issues->append(columnIssue(c, Issue::Severity::Info,
                                       Tr::tr("%1 is read as No and %2 as Yes.")
                                           .arg(distinct.front(), 0, 'g', 15)
                                           .arg(distinct.back(), 0, 'g', 15)));
        }
        if (zeroOne || distinct.size() < 2)
            return yesNo(c, std::move(codes), "0", "1");
        return yesNo(c, std::move(codes), QString::number(distinct.front(), 'g', 15).toStdString(),
                     QString::number(distinct.back(), 'g', 15).toStdString());
    }
    const Dictionary &d = c.dictionary();
    const std::vector<uint8_t> used = usedLevels(c);
    std::vector<int32_t> levels;
    for (int32_t l = 0; l < d.size(); ++l)
        if (used[size_t(l)])
            levels.push_back(l);
    if (levels.size() > 2)
        return std::unexpected(conversionError(c, Tr::tr("it has %1 different labels; a Yes/No column has two.")
                                                      .arg(levels.size()),
                                               Tr::tr("Keep it as a category, or merge labels in the source.")));
    // Meaning from the words (yes/no, true/false, 1/0); otherwise alphabetical order, said out loud.
    std::vector<int32_t> meaning(size_t(d.size()), -1);
    bool understood = true;
    for (int32_t l : levels) {
        int b = TypeInference::boolWord(d.view(l));
        double x;
        if (b < 0 && TypeInference::parseNumber(d.view(l), '.', &x) && (x == 0.0 || x == 1.0))
            b = int(x);
        meaning[size_t(l)] = b;
        understood = understood && b >= 0;
    }
    if (levels.size() == 2 && understood && meaning[size_t(levels[0])] == meaning[size_t(levels[1])])
        understood = false;
    if (!understood) {
        std::sort(levels.begin(), levels.end(), [&](int32_t a, int32_t b) { return d.view(a) < d.view(b); });
        for (size_t i = 0; i < levels.size(); ++i)
            meaning[size_t(levels[i])] = int(i == 0 && levels.size() == 2 ? 0 : 1);
        if (levels.size() == 1)
            meaning[size_t(levels[0])] = 1;
        if (issues) {
            issues->append(columnIssue(c, Issue::Severity::Info,
                                       levels.size() == 2
                                           ? Tr::tr("\"%1\" is read as No and \"%2\" as Yes.")
                                                 .arg(d.level(levels[0]), d.level(levels[1]))
                                           : Tr::tr("\"%1\" is read as Yes.").arg(d.level(levels[0]))));
        }
    }
    std::string no = "No", yes = "Yes";
    for (int32_t l : levels)
        (meaning[size_t(l)] ? yes : no) = std::string(d.view(l));
    for (qsizetype r = 0; r < c.size(); ++r)
        codes[size_t(r)] = c.code(r) < 0 ? Column::MissingCode : meaning[size_t(c.code(r))];
    return yesNo(c, std::move(codes), no, yes);
}

Result<Column> toDate(const Column &c, QList<Issue> *issues)
{
    std::vector<double> values(size_t(c.size()), Column::missingValue());
    if (c.isNumericStorage()) {
        // Whole numbers like 20240131 are dates; other numbers are not.
        Failures failures;
        for (qsizetype r = 0; r < c.size(); ++r) {
            const double v = c.values()[size_t(r)];
            if (std::isnan(v))
                continue;
            const QDate date = (v == std::trunc(v) && v >= 10000101 && v <= 99991231)
                ? QDate(int(v / 10000), int(std::fmod(v / 100, 100)), int(std::fmod(v, 100)))
                : QDate();
            if (date.isValid())
                values[size_t(r)] = double(date.toJulianDay() - 2440588);
            else
                failures.add(r, c.text(r));
        }
        if (failures.count > c.size() - c.missingCount() - failures.count)
            return std::unexpected(conversionError(c, Tr::tr("its numbers are not dates (written as yyyymmdd)."),
                                                   Tr::tr("Dates are read from text such as 2024-01-31.")));
        failures.report(c, Tr::tr("dates"), issues);
        return Column::numeric(c.name(), std::move(values), ColumnType::Date);
    }
    const Dictionary &d = c.dictionary();
    const std::vector<uint8_t> used = usedLevels(c);
    // The order that reads the most labels; ISO first, then day/month/year, then month/day/year.
    int counts[3] = {0, 0, 0};
    for (int32_t l = 0; l < d.size(); ++l) {
        if (!used[size_t(l)])
            continue;
        const unsigned orders = TypeInference::dateOrders(d.view(l));
        for (int o = 0; o < 3; ++o)
            counts[o] += (orders >> o & 1u) ? 1 : 0;
    }
    using Order = TypeInference::DateOrder;
    Order order = Order::Iso;
    if (counts[int(Order::DayMonthYear)] > counts[int(order)])
        order = Order::DayMonthYear;
    if (counts[int(Order::MonthDayYear)] > counts[int(order)])
        order = Order::MonthDayYear;
    if (counts[int(order)] == 0)
        return std::unexpected(conversionError(c, Tr::tr("none of its labels is a date."),
                                               Tr::tr("Dates are read as 2024-01-31, 31.01.2024 or 01/31/2024.")));
    if (order != Order::Iso && counts[int(Order::DayMonthYear)] == counts[int(Order::MonthDayYear)]) {
        order = Order::MonthDayYear;
        if (issues)
            issues->append(columnIssue(c, Issue::Severity::Info,
                                       Tr::tr("Day and month cannot be told apart; dates are read as month/day/year.")));
    }
    std::vector<double> levelDays(size_t(d.size()), Column::missingValue());
    for (int32_t l = 0; l < d.size(); ++l)
        if (used[size_t(l)])
            TypeInference::parseDate(d.view(l), order, &levelDays[size_t(l)]);
    Failures failures;
    for (qsizetype r = 0; r < c.size(); ++r) {
        const int32_t code = c.code(r);
        if (code < 0)
            continue;
        values[size_t(r)] = levelDays[size_t(code)];
        if (std::isnan(values[size_t(r)]))
            failures.add(r, d.level(code));
    }
    failures.report(c, Tr::tr("dates"), issues);
    return Column::numeric(c.name(), std::move(values), ColumnType::Date);
}
} // namespace

Result<Column> convertColumn(const Column &column, ColumnType target, const CsvOptions &options, QList<Issue> *issues)
{
    if (column.type() == target)
        return column;
    Result<Column> converted = std::unexpected(Error());
    switch (target) {
    case ColumnType::Numeric: converted = toNumeric(column, options.decimal ? options.decimal : '.', issues); break;
    case ColumnType::Categorical:
    case ColumnType::Text: converted = toLabels(column, target); break;
    case ColumnType::Boolean: converted = toBoolean(column, issues); break;
    case ColumnType::Date: converted = toDate(column, issues); break;
    }
    if (!converted)
        return converted;
    return withMeta(std::move(*converted), column);
}

} // namespace churnlens
