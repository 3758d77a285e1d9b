#include "dataloader.h"

#include "csvreader.h"
#include "schemaguess.h"
#include "sqlreader.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace churnlens {

Result<LoadResult> DataLoader::load(const DataSource &source, Progress *progress)
{
    QElapsedTimer timer;
    timer.start();
    // Reading is nearly all of the work; guessing the schema is a pass over column statistics.
    SubProgress reading(progress, 0.0, 0.97);
    Result<LoadResult> read = source.kind == DataSource::Kind::Csv ? CsvReader::read(source.path, source.csv, &reading)
                                                                   : SqlReader::read(source, &reading);
    if (!read)
        return read;
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());
    LoadResult result = std::move(*read);
    if (result.table.sourceName().isEmpty())
        result.table.setSourceName(source.kind == DataSource::Kind::Csv ? source.path : source.displayName());
    if (progress)
        progress->setText(Tr::tr("Recognising columns"));
    if (const QString problem = SchemaGuess::apply(result.table, source.targetHint); !problem.isEmpty()) {
        Error e;
        e.code = ErrorCode::Usage;
        e.message = problem;
        e.file = result.table.sourceName();
        e.value = source.targetHint;
        return std::unexpected(e);
    }
    if (const int target = result.table.targetIndex(); target >= 0) {
        // A header that repeats the churn column's name ("Churn" twice becomes "Churn" and
        // "Churn (2)"): which one is meant is a guess the user must see.
        const QString name = result.table.column(target).name();
        const QRegularExpression copy(QStringLiteral("^%1 \\(\\d+\\)$").arg(QRegularExpression::escape(name)),
                                      QRegularExpression::CaseInsensitiveOption);
        QStringList others;
        for (const QString &n : result.table.columnNames())
            if (copy.match(n).hasMatch())
                others << QStringLiteral("\"%1\"").arg(n);
        if (!others.isEmpty()) {
            Issue issue;
            issue.file = result.table.sourceName();
            issue.column = target + 1;
            issue.columnName = name;
            issue.message = Tr::tr("The header names more than one column \"%1\"; column %2 is used as the churn column, "
                                   "not %3. Choose the churn column (--target) if that is wrong.")
                                .arg(name)
                                .arg(target + 1)
                                .arg(others.join(QStringLiteral(", ")));
            result.issues.prepend(issue);
        }
    }
    result.issues += SchemaGuess::qualityWarnings(result.table);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    if (progress)
        progress->setProgress(1.0);
    return result;
}

Result<QStringList> DataLoader::listTables(const DataSource &source)
{
    if (source.kind == DataSource::Kind::Csv)
        return makeError(ErrorCode::Usage, Tr::tr("A CSV file has no tables; open it as a file."));
    return SqlReader::listTables(source);
}

} // namespace churnlens
