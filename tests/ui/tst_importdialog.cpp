#include "data/importdialog.h"
#include "data/previewmodel.h"
#include "jobtesting.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace churnlens;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

bool waitForPreview(ImportDialog &dialog)
{
    return QTest::qWaitFor([&]() { return !dialog.isRefreshing(); }, 10000);
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void previewShowsTelco()
    {
        ImportDialog dialog(Telco);
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForPreview(dialog));
        PreviewModel *model = dialog.previewModel();
        QCOMPARE(model->columnCount(), 21);
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("customerID"));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("7590-VHVEG"));
        QCOMPARE(model->preview().options.delimiter, ',');
        const DataSource source = dialog.source();
        QCOMPARE(source.path, Telco);
        QCOMPARE(source.csv.delimiter, char(0)); // still "automatic": the loader sniffs again
    }

    void previewFollowsDelimiter()
    {
        ImportDialog dialog(Telco);
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitForPreview(dialog));
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        dialog.setDelimiter(';');
        QVERIFY(updated.wait(5000));
        QVERIFY(waitForPreview(dialog));
        QCOMPARE(dialog.previewModel()->columnCount(), 1);
        QCOMPARE(dialog.options().delimiter, ';');
        dialog.setDelimiter(',');
        QVERIFY(updated.wait(5000));
        QVERIFY(waitForPreview(dialog));
        QCOMPARE(dialog.previewModel()->columnCount(), 21);
    }

    void theLatestSettingsWin()
    {
        testing::StartedJobs started;
        ImportDialog dialog(Telco); // starts reading with the detected settings
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        // Two changes before the first read could end (the event loop does not run in between):
        // the first replaces the running read, the second replaces the first before it starts.
        dialog.setDelimiter(',');
        dialog.refresh();
        dialog.setDelimiter(';');
        dialog.refresh();
        QVERIFY(dialog.isRefreshing());
        QVERIFY(waitForPreview(dialog));
        QCOMPARE(updated.count(), 1); // only the last read was shown
        QCOMPARE(dialog.previewModel()->preview().options.delimiter, ';');
        QCOMPARE(dialog.previewModel()->columnCount(), 1);
        const auto *runner = dialog.findChild<TaskRunner *>();
        QVERIFY(runner);
        QCOMPARE(started.of(runner), 2); // the detected settings, then ';'; ',' never ran
    }

    void missingTokensAreShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id;amount;plan\n1;1,5;gold\n2;unknown;NA\n3; ;silver\n");
        f.close();
        ImportDialog dialog(path);
        QVERIFY(waitForPreview(dialog));
        PreviewModel *model = dialog.previewModel();
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("—"));       // NA is missing by default
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("unknown")); // not yet
        auto *missing = dialog.findChild<QLineEdit *>();
        QVERIFY(missing);
        missing->setText(missing->text() + QStringLiteral(", unknown"));
        QVERIFY(QTest::qWaitFor([&]() { return model->index(1, 1).data().toString() == QStringLiteral("—"); }, 5000));
        QVERIFY(dialog.options().missingTokens.contains(QStringLiteral("unknown")));
        QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("—")); // blank cell
    }

    void badFileShowsErrorAndDisablesLoad()
    {
        ImportDialog dialog(QStringLiteral("/nonexistent/customers.csv"));
        QSignalSpy updated(&dialog, &ImportDialog::previewUpdated);
        QVERIFY(updated.wait(5000));
        QCOMPARE(dialog.previewModel()->rowCount(), 0);
        auto *load = dialog.findChild<QPushButton *>();
        Q_UNUSED(load);
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        bool loadDisabled = false;
        for (QPushButton *b : buttons)
            if (b->text().contains(QStringLiteral("Load")))
                loadDisabled = !b->isEnabled();
        QVERIFY(loadDisabled);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
