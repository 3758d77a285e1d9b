#pragma once

#include <QString>

class QCoreApplication;

namespace churnlens {

/*!
 * Installs the translations the window shows: Qt's own and ChurnLens's (the built-in :/i18n
 * resource, else next to the binary, else the installed share folder) for \a language — a
 * language code such as "de" (Preferences::language), or "" for the system's language. The
 * translators are children of \a app. Call once at start-up, before any window is made: a change
 * of the language preference shows after a restart. GUI thread only.
 */
void installTranslators(QCoreApplication &app, const QString &language);

//! The language the window shows ("de", "en"): the one of the ChurnLens translation installed by
//! installTranslators(), "en" when there is none (English is the source text).
QString uiLanguage();

} // namespace churnlens
