#pragma once

#include <QObject>

class QWidget;

namespace churnlens {

/*!
 * Keeps spin boxes, combo boxes and sliders from changing under a scrolling mouse: a wheel
 * event on a guarded widget that does not have the focus goes to the page (which scrolls)
 * instead. Click or tab into the field first, and the wheel changes it as usual.
 * Used on every scrollable settings panel. GUI thread only.
 */
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    //! Guards \a widget (its focus policy becomes StrongFocus, so the wheel alone never focuses it). Once per widget.
    static void install(QWidget *widget);
    //! Guards every spin box, combo box and slider (not scroll bars) inside \a root; call it again after adding fields.
    static void installOnChildren(QWidget *root);
    //! True when \a widget is guarded.
    static bool isGuarded(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent)
        : QObject(parent)
    {}
};

} // namespace churnlens
