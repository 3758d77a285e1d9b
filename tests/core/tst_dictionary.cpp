#include "data/dictionary.h"

#include <QTest>

#include <string>

using namespace churnlens;

class TestDictionary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsInOrderAndFinds()
    {
        Dictionary d;
        QCOMPARE(d.insert("No"), 0);
        QCOMPARE(d.insert("Yes"), 1);
        QCOMPARE(d.insert("No"), 0);
        QCOMPARE(d.insert(""), 2);
        QCOMPARE(d.size(), 3);
        QCOMPARE(d.find("Yes"), 1);
        QCOMPARE(d.find("yes"), -1);
        QCOMPARE(d.find(""), 2);
        QCOMPARE(d.level(1), QStringLiteral("Yes"));
        QCOMPARE(d.level(7), QString());
    }
    void keepsUtf8()
    {
        Dictionary d;
        const QByteArray muenchen = QStringLiteral("München").toUtf8();
        const int code = d.insert(std::string_view(muenchen.constData(), size_t(muenchen.size())));
        QCOMPARE(d.level(code), QStringLiteral("München"));
    }
    void growsToAMillionUniqueValues()
    {
        Dictionary d;
        const int n = 1000000;
        for (int i = 0; i < n; ++i) {
            const std::string s = std::to_string(i) + "-ABCDE";
            QCOMPARE(d.insert(s), i);
        }
        QCOMPARE(d.size(), n);
        for (int i = 0; i < n; i += 9973)
            QCOMPARE(d.find(std::to_string(i) + "-ABCDE"), i);
        QCOMPARE(d.find("1000000-ABCDE"), -1);
        QVERIFY(d.memoryBytes() < size_t(64) * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestDictionary)
#include "tst_dictionary.moc"
