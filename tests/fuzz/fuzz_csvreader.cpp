// libFuzzer target for the CSV reader: any bytes must give a table or a clean Error, never a
// crash, a hang or a leak, and the result must not depend on the thread count or the chunking.
#include "data/columnconvert.h"
#include "data/csvloader.h"
#include "data/csvreader.h"
#include "data/tablebuilder.h"
#include "data/textdecoder.h"
#include "data/typeinference.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace churnlens;

namespace {
[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_csvreader: %s\n", what);
    std::abort();
}

void checkTable(const DataTable &t)
{
    for (const Column &c : t.columns()) {
        if (c.size() != t.rowCount())
            fail("column size differs from row count");
        for (qsizetype r = 0; r < c.size(); ++r) {
            if (c.isCoded()) {
                const int32_t code = c.code(r);
                if (code < -1 || code >= c.dictionary().size())
                    fail("code out of range");
                if (c.type() == ColumnType::Boolean && code > 1)
                    fail("boolean code above 1");
            } else if (std::isinf(c.value(r))) {
                fail("infinite number");
            } else if (std::abs(c.value(r)) > TypeInference::MaxMagnitude) {
                fail("a number beyond TypeInference::MaxMagnitude"); // would overflow in sums and ratios
            }
        }
        if (c.size() > 0)
            (void)c.text(c.size() - 1);
        for (ColumnType target : {ColumnType::Numeric, ColumnType::Boolean, ColumnType::Categorical, ColumnType::Date,
                                  ColumnType::Text}) {
            QList<Issue> issues;
            const auto converted = convertColumn(c, target, CsvOptions{}, &issues);
            if (converted && converted->size() != c.size())
                fail("conversion changed the row count");
        }
    }
}

bool sameResult(const Result<LoadResult> &a, const Result<LoadResult> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return a.error().line == b.error().line && a.error().message == b.error().message;
    const DataTable &x = a->table, &y = b->table;
    if (x.rowCount() != y.rowCount() || x.columnNames() != y.columnNames() || a->issues.size() != b->issues.size())
        return false;
    for (int j = 0; j < x.columnCount(); ++j) {
        if (x.column(j).type() != y.column(j).type())
            return false;
        for (qsizetype r = 0; r < x.rowCount(); ++r)
            if (x.column(j).text(r) != y.column(j).text(r))
                return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first two bytes pick options, the rest is the file.
    const uint8_t a = data[0], b = data[1];
    CsvOptions o;
    static constexpr char delimiters[] = {0, 0, 0, 0, ',', ';', '\t', '|'};
    o.delimiter = delimiters[a & 7];
    o.header = static_cast<HeaderMode>((a >> 3) % 3);
    static constexpr TextEncoding encodings[] = {TextEncoding::Auto, TextEncoding::Auto, TextEncoding::Utf8,
                                                 TextEncoding::Latin1};
    o.encoding = encodings[(a >> 5) & 3];
    o.maxFieldBytes = (a & 0x80) ? 64 : 16 * 1024 * 1024;
    o.whitespaceIsMissing = (b & 1) == 0;
    const size_t chunk = 1 + (b >> 1);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    CsvOptions one = o, two = o;
    one.threads = 1;
    two.threads = 2;
    const Result<LoadResult> sequential = CsvLoader::load(CsvSource::fromBytes(bytes), QStringLiteral("fuzz"), one,
                                                          nullptr, chunk);
    const Result<LoadResult> parallel = CsvLoader::load(CsvSource::fromBytes(bytes), QStringLiteral("fuzz"), two,
                                                        nullptr, chunk + 7);
    if (!sameResult(sequential, parallel))
        fail("one and two threads disagree");
    const Result<LoadResult> plain = CsvReader::readBytes(bytes, QStringLiteral("fuzz"), o);
    if (!sameResult(sequential, plain))
        fail("chunk size changes the result");
    // Any prefix: a number that reads is never "too large", and the two agree on the limit.
    {
        const std::string_view head(bytes.constData(), size_t(std::min<qsizetype>(bytes.size(), 40)));
        double x = 0.0;
        if (TypeInference::parseNumber(head, '.', &x) && (TypeInference::isTooLarge(head, '.') || !(std::abs(x) <= TypeInference::MaxMagnitude)))
            fail("parseNumber and isTooLarge disagree");
    }
    if (plain) {
        checkTable(plain->table);
        // Valid UTF-8 is never read as Latin-1 (the encoding is decided on the whole file).
        if (o.encoding == TextEncoding::Auto && plain->csvOptions.encoding == TextEncoding::Latin1
            && TextDecoder::utf8Census(std::string_view(bytes.constData(), size_t(bytes.size()))).invalid == 0)
            fail("valid UTF-8 read as Latin-1");
        // The same cells through TableBuilder (the database path) must give a table too.
        const DataTable &t = plain->table;
        TableBuilder builder(t.columnNames(), o, QStringLiteral("fuzz-db"));
        std::vector<QByteArray> texts(size_t(t.columnCount()));
        std::vector<std::string_view> cells(size_t(t.columnCount()));
        for (qsizetype r = 0; r < t.rowCount() && r < 200; ++r) {
            for (int j = 0; j < t.columnCount(); ++j) {
                texts[size_t(j)] = t.column(j).text(r).toUtf8();
                cells[size_t(j)] = t.column(j).isMissing(r)
                    ? std::string_view()
                    : std::string_view(texts[size_t(j)].constData(), size_t(texts[size_t(j)].size()));
            }
            builder.addRow(cells, r + 1);
        }
        const Result<LoadResult> built = builder.finish();
        if (built)
            checkTable(built->table);
    } else if (plain.error().message.isEmpty()) {
        fail("an error without a message");
    }
    return 0;
}
