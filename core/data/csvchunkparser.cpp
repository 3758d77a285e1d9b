#include "csvchunkparser.h"

#include "textdecoder.h"

#include <cmath>

namespace churnlens {

namespace {
constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

// Receives the fields of one row and stores them by plan.
struct RowSink
{
    CsvChunkColumn *columns;
    const CsvPlan *plans;
    int columnCount;
    const TypeInference::MissingTokens *missing;
    char decimal;
    const char *textBegin;
    const char *textEnd;
    qint64 line = 0;           // of the row start, relative to the chunk
    bool extraNonEmpty = false;

    [[gnu::always_inline]] void operator()(int j, std::string_view v)
    {
        if (j >= columnCount) {
            extraNonEmpty = extraNonEmpty || !v.empty();
            return;
        }
        CsvChunkColumn &c = columns[j];
        switch (plans[j]) {
        case CsvPlan::Numeric: {
            double x;
            if (TypeInference::parseNumber(v, decimal, &x)) {
                c.values.push_back(x);
            } else {
                c.values.push_back(Missing);
                if (!missing->isMissing(v)) {
                    if (c.badExamples.size() < size_t(TypeInference::MaxExamples))
                        c.badExamples.push_back({line, std::string(v)});
                    ++c.bad;
                    c.lastBadLine = line;
                }
            }
            break;
        }
        case CsvPlan::Coded: {
            if (v.empty()) {
                c.codes.push_back(Column::MissingCode);
                break;
            }
            const int32_t code = c.levels.intern(v, textBegin, textEnd);
            if (size_t(code) == c.levelMissing.size())
                c.levelMissing.push_back(missing->isMissing(v) ? 1 : 0); // decided once per label
            c.codes.push_back(code);
            break;
        }
        case CsvPlan::Unique:
            if (missing->isMissing(v)) {
                c.codes.push_back(Column::MissingCode);
            } else {
                c.codes.push_back(int32_t(c.arenaEnds.size()));
                c.arena.append(v);
                c.arenaEnds.push_back(uint32_t(c.arena.size()));
            }
            break;
        case CsvPlan::Skip:
            break;
        }
    }

    void fillMissing(int from)
    {
        for (int j = from; j < columnCount; ++j) {
            CsvChunkColumn &c = columns[j];
            switch (plans[j]) {
            case CsvPlan::Numeric: c.values.push_back(Missing); break;
            case CsvPlan::Coded:
            case CsvPlan::Unique: c.codes.push_back(Column::MissingCode); break;
            case CsvPlan::Skip: break;
            }
        }
    }

    // Takes back the row just stored (it had too many fields).
    void dropRow()
    {
        for (int j = 0; j < columnCount; ++j) {
            CsvChunkColumn &c = columns[j];
            switch (plans[j]) {
            case CsvPlan::Numeric:
                if (c.lastBadLine == line) {
                    --c.bad;
                    if (!c.badExamples.empty() && c.badExamples.back().line == line)
                        c.badExamples.pop_back();
                    c.lastBadLine = -1;
                }
                c.values.pop_back();
                break;
            case CsvPlan::Coded: c.codes.pop_back(); break;
            case CsvPlan::Unique:
                if (c.codes.back() >= 0) {
                    c.arenaEnds.pop_back();
                    c.arena.resize(c.arenaEnds.empty() ? 0 : c.arenaEnds.back());
                }
                c.codes.pop_back();
                break;
            case CsvPlan::Skip: break;
            }
        }
    }
};
} // namespace

CsvChunkParser::CsvChunkParser(const CsvDialect &dialect, const std::vector<CsvPlan> &plans, bool validateUtf8)
    : m_dialect(dialect)
    , m_plans(plans)
    , m_missing(dialect.options)
    , m_tokenizer(dialect.options.delimiter, dialect.options.quote, dialect.options.maxFieldBytes)
    , m_validate(validateUtf8)
{
}

void CsvChunkParser::prepare(CsvChunk &chunk, size_t expectedRows) const
{
    chunk.columns.resize(m_plans.size());
    for (size_t j = 0; j < m_plans.size(); ++j) {
        CsvChunkColumn &c = chunk.columns[j];
        switch (m_plans[j]) {
        case CsvPlan::Numeric: c.values.reserve(expectedRows); break;
        case CsvPlan::Coded: c.codes.reserve(expectedRows); break;
        case CsvPlan::Unique:
            c.codes.reserve(expectedRows);
            c.arenaEnds.reserve(expectedRows);
            c.arena.reserve(size_t(double(expectedRows) * (m_dialect.bytesPerLabel[j] + 1)));
            break;
        case CsvPlan::Skip: break;
        }
    }
}

[[gnu::flatten]] void CsvChunkParser::parse(std::string_view text, CsvChunk &chunk, size_t begin, size_t end, size_t stopAfter,
                           const Progress *progress)
{
    chunk.begin = begin;
    m_tokenizer.reset();
    const size_t span = (stopAfter ? stopAfter : end) - begin;
    const double perRow = m_dialect.bytesPerRow > 1 ? m_dialect.bytesPerRow : 1.0;
    prepare(chunk, size_t(double(span) / perRow * 1.1) + 16);

    RowSink sink{chunk.columns.data(), m_plans.data(), int(m_plans.size()), &m_missing, m_dialect.options.decimal,
                 text.data(), text.data() + text.size()};
    const int columns = int(m_plans.size());
    const char *const base = text.data();
    const char *p = base + begin;
    const char *const textEnd = base + text.size();
    const char *const stop = base + (stopAfter ? std::min(stopAfter, text.size()) : end);
    qint64 lines = 0;
    unsigned sinceCheck = 0;
    while (p < stop) {
        if (++sinceCheck == 8192) {
            sinceCheck = 0;
            if (isCanceled(progress)) {
                chunk.status = CsvChunk::Status::Canceled;
                return;
            }
        }
        const qint64 rowLine = lines;
        sink.line = rowLine;
        sink.extraNonEmpty = false;
        int fields = 0;
        // Rows may run past a guessed chunk end; that is caught below, never read past the text.
        const CsvRowStatus st = m_tokenizer.readRow(p, textEnd, true, sink, &fields, &lines);
        if (st == CsvRowStatus::Blank)
            continue;
        if (st != CsvRowStatus::Row) {
            chunk.status = CsvChunk::Status::Error;
            chunk.error = st;
            chunk.errorLine = rowLine + m_tokenizer.lineOfError();
            chunk.errorColumn = m_tokenizer.fieldOfError() + 1;
            return;
        }
        if (fields < columns) {
            sink.fillMissing(fields);
            ++chunk.tooFew;
            if (chunk.ragged.size() < size_t(MaxRaggedExamples))
                chunk.ragged.push_back({rowLine, fields, false});
        } else if (fields > columns) {
            if (sink.extraNonEmpty) {
                sink.dropRow();
                ++chunk.tooMany;
                if (chunk.ragged.size() < size_t(MaxRaggedExamples))
                    chunk.ragged.push_back({rowLine, fields, true});
                continue;
            }
            ++chunk.trailingEmpty;
        }
        chunk.lines.append(chunk.rows, rowLine);
        ++chunk.rows;
    }
    if (!stopAfter && p != base + end) {
        chunk.status = CsvChunk::Status::Inconsistent;
        return;
    }
    chunk.end = size_t(p - base);
    chunk.lineEnds = lines;
    if (m_validate) {
        const std::string_view bytes = text.substr(begin, chunk.end - begin);
        const size_t bad = TextDecoder::firstInvalidUtf8(bytes);
        if (bad != std::string_view::npos) {
            chunk.status = CsvChunk::Status::InvalidText;
            chunk.errorLine = CsvTokenizer::countLineEnds(bytes.data(), bytes.data() + bad);
            // The field: delimiters outside quotes since the start of the line.
            const size_t lineStart = bytes.find_last_of("\r\n", bad == 0 ? 0 : bad - 1);
            int field = 1;
            bool quoted = false;
            for (size_t i = lineStart == std::string_view::npos || bad == 0 ? 0 : lineStart + 1; i < bad; ++i) {
                if (bytes[i] == m_dialect.options.quote && m_dialect.options.quote)
                    quoted = !quoted;
                else if (bytes[i] == m_dialect.options.delimiter && !quoted)
                    ++field;
            }
            chunk.errorColumn = field;
        }
    }
}

} // namespace churnlens
