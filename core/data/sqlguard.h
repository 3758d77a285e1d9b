#pragma once

#include <QSqlDriver>
#include <QString>

#include <optional>

namespace churnlens {

/*!
 * The two checks between user text and SQL: a query must be one read-only SELECT/WITH
 * statement, and a table or column name is only ever used quoted. Pure functions,
 * thread-safe (the driver is only asked to quote).
 */
class SqlGuard
{
public:
    //! Empty when \a sql is a single read-only SELECT (or WITH … SELECT) statement,
    //! otherwise the reason in plain words. A trailing ';' is allowed.
    static QString readOnlyProblem(const QString &sql);
    //! \a sql without trailing semicolons and white space (drivers reject a trailing ';').
    static QString withoutTrailingSemicolons(const QString &sql);
    //! \a name quoted by \a driver's escapeIdentifier(). Qt's drivers pass names that already
    //! look quoted through unchanged (which would let a crafted name inject SQL); such names
    //! are quoted in the driver's own style instead. A FieldName is always one identifier (a dot
    //! in it is part of the name); a TableName may be "schema.table". Nothing when no safe
    //! quoting exists.
    static std::optional<QString> quoted(const QSqlDriver *driver, const QString &name,
                                         QSqlDriver::IdentifierType type);
};

} // namespace churnlens
