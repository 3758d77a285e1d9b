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

//! "Electronic check" → "electronic check" inside an English sentence; "PayPal", "DSL" stay.
QString lowerFirst(QString s)
{
    if (!FieldLabels::lowerCaseInSentences())
        return s;
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

struct FactorWriter::Template
{
    struct Text
    {
        const char *source;
        const char *comment;
    };
    Text raises, lowers, unchanged;
};

namespace {

using T = FactorWriter::Template;

// Every reason is one whole sentence, so that a translation can order and inflect it freely
// (written out in full: lupdate does not expand macros). The comment says what the placeholders hold; "as in the data file" values cannot be translated
// (a translation should quote them), "translated" ones are words of the user's language.
const T ShortTenure = {
    QT_TRANSLATE_NOOP3("churnlens", "Short tenure (%1) raises churn risk", "reason; %1 = months"),
    QT_TRANSLATE_NOOP3("churnlens", "Short tenure (%1) lowers churn risk", "reason; %1 = months"),
    QT_TRANSLATE_NOOP3("churnlens", "Short tenure (%1) does not change churn risk", "reason; %1 = months")};
const T LongTenure = {
    QT_TRANSLATE_NOOP3("churnlens", "Long tenure (%1) raises churn risk", "reason; %1 = months"),
    QT_TRANSLATE_NOOP3("churnlens", "Long tenure (%1) lowers churn risk", "reason; %1 = months"),
    QT_TRANSLATE_NOOP3("churnlens", "Long tenure (%1) does not change churn risk", "reason; %1 = months")};
const T TenureOf = {
    QT_TRANSLATE_NOOP3("churnlens", "Tenure of %1 raises churn risk", "reason; %1 = months"),
    QT_TRANSLATE_NOOP3("churnlens", "Tenure of %1 lowers churn risk", "reason; %1 = months"),
    QT_TRANSLATE_NOOP3("churnlens", "Tenure of %1 does not change churn risk", "reason; %1 = months")};
const T TenureAbove = {
    QT_TRANSLATE_NOOP3("churnlens", "Tenure of %1, above the usual %2, raises churn risk", "reason; %1 = months, %2 = the median in months (a number)"),
    QT_TRANSLATE_NOOP3("churnlens", "Tenure of %1, above the usual %2, lowers churn risk", "reason; %1 = months, %2 = the median in months (a number)"),
    QT_TRANSLATE_NOOP3("churnlens", "Tenure of %1, above the usual %2, does not change churn risk", "reason; %1 = months, %2 = the median in months (a number)")};
const T TenureBelow = {
    QT_TRANSLATE_NOOP3("churnlens", "Tenure of %1, below the usual %2, raises churn risk", "reason; %1 = months, %2 = the median in months (a number)"),
    QT_TRANSLATE_NOOP3("churnlens", "Tenure of %1, below the usual %2, lowers churn risk", "reason; %1 = months, %2 = the median in months (a number)"),
    QT_TRANSLATE_NOOP3("churnlens", "Tenure of %1, below the usual %2, does not change churn risk", "reason; %1 = months, %2 = the median in months (a number)")};

const T LowMonthly = {
    QT_TRANSLATE_NOOP3("churnlens", "Low monthly charges (%1) raise churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Low monthly charges (%1) lower churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Low monthly charges (%1) do not change churn risk", "reason; %1 = an amount")};
const T HighMonthly = {
    QT_TRANSLATE_NOOP3("churnlens", "High monthly charges (%1) raise churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "High monthly charges (%1) lower churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "High monthly charges (%1) do not change churn risk", "reason; %1 = an amount")};
const T MonthlyOf = {
    QT_TRANSLATE_NOOP3("churnlens", "Monthly charges of %1 raise churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Monthly charges of %1 lower churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Monthly charges of %1 do not change churn risk", "reason; %1 = an amount")};
const T MonthlyAbove = {
    QT_TRANSLATE_NOOP3("churnlens", "Monthly charges of %1, above the usual %2, raise churn risk", "reason; %1 = an amount, %2 = the median amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Monthly charges of %1, above the usual %2, lower churn risk", "reason; %1 = an amount, %2 = the median amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Monthly charges of %1, above the usual %2, do not change churn risk", "reason; %1 = an amount, %2 = the median amount")};
const T MonthlyBelow = {
    QT_TRANSLATE_NOOP3("churnlens", "Monthly charges of %1, below the usual %2, raise churn risk", "reason; %1 = an amount, %2 = the median amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Monthly charges of %1, below the usual %2, lower churn risk", "reason; %1 = an amount, %2 = the median amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Monthly charges of %1, below the usual %2, do not change churn risk", "reason; %1 = an amount, %2 = the median amount")};

const T LowTotal = {
    QT_TRANSLATE_NOOP3("churnlens", "Low total charges (%1) raise churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Low total charges (%1) lower churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Low total charges (%1) do not change churn risk", "reason; %1 = an amount")};
const T HighTotal = {
    QT_TRANSLATE_NOOP3("churnlens", "High total charges (%1) raise churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "High total charges (%1) lower churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "High total charges (%1) do not change churn risk", "reason; %1 = an amount")};
const T TotalOf = {
    QT_TRANSLATE_NOOP3("churnlens", "Total charges of %1 raise churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Total charges of %1 lower churn risk", "reason; %1 = an amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Total charges of %1 do not change churn risk", "reason; %1 = an amount")};
const T TotalAbove = {
    QT_TRANSLATE_NOOP3("churnlens", "Total charges of %1, above the usual %2, raise churn risk", "reason; %1 = an amount, %2 = the median amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Total charges of %1, above the usual %2, lower churn risk", "reason; %1 = an amount, %2 = the median amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Total charges of %1, above the usual %2, do not change churn risk", "reason; %1 = an amount, %2 = the median amount")};
const T TotalBelow = {
    QT_TRANSLATE_NOOP3("churnlens", "Total charges of %1, below the usual %2, raise churn risk", "reason; %1 = an amount, %2 = the median amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Total charges of %1, below the usual %2, lower churn risk", "reason; %1 = an amount, %2 = the median amount"),
    QT_TRANSLATE_NOOP3("churnlens", "Total charges of %1, below the usual %2, do not change churn risk", "reason; %1 = an amount, %2 = the median amount")};

const T FewCalls = {
    QT_TRANSLATE_NOOP3("churnlens", "Few support calls (%1) raise churn risk", "reason; %1 = a number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "Few support calls (%1) lower churn risk", "reason; %1 = a number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "Few support calls (%1) do not change churn risk", "reason; %1 = a number of calls")};
const T ManyCalls = {
    QT_TRANSLATE_NOOP3("churnlens", "Many support calls (%1) raise churn risk", "reason; %1 = a number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "Many support calls (%1) lower churn risk", "reason; %1 = a number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "Many support calls (%1) do not change churn risk", "reason; %1 = a number of calls")};
const T OneCall = {
    QT_TRANSLATE_NOOP3("churnlens", "1 support call raises churn risk", "reason"),
    QT_TRANSLATE_NOOP3("churnlens", "1 support call lowers churn risk", "reason"),
    QT_TRANSLATE_NOOP3("churnlens", "1 support call does not change churn risk", "reason")};
const T CallsOf = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 support calls raise churn risk", "reason; %1 = a number other than 1"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 support calls lower churn risk", "reason; %1 = a number other than 1"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 support calls do not change churn risk", "reason; %1 = a number other than 1")};
const T OneCallAbove = {
    QT_TRANSLATE_NOOP3("churnlens", "1 support call, above the usual %1, raises churn risk", "reason; %1 = the median number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "1 support call, above the usual %1, lowers churn risk", "reason; %1 = the median number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "1 support call, above the usual %1, does not change churn risk", "reason; %1 = the median number of calls")};
const T OneCallBelow = {
    QT_TRANSLATE_NOOP3("churnlens", "1 support call, below the usual %1, raises churn risk", "reason; %1 = the median number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "1 support call, below the usual %1, lowers churn risk", "reason; %1 = the median number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "1 support call, below the usual %1, does not change churn risk", "reason; %1 = the median number of calls")};
const T CallsAbove = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 support calls, above the usual %2, raise churn risk", "reason; %1 = a number other than 1, %2 = the median number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 support calls, above the usual %2, lower churn risk", "reason; %1 = a number other than 1, %2 = the median number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 support calls, above the usual %2, do not change churn risk", "reason; %1 = a number other than 1, %2 = the median number of calls")};
const T CallsBelow = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 support calls, below the usual %2, raise churn risk", "reason; %1 = a number other than 1, %2 = the median number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 support calls, below the usual %2, lower churn risk", "reason; %1 = a number other than 1, %2 = the median number of calls"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 support calls, below the usual %2, do not change churn risk", "reason; %1 = a number other than 1, %2 = the median number of calls")};

const T ContractRaw = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 contract raises churn risk", "reason; %1 = the kind of contract as in the data file (not translated)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 contract lowers churn risk", "reason; %1 = the kind of contract as in the data file (not translated)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 contract does not change churn risk", "reason; %1 = the kind of contract as in the data file (not translated)")};
const T ContractNamed = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 raises churn risk", "reason; %1 = the contract as named in the data file, e.g. \"Monthly contract\" (not translated)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 lowers churn risk", "reason; %1 = the contract as named in the data file, e.g. \"Monthly contract\" (not translated)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 does not change churn risk", "reason; %1 = the contract as named in the data file, e.g. \"Monthly contract\" (not translated)")};
const T ContractKnown = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 contract raises churn risk", "reason; %1 = the kind of contract, translated (\"Month-to-month\", \"One year\")"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 contract lowers churn risk", "reason; %1 = the kind of contract, translated (\"Month-to-month\", \"One year\")"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 contract does not change churn risk", "reason; %1 = the kind of contract, translated (\"Month-to-month\", \"One year\")")};
const T PaymentRaw = {
    QT_TRANSLATE_NOOP3("churnlens", "Paying by %1 raises churn risk", "reason; %1 = the payment method as in the data file (not translated)"),
    QT_TRANSLATE_NOOP3("churnlens", "Paying by %1 lowers churn risk", "reason; %1 = the payment method as in the data file (not translated)"),
    QT_TRANSLATE_NOOP3("churnlens", "Paying by %1 does not change churn risk", "reason; %1 = the payment method as in the data file (not translated)")};
const T PaymentKnown = {
    QT_TRANSLATE_NOOP3("churnlens", "Paying by %1 raises churn risk", "reason; %1 = the payment method, translated (\"Electronic check\")"),
    QT_TRANSLATE_NOOP3("churnlens", "Paying by %1 lowers churn risk", "reason; %1 = the payment method, translated (\"Electronic check\")"),
    QT_TRANSLATE_NOOP3("churnlens", "Paying by %1 does not change churn risk", "reason; %1 = the payment method, translated (\"Electronic check\")")};

const T ServiceNo = {
    QT_TRANSLATE_NOOP3("churnlens", "No %1 raises churn risk", "reason; %1 = a service the customer does not have (a field label)"),
    QT_TRANSLATE_NOOP3("churnlens", "No %1 lowers churn risk", "reason; %1 = a service the customer does not have (a field label)"),
    QT_TRANSLATE_NOOP3("churnlens", "No %1 does not change churn risk", "reason; %1 = a service the customer does not have (a field label)")};
const T ServiceYes = {
    QT_TRANSLATE_NOOP3("churnlens", "Having %1 raises churn risk", "reason; %1 = a service the customer has (a field label)"),
    QT_TRANSLATE_NOOP3("churnlens", "Having %1 lowers churn risk", "reason; %1 = a service the customer has (a field label)"),
    QT_TRANSLATE_NOOP3("churnlens", "Having %1 does not change churn risk", "reason; %1 = a service the customer has (a field label)")};
const T ServiceRaw = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 (%2) raises churn risk", "reason; %1 = why a service is not in use, as in the data file (not translated), %2 = the service (a field label)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 (%2) lowers churn risk", "reason; %1 = why a service is not in use, as in the data file (not translated), %2 = the service (a field label)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 (%2) does not change churn risk", "reason; %1 = why a service is not in use, as in the data file (not translated), %2 = the service (a field label)")};
const T ServiceKnown = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 (%2) raises churn risk", "reason; %1 = why a service is not in use, translated (\"No internet service\"), %2 = the service (a field label)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 (%2) lowers churn risk", "reason; %1 = why a service is not in use, translated (\"No internet service\"), %2 = the service (a field label)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 (%2) does not change churn risk", "reason; %1 = why a service is not in use, translated (\"No internet service\"), %2 = the service (a field label)")};

const T Missing = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 is missing, which raises churn risk", "reason; %1 = a field label"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is missing, which lowers churn risk", "reason; %1 = a field label"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is missing, which does not change churn risk", "reason; %1 = a field label")};
const T ValueRaw = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, which raises churn risk", "reason; %1 = a field label, %2 = a value as in the data file (not translated)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, which lowers churn risk", "reason; %1 = a field label, %2 = a value as in the data file (not translated)"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, which does not change churn risk", "reason; %1 = a field label, %2 = a value as in the data file (not translated)")};
const T ValueShown = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, which raises churn risk", "reason; %1 = a field label, %2 = a number or a translated value"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, which lowers churn risk", "reason; %1 = a field label, %2 = a number or a translated value"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, which does not change churn risk", "reason; %1 = a field label, %2 = a number or a translated value")};
const T ValueLow = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 is low (%2), which raises churn risk", "reason; %1 = a field label, %2 = a number"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is low (%2), which lowers churn risk", "reason; %1 = a field label, %2 = a number"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is low (%2), which does not change churn risk", "reason; %1 = a field label, %2 = a number")};
const T ValueHigh = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 is high (%2), which raises churn risk", "reason; %1 = a field label, %2 = a number"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is high (%2), which lowers churn risk", "reason; %1 = a field label, %2 = a number"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is high (%2), which does not change churn risk", "reason; %1 = a field label, %2 = a number")};
const T ValueAbove = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, above the usual %3, which raises churn risk", "reason; %1 = a field label, %2 = a number, %3 = the median"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, above the usual %3, which lowers churn risk", "reason; %1 = a field label, %2 = a number, %3 = the median"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, above the usual %3, which does not change churn risk", "reason; %1 = a field label, %2 = a number, %3 = the median")};
const T ValueBelow = {
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, below the usual %3, which raises churn risk", "reason; %1 = a field label, %2 = a number, %3 = the median"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, below the usual %3, which lowers churn risk", "reason; %1 = a field label, %2 = a number, %3 = the median"),
    QT_TRANSLATE_NOOP3("churnlens", "%1 is %2, below the usual %3, which does not change churn risk", "reason; %1 = a field label, %2 = a number, %3 = the median")};


} // namespace

FactorWriter::FactorWriter(const DataTable &table, const QHash<QString, NumericReference> &references,
                           const QHash<QString, Semantic> &semantics, const FieldLabels &labels)
{
    m_fields.resize(size_t(table.columnCount()));
    for (int c = 0; c < table.columnCount(); ++c) {
        const Column &column = table.column(c);
        Field &f = m_fields[size_t(c)];
        f.reference = references.value(column.name());
        f.semantic = semantics.value(column.name(), column.semantic());
        const bool number = column.type() == ColumnType::Numeric;
        switch (f.semantic) {
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
    setLabels(table, labels);
}

void FactorWriter::setLabels(const DataTable &table, const FieldLabels &labels)
{
    for (int c = 0; c < table.columnCount() && size_t(c) < m_fields.size(); ++c) {
        const Column &column = table.column(c);
        Field &f = m_fields[size_t(c)];
        f.label = labels.label(column.name(), f.semantic);
        f.phrase = labels.phrase(column.name(), f.semantic);
        f.knownValues.clear();
        if (column.isCoded() && column.type() != ColumnType::Text) {
            for (int32_t code = 0; code < column.dictionary().size(); ++code) {
                const QString value = column.dictionary().level(code);
                const QString known = FieldLabels::knownValue(column.name(), f.semantic, value);
                if (!known.isEmpty())
                    f.knownValues.insert(value.trimmed().toLower(), known);
            }
        }
        // A label of the user's own is never replaced by a fixed wording ("Long tenure …").
        if (labels.hasUserLabel(column.name()) && f.kind != Kind::Service)
            f.kind = Kind::Generic;
    }
}

QString FactorWriter::label(int column) const
{
    return column >= 0 && size_t(column) < m_fields.size() ? m_fields[size_t(column)].label : QString();
}

QString FactorWriter::knownValue(const Field &field, const QString &level) const
{
    if (field.knownValues.isEmpty())
        return {};
    return field.knownValues.value(level.trimmed().toLower());
}

FactorWriter::Subject FactorWriter::numericSubject(const Field &field, double v) const
{
    using P = NumericReference::Position;
    const NumericReference &ref = field.reference;
    const P position = ref.position(v);
    // With only a median, "high"/"low" would overstate a value just past it: say where it stands.
    const bool medianOnly = !ref.hasQuartiles() && ref.hasMedian() && position != P::Typical;
    const bool above = position == P::High;
    switch (field.kind) {
    case Kind::Tenure:
        if (medianOnly)
            return {above ? &TenureAbove : &TenureBelow, months(v), count(ref.median)};
        if (position == P::Low)
            return {&ShortTenure, months(v)};
        if (position == P::High)
            return {&LongTenure, months(v)};
        return {&TenureOf, months(v)};
    case Kind::MonthlyCharges:
        if (medianOnly)
            return {above ? &MonthlyAbove : &MonthlyBelow, money(v), money(ref.median)};
        if (position == P::Low)
            return {&LowMonthly, money(v)};
        if (position == P::High)
            return {&HighMonthly, money(v)};
        return {&MonthlyOf, money(v)};
    case Kind::TotalCharges:
        if (medianOnly)
            return {above ? &TotalAbove : &TotalBelow, money(v), money(ref.median)};
        if (position == P::Low)
            return {&LowTotal, money(v)};
        if (position == P::High)
            return {&HighTotal, money(v)};
        return {&TotalOf, money(v)};
    case Kind::SupportCalls:
        if (medianOnly && v == 1.0)
            return {above ? &OneCallAbove : &OneCallBelow, count(ref.median)};
        if (medianOnly)
            return {above ? &CallsAbove : &CallsBelow, count(v), count(ref.median)};
        if (position == P::Low)
            return {&FewCalls, count(v)};
        if (position == P::High)
            return {&ManyCalls, count(v)};
        if (v == 1.0)
            return {&OneCall};
        return {&CallsOf, count(v)};
    case Kind::Service:
        if (v == 0.0)
            return {&ServiceNo, field.phrase};
        if (v == 1.0)
            return {&ServiceYes, field.phrase};
        break;
    case Kind::Generic:
    case Kind::Contract:
    case Kind::Payment:
        break;
    }
    // A generic number keeps the unit its meaning gives it (a renamed tenure field: "2 months").
    QString shown;
    QString usual;
    switch (field.semantic) {
    case Semantic::Tenure: shown = months(v); usual = count(ref.median); break;
    case Semantic::MonthlyCharges:
    case Semantic::TotalCharges: shown = money(v); usual = money(ref.median); break;
    case Semantic::SupportCalls: shown = count(v); usual = count(ref.median); break;
    case Semantic::Contract:
    case Semantic::Service:
    case Semantic::None: shown = plainNumber(v); usual = plainNumber(ref.median); break;
    }
    if (medianOnly)
        return {above ? &ValueAbove : &ValueBelow, field.label, shown, usual};
    if (position == P::Low)
        return {&ValueLow, field.label, shown};
    if (position == P::High)
        return {&ValueHigh, field.label, shown};
    return {&ValueShown, field.label, shown};
}

FactorWriter::Subject FactorWriter::codedSubject(const Field &field, const Column &column, const QString &level) const
{
    const QString known = knownValue(field, level);
    switch (field.kind) {
    case Kind::Contract:
        if (!known.isEmpty())
            return {&ContractKnown, known};
        if (level.contains(QLatin1String("contract"), Qt::CaseInsensitive))
            return {&ContractNamed, capitalised(level)};
        return {&ContractRaw, capitalised(level)};
    case Kind::Payment:
        if (!known.isEmpty())
            return {&PaymentKnown, lowerFirst(known)};
        return {&PaymentRaw, lowerFirst(level)};
    case Kind::Service: {
        const std::string utf8 = level.toStdString();
        if (!EngineeredFeatures::serviceInUse(utf8)) {
            if (isPlainNo(level) || level.trimmed().isEmpty())
                return {&ServiceNo, field.phrase};
            if (!known.isEmpty())
                return {&ServiceKnown, known, field.phrase};
            return {&ServiceRaw, capitalised(level), field.phrase};
        }
        if (isPlainYes(level))
            return {&ServiceYes, field.phrase};
        break;
    }
    default:
        break;
    }
    if (!known.isEmpty())
        return {&ValueShown, field.label, known};
    if (column.type() == ColumnType::Boolean && (isPlainYes(level) || isPlainNo(level))
        && !level.startsWith(QLatin1String("Y"), Qt::CaseSensitive) && !level.startsWith(QLatin1String("N"), Qt::CaseSensitive))
        return {&ValueShown, field.label, isPlainYes(level) ? Tr::tr("yes") : Tr::tr("no")};
    return {&ValueRaw, field.label, level};
}

FactorWriter::Subject FactorWriter::subject(const Field &field, const Column &column, qsizetype row) const
{
    if (column.isMissing(row))
        return {&Missing, field.label};
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
    const Template::Text &t = neutral ? s.sentence->unchanged : contribution > 0.0 ? s.sentence->raises : s.sentence->lowers;
    const QString text = Tr::tr(t.source, t.comment);
    // All placeholders at once: a value from the file may itself contain "%1".
    if (!s.c.isNull())
        return text.arg(s.a, s.b, s.c);
    if (!s.b.isNull())
        return text.arg(s.a, s.b);
    if (!s.a.isNull())
        return text.arg(s.a);
    return text;
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
