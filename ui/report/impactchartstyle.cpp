// The impact charts' three looks. The series colours are the Okabe–Ito ones every ChurnLens
// chart uses (blue for money and the model, vermilion for churners), safe for colour-blind
// readers; the dark theme gets their brighter variants.
#include "impactcharts.h"

#include "reportformat.h"

namespace churnlens {

ImpactChartStyle ImpactChartStyle::light()
{
    ImpactChartStyle s;
    s.background = QColor(0xff, 0xff, 0xff);
    s.text = QColor(0x1f, 0x23, 0x28);
    s.mutedText = QColor(0x57, 0x60, 0x6a);
    s.grid = QColor(0xe4, 0xe7, 0xeb);
    s.axis = QColor(0x8c, 0x95, 0x9f);
    s.primary = QColor(0x00, 0x72, 0xb2);
    s.secondary = QColor(0xd5, 0x5e, 0x00);
    s.band = QColor(0x00, 0x72, 0xb2, 56);
    s.highlight = QColor(0x00, 0x9e, 0x73);
    s.baseline = QColor(0x8c, 0x95, 0x9f);
    s.locale = ReportFormat::defaultLocale();
    return s;
}

ImpactChartStyle ImpactChartStyle::dark()
{
    ImpactChartStyle s;
    s.background = QColor(0x24, 0x26, 0x2a);
    s.text = QColor(0xe8, 0xea, 0xed);
    s.mutedText = QColor(0xa8, 0xae, 0xb6);
    s.grid = QColor(0x3a, 0x3e, 0x44);
    s.axis = QColor(0x70, 0x77, 0x80);
    s.primary = QColor(0x56, 0xb4, 0xe9);
    s.secondary = QColor(0xff, 0x8a, 0x4c);
    s.band = QColor(0x56, 0xb4, 0xe9, 64);
    s.highlight = QColor(0xf0, 0xe4, 0x42);
    s.baseline = QColor(0x8a, 0x8d, 0x93);
    s.locale = ReportFormat::defaultLocale();
    return s;
}

ImpactChartStyle ImpactChartStyle::print()
{
    // Paper: no grey that a laser printer drops, lines dark enough to survive a photocopy.
    ImpactChartStyle s;
    s.background = QColor(Qt::transparent);
    s.text = QColor(0x11, 0x11, 0x11);
    s.mutedText = QColor(0x44, 0x48, 0x4e);
    s.grid = QColor(0xd4, 0xd7, 0xdb);
    s.axis = QColor(0x5a, 0x60, 0x68);
    s.primary = QColor(0x00, 0x5f, 0x99);
    s.secondary = QColor(0xc0, 0x50, 0x00);
    s.band = QColor(0x00, 0x72, 0xb2, 50);
    s.highlight = QColor(0x00, 0x80, 0x5c);
    s.baseline = QColor(0x6a, 0x70, 0x78);
    s.fontPointSize = 7.5;
    s.locale = ReportFormat::defaultLocale();
    return s;
}

} // namespace churnlens
