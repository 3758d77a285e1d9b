#pragma once

#include <QString>
#include <QVariant>

namespace churnlens {

/*!
 * Writes a setting without waiting for the disk on the calling thread (issue 17). QSettings
 * writes its file in its destructor with an fsync, which on a busy disk blocks the GUI thread
 * for 30–150 ms (measured after loading a file: the recent-files list). Here the value is set
 * at once, so every QSettings of this process reads it right away (they share one cache), and
 * the QSettings object that holds it is handed to a writer thread, which writes the file.
 * Thread-safe. Pending writes are finished when the application object is destroyed.
 */
namespace SettingsWriter {

void setValue(const QString &key, const QVariant &value);

//! Waits until every value handed over so far is in the file (a test, or before another process reads it).
void flush();

//! Values handed to the writer thread so far (a test's count).
int handedOver();

} // namespace SettingsWriter

} // namespace churnlens
