#include "wheelguard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

namespace churnlens {

namespace {
const char *const GuardedProperty = "churnlensWheelGuarded";
}

void WheelGuard::install(QWidget *widget)
{
    if (!widget || isGuarded(widget))
        return;
    widget->setFocusPolicy(Qt::StrongFocus);
    widget->installEventFilter(new WheelGuard(widget));
    widget->setProperty(GuardedProperty, true);
}

void WheelGuard::installOnChildren(QWidget *root)
{
    if (!root)
        return;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
            || (qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w)))
            install(w);
    }
}

bool WheelGuard::isGuarded(const QWidget *widget)
{
    return widget && widget->property(GuardedProperty).toBool();
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && !widget->hasFocus()) {
            // Ignored, the event propagates to the parent: the scroll area scrolls.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace churnlens
