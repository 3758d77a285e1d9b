#include "fieldlabels.h"

#include "columnname.h"
#include "common/error.h"

#include <QJsonValue>

#include <algorithm>

namespace churnlens {

namespace {

struct Text
{
    const char *source;
    const char *comment;
};

// Well-known churn columns, by normalized name (ColumnName::normalized): Telco's and the usual
// names of the fields the semantic mapping knows. Anything else gets a readable form of its name.
struct KnownName
{
    const char *name;
    Text label;
};

const KnownName knownNames[] = {
    {"customerid", QT_TRANSLATE_NOOP3("churnlens", "Customer ID", "field label")},
    {"gender", QT_TRANSLATE_NOOP3("churnlens", "Gender", "field label")},
    {"seniorcitizen", QT_TRANSLATE_NOOP3("churnlens", "Senior citizen", "field label")},
    {"partner", QT_TRANSLATE_NOOP3("churnlens", "Partner", "field label")},
    {"dependents", QT_TRANSLATE_NOOP3("churnlens", "Dependents", "field label")},
    {"tenure", QT_TRANSLATE_NOOP3("churnlens", "Tenure (months)", "field label")},
    {"phoneservice", QT_TRANSLATE_NOOP3("churnlens", "Phone service", "field label")},
    {"multiplelines", QT_TRANSLATE_NOOP3("churnlens", "Multiple lines", "field label")},
    {"internetservice", QT_TRANSLATE_NOOP3("churnlens", "Internet service", "field label")},
    {"onlinesecurity", QT_TRANSLATE_NOOP3("churnlens", "Online security", "field label")},
    {"onlinebackup", QT_TRANSLATE_NOOP3("churnlens", "Online backup", "field label")},
    {"deviceprotection", QT_TRANSLATE_NOOP3("churnlens", "Device protection", "field label")},
    {"techsupport", QT_TRANSLATE_NOOP3("churnlens", "Tech support", "field label")},
    {"streamingtv", QT_TRANSLATE_NOOP3("churnlens", "Streaming TV", "field label")},
    {"streamingmovies", QT_TRANSLATE_NOOP3("churnlens", "Streaming movies", "field label")},
    {"contract", QT_TRANSLATE_NOOP3("churnlens", "Contract", "field label")},
    {"paperlessbilling", QT_TRANSLATE_NOOP3("churnlens", "Paperless billing", "field label")},
    {"paymentmethod", QT_TRANSLATE_NOOP3("churnlens", "Payment method", "field label")},
    {"monthlycharges", QT_TRANSLATE_NOOP3("churnlens", "Monthly charges", "field label")},
    {"totalcharges", QT_TRANSLATE_NOOP3("churnlens", "Total charges", "field label")},
    {"supportcalls", QT_TRANSLATE_NOOP3("churnlens", "Support calls", "field label")},
    {"customerservicecalls", QT_TRANSLATE_NOOP3("churnlens", "Support calls", "field label")},
    {"churn", QT_TRANSLATE_NOOP3("churnlens", "Churn", "field label")},
};

// The meaning's field, for columns with another name ("Laufzeit" mapped to tenure).
const char *knownNameOf(Semantic semantic)
{
    switch (semantic) {
    case Semantic::Tenure: return "tenure";
    case Semantic::MonthlyCharges: return "monthlycharges";
    case Semantic::TotalCharges: return "totalcharges";
    case Semantic::Contract: return "contract";
    case Semantic::SupportCalls: return "supportcalls";
    case Semantic::Service:
    case Semantic::None: break;
    }
    return nullptr;
}

// Known values of known fields (fields as space-separated normalized names). Matched without
// regard to case or surrounding blanks; never guessed for other fields or values.
struct KnownValue
{
    const char *fields;
    const char *value;
    Text text;
};

const KnownValue knownValues[] = {
    {"gender", "Female", QT_TRANSLATE_NOOP3("churnlens", "Female", "value of the field Gender")},
    {"gender", "Male", QT_TRANSLATE_NOOP3("churnlens", "Male", "value of the field Gender")},
    {"seniorcitizen partner dependents phoneservice paperlessbilling multiplelines onlinesecurity onlinebackup "
     "deviceprotection techsupport streamingtv streamingmovies churn",
     "Yes", QT_TRANSLATE_NOOP3("churnlens", "Yes", "value of a yes/no field")},
    {"seniorcitizen partner dependents phoneservice paperlessbilling multiplelines onlinesecurity onlinebackup "
     "deviceprotection techsupport streamingtv streamingmovies churn",
     "No", QT_TRANSLATE_NOOP3("churnlens", "No", "value of a yes/no field")},
    {"multiplelines", "No phone service", QT_TRANSLATE_NOOP3("churnlens", "No phone service", "value of a service field")},
    {"onlinesecurity onlinebackup deviceprotection techsupport streamingtv streamingmovies", "No internet service",
     QT_TRANSLATE_NOOP3("churnlens", "No internet service", "value of a service field")},
    {"internetservice", "DSL", QT_TRANSLATE_NOOP3("churnlens", "DSL", "value of the field Internet service")},
    {"internetservice", "Fiber optic", QT_TRANSLATE_NOOP3("churnlens", "Fiber optic", "value of the field Internet service")},
    {"internetservice", "No", QT_TRANSLATE_NOOP3("churnlens", "No", "value of the field Internet service")},
    {"contract", "Month-to-month", QT_TRANSLATE_NOOP3("churnlens", "Month-to-month", "value of the field Contract")},
    {"contract", "One year", QT_TRANSLATE_NOOP3("churnlens", "One year", "value of the field Contract")},
    {"contract", "Two year", QT_TRANSLATE_NOOP3("churnlens", "Two year", "value of the field Contract")},
    {"paymentmethod", "Electronic check", QT_TRANSLATE_NOOP3("churnlens", "Electronic check", "value of the field Payment method")},
    {"paymentmethod", "Mailed check", QT_TRANSLATE_NOOP3("churnlens", "Mailed check", "value of the field Payment method")},
    {"paymentmethod", "Bank transfer (automatic)",
     QT_TRANSLATE_NOOP3("churnlens", "Bank transfer (automatic)", "value of the field Payment method")},
    {"paymentmethod", "Credit card (automatic)",
     QT_TRANSLATE_NOOP3("churnlens", "Credit card (automatic)", "value of the field Payment method")},
};

QString translated(const Text &t) { return Tr::tr(t.source, t.comment); }

const KnownName *findName(const QString &normalized)
{
    for (const KnownName &k : knownNames) {
        if (normalized == QLatin1String(k.name))
            return &k;
    }
    return nullptr;
}

//! The known field \a column stands for: its own well-known name, else its meaning's; empty if none.
QString knownField(const QString &column, Semantic semantic)
{
    const QString n = ColumnName::normalized(column);
    if (findName(n))
        return n;
    if (const char *s = knownNameOf(semantic))
        return QLatin1String(s);
    return {};
}

//! "Online security" → "online security"; "TV package", "DSL line", "PayPal" stay as they are.
QString lowerFirstWord(QString s)
{
    qsizetype end = s.indexOf(QLatin1Char(' '));
    if (end < 0)
        end = s.size();
    if (end < 1 || !s[0].isUpper())
        return s;
    for (qsizetype i = 1; i < end; ++i) {
        if (s[i].isLetter() && !s[i].isLower())
            return s;
    }
    s[0] = s[0].toLower();
    return s;
}

} // namespace

void FieldLabels::setUserLabel(const QString &column, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        m_user.remove(column);
    else
        m_user.insert(column, trimmed);
}

void FieldLabels::merge(const FieldLabels &other)
{
    for (auto it = other.m_user.cbegin(); it != other.m_user.cend(); ++it)
        m_user.insert(it.key(), it.value());
}

QString FieldLabels::knownLabel(const QString &column, Semantic semantic)
{
    if (const KnownName *k = findName(ColumnName::normalized(column)))
        return translated(k->label);
    if (const char *s = knownNameOf(semantic))
        return translated(findName(QLatin1String(s))->label);
    return {};
}

QString FieldLabels::knownValue(const QString &column, Semantic semantic, const QString &value)
{
    const QString field = knownField(column, semantic);
    if (field.isEmpty())
        return {};
    const QString v = value.trimmed();
    for (const KnownValue &k : knownValues) {
        if (v.compare(QLatin1String(k.value), Qt::CaseInsensitive) != 0)
            continue;
        const QStringList fields = QString::fromLatin1(k.fields).split(QLatin1Char(' '));
        if (fields.contains(field))
            return translated(k.text);
    }
    return {};
}

QString FieldLabels::label(const QString &column, Semantic semantic) const
{
    const auto user = m_user.constFind(column);
    if (user != m_user.cend())
        return *user;
    const QString known = knownLabel(column, semantic);
    return known.isEmpty() ? humanLabel(column) : known;
}

QString FieldLabels::phrase(const QString &column, Semantic semantic) const
{
    const auto user = m_user.constFind(column);
    if (user != m_user.cend())
        return *user;
    const QString shown = label(column, semantic);
    return lowerCaseInSentences() ? lowerFirstWord(shown) : shown;
}

bool FieldLabels::lowerCaseInSentences()
{
    // A switch for translators: English writes "No online security", German "Ohne Online-Sicherheit".
    return Tr::tr("lowercase", "Field names inside a sentence: translate as \"lowercase\" if the language writes "
                               "\"Online security\" as \"online security\" there (English), as \"keep\" to keep the "
                               "capital (German nouns)")
        == QLatin1String("lowercase");
}

QString FieldLabels::humanLabel(const QString &columnName)
{
    QString s = humanName(columnName);
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString FieldLabels::humanName(const QString &columnName)
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

QJsonObject FieldLabels::toJson() const
{
    QJsonObject o;
    for (auto it = m_user.cbegin(); it != m_user.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

FieldLabels FieldLabels::fromJson(const QJsonObject &json)
{
    FieldLabels labels;
    for (auto it = json.begin(); it != json.end(); ++it)
        labels.setUserLabel(it.key(), it.value().toString());
    return labels;
}

} // namespace churnlens
