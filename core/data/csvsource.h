#pragma once

#include "../common/error.h"
#include "../common/progress.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>

namespace churnlens {

/*!
 * The bytes of a delimited text file, read once into memory that this object owns. The file
 * is not memory-mapped: a mapped file that is truncated or rewritten while it is parsed kills
 * the process with SIGBUS, whereas owned bytes stay a consistent snapshot. A file that changes
 * while it is being read is read again (a few times), then reported. Pipes, FIFOs and
 * standard input ("-") are read exactly once, so no byte is consumed twice or lost.
 * Move-only.
 */
class CsvSource
{
public:
    CsvSource() = default;
    CsvSource(CsvSource &&other) noexcept;
    CsvSource &operator=(CsvSource &&other) noexcept;
    CsvSource(const CsvSource &) = delete;
    CsvSource &operator=(const CsvSource &) = delete;

    //! Reads \a path ("-" = standard input). \a progress is polled while waiting for a pipe
    //! or FIFO writer, so a cancel (Ctrl+C) ends the wait. \a maxBytes > 0 reads at most that
    //! much of a regular file (a preview need not hold a large file in memory).
    static Result<CsvSource> open(const QString &path, const Progress *progress = nullptr, qsizetype maxBytes = 0);
    static CsvSource fromBytes(const QByteArray &bytes);
    //! The name messages use for \a path ("standard input" for "-").
    static QString displayName(const QString &path);

    std::string_view bytes() const { return m_view; }
    size_t size() const { return m_view.size(); }

    //! Replaces the content by \a text (for example after transcoding).
    void replace(std::string text);

private:
    QByteArray m_bytes;
    std::string m_owned;
    std::string_view m_view;
};

} // namespace churnlens
