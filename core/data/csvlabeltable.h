#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace churnlens {

/*!
 * The labels of one column within one chunk. Categories repeat on nearly every row, so a
 * lookup must cost less than in the general Dictionary: the hash is inlined and cheap for
 * short labels, each slot keeps the full hash, and bytes are compared only when hashes match.
 * Codes are numbered in order of first appearance. Not thread-safe; one per chunk column.
 */
class CsvLabelTable
{
public:
    CsvLabelTable() : m_slots(16), m_ends{0} {}

    int32_t size() const { return int32_t(m_ends.size()) - 1; }
    std::string_view view(int32_t code) const
    {
        return std::string_view(m_chars.data() + m_ends[size_t(code)], m_ends[size_t(code) + 1] - m_ends[size_t(code)]);
    }

    /*!
     * Code of \a v, added when new. [readableBegin, readableEnd) is memory that may be read
     * freely (the file's text): short labels inside it are loaded as one 8-byte word.
     */
    [[gnu::always_inline]] int32_t intern(std::string_view v, const char *readableBegin, const char *readableEnd)
    {
        // Labels of up to 16 bytes are compared as two words (the first and last eight bytes
        // cover them whole); longer ones by hash, then bytes.
        uint64_t a = 0, b = 0;
        const size_t n = v.size();
        const char *p = v.data();
        uint64_t h;
        if (n > 16) {
            h = n * 0xff51afd7ed558ccdull;
            for (size_t i = 0; i + 8 <= n; i += 8) {
                std::memcpy(&a, p + i, 8);
                h = mix(h ^ a);
            }
            std::memcpy(&b, p + n - 8, 8);
            h = mix(h ^ b);
            a = h;
        } else {
            if (n >= 8) {
                std::memcpy(&a, p, 8);
                std::memcpy(&b, p + n - 8, 8);
            } else if (p >= readableBegin && p + 8 <= readableEnd) {
                static constexpr uint64_t keep[8] = {0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff,
                                                     0xffffffffffff, 0xffffffffffffff};
                std::memcpy(&a, p, 8);
                a &= keep[n];
            } else {
                std::memcpy(&a, p, n);
            }
            // Most cells repeat the label of the cell above: check that one before hashing.
            if (a == m_last.a && b == m_last.b && n == m_last.length && m_last.code >= 0)
                return m_last.code;
            h = mix((a ^ (n * 0xff51afd7ed558ccdull)) + mix(b));
        }
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h >> 32) & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (s.code < 0) {
                s = Slot{a, b, uint32_t(n), size()};
                m_last = s;
                m_chars.append(v);
                m_ends.push_back(uint32_t(m_chars.size()));
                if (size_t(size()) * 2 > m_slots.size())
                    grow();
                return size() - 1;
            }
            if (s.a == a && s.b == b && s.length == n && (n <= 16 || view(s.code) == v)) {
                m_last = s;
                return s.code;
            }
        }
    }

private:
    struct Slot
    {
        uint64_t a = 0; //!< first word, or the hash for long labels
        uint64_t b = 0; //!< last word
        uint32_t length = 0;
        int32_t code = -1;
        uint64_t hash() const
        {
            return length > 16 ? a : mix((a ^ (length * 0xff51afd7ed558ccdull)) + mix(b));
        }
    };

    static uint64_t mix(uint64_t h)
    {
        h ^= h >> 31;
        h *= 0x9e3779b97f4a7c15ull;
        h ^= h >> 29;
        return h;
    }

    void grow()
    {
        std::vector<Slot> slots(m_slots.size() * 2);
        const size_t mask = slots.size() - 1;
        for (const Slot &s : m_slots) {
            if (s.code < 0)
                continue;
            size_t b = size_t(s.hash() >> 32) & mask;
            while (slots[b].code >= 0)
                b = (b + 1) & mask;
            slots[b] = s;
        }
        m_slots.swap(slots);
    }

    std::vector<Slot> m_slots;
    Slot m_last;
    std::string m_chars;
    std::vector<uint32_t> m_ends;
};

} // namespace churnlens
