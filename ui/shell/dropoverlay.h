#pragma once

#include <QWidget>

namespace churnlens {

/*!
 * The highlight over the window while a file is dragged over it: a frame in the theme's
 * highlight colour with "Drop to open <file>", or a muted frame with "cannot open this kind
 * of file". Lets every mouse event through. Owned by the window it covers; GUI thread only.
 */
class DropOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit DropOverlay(QWidget *window);

    //! Covers the window and says \a text; \a accepted picks the highlight or the muted look.
    void showMessage(const QString &text, bool accepted);
    QString message() const { return m_text; }
    bool isAccepting() const { return m_accepted; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    bool m_accepted = false;
};

} // namespace churnlens
