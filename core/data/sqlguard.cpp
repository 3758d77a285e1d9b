#include "sqlguard.h"

#include "../common/error.h"

#include <QStringList>

namespace churnlens {

namespace {

struct Scan
{
    QStringList words;       // upper-case keywords and names outside literals, in order
    bool afterSemicolon = false;
    bool textAfterSemicolon = false;
    bool unterminated = false;
};

// Splits SQL into words, skipping string literals, quoted identifiers, dollar-quoted bodies
// and comments. Whether a backslash escapes a quote depends on the database (MySQL, and
// PostgreSQL's E'' strings, yes; standard SQL, no), so callers scan both ways.
Scan scan(const QString &sql, bool backslashEscapes)
{
    Scan s;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto seen = [&s] {
        if (s.afterSemicolon)
            s.textAfterSemicolon = true;
    };
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql[i + 1] == QLatin1Char('*')) {
            int depth = 0; // PostgreSQL nests block comments
            do {
                if (i + 1 < n && sql[i] == QLatin1Char('/') && sql[i + 1] == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (i + 1 < n && sql[i] == QLatin1Char('*') && sql[i + 1] == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            } while (depth > 0 && i < n);
            s.unterminated = s.unterminated || depth > 0;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            seen();
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            ++i;
            bool closed = false;
            while (i < n) {
                if (backslashEscapes && c != QLatin1Char('[') && c != QLatin1Char('`') && sql[i] == QLatin1Char('\\')) {
                    i += 2;
                } else if (sql[i] == close) {
                    if (i + 1 < n && sql[i + 1] == close) {
                        i += 2;
                    } else {
                        ++i;
                        closed = true;
                        break;
                    }
                } else {
                    ++i;
                }
            }
            s.unterminated = s.unterminated || !closed;
        } else if (c == QLatin1Char('$') && i + 1 < n && !sql[i + 1].isDigit()) {
            // $tag$ … $tag$ (PostgreSQL); "$1" parameters are not quotes.
            qsizetype j = i + 1;
            while (j < n && (sql[j].isLetterOrNumber() || sql[j] == QLatin1Char('_')))
                ++j;
            if (j < n && sql[j] == QLatin1Char('$')) {
                seen();
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                s.unterminated = s.unterminated || end < 0;
                i = end < 0 ? n : end + tag.size();
            } else {
                ++i;
            }
        } else if (c == QLatin1Char(';')) {
            s.afterSemicolon = true;
            ++i;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            seen();
            const qsizetype start = i;
            while (i < n && (sql[i].isLetterOrNumber() || sql[i] == QLatin1Char('_') || sql[i] == QLatin1Char('$')))
                ++i;
            s.words << sql.mid(start, i - start).toUpper();
        } else {
            seen();
            ++i;
        }
    }
    return s;
}

QString problemIn(const Scan &s)
{
    if (s.unterminated)
        return Tr::tr("The query has an unterminated quote or comment.");
    if (s.words.isEmpty())
        return Tr::tr("The query is empty.");
    if (s.textAfterSemicolon)
        return Tr::tr("Only one statement can be run; remove everything after the ‘;’.");
    const QString &first = s.words.first();
    if (first != QLatin1String("SELECT") && first != QLatin1String("WITH"))
        return Tr::tr("Only a reading query (SELECT, or WITH … SELECT) can be run, not “%1”.").arg(first);
    // Words that write or change state even inside a SELECT or WITH (data-modifying CTEs,
    // SELECT … INTO, row locks) or that configure the connection.
    static const QStringList forbidden = {
        QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"), QStringLiteral("MERGE"),
        QStringLiteral("UPSERT"), QStringLiteral("DROP"), QStringLiteral("ALTER"), QStringLiteral("CREATE"),
        QStringLiteral("TRUNCATE"), QStringLiteral("GRANT"), QStringLiteral("REVOKE"), QStringLiteral("COPY"),
        QStringLiteral("CALL"), QStringLiteral("EXECUTE"), QStringLiteral("EXEC"), QStringLiteral("INTO"),
        QStringLiteral("ATTACH"), QStringLiteral("DETACH"), QStringLiteral("PRAGMA"), QStringLiteral("VACUUM"),
        QStringLiteral("REINDEX"), QStringLiteral("LOCK"), QStringLiteral("COMMIT"), QStringLiteral("ROLLBACK")};
    for (const QString &w : s.words)
        if (forbidden.contains(w))
            return Tr::tr("The query contains “%1”; only reading queries (SELECT, or WITH … SELECT) can be run. "
                          "If “%1” is a column name, put it in double quotes.")
                .arg(w);
    return {};
}

} // namespace

QString SqlGuard::readOnlyProblem(const QString &sql)
{
    // Both readings of backslashes must agree that this is one harmless statement.
    if (QString p = problemIn(scan(sql, false)); !p.isEmpty())
        return p;
    return problemIn(scan(sql, true));
}

QString SqlGuard::withoutTrailingSemicolons(const QString &sql)
{
    qsizetype end = sql.size();
    while (end > 0 && (sql[end - 1].isSpace() || sql[end - 1] == QLatin1Char(';')))
        --end;
    return sql.left(end);
}

namespace {
// Parses "part"."part" (or `part`, [part]) back and checks that it spells \a name; with
// \a single, as one part only (a dot inside a column or bare table name is part of the name).
bool spells(const QString &q, const QString &name, bool single)
{
    if (q.isEmpty())
        return false;
    const QChar open = q.front();
    QChar close;
    if (open == QLatin1Char('"') || open == QLatin1Char('`'))
        close = open;
    else if (open == QLatin1Char('['))
        close = QLatin1Char(']');
    else
        return false;
    QStringList parts;
    qsizetype i = 0;
    while (i < q.size()) {
        if (q[i] != open)
            return false;
        ++i;
        QString part;
        for (;;) {
            if (i >= q.size())
                return false;
            if (q[i] == close) {
                if (i + 1 < q.size() && q[i + 1] == close) {
                    part += close;
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            part += q[i++];
        }
        parts << part;
        if (i == q.size())
            break;
        if (q[i] != QLatin1Char('.') || i + 1 == q.size())
            return false;
        ++i;
    }
    if (single && parts.size() != 1)
        return false;
    return parts.join(QLatin1Char('.')) == name;
}
} // namespace

std::optional<QString> SqlGuard::quoted(const QSqlDriver *driver, const QString &name, QSqlDriver::IdentifierType type)
{
    if (!driver || name.isEmpty() || name.contains(QChar(0)))
        return std::nullopt;
    const bool single = type == QSqlDriver::FieldName;
    if (QString q = driver->escapeIdentifier(name, type); spells(q, name, single))
        return q;
    // Qt's drivers return names that start or end with a quote (or hold brackets) unchanged,
    // taking them for already quoted, and the SQLite and PostgreSQL drivers split field names
    // at dots too. Such a name is quoted here in the driver's own style,
    // learnt from how it quotes a plain name: delimiters around, delimiters inside doubled.
    const QString probe = driver->escapeIdentifier(QStringLiteral("a"), QSqlDriver::FieldName);
    if (probe.size() != 3 || probe[1] != QLatin1Char('a'))
        return std::nullopt;
    const QChar open = probe[0], close = probe[2];
    const bool known = (open == QLatin1Char('"') && close == QLatin1Char('"'))
                       || (open == QLatin1Char('`') && close == QLatin1Char('`'))
                       || (open == QLatin1Char('[') && close == QLatin1Char(']'));
    if (!known)
        return std::nullopt;
    QString inner = name;
    inner.replace(close, QString(2, close));
    const QString q = open + inner + close;
    if (!spells(q, name, single))
        return std::nullopt;
    return q;
}

} // namespace churnlens
