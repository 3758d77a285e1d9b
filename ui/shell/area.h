#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace churnlens {

//! The product's areas, in navigation order.
enum class AreaId { Data, Explore, Train, Score, Explain, Impact, Models, Monitor };

//! "data", "explore", "train", "score", "explain", "impact", "models", "monitor": for command-line options and settings.
QString machineName(AreaId id);
std::optional<AreaId> areaFromName(const QString &name);
QStringList areaNames();

//! One menu entry an area offers the window; the window makes the action and places it.
struct AreaCommand
{
    QString text;            //!< translated, with its & mnemonic
    QString statusTip;
    QKeySequence shortcut;
    QString objectName;      //!< for tests and scripting
    std::function<void()> run; //!< runs after the window has shown the area
};

/*!
 * What an area view may contribute to the window besides itself, so that the window never
 * finds menus by position or areas by name: entries for the File menu's "open" group (an
 * area that opens something of its own, like a model folder), the field Edit → Find focuses,
 * and what File → Export does there. Implemented by area views.
 */
class AreaContributions
{
public:
    virtual ~AreaContributions() = default;
    virtual QList<AreaCommand> openCommands() { return {}; }
    /*!
     * Edit → Find (Ctrl+F): the area's search or filter field, for the window to focus; the area
     * may first show the page that holds it. nullptr when the area has none; a hidden field
     * means there is nothing to search yet.
     */
    virtual QWidget *showFindField() { return nullptr; }
    //! File → Export (Ctrl+E) in this area: its menu text and what it runs (no run: nothing to export here).
    //! The shortcut and object name are the window's.
    virtual AreaCommand exportCommand() { return {}; }
};

} // namespace churnlens
