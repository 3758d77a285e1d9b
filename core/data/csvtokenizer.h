#pragma once

#include <QtGlobal>

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace churnlens {

enum class CsvRowStatus {
    Row,               //!< a row was read (fields reported to the sink)
    Blank,             //!< an empty line, skipped
    Incomplete,        //!< the input ended inside the row and more input may follow
    UnterminatedQuote, //!< the input ended inside a quoted field
    FieldTooLong       //!< a field is longer than the limit
};

/*!
 * Splits delimited text into rows and fields (RFC 4180): quoted fields may hold
 * delimiters, doubled quotes and line breaks; rows end with LF, CRLF or CR. Lenient
 * where RFC 4180 is silent: a quote inside an unquoted field is an ordinary character,
 * text after a closing quote is appended to the field.
 * One instance per thread (it owns a scratch buffer for unescaped fields).
 */
class CsvTokenizer
{
public:
    CsvTokenizer(char delimiter, char quote, qint64 maxFieldBytes)
        : m_delimiter(delimiter), m_quote(quote), m_maxField(size_t(maxFieldBytes > 0 ? maxFieldBytes : 1))
    {
        m_special.fill(false);
        m_special[uint8_t(delimiter)] = true;
        m_special[uint8_t('\n')] = true;
        m_special[uint8_t('\r')] = true;
    }

    char delimiter() const { return m_delimiter; }
    //! Forgets what was read; call before reading from a different buffer.
    void reset() { m_block = nullptr; }

    /*!
     * Reads the row at \a p (p < end) and calls sink(int fieldIndex, std::string_view value)
     * for each field; the view is valid only during the call. On Row and Blank, \a p moves past
     * the line end and \a lines grows by the line ends consumed (also those inside quotes).
     * \a atEnd: \a end is the end of the input (a last line without a line break is a row).
     * On errors, lineOfError() is the number of line ends between the row start and the
     * opening quote (UnterminatedQuote) or the field (FieldTooLong).
     */
    template<typename Sink>
    CsvRowStatus readRow(const char *&p, const char *end, bool atEnd, Sink &&sink, int *fieldCount, qint64 *lines)
    {
        const char *s = p;
        if (*s == '\n' || *s == '\r') {
            if (*s == '\r' && s + 1 == end && !atEnd)
                return CsvRowStatus::Incomplete; // "\r" then maybe "\n"
            p = s + ((*s == '\r' && s + 1 < end && s[1] == '\n') ? 2 : 1);
            ++*lines;
            return CsvRowStatus::Blank;
        }
        qint64 inner = 0; // line ends inside quoted fields of this row
        int field = 0;
        for (;;) {
            std::string_view value;
            if (*s == m_quote && m_quote != 0) {
                const CsvRowStatus st = readQuoted(s, end, atEnd, &value, &inner);
                if (st != CsvRowStatus::Row) {
                    m_errorField = field;
                    return st;
                }
            } else {
                const char *b = s;
                s = scanField(s, end);
                value = std::string_view(b, size_t(s - b));
                if (value.size() > m_maxField) {
                    m_errorLines = inner;
                    m_errorField = field;
                    return CsvRowStatus::FieldTooLong;
                }
            }
            // s is at a delimiter, a line end or the end of the input.
            if (s == end) {
                if (!atEnd)
                    return CsvRowStatus::Incomplete;
                sink(field++, value);
                break;
            }
            if (*s == m_delimiter) {
                sink(field++, value);
                ++s;
                if (s == end) {
                    if (!atEnd)
                        return CsvRowStatus::Incomplete;
                    sink(field++, std::string_view()); // "a,b," at the very end: a last empty field
                    break;
                }
                continue;
            }
            // A line end.
            if (*s == '\r') {
                if (s + 1 == end && !atEnd)
                    return CsvRowStatus::Incomplete;
                s += (s + 1 < end && s[1] == '\n') ? 2 : 1;
            } else {
                ++s;
            }
            sink(field++, value);
            ++inner;
            break;
        }
        *lines += inner;
        *fieldCount = field;
        p = s;
        return CsvRowStatus::Row;
    }

    //! See readRow().
    qint64 lineOfError() const { return m_errorLines; }
    //! See readRow(): the 0-based field of the row where the error is.
    int fieldOfError() const { return m_errorField; }

    //! Line ends in [b, e): LF, CRLF (counted once) and lone CR.
    static qint64 countLineEnds(const char *b, const char *e)
    {
        qint64 n = 0;
        for (const char *q = b; q < e; ++q) {
            if (*q == '\n')
                ++n;
            else if (*q == '\r' && (q + 1 == e || q[1] != '\n'))
                ++n;
        }
        return n;
    }

private:
    // Bit i set: byte p[i] is the delimiter or a line end (64 bytes from p, all readable).
    uint64_t specialMask(const char *p) const
    {
#if defined(__SSE2__)
        const __m128i d = _mm_set1_epi8(m_delimiter);
        const __m128i lf = _mm_set1_epi8('\n');
        const __m128i cr = _mm_set1_epi8('\r');
        uint64_t mask = 0;
        for (int k = 0; k < 4; ++k) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * k));
            const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)),
                                             _mm_cmpeq_epi8(v, cr));
            mask |= uint64_t(uint32_t(_mm_movemask_epi8(hit))) << (16 * k);
        }
        return mask;
#else
        uint64_t mask = 0;
        for (int i = 0; i < 64; ++i)
            mask |= uint64_t(m_special[uint8_t(p[i])]) << i;
        return mask;
#endif
    }

    // The first delimiter or line end at or after s (or end). The mask of one 64-byte block is
    // kept: a row's fields are found with a shift and a count of trailing zeros each.
    const char *scanField(const char *s, const char *end)
    {
        for (;;) {
            const uintptr_t offset = reinterpret_cast<uintptr_t>(s) - reinterpret_cast<uintptr_t>(m_block);
            if (m_block && offset < 64) {
                const uint64_t m = m_blockMask >> offset;
                if (m)
                    return s + std::countr_zero(m);
                s = m_block + 64;
                continue;
            }
            if (end - s < 64) {
                while (s < end && !m_special[uint8_t(*s)])
                    ++s;
                return s;
            }
            m_block = s;
            m_blockMask = specialMask(s);
        }
    }

    // s points at the opening quote; on return it points after the field's text.
    CsvRowStatus readQuoted(const char *&s, const char *end, bool atEnd, std::string_view *value, qint64 *inner)
    {
        const qint64 openLines = *inner;
        const char *b = s + 1;
        const char *q = b;
        bool escaped = false;
        for (;;) {
            const char *next = static_cast<const char *>(std::memchr(q, m_quote, size_t(end - q)));
            if (!next) {
                if (!atEnd)
                    return CsvRowStatus::Incomplete;
                m_errorLines = openLines;
                return CsvRowStatus::UnterminatedQuote;
            }
            *inner += countLineEnds(q, next);
            if (next + 1 == end && !atEnd)
                return CsvRowStatus::Incomplete; // a closing quote or the first of a doubled one
            if (next + 1 < end && next[1] == m_quote) {
                // A doubled quote: keep one.
                if (!escaped) {
                    m_scratch.assign(b, size_t(next + 1 - b));
                    escaped = true;
                } else {
                    m_scratch.append(q, size_t(next + 1 - q));
                }
                q = next + 2;
                if (m_scratch.size() > m_maxField) {
                    m_errorLines = openLines;
                    return CsvRowStatus::FieldTooLong;
                }
                continue;
            }
            // The closing quote.
            if (escaped)
                m_scratch.append(q, size_t(next - q));
            s = next + 1;
            if (s < end && !m_special[uint8_t(*s)]) {
                // Text after the closing quote ("ab"cd): keep it, as most readers do.
                if (!escaped) {
                    m_scratch.assign(b, size_t(next - b));
                    escaped = true;
                }
                const char *t = s;
                s = scanField(s, end);
                m_scratch.append(t, size_t(s - t));
            }
            *value = escaped ? std::string_view(m_scratch) : std::string_view(b, size_t(next - b));
            if (value->size() > m_maxField) {
                m_errorLines = openLines;
                return CsvRowStatus::FieldTooLong;
            }
            return CsvRowStatus::Row;
        }
    }

    std::array<bool, 256> m_special;
    const char *m_block = nullptr; // start of the 64 bytes described by m_blockMask
    uint64_t m_blockMask = 0;
    std::string m_scratch;
    char m_delimiter;
    char m_quote;
    size_t m_maxField;
    qint64 m_errorLines = 0;
    int m_errorField = 0;
};

} // namespace churnlens
