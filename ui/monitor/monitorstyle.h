#pragma once

#include "services/monitorservice.h"

#include <QColor>
#include <QString>

namespace churnlens {

/*!
 * The Monitor area's colours, following the theme: the training data (reference) in the neutral
 * grey of every chart, the new file in Okabe–Ito reddish purple (never the churned/stayed pair,
 * which means churn everywhere else), and the recommendation banner per level — quiet when no
 * action is needed, amber to watch, red to retrain — readable in light and dark. GUI thread only.
 */
namespace MonitorStyle {

QColor reference();
QColor current();
//! A style sheet for a banner QFrame of \a level (palette-aware: call again on a palette change).
QString bannerStyleSheet(MonitorRecommendation::Level level);
//! The text colour of the "Drifted" flag in the fields table.
QColor flagged();

} // namespace MonitorStyle

} // namespace churnlens
