#pragma once

#include "common/error.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace churnlens {

/*!
 * The one way the GUI shows an error: a window-modal but non-blocking message (no nested
 * event loop, so a job may still report while it is open) with what went wrong in plain
 * words, where (file, line, column, value) and what to do, and the full text behind a
 * "Show Details…" expander. Every area calls it; none builds its own box.
 * GUI thread only.
 */
class ErrorPresenter
{
public:
    //! Shows \a error over \a parent's window under \a title; returns the box (deleted when closed).
    static QMessageBox *show(QWidget *parent, const QString &title, const Error &error);
    //! The lines under the message: where it happened and what to do (empty parts left out).
    static QString whereAndWhat(const Error &error);
};

} // namespace churnlens
