#include "csvpass.h"

#include "common/parallel.h"
#include "csvchunkparser.h"
#include "textdecoder.h"

#include <QLocale>

#include <atomic>
#include <cstring>
#include <map>
#include <mutex>

namespace churnlens {

namespace {
constexpr int MaxRaggedIssues = 20;

Error outOfMemoryError(const QString &file)
{
    Error e;
    e.code = ErrorCode::Io;
    e.file = file;
    e.message = Tr::tr("There is not enough memory to read this file.");
    e.hint = Tr::tr("Close other programs, or read fewer rows or columns.");
    return e;
}

// Appends chunks in file order into the pass result; used by one thread at a time.
class Merger
{
public:
    Merger(const CsvPass::Config &config, Progress *progress)
        : m_config(config), m_dialect(*config.dialect), m_progress(progress)
    {
        m_result.columns.resize(config.plans.size());
        m_lineBase = m_dialect.firstDataLine;
        const size_t size = config.source->size();
        m_dataBytes = size > m_dialect.dataBegin ? size - m_dialect.dataBegin : 0;
        // Appending to one vector per column, sized generously once, keeps the peak at the size of
        // the table: pages of capacity that are never written are never resident.
        const double rows = double(m_dataBytes) / std::max(1.0, m_dialect.bytesPerRow);
        const size_t capacity = size_t(rows * 1.25) + 64;
        for (size_t j = 0; j < config.plans.size(); ++j) {
            CsvColumnData &c = m_result.columns[j];
            switch (config.plans[j]) {
            case CsvPlan::Numeric: c.values.reserve(capacity); break;
            case CsvPlan::Coded: c.codes.reserve(capacity); break;
            case CsvPlan::Unique:
                c.codes.reserve(capacity);
                // Ids: one label per row; sizing the dictionary once avoids rehashing a million labels.
                c.dictionary.reserve(size_t(rows), size_t(rows * (m_dialect.bytesPerLabel[j] + 0.5)));
                break;
            case CsvPlan::Skip: break;
            }
        }
    }

    //! False when the pass must stop (error, fallback, cancel); see outcome().
    bool merge(CsvChunk &chunk)
    {
        switch (chunk.status) {
        case CsvChunk::Status::Canceled: m_error = Error::canceled(); return false;
        case CsvChunk::Status::Inconsistent: m_inconsistent = true; return false;
        case CsvChunk::Status::Error: m_error = parseError(chunk); return false;
        case CsvChunk::Status::InvalidText:
            if (m_config.stopOnInvalid) {
                m_result.needsLatin1 = true;
                return false;
            }
            if (!m_warnedUtf8) {
                m_warnedUtf8 = true;
                Issue issue;
                issue.file = m_config.file;
                issue.line = m_lineBase + chunk.errorLine;
                issue.column = chunk.errorColumn;
                issue.message = Tr::tr("This line is not valid UTF-8; characters that cannot be read are shown as "
                                       "\uFFFD. Choose the file's encoding (for example Latin-1) in the import options.");
                m_result.issues.append(issue);
            }
            break;
        case CsvChunk::Status::Ok: break;
        }
        for (size_t j = 0; j < chunk.columns.size(); ++j)
            mergeColumn(m_config.plans[j], chunk.columns[j], m_result.columns[j]);
        m_result.lines.appendShifted(chunk.lines, m_result.rows, m_lineBase);
        for (const CsvRaggedRow &r : chunk.ragged) {
            if (m_raggedShown >= MaxRaggedIssues)
                break;
            ++m_raggedShown;
            Issue issue;
            issue.file = m_config.file;
            issue.line = m_lineBase + r.line;
            issue.column = r.skipped ? m_dialect.columns + 1 : r.fields + 1;
            issue.message = r.skipped
                ? Tr::tr("This row has %1 fields, %2 expected; the row is skipped.").arg(r.fields).arg(m_dialect.columns)
                : Tr::tr("This row has %1 fields, %2 expected; the missing fields are left empty.")
                      .arg(r.fields)
                      .arg(m_dialect.columns);
            m_result.issues.append(issue);
        }
        m_tooFew += chunk.tooFew;
        m_tooMany += chunk.tooMany;
        m_trailingEmpty += chunk.trailingEmpty;
        m_result.rows += chunk.rows;
        m_lineBase += chunk.lineEnds;
        if (m_progress && m_dataBytes > 0)
            m_progress->setProgress(double(chunk.end - m_dialect.dataBegin) / double(m_dataBytes));
        return true;
    }

    bool inconsistent() const { return m_inconsistent; }

    Result<CsvPassResult> outcome()
    {
        if (m_error)
            return std::unexpected(*m_error);
        if (m_tooFew + m_tooMany > m_raggedShown) {
            Issue issue;
            issue.file = m_config.file;
            issue.message = Tr::tr("%1 rows had too few fields (the missing ones are left empty) and %2 rows too "
                                   "many (those rows are skipped).")
                                .arg(m_tooFew)
                                .arg(m_tooMany);
            m_result.issues.append(issue);
        }
        if (m_trailingEmpty > 0) {
            Issue issue;
            issue.severity = Issue::Severity::Info;
            issue.file = m_config.file;
            issue.message = Tr::tr("%1 rows end with extra empty fields (a trailing delimiter); they are ignored.")
                                .arg(m_trailingEmpty);
            m_result.issues.append(issue);
        }
        return std::move(m_result);
    }

private:
    std::string_view label(std::string_view v)
    {
        if (!m_dialect.latin1)
            return v;
        m_scratch.clear();
        TextDecoder::latin1ToUtf8(v, m_scratch);
        return m_scratch;
    }

    void mergeColumn(CsvPlan plan, CsvChunkColumn &c, CsvColumnData &out)
    {
        switch (plan) {
        case CsvPlan::Numeric:
            for (auto &bad : c.badExamples) {
                if (out.badExamples.size() >= size_t(TypeInference::MaxExamples))
                    break;
                out.badExamples.push_back({m_lineBase + bad.line, std::string(label(bad.value))});
            }
            out.bad += c.bad;
            out.values.insert(out.values.end(), c.values.begin(), c.values.end());
            break;
        case CsvPlan::Coded: {
            // Local codes become global ones in row order, so levels are numbered by first appearance.
            // Mapped in place (the chunk is in cache), then appended in one copy.
            std::vector<int32_t> map(size_t(c.levels.size()), -2);
            for (int32_t &code : c.codes) {
                if (code >= 0) {
                    int32_t &m = map[size_t(code)];
                    if (m == -2) {
                        m = c.levelMissing[size_t(code)] ? Column::MissingCode
                                                         : out.dictionary.insert(label(c.levels.view(code)));
                        out.counts.resize(size_t(out.dictionary.size()), 0);
                    }
                    code = m;
                    if (code >= 0)
                        ++out.counts[size_t(code)]; // counted here, so inference need not pass again
                }
            }
            out.codes.insert(out.codes.end(), c.codes.begin(), c.codes.end());
            break;
        }
        case CsvPlan::Unique: {
            auto labelOf = [&c](int32_t k) {
                const uint32_t b = k == 0 ? 0 : c.arenaEnds[size_t(k) - 1];
                return std::string_view(c.arena.data() + b, c.arenaEnds[size_t(k)] - b);
            };
            // Labels are stored in row order: look a few ahead so index slots are in cache on insert.
            constexpr int32_t Ahead = 16;
            const int32_t labels = int32_t(c.arenaEnds.size());
            for (int32_t k = 0; k < std::min(Ahead, labels); ++k)
                out.dictionary.prefetch(labelOf(k));
            for (int32_t &code : c.codes) {
                if (code >= 0) {
                    if (code + Ahead < labels && !m_dialect.latin1)
                        out.dictionary.prefetch(labelOf(code + Ahead));
                    code = out.dictionary.insert(label(labelOf(code)));
                }
            }
            out.codes.insert(out.codes.end(), c.codes.begin(), c.codes.end());
            break;
        }
        case CsvPlan::Skip: break;
        }
        c = CsvChunkColumn();
    }

    Error parseError(const CsvChunk &chunk) const
    {
        Error e;
        e.code = ErrorCode::BadInput;
        e.file = m_config.file;
        e.line = m_lineBase + chunk.errorLine;
        e.column = chunk.errorColumn;
        if (chunk.error == CsvRowStatus::UnterminatedQuote) {
            e.message = Tr::tr("A quoted field that starts on this line is never closed.");
            e.hint = Tr::tr("Add the closing quote (\"), or double quotes that are part of the text (\"\").");
        } else {
            e.message = Tr::tr("A field on this line is longer than the limit of %1 MB.")
                            .arg(QLocale::c().toString(double(m_dialect.options.maxFieldBytes) / (1 << 20), 'f', 1));
            e.hint = Tr::tr("This often means a quote is not closed; otherwise raise the field size limit.");
        }
        return e;
    }

    const CsvPass::Config &m_config;
    const CsvDialect &m_dialect;
    Progress *m_progress;
    CsvPassResult m_result;
    std::optional<Error> m_error;
    bool m_inconsistent = false;
    bool m_warnedUtf8 = false;
    qint64 m_lineBase = 1;
    size_t m_dataBytes = 0;
    int m_raggedShown = 0;
    qint64 m_tooFew = 0;
    qint64 m_tooMany = 0;
    qint64 m_trailingEmpty = 0;
    std::string m_scratch;
};

Result<CsvPassResult> runSequential(const CsvPass::Config &config, Progress *progress)
{
    const std::string_view text = config.source->bytes();
    Merger merger(config, progress);
    CsvChunkParser parser(*config.dialect, config.plans, config.validateUtf8);
    size_t begin = config.dialect->dataBegin;
    size_t index = 0;
    while (begin < text.size()) {
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
        CsvChunk chunk;
        chunk.index = index++;
        parser.parse(text, chunk, begin, 0, std::min(text.size(), begin + config.chunkBytes), progress);
        if (!merger.merge(chunk))
            break;
        begin = chunk.end;
    }
    return merger.outcome();
}

// Where the chunk starting at \a begin should end: the first row end after begin + chunk
// size that is outside quotes, if quotes come in pairs (verified later by the parser).
size_t findSplit(std::string_view text, size_t begin, size_t chunkBytes, char quote, char rowEnd)
{
    const size_t n = text.size();
    const size_t target = begin + chunkBytes;
    if (target >= n)
        return n;
    bool inQuotes = false;
    if (quote) {
        const char *p = text.data() + begin;
        const char *const e = text.data() + target;
        while ((p = static_cast<const char *>(std::memchr(p, quote, size_t(e - p))))) {
            inQuotes = !inQuotes;
            ++p;
        }
    }
    for (size_t i = target; i < n; ++i) {
        const char c = text[i];
        if (c == quote && quote) {
            inQuotes = !inQuotes;
        } else if (c == rowEnd && !inQuotes) {
            if (rowEnd == '\r' && i + 1 < n && text[i + 1] == '\n')
                continue;
            return i + 1;
        }
    }
    return n;
}

Result<CsvPassResult> runParallel(const CsvPass::Config &config, int threads, Progress *progress, bool *fallBack)
{
    const std::string_view text = config.source->bytes();
    const CsvDialect &dialect = *config.dialect;
    Merger merger(config, progress);

    std::mutex claimMutex;
    size_t nextBegin = dialect.dataBegin;
    size_t nextIndex = 0;
    std::atomic<bool> stop{false};

    std::mutex mergeMutex;
    std::map<size_t, CsvChunk> ready;
    size_t nextMerge = 0;
    bool merging = false;

    auto submit = [&](CsvChunk &&chunk) {
        {
            std::lock_guard lock(mergeMutex);
            ready.emplace(chunk.index, std::move(chunk));
            if (merging)
                return; // the thread that is merging will take it
            merging = true;
        }
        for (;;) {
            CsvChunk next;
            {
                std::lock_guard lock(mergeMutex);
                auto it = ready.find(nextMerge);
                if (it == ready.end() || stop.load()) {
                    merging = false;
                    return;
                }
                next = std::move(it->second);
                ready.erase(it);
                ++nextMerge;
            }
            if (!merger.merge(next))
                stop.store(true);
        }
    };

    auto workLoop = [&] {
        CsvChunkParser parser(dialect, config.plans, config.validateUtf8);
        while (!stop.load(std::memory_order_relaxed)) {
            CsvChunk chunk;
            size_t begin, end;
            {
                std::lock_guard lock(claimMutex);
                if (nextBegin >= text.size())
                    break;
                begin = nextBegin;
                end = findSplit(text, begin, config.chunkBytes, dialect.options.quote, dialect.rowEnd);
                nextBegin = end;
                chunk.index = nextIndex++;
            }
            if (isCanceled(progress)) {
                chunk.status = CsvChunk::Status::Canceled;
            } else {
                parser.parse(text, chunk, begin, end, 0, progress);
            }
            submit(std::move(chunk));
        }
    };

    // One block per thread, each claiming chunks until the text is used up; progress and cancel
    // are the parser's (per chunk), so the loop gets none.
    try {
        (void)parallelFor(threads, 1, threads, nullptr, [&](qsizetype, qsizetype, int) {
            try {
                workLoop();
            } catch (...) {
                stop.store(true); // the other workers stop claiming chunks; parallelFor rethrows here
                throw;
            }
            return true;
        });
    } catch (const std::bad_alloc &) {
        return std::unexpected(outOfMemoryError(config.file));
    }
    *fallBack = merger.inconsistent();
    Result<CsvPassResult> result = merger.outcome();
    if (result)
        result->parallel = true;
    return result;
}
} // namespace

Result<CsvPassResult> CsvPass::run(const Config &config, Progress *progress)
{
    const size_t dataBytes = config.source->size() - std::min(config.source->size(), config.dialect->dataBegin);
    const int threads = int(std::clamp<size_t>(dataBytes / std::max<size_t>(config.chunkBytes, 1), 1,
                                               size_t(std::max(config.threads, 1))));
    if (threads > 1) {
        bool fallBack = false;
        Result<CsvPassResult> result = runParallel(config, threads, progress, &fallBack);
        if (!fallBack)
            return result;
        // Quotes did not pair up as the split assumed: read again on one thread.
    }
    return runSequential(config, progress);
}

} // namespace churnlens
