#pragma once

namespace churnlens {

class MainWindow;

/*!
 * Registers the product's areas with the window, in navigation order. The one place
 * to add an area: one line per area, `window.addArea(id, title, icon, new View(session))`.
 */
void installAreas(MainWindow &window);

//! Makes the ui library's icons and user guide available (the library is static: its resources need a nudge).
void initUiResources();

} // namespace churnlens
