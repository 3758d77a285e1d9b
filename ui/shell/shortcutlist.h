#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;
class QTableWidget;

namespace churnlens {

//! One keyboard shortcut of the window: what it does, where its command is, the keys.
struct ShortcutEntry
{
    QString command;       //!< the action's text without its & mnemonic
    QString place;         //!< "File", "View › Go to"; empty for commands in no menu
    QKeySequence shortcut;
    QAction *action = nullptr;
};

/*!
 * Every shortcut of \a window's actions, read from the actions themselves so that the list
 * cannot go stale: the menus in menu-bar order (submenus included), then the window's other
 * actions (Esc to cancel…). An action with several shortcuts gives one entry per shortcut.
 */
QList<ShortcutEntry> collectShortcuts(QMainWindow *window);

/*!
 * Help → Keyboard Shortcuts: collectShortcuts() as a table (command, menu, keys), filled when
 * shown, so that commands an area added later are listed too.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    QTableWidget *table() const { return m_table; }
    //! Reads the window's shortcuts again.
    void refresh();
    //! The dialog's height that shows every row without a scroll bar.
    int heightForAllRows() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitToRows();

    QMainWindow *m_window;
    QTableWidget *m_table;
};

} // namespace churnlens
