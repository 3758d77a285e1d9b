#include "theme.h"

#include "workspace/preferences.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleOption>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>

namespace churnlens {

namespace {
//! Where the theme was kept before it joined the preferences: read once, as the preferences' default.
const QString OldKey = QStringLiteral("view/theme");

struct SystemLook
{
    QString styleName;
    QPalette palette;
    bool known = false;
};

SystemLook &systemLook()
{
    static SystemLook look;
    return look;
}

Theme &current()
{
    static Theme theme = Theme::System;
    return theme;
}

/*!
 * Fusion with indicators that show on a dark window: Fusion outlines radio buttons and check
 * boxes in a darker shade of the window colour, which vanishes on a dark background. A light
 * ring (the palette's dimmed text colour; the highlight when checked) is drawn over them.
 * Dialog buttons go without the style's standard icons (OK/Cancel/Close): they are drawn dark
 * for a light window and vanish on the dark buttons; the words say it all.
 */
class DarkStyle : public QProxyStyle
{
public:
    DarkStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr, const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorRadioButton && element != PE_IndicatorCheckBox)
            return;
        const bool on = option->state & (State_On | State_NoChange);
        const bool enabled = option->state & State_Enabled;
        QColor ring = on && enabled ? option->palette.color(QPalette::Highlight).lighter(130)
                                    : option->palette.color(QPalette::Disabled, QPalette::WindowText);
        if (!enabled)
            ring = ring.darker(140);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ring, 1.2));
        painter->setBrush(Qt::NoBrush);
        const QRectF r = QRectF(option->rect).adjusted(1.0, 1.0, -1.0, -1.0);
        if (element == PE_IndicatorRadioButton) {
            const qreal side = std::min(r.width(), r.height());
            QRectF circle(0, 0, side, side);
            circle.moveCenter(r.center());
            painter->drawEllipse(circle);
        } else {
            painter->drawRoundedRect(r, 2.0, 2.0);
        }
        painter->restore();
    }
};

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor alternate(0x27, 0x29, 0x2d);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor dim(0x8a, 0x8d, 0x93);
    const QColor highlight(0x2f, 0x6f, 0xd6);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3b));
    p.setColor(QPalette::Mid, QColor(0x23, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0e, 0x0e, 0x0f));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, dim);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4d));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, dim);
    return p;
}
} // namespace

void rememberSystemTheme()
{
    SystemLook &look = systemLook();
    if (look.known)
        return;
    look.styleName = QApplication::style()->name();
    look.palette = QApplication::palette();
    look.known = true;
}

void applyTheme(Theme theme)
{
    rememberSystemTheme();
    const SystemLook &look = systemLook();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(look.styleName));
        QApplication::setPalette(look.palette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(new DarkStyle);
        QApplication::setPalette(darkPalette());
        break;
    }
    current() = theme;
}

Theme currentTheme()
{
    return current();
}

Theme savedTheme()
{
    Theme theme = Theme::System;
    const QSettings settings;
    if (!settings.contains(QStringLiteral("preferences")) && settings.contains(OldKey))
        themeFromMachineName(settings.value(OldKey).toString(), &theme);
    else
        themeFromMachineName(Preferences::load().theme, &theme);
    return theme;
}

void saveTheme(Theme theme)
{
    Preferences preferences = Preferences::load();
    preferences.theme = themeMachineName(theme);
    preferences.save();
    QSettings().remove(OldKey);
}

QString themeMachineName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

bool themeFromMachineName(const QString &name, Theme *theme)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name.compare(themeMachineName(t), Qt::CaseInsensitive) == 0) {
            *theme = t;
            return true;
        }
    }
    return false;
}

} // namespace churnlens
