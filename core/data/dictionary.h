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
 * About 25 bytes per distinct value, so a million unique ids stay small.
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
    void prefetch(std::string_view s) const { __builtin_prefetch(&m_buckets[hash(s) & (m_buckets.size() - 1)]); }

    //! Bytes used by the arena, offsets and index.
    size_t memoryBytes() const;
    void reserve(size_t levels, size_t bytes);

private:
    void rehash(size_t buckets);
    static uint64_t hash(std::string_view s);

    std::string m_chars;
    std::vector<uint64_t> m_offsets;  // size()+1 entries
    std::vector<int32_t> m_buckets;   // -1 = empty
};

} // namespace churnlens
