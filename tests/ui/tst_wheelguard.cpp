// The mouse wheel over a settings panel scrolls the panel: a spin box, combo box or slider
// under the pointer changes only once it has the focus. Checked on a panel of each kind and
// on every scrollable settings panel of the window (Train, Score & export, Monitor, Explain).
#include "common/wheelguard.h"
#include "score/campaignpanel.h"
#include "score/scoreview.h"
#include "shell/areas.h"
#include "shell/mainwindow.h"
#include "train/trainsettings.h"
#include "train/trainview.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace churnlens;

namespace {

/*!
 * One notch of the wheel turned away from the user (scrolls down) over the middle of \a w,
 * delivered as Qt delivers a real wheel event: to the widget under the pointer, then to its
 * parents while it stays ignored. (Qt does not propagate a synthesized, non-spontaneous wheel
 * event itself, so the test walks up the parents as QApplication::notify does for real ones.)
 */
void wheelDown(QWidget *w)
{
    QPointF local(w->width() / 2.0, w->height() / 2.0);
    const QPointF global = w->mapToGlobal(local);
    for (QWidget *target = w; target; target = target->parentWidget()) {
        QWheelEvent e(local, global, QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &e);
        if (e.isAccepted() || target->isWindow())
            break;
        local = target->mapToParent(local);
    }
}

//! The fields of \a root the wheel could change (scroll bars excepted).
QList<QWidget *> wheelFields(QWidget *root)
{
    QList<QWidget *> out;
    for (QWidget *w : root->findChildren<QWidget *>())
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
            || (qobject_cast<QAbstractSlider *>(w) && !qobject_cast<QScrollBar *>(w)))
            out << w;
    return out;
}

} // namespace

class TestWheelGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensWheelTest"));
        QSettings().clear();
        initUiResources();
    }

    void wheelScrollsUnlessFocused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("spin box") << QStringLiteral("spin");
        QTest::newRow("combo box") << QStringLiteral("combo");
        QTest::newRow("slider") << QStringLiteral("slider");
    }

    void wheelScrollsUnlessFocused()
    {
        QFETCH(QString, kind);
        QWidget window;
        auto *outer = new QVBoxLayout(&window);
        auto *scroll = new QScrollArea(&window);
        outer->addWidget(scroll);
        auto *panel = new QWidget;
        auto *v = new QVBoxLayout(panel);
        v->addSpacing(600);
        QWidget *field = nullptr;
        if (kind == QLatin1String("spin")) {
            auto *spin = new QSpinBox(panel);
            spin->setRange(0, 100);
            spin->setValue(50);
            field = spin;
        } else if (kind == QLatin1String("combo")) {
            auto *combo = new QComboBox(panel);
            combo->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
            combo->setCurrentIndex(1);
            field = combo;
        } else {
            auto *slider = new QSlider(Qt::Horizontal, panel);
            slider->setRange(0, 100);
            slider->setValue(50);
            field = slider;
        }
        v->addWidget(field);
        v->addSpacing(600);
        auto *other = new QSpinBox(panel); // somewhere to put the focus
        v->addWidget(other);
        scroll->setWidget(panel);
        scroll->setWidgetResizable(true);
        WheelGuard::installOnChildren(panel);
        QVERIFY(WheelGuard::isGuarded(field) && WheelGuard::isGuarded(other));
        QVERIFY(!WheelGuard::isGuarded(scroll->verticalScrollBar()));
        window.resize(300, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        scroll->ensureWidgetVisible(field);
        auto value = [field]() -> int {
            if (auto *s = qobject_cast<QSpinBox *>(field))
                return s->value();
            if (auto *c = qobject_cast<QComboBox *>(field))
                return c->currentIndex();
            return static_cast<QSlider *>(field)->value();
        };
        const int before = value();
        const int scrolled = scroll->verticalScrollBar()->value();
        QVERIFY(scrolled < scroll->verticalScrollBar()->maximum());

        // Not focused: the value stays, the panel scrolls.
        other->setFocus();
        QVERIFY(!field->hasFocus());
        wheelDown(field);
        QCOMPARE(value(), before);
        QVERIFY2(scroll->verticalScrollBar()->value() > scrolled,
                 qPrintable(QStringLiteral("%1 → %2").arg(scrolled).arg(scroll->verticalScrollBar()->value())));

        // Focused: the wheel changes the value as usual.
        scroll->ensureWidgetVisible(field);
        field->setFocus();
        QVERIFY(field->hasFocus());
        wheelDown(field);
        QVERIFY2(value() != before, qPrintable(QString::number(value())));
        // And the wheel alone never takes the focus.
        QCOMPARE(field->focusPolicy(), Qt::StrongFocus);
    }

    // Every field of the window's scrollable settings panels is guarded.
    void everySettingsPanelIsGuarded()
    {
        MainWindow window;
        installAreas(window);
        auto *train = qobject_cast<TrainView *>(window.areaView(AreaId::Train));
        auto *score = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        auto *monitorScroll = window.areaView(AreaId::Monitor)->findChild<QScrollArea *>(QStringLiteral("monitorScroll"));
        QVERIFY(train && score && monitorScroll);
        const std::pair<QString, QWidget *> panels[] = {{QStringLiteral("Train settings"), train->settings()},
                                                        {QStringLiteral("Score campaign"), score->campaignPanel()},
                                                        {QStringLiteral("Monitor page"), monitorScroll->widget()}};
        int checked = 0;
        for (const auto &[name, panel] : panels) {
            for (QWidget *f : wheelFields(panel)) {
                QVERIFY2(WheelGuard::isGuarded(f),
                         qPrintable(QStringLiteral("%1: %2 (%3)").arg(name, f->objectName(), QLatin1String(f->metaObject()->className()))));
                ++checked;
            }
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked))); // the Train and campaign fields at least
    }
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
