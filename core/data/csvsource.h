#pragma once

#include "../common/error.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>

namespace churnlens {

/*!
 * The bytes of a delimited text file: memory-mapped read-only (pages already parsed can be
 * handed back with release(), so a large file never sits in memory whole), or held in memory
 * (readBytes, and files transcoded from UTF-16). Move-only; release() may be called from
 * several threads at once.
 */
class CsvSource
{
public:
    CsvSource() = default;
    ~CsvSource();
    CsvSource(CsvSource &&other) noexcept;
    CsvSource &operator=(CsvSource &&other) noexcept;
    CsvSource(const CsvSource &) = delete;
    CsvSource &operator=(const CsvSource &) = delete;

    static Result<CsvSource> open(const QString &path);
    static CsvSource fromBytes(const QByteArray &bytes);

    std::string_view bytes() const { return m_view; }
    size_t size() const { return m_view.size(); }
    bool isMapped() const { return m_map != nullptr; }

    //! Replaces the content by \a text (for example after transcoding); unmaps the file.
    void replace(std::string text);
    //! Tells the kernel the pages wholly inside [begin, end) are not needed for now; reading them
    //! again faults them back in from the page cache, so this is only about memory, never data.
    void release(size_t begin, size_t end) const;

private:
    void unmap();

    void *m_map = nullptr;
    size_t m_mapLength = 0;
    QByteArray m_bytes;
    std::string m_owned;
    std::string_view m_view;
};

} // namespace churnlens
