#pragma once

#include <QString>

namespace churnlens {

/*!
 * Light and dark palettes. System keeps the platform's style and palette (so ChurnLens
 * follows the desktop's light or dark setting); Light and Dark use the Fusion style with
 * a fixed palette. The choice is kept in the preferences (Preferences::theme, the one source
 * of truth): a window with a Workspace changes it through Workspace::setPreferences(), which
 * saves it; savedTheme()/saveTheme() read and write it where there is none (start-up). GUI
 * thread only.
 */
enum class Theme { System, Light, Dark };

//! Call once after QApplication is created and before applying a theme.
void rememberSystemTheme();
void applyTheme(Theme theme);
Theme currentTheme();
Theme savedTheme();
void saveTheme(Theme theme);
QString themeMachineName(Theme theme);
bool themeFromMachineName(const QString &name, Theme *theme);

} // namespace churnlens
