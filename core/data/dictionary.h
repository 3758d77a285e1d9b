#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace churnlens {

/*!
 * The levels of a coded (categorical, boolean or text) column: UTF-8 strings kept in one
 * arena, numbered 0..size()-1 in insertion order, with an open-addressing hash index.
 * Next to each index slot one byte of the hash is kept: probing reads that small array and
 * compares strings only when it matches, instead of a cache miss into the arena per collision.
 * About 27 bytes per distinct value, so a million unique ids stay small.
 * Not thread-safe for writes; concurrent reads are fine.
 */
class Dictionary
{
public:
    Dictionary();

    int32_t size() const { return static_cast<int32_t>(m_offsets.size()) - 1; }
    bool isEmpty() const { return size() == 0; }

    std::string_view view(int32_t code) const
    {
        return std::string_view(m_chars.data() + m_offsets[code], m_offsets[code + 1] - m_offsets[code]);
    }
    QString level(int32_t code) const;

    //! Code of \a s, or -1 if absent.
    int32_t find(std::string_view s) const;
    //! Code of \a s, inserting it when absent.
    int32_t insert(std::string_view s);

    //! Starts loading the index slot of \a s: a bulk load calls it some labels ahead of insert()
    //! so that the memory latency of many lookups overlaps.
    void prefetch(std::string_view s) const
    {
        const size_t b = hash(s) & (m_buckets.size() - 1);
        __builtin_prefetch(&m_tags[b]);
        __builtin_prefetch(&m_buckets[b]);
    }

    //! Bytes used by the arena, offsets and index.
    size_t memoryBytes() const;
    void reserve(size_t levels, size_t bytes);

private:
    void rehash(size_t buckets);
    static uint64_t hash(std::string_view s);
    //! One byte of the hash, never 0 (0 marks an empty slot).
    static uint8_t tagOf(uint64_t hash) { return static_cast<uint8_t>(hash >> 56) | uint8_t(hash >> 56 == 0); }

    std::string m_chars;
    std::vector<uint64_t> m_offsets;  // size()+1 entries
    std::vector<int32_t> m_buckets;   // -1 = empty
    std::vector<uint8_t> m_tags;      // per slot: tagOf(hash), 0 = empty
};

} // namespace churnlens
