#pragma once

#include <QObject>

class QWidget;

namespace churnlens {

/*!
 * Keeps spin boxes and combo boxes from changing under a scrolling mouse: a wheel event on a
 * guarded widget that does not have the focus goes to the page (which scrolls) instead.
 * Click or tab into the field first, and the wheel changes it as usual.
 */
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    //! Guards \a widget (its focus policy becomes StrongFocus, so the wheel alone never focuses it).
    static void install(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent)
        : QObject(parent)
    {}
};

} // namespace churnlens
