#include "textdecoder.h"

#include <cstdint>
#include <cstring>

namespace churnlens {

namespace {
void appendUtf8(uint32_t cp, std::string &out)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}
constexpr uint32_t Replacement = 0xFFFD;
} // namespace

TextDecoder::Bom TextDecoder::detectBom(std::string_view b)
{
    auto u = [&](size_t i) { return uint8_t(b[i]); };
    if (b.size() >= 3 && u(0) == 0xEF && u(1) == 0xBB && u(2) == 0xBF)
        return {TextEncoding::Utf8, 3};
    if (b.size() >= 2 && u(0) == 0xFF && u(1) == 0xFE)
        return {TextEncoding::Utf16LE, 2};
    if (b.size() >= 2 && u(0) == 0xFE && u(1) == 0xFF)
        return {TextEncoding::Utf16BE, 2};
    return {};
}

TextEncoding TextDecoder::guessUtf16(std::string_view s)
{
    // ASCII text in UTF-16 has a zero in every other byte; count both parities.
    const size_t n = s.size() & ~size_t(1);
    if (n < 4)
        return TextEncoding::Auto;
    size_t evenZero = 0, oddZero = 0;
    for (size_t i = 0; i < n; i += 2) {
        evenZero += s[i] == 0;
        oddZero += s[i + 1] == 0;
    }
    const size_t pairs = n / 2;
    if (oddZero * 10 >= pairs * 9 && evenZero * 10 <= pairs)
        return TextEncoding::Utf16LE;
    if (evenZero * 10 >= pairs * 9 && oddZero * 10 <= pairs)
        return TextEncoding::Utf16BE;
    return TextEncoding::Auto;
}

void TextDecoder::utf16ToUtf8(std::string_view b, bool bigEndian, std::string &out)
{
    const size_t units = b.size() / 2;
    out.reserve(out.size() + units + units / 2);
    auto unit = [&](size_t i) -> uint32_t {
        const uint8_t lo = uint8_t(b[2 * i + (bigEndian ? 1 : 0)]);
        const uint8_t hi = uint8_t(b[2 * i + (bigEndian ? 0 : 1)]);
        return uint32_t(hi) << 8 | lo;
    };
    for (size_t i = 0; i < units; ++i) {
        const uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 1 < units) {
                const uint32_t v = unit(i + 1);
                if (v >= 0xDC00 && v <= 0xDFFF) {
                    appendUtf8(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00), out);
                    ++i;
                    continue;
                }
            }
            appendUtf8(Replacement, out);
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            appendUtf8(Replacement, out);
        } else {
            appendUtf8(u, out);
        }
    }
    if (b.size() % 2)
        appendUtf8(Replacement, out); // a dangling byte at the end
}

void TextDecoder::latin1ToUtf8(std::string_view b, std::string &out)
{
    out.reserve(out.size() + b.size() + b.size() / 8);
    for (char c : b) {
        const uint8_t u = uint8_t(c);
        if (u < 0x80) {
            out.push_back(c);
        } else {
            out.push_back(char(0xC0 | (u >> 6)));
            out.push_back(char(0x80 | (u & 0x3F)));
        }
    }
}

size_t TextDecoder::firstInvalidUtf8(std::string_view b, bool allowTruncatedEnd)
{
    const auto *s = reinterpret_cast<const uint8_t *>(b.data());
    const size_t n = b.size();
    size_t i = 0;
    while (i < n) {
        // ASCII fast path, eight bytes at a time.
        while (i + 8 <= n) {
            uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uint8_t c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n) {
            for (size_t k = i + 1; k < n; ++k)
                if ((s[k] & 0xC0) != 0x80)
                    return i;
            return allowTruncatedEnd ? std::string_view::npos : i;
        }
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = cp << 6 | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

TextDecoder::Utf8Census TextDecoder::utf8Census(std::string_view bytes)
{
    Utf8Census census;
    size_t at = 0;
    while (at < bytes.size()) {
        const std::string_view rest = bytes.substr(at);
        const size_t bad = firstInvalidUtf8(rest, true);
        const size_t validEnd = bad == std::string_view::npos ? rest.size() : bad;
        // Lead bytes of multi-byte sequences; ASCII is skipped eight bytes at a time.
        size_t i = 0;
        while (i < validEnd) {
            if (i + 8 <= validEnd) {
                uint64_t w;
                std::memcpy(&w, rest.data() + i, 8);
                if (!(w & 0x8080808080808080ull)) {
                    i += 8;
                    continue;
                }
            }
            census.validMultiByte += (uint8_t(rest[i]) & 0xC0) == 0xC0 ? 1 : 0;
            ++i;
        }
        if (bad == std::string_view::npos)
            break;
        ++census.invalid;
        at += bad + 1;
    }
    return census;
}

bool TextDecoder::looksBinary(std::string_view sample)
{
    if (sample.empty())
        return false;
    size_t control = 0;
    for (char ch : sample) {
        const uint8_t c = uint8_t(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A)
            ++control;
        else if (c == 0x7F)
            ++control;
    }
    // A stray control character happens in real exports; a tenth of them does not.
    return control * 10 > sample.size();
}

} // namespace churnlens
