#include "columnname.h"

namespace churnlens {

QString ColumnName::normalized(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar ch : name)
        if (ch.isLetterOrNumber())
            out.append(ch.toLower());
    return out;
}

QStringList ColumnName::tokens(const QString &name)
{
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            out.append(word.toLower());
        word.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar ch = name[i];
        if (!ch.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!word.isEmpty()) {
            const QChar prev = name[i - 1];
            const bool nextLower = i + 1 < name.size() && name[i + 1].isLower();
            if ((prev.isLower() && ch.isUpper())                    // monthly|Charges
                || (prev.isUpper() && ch.isUpper() && nextLower)    // ID|Value
                || (prev.isDigit() != ch.isDigit()))                // calls|2
                flush();
        }
        word.append(ch);
    }
    flush();
    return out;
}

bool ColumnName::isIdName(const QString &name)
{
    const QStringList t = tokens(name);
    if (t.isEmpty())
        return false;
    static const QStringList whole = {QStringLiteral("id"), QStringLiteral("index"), QStringLiteral("idx"),
                                      QStringLiteral("row"), QStringLiteral("rownumber"), QStringLiteral("rownum"),
                                      QStringLiteral("uuid"), QStringLiteral("guid"), QStringLiteral("key")};
    if (whole.contains(normalized(name)))
        return true;
    if (t.size() == 2 && t[0] == QLatin1String("unnamed")) // pandas' leftover index column
        return true;
    static const QStringList last = {QStringLiteral("id"), QStringLiteral("uuid"), QStringLiteral("guid"),
                                     QStringLiteral("number"), QStringLiteral("no"), QStringLiteral("num"),
                                     QStringLiteral("nr"), QStringLiteral("code"), QStringLiteral("key")};
    // "CustomerId", "RowNumber", "account_no"; a lone "Number" or "Code" says too little.
    return t.size() >= 2 && last.contains(t.last());
}

bool ColumnName::isPersonalName(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("surname"), QStringLiteral("lastname"), QStringLiteral("firstname"), QStringLiteral("name"),
        QStringLiteral("fullname"), QStringLiteral("customername"), QStringLiteral("clientname"),
        QStringLiteral("familyname"), QStringLiteral("givenname"), QStringLiteral("email"),
        QStringLiteral("emailaddress"), QStringLiteral("phone"), QStringLiteral("phonenumber"),
        QStringLiteral("mobile"), QStringLiteral("address"), QStringLiteral("street"), QStringLiteral("username")};
    return names.contains(normalized(name));
}

} // namespace churnlens
