#include "common/error.h"

#include <QTest>

using namespace churnlens;

class TestError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsLocation()
    {
        Error e;
        e.code = ErrorCode::BadInput;
        e.file = QStringLiteral("customers.csv");
        e.line = 12;
        e.column = 3;
        e.message = QStringLiteral("Unterminated quote.");
        e.value = QStringLiteral("\"abc");
        e.hint = QStringLiteral("Close the quote.");
        QCOMPARE(e.toString(), QStringLiteral("customers.csv:line 12, column 3: Unterminated quote. (\"\"abc\") — Close the quote."));
    }
    void leavesOutEmptyParts()
    {
        Error e;
        e.message = QStringLiteral("Out of memory.");
        QCOMPARE(e.toString(), QStringLiteral("Out of memory."));
        QCOMPARE(int(Error::canceled().code), int(ErrorCode::Canceled));
        Issue i;
        i.line = 4;
        i.columnName = QStringLiteral("tenure");
        i.message = QStringLiteral("Not a number.");
        QCOMPARE(i.toString(), QStringLiteral("line 4: [tenure] Not a number."));
    }
    void makeErrorBuildsUnexpected()
    {
        Result<int> r = makeError(ErrorCode::Usage, QStringLiteral("bad"), QStringLiteral("fix"));
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), int(ErrorCode::Usage));
        QCOMPARE(r.error().hint, QStringLiteral("fix"));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
