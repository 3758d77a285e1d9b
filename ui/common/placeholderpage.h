#pragma once

class QLabel;
class QWidget;

namespace churnlens {

/*!
 * The page an area shows while it has nothing to draw: one centred, wrapped message in the
 * muted text colour, a little above the middle, with an optional \a button under it.
 * The message label is returned in \a message for the area to set its text.
 */
QWidget *makePlaceholderPage(QLabel **message, QWidget *parent, QWidget *button = nullptr);

} // namespace churnlens
