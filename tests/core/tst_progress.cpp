#include "common/progress.h"

#include <QTest>

#include <thread>

using namespace churnlens;

class TestProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clampsAndReports()
    {
        Progress p;
        QList<double> seen;
        p.setCallback([&](double f, const QString &) { seen << f; });
        p.setProgress(0.25);
        p.setProgress(2.0);
        p.setProgress(-1.0);
        QCOMPARE(seen, (QList<double>{0.25, 1.0, 0.0}));
        p.setText(QStringLiteral("Reading"));
        QCOMPARE(p.text(), QStringLiteral("Reading"));
    }
    void subProgressMapsOntoParentRange()
    {
        Progress parent;
        SubProgress step(&parent, 0.5, 0.75);
        step.setProgress(0.5);
        QCOMPARE(parent.fraction(), 0.625);
        step.setProgress(1.0);
        QCOMPARE(parent.fraction(), 0.75);
        step.setText(QStringLiteral("Fold 2"));
        QCOMPARE(parent.text(), QStringLiteral("Fold 2"));
    }
    void cancelIsSharedWithSteps()
    {
        Progress parent;
        SubProgress step(&parent, 0.0, 1.0);
        QVERIFY(!step.isCanceled());
        std::thread t([&] { parent.cancel(); });
        t.join();
        QVERIFY(step.isCanceled());
        QVERIFY(isCanceled(&step));
        QVERIFY(!isCanceled(nullptr));
        SubProgress orphan(nullptr, 0.0, 1.0);
        orphan.setProgress(0.5); // no parent: must not crash
        orphan.cancel();
        QVERIFY(orphan.isCanceled());
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
