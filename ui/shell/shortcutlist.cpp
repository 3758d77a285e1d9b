#include "shortcutlist.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace churnlens {

namespace {

QString plainText(const QAction *action)
{
    // "&Save" → "Save", "Score && export" → "Score & export"; a lone "& " is a word, not a mnemonic.
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    static const QRegularExpression mnemonic(QStringLiteral("&(?=\\S)"));
    text.remove(mnemonic);
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void add(QList<ShortcutEntry> &out, QSet<QAction *> &seen, QAction *action, const QString &place)
{
    if (!action || action->isSeparator() || seen.contains(action))
        return;
    seen.insert(action);
    for (const QKeySequence &keys : action->shortcuts()) {
        if (!keys.isEmpty())
            out.append({plainText(action), place, keys, action});
    }
}

void walk(QList<ShortcutEntry> &out, QSet<QAction *> &seen, QMenu *menu, const QString &place)
{
    for (QAction *action : menu->actions()) {
        if (QMenu *sub = action->menu())
            walk(out, seen, sub, place + QStringLiteral(" › ") + plainText(action));
        else
            add(out, seen, action, place);
    }
}

} // namespace

QList<ShortcutEntry> collectShortcuts(QMainWindow *window)
{
    QList<ShortcutEntry> out;
    QSet<QAction *> seen;
    for (QAction *top : window->menuBar()->actions()) {
        if (QMenu *menu = top->menu())
            walk(out, seen, menu, plainText(top));
    }
    for (QAction *action : window->actions())
        add(out, seen, action, QString());
    // Actions of the areas themselves (a view's own commands), wherever they are.
    for (QAction *action : window->findChildren<QAction *>())
        add(out, seen, action, QString());
    return out;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_window(window)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Menu"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *note = new QLabel(tr("Ctrl+F and Ctrl+E work in the areas that have a search field or an export; "
                               "the menus show which."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 600);
}

void ShortcutsDialog::refresh()
{
    const QList<ShortcutEntry> entries = collectShortcuts(m_window);
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &e = entries[row];
        m_table->setItem(row, 0, new QTableWidgetItem(e.command));
        m_table->setItem(row, 1, new QTableWidgetItem(e.place.isEmpty() ? tr("Anywhere") : e.place));
        m_table->setItem(row, 2, new QTableWidgetItem(e.shortcut.toString(QKeySequence::NativeText)));
    }
    fitToRows();
}

int ShortcutsDialog::heightForAllRows() const
{
    int rows = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        rows += m_table->rowHeight(row);
    return rows + layout()->sizeHint().height() - m_table->sizeHint().height();
}

void ShortcutsDialog::fitToRows()
{
    // The whole list without a scroll bar when the screen has the room (it had 600 px for ~25 rows).
    const QScreen *shown = screen();
    const int most = shown ? shown->availableGeometry().height() * 9 / 10 : 700;
    resize(width(), std::clamp(heightForAllRows(), 300, std::max(300, most)));
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    QDialog::showEvent(event);
}

} // namespace churnlens
