#pragma once

// The report's paper: colours dark enough to survive a photocopy, card greys a printer keeps,
// and the page's measures in millimetres. Shared by the two pages' painters only.

#include <QColor>

namespace churnlens::paper {

inline const QColor Ink{0x11, 0x11, 0x11};
inline const QColor Muted{0x4a, 0x50, 0x58};
inline const QColor Rule{0xc4, 0xc9, 0xd0};
inline const QColor CardFill{0xf1, 0xf3, 0xf6};
inline const QColor WarnFill{0xff, 0xf1, 0xd6};
inline const QColor WarnEdge{0xc9, 0x7a, 0x00};

inline constexpr double Margin = 14.0;      //!< mm, all four sides
inline constexpr double FooterHeight = 7.0; //!< mm
inline constexpr double Gap = 4.0;          //!< mm between blocks
inline constexpr int MaxSecondPageSegments = 4;

} // namespace churnlens::paper
