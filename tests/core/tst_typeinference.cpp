#include "data/csvlinemap.h"
#include "data/textdecoder.h"
#include "data/typeinference.h"

#include <QTest>

#include <charconv>
#include <cmath>
#include <string>

using namespace churnlens;

class TestTypeInference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("decimal");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("int") << QByteArray("34") << '.' << true << 34.0;
        QTest::newRow("negative") << QByteArray("-7") << '.' << true << -7.0;
        QTest::newRow("plus") << QByteArray("+7.5") << '.' << true << 7.5;
        QTest::newRow("spaces") << QByteArray("  29.85 ") << '.' << true << 29.85;
        QTest::newRow("exponent") << QByteArray("1e3") << '.' << true << 1000.0;
        QTest::newRow("leading point") << QByteArray(".5") << '.' << true << 0.5;
        // Beyond ±1e15 a value is too large to use (sums, squares, ratios and 32-bit floats overflow).
        QTest::newRow("long int") << QByteArray("12345678901234567890") << '.' << false << 0.0;
        QTest::newRow("limit") << QByteArray("1e15") << '.' << true << 1e15;
        QTest::newRow("negative limit") << QByteArray("-1000000000000000") << '.' << true << -1e15;
        QTest::newRow("too large") << QByteArray("1e100") << '.' << false << 0.0;
        QTest::newRow("largest double") << QByteArray("1.7976931348623157e308") << '.' << false << 0.0;
        QTest::newRow("beyond double") << QByteArray("1e400") << '.' << false << 0.0;
        QTest::newRow("decimal comma") << QByteArray("-1,25") << ',' << true << -1.25;
        QTest::newRow("comma when point") << QByteArray("1,25") << '.' << false << 0.0;
        QTest::newRow("thousands") << QByteArray("1.234,5") << ',' << false << 0.0;
        QTest::newRow("blank") << QByteArray(" ") << '.' << false << 0.0;
        QTest::newRow("empty") << QByteArray("") << '.' << false << 0.0;
        QTest::newRow("inf") << QByteArray("inf") << '.' << false << 0.0;
        QTest::newRow("nan") << QByteArray("nan") << '.' << false << 0.0;
        QTest::newRow("hex") << QByteArray("0x10") << '.' << false << 0.0;
        QTest::newRow("overflow") << QByteArray("1e999") << '.' << false << 0.0;
        QTest::newRow("trailing text") << QByteArray("12abc") << '.' << false << 0.0;
        QTest::newRow("currency") << QByteArray("$12") << '.' << false << 0.0;
        QTest::newRow("sign only") << QByteArray("-") << '.' << false << 0.0;
        QTest::newRow("two points") << QByteArray("1.2.3") << '.' << false << 0.0;
    }
    void numbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, decimal);
        QFETCH(bool, ok);
        QFETCH(double, value);
        double v = -1;
        QCOMPARE(TypeInference::parseNumber(std::string_view(text.constData(), size_t(text.size())), decimal, &v), ok);
        if (ok)
            QCOMPARE(v, value);
        const bool tooLarge = QList<QByteArray>{"12345678901234567890", "1e100", "1.7976931348623157e308", "1e400", "1e999"}
                                  .contains(text);
        QCOMPARE(TypeInference::isTooLarge(std::string_view(text.constData(), size_t(text.size())), decimal), tooLarge);
    }

    void fastPathMatchesTheGeneralParser()
    {
        // Short decimals take a shortcut; it must give the very same double as from_chars.
        uint64_t state = 12345;
        auto next = [&state] {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            return state >> 33;
        };
        for (int i = 0; i < 200000; ++i) {
            std::string text = (next() % 4 == 0) ? "-" : "";
            const int digits = 1 + int(next() % 15);
            const int point = int(next() % (digits + 2)) - 1; // -1: no point
            for (int d = 0; d < digits; ++d) {
                if (d == point)
                    text += '.';
                text += char('0' + next() % 10);
            }
            double fast = 0, general = 0;
            QVERIFY(TypeInference::parseNumber(text, '.', &fast));
            const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), general);
            QVERIFY(ec == std::errc() && ptr == text.data() + text.size());
            if (fast != general)
                QFAIL(qPrintable(QStringLiteral("%1: %2 vs %3").arg(QString::fromStdString(text)).arg(fast, 0, 'g', 17).arg(general, 0, 'g', 17)));
        }
    }

    void boolWords()
    {
        int family = -1;
        QCOMPARE(TypeInference::boolWord("Yes", &family), 1);
        const int yesFamily = family;
        QCOMPARE(TypeInference::boolWord("no", &family), 0);
        QCOMPARE(family, yesFamily);
        QCOMPARE(TypeInference::boolWord("TRUE", &family), 1);
        QVERIFY(family != yesFamily);
        QCOMPARE(TypeInference::boolWord("n"), 0);
        QCOMPARE(TypeInference::boolWord("maybe"), -1);
        QCOMPARE(TypeInference::boolWord("1"), -1);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<unsigned>("orders");
        const unsigned iso = 1u << int(TypeInference::DateOrder::Iso);
        const unsigned dmy = 1u << int(TypeInference::DateOrder::DayMonthYear);
        const unsigned mdy = 1u << int(TypeInference::DateOrder::MonthDayYear);
        QTest::newRow("iso") << QByteArray("2024-02-29") << iso;
        QTest::newRow("iso not leap") << QByteArray("2023-02-29") << 0u;
        QTest::newRow("german") << QByteArray("31.12.2020") << dmy;
        QTest::newRow("german short") << QByteArray("1.2.2020") << dmy;
        QTest::newRow("us") << QByteArray("12/31/2020") << mdy;
        QTest::newRow("day first") << QByteArray("31/12/2020") << dmy;
        QTest::newRow("ambiguous") << QByteArray("01/02/2020") << (dmy | mdy);
        QTest::newRow("month 13") << QByteArray("2020-13-01") << 0u;
        QTest::newRow("mixed separators") << QByteArray("2020-01/01") << 0u;
        QTest::newRow("number") << QByteArray("20200101") << 0u;
        QTest::newRow("text") << QByteArray("yesterday") << 0u;
    }
    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(unsigned, orders);
        QCOMPARE(TypeInference::dateOrders(std::string_view(text.constData(), size_t(text.size()))), orders);
    }

    void dateValues()
    {
        double d = 0;
        QVERIFY(TypeInference::parseDate("1970-01-01", TypeInference::DateOrder::Iso, &d));
        QCOMPARE(d, 0.0);
        QVERIFY(TypeInference::parseDate("2000-03-01", TypeInference::DateOrder::Iso, &d));
        QCOMPARE(d, 11017.0);
        QVERIFY(TypeInference::parseDate("01.03.2000", TypeInference::DateOrder::DayMonthYear, &d));
        QCOMPARE(d, 11017.0);
        QVERIFY(TypeInference::parseDate("1969-12-31", TypeInference::DateOrder::Iso, &d));
        QCOMPARE(d, -1.0);
        QVERIFY(!TypeInference::parseDate("01.03.2000", TypeInference::DateOrder::MonthDayYear, &d));
    }

    void missingTokens()
    {
        CsvOptions o;
        o.missingTokens = {QStringLiteral("NA"), QStringLiteral("-"), QStringLiteral("a very long missing marker that is longer than sixty-four bytes in total")};
        TypeInference::MissingTokens m(o);
        QVERIFY(m.isMissing(""));
        QVERIFY(m.isMissing("   "));
        QVERIFY(m.isMissing("\t"));
        QVERIFY(m.isMissing("NA"));
        QVERIFY(m.isMissing(" NA "));
        QVERIFY(m.isMissing("-"));
        QVERIFY(m.isMissing("a very long missing marker that is longer than sixty-four bytes in total"));
        QVERIFY(!m.isMissing("na"));
        QVERIFY(!m.isMissing("N/A"));
        QVERIFY(!m.isMissing("0"));
        o.whitespaceIsMissing = false;
        TypeInference::MissingTokens strict(o);
        QVERIFY(strict.isMissing(""));
        QVERIFY(!strict.isMissing(" "));
        QVERIFY(strict.isMissing(" NA"));
    }

    void rareText()
    {
        QVERIFY(TypeInference::isRareText(1, 100));
        QVERIFY(TypeInference::isRareText(10, 1000));
        QVERIFY(!TypeInference::isRareText(11, 1000));
        QVERIFY(TypeInference::isRareText(3, 30));
        QVERIFY(!TypeInference::isRareText(1, 5));
        QVERIFY(!TypeInference::isRareText(5, 5));
    }

    void codedLabelsBecomeTypes_data()
    {
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("type");
        QTest::newRow("numbers") << QStringList{"1.5", "2", "", "3"} << "numeric";
        QTest::newRow("zero one") << QStringList{"0", "1", "1"} << "boolean";
        QTest::newRow("only zeros") << QStringList{"0", "0"} << "numeric";
        QTest::newRow("yes no") << QStringList{"Yes", "No", "Yes"} << "boolean";
        QTest::newRow("only yes") << QStringList{"Yes", "Yes"} << "boolean";
        QTest::newRow("lone letter") << QStringList{"F", "F"} << "categorical";
        QTest::newRow("mixed pairs") << QStringList{"Yes", "False"} << "categorical";
        QTest::newRow("three labels") << QStringList{"Yes", "No", "Maybe"} << "categorical";
        QTest::newRow("dates") << QStringList{"2020-01-01", "2021-06-30"} << "date";
        QTest::newRow("all missing") << QStringList{"", ""} << "numeric";
    }
    void codedLabelsBecomeTypes()
    {
        QFETCH(QStringList, labels);
        QFETCH(QString, type);
        Dictionary d;
        std::vector<int32_t> codes;
        for (const QString &l : labels) {
            const QByteArray u = l.toUtf8();
            codes.push_back(l.isEmpty() ? -1 : d.insert(std::string_view(u.constData(), size_t(u.size()))));
        }
        TypeInference::Context context;
        context.columnName = QStringLiteral("c");
        QList<Issue> issues;
        const Column c = TypeInference::fromCodes(codes, d, context, &issues);
        QCOMPARE(machineName(c.type()), type);
        QCOMPARE(c.size(), labels.size());
    }

    void yesNoCodesFollowMeaning()
    {
        Dictionary d;
        std::vector<int32_t> codes{d.insert("yes"), d.insert("no"), -1};
        TypeInference::Context context;
        const Column c = TypeInference::fromCodes(codes, d, context, nullptr);
        QCOMPARE(c.code(0), 1);
        QCOMPARE(c.code(1), 0);
        QCOMPARE(c.code(2), -1);
        QCOMPARE(c.dictionary().level(0), QStringLiteral("no"));
        Dictionary only;
        std::vector<int32_t> yes{only.insert("YES")};
        const Column y = TypeInference::fromCodes(yes, only, context, nullptr);
        QCOMPARE(y.code(0), 1);
        QCOMPARE(y.dictionary().level(0), QStringLiteral("NO"));
    }

    void rareTextIssuesUseLines()
    {
        Dictionary d;
        std::vector<int32_t> codes;
        for (int i = 0; i < 200; ++i) {
            const std::string s = i == 50 ? "unknown" : std::to_string(i);
            codes.push_back(d.insert(s));
        }
        CsvLineMap lines;
        lines.append(0, 2);
        lines.append(40, 45); // a multi-line row before row 40
        TypeInference::Context context;
        context.columnName = QStringLiteral("calls");
        context.column = 3;
        context.lines = &lines;
        QList<Issue> issues;
        const Column c = TypeInference::fromCodes(codes, d, context, &issues);
        QCOMPARE(machineName(c.type()), QStringLiteral("numeric"));
        QVERIFY(c.isMissing(50));
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.front().line, 55);
        QCOMPARE(issues.front().column, 3);
        QVERIFY(issues.front().message.contains(QStringLiteral("unknown")));
    }

    void lineMap()
    {
        CsvLineMap m;
        QCOMPARE(m.line(5), 6);
        m.append(0, 2);
        m.append(1, 3);
        m.append(2, 6);
        m.append(3, 7);
        QCOMPARE(m.line(0), 2);
        QCOMPARE(m.line(1), 3);
        QCOMPARE(m.line(2), 6);
        QCOMPARE(m.line(10), 14);
        CsvLineMap shifted;
        shifted.appendShifted(m, 100, 1000);
        QCOMPARE(shifted.line(102), 1006);
    }

    void textDecoding()
    {
        QCOMPARE(TextDecoder::firstInvalidUtf8("plain ascii"), std::string_view::npos);
        QCOMPARE(TextDecoder::firstInvalidUtf8("K\xC3\xB6ln"), std::string_view::npos);
        QCOMPARE(TextDecoder::firstInvalidUtf8("K\xF6ln"), size_t(1));
        QCOMPARE(TextDecoder::firstInvalidUtf8("\xC0\x80"), size_t(0)); // overlong
        QCOMPARE(TextDecoder::firstInvalidUtf8("\xED\xA0\x80"), size_t(0)); // surrogate
        QCOMPARE(TextDecoder::firstInvalidUtf8("ab\xE2\x82", true), std::string_view::npos);
        QCOMPARE(TextDecoder::firstInvalidUtf8("ab\xE2\x82", false), size_t(2));
        std::string out;
        TextDecoder::latin1ToUtf8("K\xF6ln", out);
        QCOMPARE(out, std::string("K\xC3\xB6ln"));
        out.clear();
        TextDecoder::utf16ToUtf8(std::string_view("A\0\x3D\xD8\x00\xDE", 6), false, out); // A, U+1F600
        QCOMPARE(out, std::string("A\xF0\x9F\x98\x80"));
        QVERIFY(TextDecoder::looksBinary(std::string_view("ab\0cd", 5)));
        QVERIFY(!TextDecoder::looksBinary("a,b\r\n1,2\n"));
        QCOMPARE(TextDecoder::guessUtf16(std::string_view("a\0,\0b\0\n\0", 8)), TextEncoding::Utf16LE);
    }
};

QTEST_GUILESS_MAIN(TestTypeInference)
#include "tst_typeinference.moc"
