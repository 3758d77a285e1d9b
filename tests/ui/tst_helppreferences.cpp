// The shell's Help and Preferences, driven like a user: Edit → Preferences (every field, OK and
// Cancel), the user guide (F1 at the area shown, English and German, a page per area), the
// shortcut list (read from the actions; Ctrl+F/S/E present, no shortcut twice), Ctrl+F (the Data search field) and Ctrl+E.
#include "common/currency.h"
#include "common/threads.h"
#include "data/datatablemodel.h"
#include "data/dataview.h"
#include "explore/columnpage.h"
#include "explore/exploreview.h"
#include "shell/areas.h"
#include "shell/dataopener.h"
#include "shell/helpwindow.h"
#include "shell/mainwindow.h"
#include "shell/preferencesdialog.h"
#include "shell/shortcutlist.h"
#include "shell/theme.h"
#include "shell/uilanguage.h"
#include "workspace/preferences.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace churnlens;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

void choose(QComboBox *box, const QString &data)
{
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    box->setCurrentIndex(i);
}

void loadTelco(MainWindow &window)
{
    QSignalSpy loaded(window.opener(), &DataOpener::loaded);
    window.opener()->openPath(Telco, false);
    QVERIFY(loaded.wait(60000));
    QVERIFY(!window.isShowingWelcome());
}
} // namespace

class TestHelpPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensTest"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        initUiResources();
        rememberSystemTheme();
    }

    void init()
    {
        QSettings().clear();
        setDefaultThreads(0);
    }

    void preferencesKeepEveryField()
    {
        MainWindow window;
        installAreas(window);
        window.show();
        const Preferences before = window.workspace()->preferences();
        QCOMPARE(before, Preferences());
        QSignalSpy changed(window.workspace(), &Workspace::preferencesChanged);

        action(window, "preferencesAction")->trigger();
        PreferencesDialog *dialog = window.preferencesDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        choose(dialog->languageBox(), QStringLiteral("de"));
        choose(dialog->themeBox(), QStringLiteral("dark"));
        // The currency is typed, in lower case, as a user might.
        QLineEdit *currency = dialog->currencyBox()->lineEdit();
        currency->selectAll();
        QTest::keyClicks(currency, QStringLiteral("chf"));
        QCOMPARE(dialog->currencyCode(), QStringLiteral("CHF"));
        dialog->threadsBox()->setValue(1);
        choose(dialog->riskRuleBox(), QStringLiteral("fixed"));
        QVERIFY(dialog->mediumCutBox()->isEnabled());
        dialog->highCutBox()->setValue(60.0);
        dialog->mediumCutBox()->setValue(30.0);
        dialog->contactCostBox()->setValue(7.5);
        dialog->acceptanceBox()->setValue(40.0);
        dialog->monthsBox()->setValue(6.0);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);

        const Preferences &p = window.workspace()->preferences();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(p.language, QStringLiteral("de"));
        QCOMPARE(p.theme, QStringLiteral("dark"));
        QCOMPARE(p.currency, QStringLiteral("CHF"));
        QCOMPARE(p.threads, 1);
        QVERIFY(p.riskTiers.kind == RiskTierRule::Kind::Fixed);
        QCOMPARE(p.riskTiers.high, 0.6);
        QCOMPARE(p.riskTiers.medium, 0.3);
        QCOMPARE(p.campaign.contactCost, 7.5);
        QCOMPARE(p.campaign.acceptanceRate, 0.4);
        QCOMPARE(p.months, 6.0);
        // Saved (a fresh load has them) and applied: the theme now, the currency, the threads of long jobs.
        QCOMPARE(Preferences::load(), p);
        QVERIFY(currentTheme() == Theme::Dark);
        QVERIFY(savedTheme() == Theme::Dark);
        QCOMPARE(Currency::current().code, QStringLiteral("CHF"));
        QCOMPARE(defaultThreads(), 1);
        QCOMPARE(threadCount(0), 1);
        QTRY_VERIFY(!window.preferencesDialog()); // closed and gone

        window.workspace()->setPreferences(Preferences());
        QVERIFY(currentTheme() == Theme::System);
        QCOMPARE(defaultThreads(), 0);
    }

    void darkDialogButtonsHaveNoDarkIcons()
    {
        // The style's OK/Cancel/Close icons are dark: on the dark theme's buttons they vanished.
        applyTheme(Theme::Dark);
        {
            QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
            for (QAbstractButton *button : box.buttons())
                QVERIFY2(button->icon().isNull(), qPrintable(button->text()));
        }
        applyTheme(Theme::System);
    }

    void cancelChangesNothing()
    {
        MainWindow window;
        installAreas(window);
        window.show();
        Preferences start;
        start.currency = QStringLiteral("EUR");
        start.threads = 2;
        window.workspace()->setPreferences(start);
        QSignalSpy changed(window.workspace(), &Workspace::preferencesChanged);

        window.showPreferences();
        PreferencesDialog *dialog = window.preferencesDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->threadsBox()->value(), 2);
        QCOMPARE(dialog->currencyCode(), QStringLiteral("EUR"));
        choose(dialog->themeBox(), QStringLiteral("dark"));
        dialog->threadsBox()->setValue(0);
        dialog->acceptanceBox()->setValue(90.0);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);

        QCOMPARE(changed.count(), 0);
        QCOMPARE(window.workspace()->preferences(), start);
        QCOMPARE(Preferences::load(), start);
        QCOMPARE(defaultThreads(), 2);
        QVERIFY(currentTheme() != Theme::Dark);
        window.workspace()->setPreferences(Preferences());
    }

    void untouchedFieldsKeepTheirExactValues()
    {
        // The dialog shows 24.1 % for 0.2413; OK without touching it must not round it away.
        Preferences start;
        start.campaign.acceptanceRate = 0.2413;
        start.riskTiers.high = 0.4567;
        start.months = 7.5;
        PreferencesDialog dialog(start);
        choose(dialog.themeBox(), QStringLiteral("light"));
        Preferences out = dialog.preferences();
        QCOMPARE(out.campaign.acceptanceRate, 0.2413);
        QCOMPARE(out.riskTiers.high, 0.4567);
        QCOMPARE(out.months, 7.5);
        QCOMPARE(out.theme, QStringLiteral("light"));
        dialog.acceptanceBox()->setValue(30.0); // touched: the value shown
        QCOMPARE(dialog.preferences().campaign.acceptanceRate, 0.3);
        // A currency that is no code is refused; the locale's default is "".
        dialog.currencyBox()->setCurrentIndex(0);
        QCOMPARE(dialog.currencyCode(), QString(""));
        QVERIFY(!dialog.currencyCode().isNull()); // the system's currency is a valid choice
        dialog.currencyBox()->setEditText(QStringLiteral("12"));
        QVERIFY(dialog.currencyCode().isNull());
    }

    void themeLivesInThePreferences()
    {
        // The View menu's theme and the dialog's are one setting.
        saveTheme(Theme::Dark);
        QCOMPARE(Preferences::load().theme, QStringLiteral("dark"));
        QVERIFY(savedTheme() == Theme::Dark);
        // A theme kept before preferences existed is read once as their default.
        QSettings().clear();
        QSettings().setValue(QStringLiteral("view/theme"), QStringLiteral("light"));
        QVERIFY(savedTheme() == Theme::Light);
        saveTheme(Theme::System);
        QVERIFY(!QSettings().contains(QStringLiteral("view/theme")));
        QVERIFY(savedTheme() == Theme::System);
    }

    void everyAreaHasAGuidePageInBothLanguages()
    {
        const QStringList areas = areaNames();
        QCOMPARE(areas.size(), 8);
        for (const QString &name : areas) {
            const AreaId area = *areaFromName(name);
            QString english;
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
                QFile page(QStringLiteral(":/help/%1/%2.html").arg(language, name));
                QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
                const QString html = QString::fromUtf8(page.readAll());
                QVERIFY2(html.size() > 1000, qPrintable(page.fileName()));
                QVERIFY(html.contains(QLatin1String("<h2>")));
                QVERIFY(HelpWindow::hasPage(area, language));
                if (language == QLatin1String("en"))
                    english = html;
                else
                    QVERIFY2(html != english, qPrintable(name)); // really German, not a copy
            }
            // A language without its own pages falls back to English.
            QCOMPARE(HelpWindow::pageUrl(area, QStringLiteral("fr")), HelpWindow::pageUrl(area, QStringLiteral("en")));
        }
    }

    void f1OpensTheGuideAtTheAreaShown()
    {
        MainWindow window;
        installAreas(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // On the welcome page the guide starts with the data.
        QTest::keyClick(&window, Qt::Key_F1);
        QVERIFY(window.helpWindow());
        QVERIFY(window.currentArea().has_value());
        QCOMPARE(window.helpWindow()->currentArea(), std::optional<AreaId>(AreaId::Data));
        window.helpWindow()->close();
        QTRY_VERIFY(!window.helpWindow());

        loadTelco(window);
        QVERIFY(window.setCurrentArea(AreaId::Score));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        HelpWindow *help = window.helpWindow();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QCOMPARE(help->language(), QStringLiteral("en"));
        QCOMPARE(help->currentArea(), std::optional<AreaId>(AreaId::Score));
        QCOMPARE(help->contents()->count(), 8);
        QCOMPARE(help->contents()->currentItem()->text(), window.findChild<QListWidget *>(QStringLiteral("areaNavigation"))->item(3)->text());
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("who is at risk, and the list to call")));
        // Another entry of the contents shows its page; a link between pages selects its entry.
        help->contents()->setCurrentRow(0);
        QCOMPARE(help->currentArea(), std::optional<AreaId>(AreaId::Data));
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("bring in your customers")));
        help->browser()->setSource(HelpWindow::pageUrl(AreaId::Explore, QStringLiteral("en")));
        QCOMPARE(help->contents()->currentRow(), 1);
    }

    void germanGuide()
    {
        const QList<HelpWindow::Topic> topics{{AreaId::Data, QStringLiteral("Daten")}, {AreaId::Score, QStringLiteral("Bewerten")}};
        HelpWindow help(topics, QStringLiteral("de"));
        help.showArea(AreaId::Score);
        QCOMPARE(help.currentArea(), std::optional<AreaId>(AreaId::Score));
        QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("Wer ist gefährdet, und wen rufen wir an")));
        help.showArea(AreaId::Data);
        QVERIFY(help.browser()->toPlainText().contains(QStringLiteral("Ihre Kunden einlesen")));
        QCOMPARE(help.contents()->currentRow(), 0);
    }

    void shortcutListComesFromTheActions()
    {
        MainWindow window;
        installAreas(window);
        const QList<ShortcutEntry> entries = collectShortcuts(&window);
        QHash<QString, QString> byKeys;
        for (const ShortcutEntry &e : entries)
            byKeys.insert(e.shortcut.toString(QKeySequence::PortableText), e.command);
        for (const char *keys : {"Ctrl+F", "Ctrl+S", "Ctrl+E", "F1", "Ctrl+,", "Ctrl+O", "Esc"})
            QVERIFY2(byKeys.contains(QString::fromLatin1(keys)), keys);
        for (int n = 1; n <= 8; ++n)
            QVERIFY(byKeys.contains(QStringLiteral("Ctrl+%1").arg(n)));
        QCOMPARE(byKeys.value(QStringLiteral("Ctrl+F")), QStringLiteral("Find…"));
        QCOMPARE(byKeys.value(QStringLiteral("Ctrl+S")), QStringLiteral("Save"));
        QCOMPARE(byKeys.value(QStringLiteral("Ctrl+4")), QStringLiteral("Score & export")); // not "Score  export"

        // No two actions of the window share a shortcut.
        QHash<QString, QString> owner;
        for (QAction *a : window.findChildren<QAction *>()) {
            for (const QKeySequence &keys : a->shortcuts()) {
                const QString k = keys.toString(QKeySequence::PortableText);
                QVERIFY2(!owner.contains(k), qPrintable(QStringLiteral("%1: %2 and %3").arg(k, owner.value(k), a->text())));
                owner.insert(k, a->text());
            }
        }
        QCOMPARE(owner.size(), entries.size()); // every shortcut is listed

        window.showShortcuts();
        ShortcutsDialog *dialog = window.shortcutsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), int(entries.size()));
        bool found = false;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            found |= dialog->table()->item(row, 0)->text() == QStringLiteral("User Guide")
                     && dialog->table()->item(row, 2)->text() == QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText);
        QVERIFY(found);
        // Every row shows without a scroll bar where the screen has the room (it scrolled at 600 px).
        const int room = dialog->screen()->availableGeometry().height() * 9 / 10;
        if (dialog->heightForAllRows() <= room) {
            QCOMPARE(dialog->height(), std::max(300, dialog->heightForAllRows()));
            QTRY_VERIFY(!dialog->table()->verticalScrollBar()->isVisible());
        } else {
            QCOMPARE(dialog->height(), room);
        }
    }

    void findAndExportFollowTheArea()
    {
        MainWindow window;
        installAreas(window);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *exportAction = action(window, "exportAction");
        QVERIFY(!exportAction->isEnabled()); // the welcome page exports nothing
        loadTelco(window);

        // Data: Ctrl+F focuses the table's search field, its text selected to type over.
        QVERIFY(window.setCurrentArea(AreaId::Data));
        auto *data = qobject_cast<DataView *>(window.areaView(AreaId::Data));
        QVERIFY(data);
        data->searchField()->setText(QStringLiteral("fiber"));
        data->tableView()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.focusWidget(), static_cast<QWidget *>(data->searchField()));
        QCOMPARE(data->searchField()->selectedText(), QStringLiteral("fiber"));
        QTRY_VERIFY_WITH_TIMEOUT(!data->isSearching() && data->tableModel()->isFiltered(), 20000);
        QVERIFY(!exportAction->isEnabled());

        // Train has no search field: Ctrl+F says so instead of doing nothing.
        QVERIFY(window.setCurrentArea(AreaId::Train));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("This area has no search field."));

        // Explore: Ctrl+F opens "Column details" at "Find a column", once the data is profiled.
        QVERIFY(window.setCurrentArea(AreaId::Explore));
        auto *explore = qobject_cast<ExploreView *>(window.areaView(AreaId::Explore));
        QVERIFY(explore);
        QTRY_VERIFY_WITH_TIMEOUT(explore->profile() != nullptr && explore->tabs()->isVisible(), 60000);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(explore->tabs()->currentWidget(), static_cast<QWidget *>(explore->columnPage()));
        QCOMPARE(window.focusWidget(), static_cast<QWidget *>(explore->columnPage()->filterField()));

        // Export follows the area: the campaign list in Score, the PDF report in Impact.
        QVERIFY(window.setCurrentArea(AreaId::Score));
        QVERIFY(exportAction->isEnabled());
        QCOMPARE(exportAction->text(), QStringLiteral("&Export Campaign List…"));
        QVERIFY(window.setCurrentArea(AreaId::Impact));
        QVERIFY(exportAction->isEnabled());
        QCOMPARE(exportAction->text(), QStringLiteral("&Export Report (PDF)…"));
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    }

    void guideFollowsTheUiLanguage()
    {
        // The language preference is what start-up installs; the guide shows that language.
        Preferences p;
        p.language = QStringLiteral("de");
        p.save();
        installTranslators(*qApp, Preferences::load().language);
        QCOMPARE(uiLanguage(), QStringLiteral("de"));
        {
            MainWindow window;
            installAreas(window);
            window.showUserGuide();
            QVERIFY(window.helpWindow());
            QCOMPARE(window.helpWindow()->language(), QStringLiteral("de"));
            QVERIFY(window.helpWindow()->browser()->toPlainText().contains(QStringLiteral("Ihre Kunden einlesen")));
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        installTranslators(*qApp, QStringLiteral("en"));
        QCOMPARE(uiLanguage(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestHelpPreferences)
#include "tst_helppreferences.moc"
