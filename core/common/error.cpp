#include "error.h"

namespace churnlens {

namespace {
QString location(const QString &file, qint64 line, int column)
{
    QString s = file;
    if (line > 0)
        s += (s.isEmpty() ? QString() : QStringLiteral(":")) + Tr::tr("line %1").arg(line);
    if (column > 0)
        s += (s.isEmpty() ? QString() : QStringLiteral(", ")) + Tr::tr("column %1").arg(column);
    return s;
}
} // namespace

QString Error::toString() const
{
    QString s;
    const QString where = location(file, line, column);
    if (!where.isEmpty())
        s = where + QStringLiteral(": ");
    s += message;
    if (!value.isEmpty())
        s += QStringLiteral(" (\"%1\")").arg(value);
    if (!hint.isEmpty())
        s += QStringLiteral(" — ") + hint;
    return s;
}

Error Error::make(ErrorCode code, QString message, QString file, QString hint)
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.file = std::move(file);
    e.hint = std::move(hint);
    return e;
}

Error Error::canceled()
{
    Error e;
    e.code = ErrorCode::Canceled;
    e.message = Tr::tr("Canceled by the user.");
    return e;
}

QString Issue::toString() const
{
    QString s;
    const QString where = location(file, line, column);
    if (!where.isEmpty())
        s = where + QStringLiteral(": ");
    if (!columnName.isEmpty())
        s += QStringLiteral("[%1] ").arg(columnName);
    return s + message;
}

} // namespace churnlens
