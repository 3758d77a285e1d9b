#pragma once

#include "../common/error.h"

#include <QList>
#include <QStringList>

namespace churnlens {

//! Column names from a header row or a database: trimmed, empty ones named "Column N",
//! duplicates renamed "Name (2)", each change reported as an Issue.
class CsvHeader
{
public:
    static QStringList uniqueNames(const QStringList &raw, const QString &file, qint64 line, QList<Issue> *issues);
    //! "Column 1" … "Column n" for files without a header.
    static QStringList generatedNames(int count);
};

} // namespace churnlens
