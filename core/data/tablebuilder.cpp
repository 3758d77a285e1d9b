#include "tablebuilder.h"

#include "csvheader.h"
#include "csvlinemap.h"
#include "typeinference.h"

#include <QElapsedTimer>

namespace churnlens {

struct TableBuilder::Private
{
    Private(const QStringList &names, const CsvOptions &o, const QString &source)
        : rawNames(names), options(o), sourceName(source), missing(o)
    {
        codes.resize(size_t(names.size()));
        dictionaries.resize(size_t(names.size()));
        timer.start();
    }

    QStringList rawNames;
    CsvOptions options;
    QString sourceName;
    TypeInference::MissingTokens missing;
    std::vector<std::vector<int32_t>> codes;
    std::vector<Dictionary> dictionaries;
    CsvLineMap lines;
    qint64 rows = 0;
    qint64 raggedRows = 0;
    QList<Issue> issues;
    bool finished = false;
    QElapsedTimer timer;
};

namespace {
constexpr int MaxRaggedIssues = 20;
}

TableBuilder::TableBuilder(const QStringList &columnNames, const CsvOptions &options, const QString &sourceName)
    : d(std::make_unique<Private>(columnNames, options, sourceName))
{
}

TableBuilder::~TableBuilder() = default;

void TableBuilder::addRow(std::span<const std::string_view> cells, qint64 sourceLine)
{
    const size_t columns = d->codes.size();
    if (cells.size() != columns) {
        // Databases hand out rectangular results; this guards callers that build rows by hand.
        if (++d->raggedRows <= MaxRaggedIssues) {
            Issue issue;
            issue.file = d->sourceName;
            issue.line = sourceLine;
            issue.message = cells.size() < columns
                ? Tr::tr("This row has %1 values, %2 expected; the missing ones are left empty.")
                      .arg(cells.size())
                      .arg(columns)
                : Tr::tr("This row has %1 values, %2 expected; the extra ones are ignored.")
                      .arg(cells.size())
                      .arg(columns);
            d->issues.append(issue);
        }
    }
    for (size_t j = 0; j < columns; ++j) {
        const std::string_view cell = j < cells.size() ? cells[j] : std::string_view();
        const bool isNull = cell.data() == nullptr || d->missing.isMissing(cell);
        d->codes[j].push_back(isNull ? Column::MissingCode : d->dictionaries[j].insert(cell));
    }
    d->lines.append(d->rows, sourceLine);
    ++d->rows;
}

Result<LoadResult> TableBuilder::finish()
{
    if (d->finished)
        return makeError(ErrorCode::Internal, QStringLiteral("TableBuilder::finish() called twice"));
    d->finished = true;
    if (d->rows == 0) {
        Error e;
        e.code = ErrorCode::BadInput;
        e.file = d->sourceName;
        e.message = Tr::tr("There are no data rows, only column names.");
        e.hint = Tr::tr("Choose a table or query that returns customers.");
        return std::unexpected(e);
    }
    LoadResult result;
    if (d->raggedRows > MaxRaggedIssues) {
        Issue issue;
        issue.file = d->sourceName;
        issue.message = Tr::tr("%1 rows had the wrong number of values.").arg(d->raggedRows);
        d->issues.append(issue);
    }
    const QStringList names = CsvHeader::uniqueNames(d->rawNames, d->sourceName, 0, &result.issues);
    result.issues += d->issues;
    CsvOptions used = d->options;
    if (used.decimal == 0)
        used.decimal = '.';
    for (size_t j = 0; j < d->codes.size(); ++j) {
        TypeInference::Context context;
        context.file = d->sourceName;
        context.columnName = names[qsizetype(j)];
        context.column = int(j) + 1;
        context.lines = &d->lines;
        context.decimal = used.decimal;
        Dictionary dictionary = std::move(d->dictionaries[j]);
        std::vector<int32_t> codes = std::move(d->codes[j]);
        result.table.addColumn(TypeInference::fromCodes(std::move(codes), std::move(dictionary), context, &result.issues));
    }
    d->codes.clear();
    d->dictionaries.clear();
    result.table.setSourceName(d->sourceName);
    result.csvOptions = used;
    result.seconds = double(d->timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace churnlens
