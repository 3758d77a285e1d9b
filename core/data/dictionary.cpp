#include "dictionary.h"

#include <bit>
#include <cstring>

namespace churnlens {

Dictionary::Dictionary()
    : m_offsets{0}
    , m_buckets(16, -1)
    , m_tags(16, 0)
{
}

QString Dictionary::level(int32_t code) const
{
    if (code < 0 || code >= size())
        return {};
    const std::string_view v = view(code);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

uint64_t Dictionary::hash(std::string_view s)
{
    // FNV-1a over 8-byte words, then a final mix: fast for the short strings of CSV cells.
    uint64_t h = 0xcbf29ce484222325ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    if (i < s.size())
        std::memcpy(&tail, s.data() + i, s.size() - i);
    h = (h ^ tail) * 0x9e3779b97f4a7c15ull;
    h ^= h >> 32;
    return h;
}

int32_t Dictionary::find(std::string_view s) const
{
    const uint64_t h = hash(s);
    const uint8_t tag = tagOf(h);
    const size_t mask = m_buckets.size() - 1;
    for (size_t b = h & mask;; b = (b + 1) & mask) {
        const uint8_t t = m_tags[b];
        if (t == 0)
            return -1;
        if (t == tag && view(m_buckets[b]) == s)
            return m_buckets[b];
    }
}

int32_t Dictionary::insert(std::string_view s)
{
    const uint64_t h = hash(s);
    const uint8_t tag = tagOf(h);
    const size_t mask = m_buckets.size() - 1;
    size_t b = h & mask;
    for (;; b = (b + 1) & mask) {
        const uint8_t t = m_tags[b];
        if (t == 0)
            break;
        if (t == tag && view(m_buckets[b]) == s)
            return m_buckets[b];
    }
    const int32_t code = size();
    m_chars.append(s);
    m_offsets.push_back(m_chars.size());
    m_buckets[b] = code;
    m_tags[b] = tag;
    if (static_cast<size_t>(size()) * 2 > m_buckets.size())
        rehash(m_buckets.size() * 2);
    return code;
}

void Dictionary::rehash(size_t buckets)
{
    m_buckets.assign(buckets, -1);
    m_tags.assign(buckets, 0);
    const size_t mask = buckets - 1;
    for (int32_t code = 0; code < size(); ++code) {
        const uint64_t h = hash(view(code));
        size_t b = h & mask;
        while (m_tags[b] != 0)
            b = (b + 1) & mask;
        m_buckets[b] = code;
        m_tags[b] = tagOf(h);
    }
}

void Dictionary::reserve(size_t levels, size_t bytes)
{
    m_chars.reserve(bytes);
    m_offsets.reserve(levels + 1);
    const size_t wanted = std::bit_ceil(levels * 2 + 2);
    if (wanted > m_buckets.size())
        rehash(wanted);
}

size_t Dictionary::memoryBytes() const
{
    return m_chars.capacity() + m_offsets.capacity() * sizeof(uint64_t) + m_buckets.capacity() * sizeof(int32_t)
        + m_tags.capacity();
}

} // namespace churnlens
