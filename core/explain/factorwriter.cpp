#include "factorwriter.h"

#include "common/currency.h"
#include "common/error.h"
#include "prep/engineeredfeatures.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

bool isWhole(double v) { return std::abs(v - std::round(v)) < 1e-9 && std::abs(v) < 1e15; }

// Numbers in the user's locale (the GUI: "1.398,13" in German; the CLI under LANG=C: "1398.13").
QString whole(double v) { return QLocale().toString(qint64(std::round(v))); }

QString months(double v)
{
    if (v == 1.0)
        return Tr::tr("1 month");
    return Tr::tr("%1 months").arg(isWhole(v) ? whole(v) : QLocale().toString(v, 'f', 1));
}

// Amounts in the currency of every money figure (Preferences), as the locale writes it: "$70.35", "70,35 €".
QString money(double v) { return Currency::current().format(v, 2); }

QString count(double v) { return isWhole(v) ? whole(v) : QLocale().toString(v, 'f', 1); }

QString plainNumber(double v)
{
    const QLocale locale;
    if (isWhole(v))
        return whole(v);
    if (std::abs(v) < 0.01)
        return locale.toString(v, 'g', 3);
    QString s = locale.toString(v, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(locale.decimalPoint()))
        s.chop(locale.decimalPoint().size());
    return s;
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

//! "Electronic check" → "electronic check" for use inside a sentence; "PayPal", "DSL" stay.
QString lowerFirst(QString s)
{
    const qsizetype wordEnd = s.indexOf(QLatin1Char(' ')) < 0 ? s.size() : s.indexOf(QLatin1Char(' '));
    if (wordEnd < 2 || !s[0].isUpper())
        return s;
    for (qsizetype i = 1; i < wordEnd; ++i) {
        if (!s[i].isLower())
            return s;
    }
    s[0] = s[0].toLower();
    return s;
}

bool isPlainNo(const QString &level)
{
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("0"), QStringLiteral("off"), QStringLiteral("none")};
    return no.contains(level.trimmed().toLower());
}

bool isPlainYes(const QString &level)
{
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("1"), QStringLiteral("on")};
    return yes.contains(level.trimmed().toLower());
}

} // namespace

QString FactorWriter::humanLabel(const QString &columnName)
{
    return capitalised(humanName(columnName));
}

QString FactorWriter::humanName(const QString &columnName)
{
    // Split at separators and at case changes, keeping acronyms ("TV", "ID") together.
    QStringList words;
    QString word;
    const QString s = columnName.trimmed();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c == u'_' || c == u'-' || c == u' ' || c == u'.') {
            if (!word.isEmpty())
                words << word;
            word.clear();
            continue;
        }
        const bool boundary = !word.isEmpty() && c.isUpper()
            && (word.back().isLower() || word.back().isDigit()
                || (i + 1 < s.size() && s[i + 1].isLower() && word.back().isUpper()));
        if (boundary) {
            words << word;
            word.clear();
        }
        word += c;
    }
    if (!word.isEmpty())
        words << word;
    for (QString &w : words) {
        const bool acronym = w.size() > 1 && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return !c.isLower(); })
            && std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
        if (!acronym)
            w = w.toLower();
    }
    return words.join(QLatin1Char(' '));
}

FactorWriter::FactorWriter(const DataTable &table, const QHash<QString, NumericReference> &references,
                           const QHash<QString, Semantic> &semantics)
{
    m_fields.resize(size_t(table.columnCount()));
    for (int c = 0; c < table.columnCount(); ++c) {
        const Column &column = table.column(c);
        Field &f = m_fields[size_t(c)];
        f.human = humanName(column.name());
        f.reference = references.value(column.name());
        const bool number = column.type() == ColumnType::Numeric;
        switch (semantics.value(column.name(), column.semantic())) {
        case Semantic::Tenure: f.kind = number ? Kind::Tenure : Kind::Generic; break;
        case Semantic::MonthlyCharges: f.kind = number ? Kind::MonthlyCharges : Kind::Generic; break;
        case Semantic::TotalCharges: f.kind = number ? Kind::TotalCharges : Kind::Generic; break;
        case Semantic::SupportCalls: f.kind = number ? Kind::SupportCalls : Kind::Generic; break;
        case Semantic::Contract: f.kind = column.isCoded() ? Kind::Contract : Kind::Generic; break;
        case Semantic::Service: f.kind = Kind::Service; break;
        case Semantic::None: break;
        }
        if (f.kind == Kind::Generic && column.isCoded() && column.type() != ColumnType::Text) {
            const QString n = column.name().toLower().remove(QLatin1Char('_')).remove(QLatin1Char(' '));
            if (n.contains(QLatin1String("payment")) || n.contains(QLatin1String("paymethod")))
                f.kind = Kind::Payment;
        }
    }
}

FactorWriter::Subject FactorWriter::numericSubject(const Field &field, double v) const
{
    using Form = Subject::Form;
    using P = NumericReference::Position;
    const NumericReference &ref = field.reference;
    const P position = ref.position(v);
    // With only a median, "high"/"low" would overstate a value just past it: say where it stands.
    const bool medianOnly = !ref.hasQuartiles() && ref.hasMedian() && position != P::Typical;
    const bool above = position == P::High;
    switch (field.kind) {
    case Kind::Tenure:
        if (medianOnly)
            return {(above ? Tr::tr("Tenure of %1, above the usual %2,") : Tr::tr("Tenure of %1, below the usual %2,"))
                        .arg(months(v), count(ref.median)), Form::Singular};
        if (position == P::Low)
            return {Tr::tr("Short tenure (%1)").arg(months(v)), Form::Singular};
        if (position == P::High)
            return {Tr::tr("Long tenure (%1)").arg(months(v)), Form::Singular};
        return {Tr::tr("Tenure of %1").arg(months(v)), Form::Singular};
    case Kind::MonthlyCharges:
        if (medianOnly)
            return {(above ? Tr::tr("Monthly charges of %1, above the usual %2,")
                           : Tr::tr("Monthly charges of %1, below the usual %2,")).arg(money(v), money(ref.median)),
                    Form::Plural};
        if (position == P::Low)
            return {Tr::tr("Low monthly charges (%1)").arg(money(v)), Form::Plural};
        if (position == P::High)
            return {Tr::tr("High monthly charges (%1)").arg(money(v)), Form::Plural};
        return {Tr::tr("Monthly charges of %1").arg(money(v)), Form::Plural};
    case Kind::TotalCharges:
        if (medianOnly)
            return {(above ? Tr::tr("Total charges of %1, above the usual %2,")
                           : Tr::tr("Total charges of %1, below the usual %2,")).arg(money(v), money(ref.median)),
                    Form::Plural};
        if (position == P::Low)
            return {Tr::tr("Low total charges (%1)").arg(money(v)), Form::Plural};
        if (position == P::High)
            return {Tr::tr("High total charges (%1)").arg(money(v)), Form::Plural};
        return {Tr::tr("Total charges of %1").arg(money(v)), Form::Plural};
    case Kind::SupportCalls: {
        const QString calls = v == 1.0 ? Tr::tr("1 support call") : Tr::tr("%1 support calls").arg(count(v));
        const Form form = v == 1.0 ? Form::Singular : Form::Plural;
        if (medianOnly)
            return {(above ? Tr::tr("%1, above the usual %2,") : Tr::tr("%1, below the usual %2,")).arg(calls, count(ref.median)),
                    form};
        if (position == P::Low)
            return {Tr::tr("Few support calls (%1)").arg(count(v)), Form::Plural};
        if (position == P::High)
            return {Tr::tr("Many support calls (%1)").arg(count(v)), Form::Plural};
        return {calls, form};
    }
    case Kind::Service:
        if (v == 0.0)
            return {Tr::tr("No %1").arg(field.human), Form::Singular};
        if (v == 1.0)
            return {Tr::tr("Having %1").arg(field.human), Form::Singular};
        break;
    case Kind::Generic:
    case Kind::Contract:
    case Kind::Payment:
        break;
    }
    const QString name = capitalised(field.human);
    if (medianOnly)
        return {(above ? Tr::tr("%1 is %2, above the usual %3") : Tr::tr("%1 is %2, below the usual %3"))
                    .arg(name, plainNumber(v), plainNumber(ref.median)), Form::Clause};
    if (position == P::Low)
        return {Tr::tr("%1 is low (%2)").arg(name, plainNumber(v)), Form::Clause};
    if (position == P::High)
        return {Tr::tr("%1 is high (%2)").arg(name, plainNumber(v)), Form::Clause};
    return {Tr::tr("%1 is %2").arg(name, plainNumber(v)), Form::Clause};
}

FactorWriter::Subject FactorWriter::codedSubject(const Field &field, const Column &column, const QString &level) const
{
    using Form = Subject::Form;
    switch (field.kind) {
    case Kind::Contract:
        if (level.contains(QLatin1String("contract"), Qt::CaseInsensitive))
            return {capitalised(level), Form::Singular};
        return {Tr::tr("%1 contract").arg(capitalised(level)), Form::Singular};
    case Kind::Payment:
        return {Tr::tr("Paying by %1").arg(lowerFirst(level)), Form::Singular};
    case Kind::Service: {
        const std::string utf8 = level.toStdString();
        if (!EngineeredFeatures::serviceInUse(utf8)) {
            if (isPlainNo(level) || level.trimmed().isEmpty())
                return {Tr::tr("No %1").arg(field.human), Form::Singular};
            return {Tr::tr("%1 (%2)").arg(capitalised(level), field.human), Form::Singular};
        }
        if (isPlainYes(level))
            return {Tr::tr("Having %1").arg(field.human), Form::Singular};
        break;
    }
    default:
        break;
    }
    QString shown = level;
    if (column.type() == ColumnType::Boolean && (isPlainYes(level) || isPlainNo(level))
        && !level.startsWith(QLatin1String("Y"), Qt::CaseSensitive) && !level.startsWith(QLatin1String("N"), Qt::CaseSensitive))
        shown = isPlainYes(level) ? Tr::tr("yes") : Tr::tr("no");
    return {Tr::tr("%1 is %2").arg(capitalised(field.human), shown), Form::Clause};
}

FactorWriter::Subject FactorWriter::subject(const Field &field, const Column &column, qsizetype row) const
{
    if (column.isMissing(row))
        return {Tr::tr("%1 is missing").arg(capitalised(field.human)), Subject::Form::Clause};
    if (column.type() == ColumnType::Numeric)
        return numericSubject(field, column.value(row));
    return codedSubject(field, column, column.text(row));
}

QString FactorWriter::sentence(const DataTable &table, int column, qsizetype row, double contribution) const
{
    if (column < 0 || column >= table.columnCount() || size_t(column) >= m_fields.size() || row < 0
        || row >= table.rowCount())
        return {};
    const Subject s = subject(m_fields[size_t(column)], table.column(column), row);
    const bool neutral = !(std::abs(contribution) >= 1e-6);
    const bool up = contribution > 0.0;
    switch (s.form) {
    case Subject::Form::Singular:
        if (neutral)
            return Tr::tr("%1 does not change churn risk", "factor, singular subject").arg(s.text);
        return (up ? Tr::tr("%1 raises churn risk", "factor, singular subject")
                   : Tr::tr("%1 lowers churn risk", "factor, singular subject")).arg(s.text);
    case Subject::Form::Plural:
        if (neutral)
            return Tr::tr("%1 do not change churn risk", "factor, plural subject").arg(s.text);
        return (up ? Tr::tr("%1 raise churn risk", "factor, plural subject")
                   : Tr::tr("%1 lower churn risk", "factor, plural subject")).arg(s.text);
    case Subject::Form::Clause:
        if (neutral)
            return Tr::tr("%1, which does not change churn risk", "factor, clause").arg(s.text);
        return (up ? Tr::tr("%1, which raises churn risk", "factor, clause")
                   : Tr::tr("%1, which lowers churn risk", "factor, clause")).arg(s.text);
    }
    return {};
}

void FactorWriter::strongest(std::span<const int> columns, std::span<const double> contributions, int count,
                             Direction direction, std::vector<size_t> &out, int columnLimit)
{
    out.clear();
    const size_t k = size_t(std::max(count, 0));
    if (k == 0)
        return;
    const size_t n = std::min(columns.size(), contributions.size());
    // A kept list, strongest first; a new entry goes in only when it beats the weakest kept one.
    // Entries come in position order, so on equal size the earlier one stays ahead.
    for (size_t i = 0; i < n; ++i) {
        const double c = contributions[i];
        const double size = std::abs(c);
        if (columns[i] < 0 || (columnLimit >= 0 && columns[i] >= columnLimit) || !(size >= 1e-6))
            continue;
        if ((direction == Direction::Raising && c < 0.0) || (direction == Direction::Lowering && c > 0.0))
            continue;
        if (out.size() == k && !(size > std::abs(contributions[out.back()])))
            continue;
        if (out.size() < k)
            out.push_back(i);
        size_t at = out.size() - 1;
        while (at > 0 && size > std::abs(contributions[out[at - 1]])) {
            out[at] = out[at - 1];
            --at;
        }
        out[at] = i;
    }
}

std::vector<Factor> FactorWriter::topFactors(const DataTable &table, qsizetype row, std::span<const int> columns,
                                             std::span<const double> contributions, int count, Direction direction) const
{
    std::vector<size_t> order;
    strongest(columns, contributions, count, direction, order, table.columnCount());
    const size_t k = order.size();
    std::vector<Factor> factors;
    factors.reserve(k);
    for (size_t i = 0; i < k; ++i) {
        const size_t f = order[i];
        Factor factor;
        factor.column = columns[f];
        factor.field = table.column(factor.column).name();
        factor.value = table.column(factor.column).text(row);
        factor.contribution = contributions[f];
        factor.text = sentence(table, factor.column, row, factor.contribution);
        factors.push_back(std::move(factor));
    }
    return factors;
}

} // namespace churnlens
