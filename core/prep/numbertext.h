#pragma once

// Internal to core/prep: reading numbers and yes/no words out of category levels.

#include <QString>

#include <string_view>

namespace churnlens {

//! The number in \a text (surrounding spaces allowed, '.' decimal, optional sign); NaN when
//! the text is anything else, including "nan" and "inf".
double parseNumber(std::string_view text);
inline double parseNumber(const QByteArray &utf8) { return parseNumber(std::string_view(utf8.data(), size_t(utf8.size()))); }

//! 1 for yes/y/true/t/1, 0 for no/n/false/f/0 (any case, trimmed), -1 otherwise.
int yesNoValue(const QString &text);

} // namespace churnlens
