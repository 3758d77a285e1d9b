// Every area fits a 1366×768 laptop screen (1366×700 once the title bar and the desktop's panel
// are taken), in English, in German and with every text 40% longer: the window is built with
// Telco loaded, scored by the shipped model and trained once, so every panel is populated, and
// its minimum size is measured with each area shown. Prints the sizes.
#include "shell/areas.h"
#include "shell/dataopener.h"
#include "shell/mainwindow.h"
#include "shell/progresspanel.h"
#include "shell/welcomepage.h"
#include "ml/modellocator.h"
#include "ml/searchspace.h"
#include "train/trainsettings.h"
#include "train/trainview.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLayout>
#include <QMenuBar>
#include <QStatusBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace churnlens;

namespace {

const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
constexpr QSize Fits(1366, 700); // 1366×768 less about 60 px of title bar and panel

/*!
 * Every translatable string 40% longer (German runs about that much longer than English), as
 * tst_impactcharts does: the layout must hold for a translation, not only for English.
 */
class LongerTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        // "ä" is as wide as a German letter. Sentences grow by words (long compounds of up to 12
        // letters); a single word grows in place, as "Explain" becomes "Erklärungen".
        const QString text = QString::fromUtf8(source);
        const int extra = int(text.size() * 0.4);
        if (!text.contains(QLatin1Char(' ')))
            return text + QString(extra, QChar(0x00e4));
        QString padded = text;
        for (int added = 0; added < extra; added += 13)
            padded += QLatin1Char(' ') + QString(std::min(12, extra - added), QChar(0x00e4));
        return padded;
    }
};

//! True once no job has run for \a quietMs (scoring, profiling, explaining start by themselves).
bool waitIdle(MainWindow &window, int quietMs, int timeoutMs)
{
    QElapsedTimer total, quiet;
    total.start();
    quiet.start();
    while (total.elapsed() < timeoutMs) {
        if (window.progressPanel()->current() || window.workspace()->scoring()->isBusy())
            quiet.restart();
        else if (quiet.elapsed() >= quietMs)
            return true;
        QTest::qWait(50);
    }
    return false;
}

QString sizeText(QSize s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

/*!
 * With CHURNLENS_LAYOUT_DUMP set: the widgets inside \a w that ask for at least \a width pixels,
 * to find what makes an area wide.
 */
void dumpWide(const QWidget *w, int width, int depth = 0)
{
    for (const QObject *o : w->children()) {
        const auto *c = qobject_cast<const QWidget *>(o);
        if (!c || c->isWindow() || c->isHidden())
            continue;
        const QSize m = c->minimumSizeHint().expandedTo(c->minimumSize());
        if (m.width() >= width) {
            std::printf("%*s%s %s %s\n", 2 * depth + 2, "", c->metaObject()->className(), qPrintable(c->objectName()),
                        qPrintable(sizeText(m)));
            dumpWide(c, width, depth + 1);
        }
    }
}

} // namespace

class TestMinimumSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensMinimumSizeTest"));
        QSettings().clear();
        initUiResources();
        // The shipped model scores the customers at once, as on a first start.
        QVERIFY2(!ModelLocator::defaultModelDirectory().isEmpty(), "models/default not found");
    }

    void everyAreaFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("40% longer") << QStringLiteral("longer");
    }

    void everyAreaFits()
    {
        QFETCH(QString, language);
        std::unique_ptr<QTranslator> translator;
        if (language == QLatin1String("de")) {
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            translator = std::make_unique<QTranslator>();
            QVERIFY2(translator->load(QStringLiteral(":/i18n/churnlens_de.qm")), "the German translation is not built in");
        } else {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            if (language == QLatin1String("longer"))
                translator = std::make_unique<LongerTranslator>();
        }
        if (translator)
            QCoreApplication::installTranslator(translator.get());
        auto removeTranslator = qScopeGuard([&translator]() {
            if (translator)
                QCoreApplication::removeTranslator(translator.get());
        });

        MainWindow window;
        installAreas(window);
        window.resize(Fits);
        window.show();
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(Telco, false);
        QVERIFY(loaded.wait(60000));

        // One quick training run, so the Train area shows its results and charts.
        QVERIFY(window.setCurrentArea(AreaId::Train));
        auto *train = qobject_cast<TrainView *>(window.areaView(AreaId::Train));
        QVERIFY(train);
        TrainSettings *settings = train->settings();
        settings->modelChoice()->setCurrentIndex(TrainSettings::Logistic);
        settings->foldsChoice()->setCurrentIndex(settings->foldsChoice()->findData(0));
        settings->tuningChoice()->setCurrentIndex(settings->tuningChoice()->findData(int(Tuning::None)));
        QTRY_VERIFY_WITH_TIMEOUT(train->startButton()->isEnabled(), 30000);
        train->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!train->isTraining(), 120000);

        QStringList tooBig;
        std::printf("%-10s %-8s %12s %12s\n", qPrintable(language), "area", "view min", "window min");
        for (AreaId id : window.areaIds()) {
            QVERIFY(window.setCurrentArea(id));
            QVERIFY2(waitIdle(window, 500, 120000), qPrintable(machineName(id)));
            QCoreApplication::processEvents();
            const QSize view = window.areaView(id)->minimumSizeHint().expandedTo(window.areaView(id)->minimumSize());
            const QSize min = window.minimumSizeHint().expandedTo(window.layout()->minimumSize());
            std::printf("%-10s %-8s %12s %12s\n", qPrintable(language), qPrintable(machineName(id)), qPrintable(sizeText(view)),
                        qPrintable(sizeText(min)));
            if (qEnvironmentVariableIsSet("CHURNLENS_LAYOUT_DUMP")) {
                std::printf("  status bar %s, menu bar %s\n", qPrintable(sizeText(window.statusBar()->minimumSizeHint())),
                            qPrintable(sizeText(window.menuBar()->minimumSizeHint())));
                for (AreaId other : window.areaIds())
                    std::printf("  %s %s", qPrintable(machineName(other)),
                                qPrintable(sizeText(window.areaView(other)->minimumSizeHint().expandedTo(window.areaView(other)->minimumSize()))));
                std::printf("\n  central %s, welcome %s\n", qPrintable(sizeText(window.centralWidget()->minimumSizeHint())),
                            qPrintable(sizeText(window.welcomePage()->minimumSizeHint())));
                dumpWide(window.areaView(id), view.width() * 3 / 5);
                if (qEnvironmentVariable("CHURNLENS_LAYOUT_DUMP") == QLatin1String("train"))
                    dumpWide(window.areaView(AreaId::Train), 250);
            }
            if (min.width() > Fits.width() || min.height() > Fits.height())
                tooBig << QStringLiteral("%1: window needs %2").arg(machineName(id), sizeText(min));
            // The window can really be made that small, and then the area gets the space it asks for.
            window.resize(Fits);
            QCoreApplication::processEvents();
            if (window.width() > Fits.width() || window.height() > Fits.height())
                tooBig << QStringLiteral("%1: resized to %2").arg(machineName(id), sizeText(window.size()));
        }
        std::fflush(stdout);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QStringLiteral("; "))));
    }

    // The first start (nothing remembered) opens the window on the screen, never larger than it.
    void firstStartFitsTheScreen()
    {
        QSettings().remove(QStringLiteral("window/geometry"));
        MainWindow window;
        installAreas(window);
        const QRect available = window.screen()->availableGeometry();
        const QSize min = window.minimumSizeHint();
        std::printf("first start: %s on a screen of %s\n", qPrintable(sizeText(window.size())), qPrintable(sizeText(available.size())));
        QVERIFY2(window.width() <= std::max(available.width(), min.width()), qPrintable(sizeText(window.size())));
        QVERIFY2(window.height() <= std::max(available.height(), min.height()), qPrintable(sizeText(window.size())));
        // On a large screen it does not start tiny either: the roomy default or the whole screen.
        QVERIFY(window.width() >= std::min(available.width(), 1200) || window.width() >= min.width());
    }
};

QTEST_MAIN(TestMinimumSize)
#include "tst_minimumsize.moc"
