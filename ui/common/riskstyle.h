#pragma once

#include "score/risklevel.h"

#include <QColor>
#include <QCoreApplication>

class QPainter;
class QRect;

namespace churnlens {

/*!
 * The colours of the three risk levels, everywhere they appear (table chips, counts, charts):
 * high in the churned colour, low in the stayed colour of ChartStyle, medium in the amber between
 * them (Okabe–Ito orange, still distinct for colour-blind readers). GUI thread only.
 */
class RiskStyle
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::RiskStyle)

public:
    static QColor color(RiskLevel level);
    //! Text colour readable on color(level).
    static QColor textColor(RiskLevel level);
    //! "High risk", "Medium risk", "Low risk".
    static QString label(RiskLevel level);
    //! Paints a rounded chip with \a text centred vertically in \a rect, left-aligned.
    static void paintChip(QPainter *painter, const QRect &rect, RiskLevel level, const QString &text);
    //! The colour of a value in [0, 1] on the low→high feature-value scale (purple → teal → lime).
    static QColor valueScale(double t);
};

} // namespace churnlens
