#include "csvloader.h"

#include "common/parallel.h"
#include "common/threads.h"
#include "csvheader.h"
#include "csvpass.h"
#include "csvsniffer.h"
#include "textdecoder.h"
#include "typeinference.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <new>

namespace churnlens {

namespace {
constexpr size_t ProbeBytes = 64 * 1024;

Error badInput(const QString &file, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = ErrorCode::BadInput;
    e.file = file;
    e.message = message;
    e.hint = hint;
    return e;
}

qsizetype presentValues(const CsvColumnData &c)
{
    qsizetype n = 0;
    for (double v : c.values)
        n += std::isnan(v) ? 0 : 1;
    return n;
}
} // namespace

Result<CsvDialect> CsvLoader::prepare(CsvSource &source, const QString &file, const CsvOptions &options,
                                      bool forceLatin1)
{
    std::string_view bytes = source.bytes();
    const TextDecoder::Bom bom = TextDecoder::detectBom(bytes);
    TextEncoding encoding = forceLatin1 ? TextEncoding::Latin1 : options.encoding;
    if (encoding == TextEncoding::Auto) {
        encoding = bom.encoding;
        if (encoding == TextEncoding::Auto)
            encoding = TextDecoder::guessUtf16(bytes.substr(0, ProbeBytes));
    }
    size_t skip = (bom.encoding == encoding) ? size_t(bom.length) : 0;
    if (encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE) {
        std::string utf8;
        TextDecoder::utf16ToUtf8(bytes.substr(skip), encoding == TextEncoding::Utf16BE, utf8);
        source.replace(std::move(utf8));
        bytes = source.bytes();
        skip = 0;
    }
    const std::string_view text = bytes.substr(skip);
    if (TextDecoder::looksBinary(text.substr(0, ProbeBytes)))
        return std::unexpected(badInput(file, Tr::tr("The file does not look like text (it holds binary data)."),
                                        Tr::tr("Choose a CSV or TSV file, or a SQLite database.")));
    bool latin1 = encoding == TextEncoding::Latin1;
    if (encoding == TextEncoding::Auto) {
        // Decided per file with the evidence of all of it: UTF-8 unless bytes that cannot be UTF-8
        // outnumber the sequences that are (one bad byte in a UTF-8 file stays one replaced
        // character, with a warning; a Latin-1 file has no valid multi-byte sequences).
        const TextDecoder::Utf8Census census = TextDecoder::utf8Census(text);
        latin1 = census.invalid > 0 && census.invalid >= census.validMultiByte;
        encoding = latin1 ? TextEncoding::Latin1 : TextEncoding::Utf8;
    }
    CsvOptions resolved = options;
    resolved.encoding = encoding;
    Result<CsvDialect> dialect = CsvSniffer::sniff(text, resolved, latin1, file);
    if (!dialect)
        return dialect;
    dialect->dataBegin += skip;
    dialect->hadBom = bom.encoding != TextEncoding::Auto && bom.encoding == encoding;
    return dialect;
}

Result<LoadResult> CsvLoader::load(CsvSource source, const QString &file, const CsvOptions &options,
                                   Progress *progress, size_t chunkBytes)
{
    try {
        return loadSource(source, file, options, progress, chunkBytes);
    } catch (const std::bad_alloc &) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = file;
        e.message = Tr::tr("There is not enough memory to read this file.");
        e.hint = Tr::tr("Close other programs, or read fewer rows or columns.");
        return std::unexpected(e);
    }
}

Result<LoadResult> CsvLoader::loadSource(CsvSource &source, const QString &file, const CsvOptions &options,
                                         Progress *progress, size_t chunkBytes)
{
    QElapsedTimer timer;
    timer.start();
    if (options.maxFieldBytes <= 0)
        return std::unexpected(badInput(file, Tr::tr("The field size limit must be positive.")));
    Result<CsvDialect> dialect = prepare(source, file, options);
    if (!dialect)
        return std::unexpected(dialect.error());

    CsvPass::Config config;
    config.source = &source;
    config.file = file;
    config.threads = threadCount(options.threads);
    const size_t dataBytes = source.size() - std::min(source.size(), dialect->dataBegin);
    config.chunkBytes = chunkBytes ? chunkBytes
                                   : std::clamp<size_t>(dataBytes / size_t(8 * config.threads), 64 * 1024, 2 << 20);

    SubProgress firstPass(progress, 0.0, 0.9);
    Result<CsvPassResult> pass = std::unexpected(Error());
    for (;;) {
        config.dialect = &*dialect;
        config.plans = dialect->plans;
        config.validateUtf8 = !dialect->latin1;
        // The encoding was decided on the whole file (prepare): bad bytes in UTF-8 get a warning.
        config.stopOnInvalid = false;
        pass = CsvPass::run(config, &firstPass);
        if (!pass || !pass->needsLatin1)
            break;
        // Bytes that are not UTF-8 further in: read the whole file again as Latin-1.
        dialect = prepare(source, file, options, true);
        if (!dialect)
            return std::unexpected(dialect.error());
    }
    if (!pass)
        return std::unexpected(pass.error());
    if (pass->rows == 0) {
        Error e = badInput(file, Tr::tr("There are no data rows, only a header."),
                           Tr::tr("Choose a file with customer rows under the header."));
        e.line = dialect->firstDataLine;
        return std::unexpected(e);
    }

    // Columns planned as numbers that turned out to hold much text: read those again as labels.
    std::vector<CsvPlan> reread(dialect->plans.size(), CsvPlan::Skip);
    bool needReread = false;
    for (size_t j = 0; j < reread.size(); ++j) {
        CsvColumnData &c = pass->columns[j];
        if (dialect->plans[j] == CsvPlan::Numeric && c.bad > 0
            && !TypeInference::isRareText(c.bad, presentValues(c) + c.bad)) {
            reread[j] = CsvPlan::Coded;
            needReread = true;
            c = CsvColumnData();
        }
    }
    if (needReread) {
        SubProgress secondPass(progress, 0.9, 0.97);
        config.plans = reread;
        config.stopOnInvalid = false;
        Result<CsvPassResult> again = CsvPass::run(config, &secondPass);
        if (!again)
            return std::unexpected(again.error());
        for (size_t j = 0; j < reread.size(); ++j)
            if (reread[j] == CsvPlan::Coded)
                pass->columns[j] = std::move(again->columns[j]);
    }
    if (isCanceled(progress))
        return std::unexpected(Error::canceled());

    LoadResult result;
    const QStringList names = dialect->hasHeader
        ? CsvHeader::uniqueNames(dialect->rawNames, file, 1, &result.issues)
        : CsvHeader::generatedNames(dialect->columns);
    result.issues += pass->issues;
    // Inference and statistics are per column: share them out over the threads.
    std::vector<Column> columns(pass->columns.size());
    std::vector<QList<Issue>> columnIssues(pass->columns.size());
    // Longest jobs first (ids, then numbers with their distinct counts), so threads end together.
    std::vector<size_t> order(columns.size());
    for (size_t j = 0; j < order.size(); ++j)
        order[j] = j;
    auto cost = [&](size_t j) {
        return dialect->plans[j] == CsvPlan::Unique ? 0 : dialect->plans[j] == CsvPlan::Numeric ? 1 : 2;
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return cost(a) < cost(b); });
    // Columns are taken in that order; out of memory in one is rethrown here (load() reports it).
    (void)parallelFor(qsizetype(order.size()), 1, config.threads, nullptr, [&](qsizetype k, qsizetype, int) {
        const size_t j = order[size_t(k)];
        CsvColumnData &c = pass->columns[j];
        TypeInference::Context context;
        context.file = file;
        context.columnName = names[qsizetype(j)];
        context.column = int(j) + 1;
        context.lines = &pass->lines;
        context.decimal = dialect->options.decimal;
        if (dialect->plans[j] == CsvPlan::Numeric && reread[j] == CsvPlan::Skip) {
            TypeInference::reportNonNumeric(context, c.bad, c.badExamples, &columnIssues[j]);
            columns[j] = TypeInference::fromNumbers(context.columnName, std::move(c.values));
        } else {
            columns[j] = TypeInference::fromCodes(std::move(c.codes), std::move(c.dictionary), context,
                                                  &columnIssues[j], std::move(c.counts));
        }
        c = CsvColumnData();
        return true;
    });
    for (size_t j = 0; j < columns.size(); ++j) {
        result.table.addColumn(std::move(columns[j]));
        result.issues += columnIssues[j];
    }
    result.table.setSourceName(file);
    result.csvOptions = dialect->options;
    result.hadBom = dialect->hadBom;
    if (progress)
        progress->setProgress(1.0);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace churnlens
