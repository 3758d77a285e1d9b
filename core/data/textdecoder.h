#pragma once

#include <QtGlobal>

#include "csvoptions.h"

#include <QByteArray>

#include <cstddef>
#include <string>
#include <string_view>

namespace churnlens {

/*!
 * Byte-level text helpers for the CSV reader: byte-order marks, transcoding to UTF-8,
 * UTF-8 validation and a "does this look like text at all" check.
 * Stateless and thread-safe.
 */
class TextDecoder
{
public:
    struct Bom
    {
        TextEncoding encoding = TextEncoding::Auto; //!< Auto when there is no BOM
        int length = 0;
    };
    static Bom detectBom(std::string_view bytes);

    //! UTF-16 without BOM is guessed from the zero bytes of ASCII text; Auto if it does not look so.
    static TextEncoding guessUtf16(std::string_view sample);

    //! Appends the UTF-8 form of UTF-16 \a bytes; unpaired surrogates become U+FFFD.
    static void utf16ToUtf8(std::string_view bytes, bool bigEndian, std::string &out);
    //! Appends the UTF-8 form of Latin-1 \a bytes (every byte is one code point).
    static void latin1ToUtf8(std::string_view bytes, std::string &out);

    //! Offset of the first byte that is not part of valid UTF-8, or npos.
    //! A sequence cut by the end of \a bytes counts as invalid unless \a allowTruncatedEnd.
    static size_t firstInvalidUtf8(std::string_view bytes, bool allowTruncatedEnd = false);

    //! Evidence for and against UTF-8 in a whole text: multi-byte sequences that are valid
    //! UTF-8, and bytes that cannot be UTF-8 (each counted once; scanning goes on after them).
    struct Utf8Census
    {
        qint64 validMultiByte = 0;
        qint64 invalid = 0;
    };
    static Utf8Census utf8Census(std::string_view bytes);

    //! True when \a sample holds NUL bytes or many control characters: not a text file.
    static bool looksBinary(std::string_view sample);
};

} // namespace churnlens
