#include "monitorstyle.h"

#include "common/chartstyle.h"

namespace churnlens::MonitorStyle {

QColor reference()
{
    return ChartStyle::neutral();
}

QColor current()
{
    return ChartStyle::isDark() ? QColor(0xe5, 0x9a, 0xc8) : QColor(0xb0, 0x4a, 0x8a);
}

QColor flagged()
{
    return ChartStyle::isDark() ? QColor(0xff, 0x9e, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString bannerStyleSheet(MonitorRecommendation::Level level)
{
    const bool dark = ChartStyle::isDark();
    // Background, text and border per level; the frame's labels inherit the text colour.
    struct Colours
    {
        const char *background, *text, *border;
    };
    Colours c{};
    switch (level) {
    case MonitorRecommendation::Level::NoAction:
        c = dark ? Colours{"#173626", "#c9f2da", "#3fa46a"} : Colours{"#e8f6ee", "#0f3d24", "#3f9e68"};
        break;
    case MonitorRecommendation::Level::Watch:
        c = dark ? Colours{"#4a3a10", "#ffe9b0", "#f0c04a"} : Colours{"#fff4d6", "#4a3500", "#e69f00"};
        break;
    case MonitorRecommendation::Level::Retrain:
        c = dark ? Colours{"#4a1c1a", "#ffd6d0", "#e0685c"} : Colours{"#fde8e6", "#5c1410", "#c8453a"};
        break;
    }
    return QStringLiteral("QFrame#monitorBanner{background:%1;border:1px solid %3;border-radius:6px;}"
                          "QFrame#monitorBanner QLabel{color:%2;background:transparent;}")
        .arg(QLatin1String(c.background), QLatin1String(c.text), QLatin1String(c.border));
}

} // namespace churnlens::MonitorStyle
