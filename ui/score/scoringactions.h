#pragma once

namespace churnlens {

class MainWindow;
class ScoringContext;

/*!
 * Wires the scoring areas into the window: File > "Open Model…" (goes to "Score & export" and
 * asks for a saved model folder), and a customer double-clicked in the risk table opens the
 * "Explain" area on that customer. Call after the "score" and "explain" areas were added.
 */
void installScoringActions(MainWindow &window, ScoringContext *context);

} // namespace churnlens
