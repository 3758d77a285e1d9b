#include "csvheader.h"

#include <QSet>

namespace churnlens {

QStringList CsvHeader::uniqueNames(const QStringList &raw, const QString &file, qint64 line, QList<Issue> *issues)
{
    auto report = [&](int column, const QString &message) {
        if (!issues)
            return;
        Issue issue;
        issue.severity = Issue::Severity::Warning;
        issue.message = message;
        issue.file = file;
        issue.line = line;
        issue.column = column;
        issues->append(issue);
    };
    QStringList names;
    names.reserve(raw.size());
    QSet<QString> taken;
    for (const QString &r : raw)
        taken.insert(r.trimmed().toCaseFolded());
    QSet<QString> used;
    for (int i = 0; i < raw.size(); ++i) {
        QString name = raw[i].trimmed();
        if (name.isEmpty()) {
            // "Column 5" unless a real column already has that name.
            int n = i + 1;
            name = Tr::tr("Column %1").arg(n);
            while (taken.contains(name.toCaseFolded()) || used.contains(name.toCaseFolded()))
                name = Tr::tr("Column %1").arg(++n);
            report(i + 1, Tr::tr("Column %1 has no name; it is called \"%2\".").arg(i + 1).arg(name));
        } else if (used.contains(name.toCaseFolded())) {
            // Case-insensitive, because lookups by name (DataTable::indexOf) fall back to that.
            const QString base = name;
            int n = 2;
            do {
                name = QStringLiteral("%1 (%2)").arg(base).arg(n++);
            } while (used.contains(name.toCaseFolded()) || taken.contains(name.toCaseFolded()));
            report(i + 1, Tr::tr("The column name \"%1\" appears more than once; column %2 is called \"%3\".")
                              .arg(base)
                              .arg(i + 1)
                              .arg(name));
        }
        used.insert(name.toCaseFolded());
        names << name;
    }
    return names;
}

QStringList CsvHeader::generatedNames(int count)
{
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i)
        names << Tr::tr("Column %1").arg(i + 1);
    return names;
}

} // namespace churnlens
