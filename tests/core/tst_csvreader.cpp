#include "common/progress.h"
#include "data/csvloader.h"
#include "data/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace churnlens;

namespace {
const QString Source = QStringLiteral("test.csv");

Result<LoadResult> load(const QByteArray &bytes, const CsvOptions &options = {}, size_t chunkBytes = 0)
{
    return CsvLoader::load(CsvSource::fromBytes(bytes), Source, options, nullptr, chunkBytes);
}

QString typeName(const Column &c) { return machineName(c.type()); }

// All issues as text, for messages when a check fails.
QString describe(const QList<Issue> &issues)
{
    QStringList lines;
    for (const Issue &i : issues)
        lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

const Issue *findIssue(const QList<Issue> &issues, qint64 line, int column, const QString &text)
{
    for (const Issue &i : issues)
        if (i.line == line && (column < 0 || i.column == column) && i.message.contains(text, Qt::CaseInsensitive))
            return &i;
    return nullptr;
}

QByteArray utf16(const QString &s, bool bigEndian)
{
    QByteArray out = bigEndian ? QByteArray("\xFE\xFF", 2) : QByteArray("\xFF\xFE", 2);
    for (QChar c : s) {
        const ushort u = c.unicode();
        const char hi = char(u >> 8), lo = char(u & 0xFF);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

// Cell-by-cell equality of two tables, with the first difference in the message.
bool sameTables(const DataTable &a, const DataTable &b, QString *why)
{
    if (a.rowCount() != b.rowCount() || a.columnCount() != b.columnCount()) {
        *why = QStringLiteral("shape %1x%2 vs %3x%4").arg(a.rowCount()).arg(a.columnCount()).arg(b.rowCount()).arg(b.columnCount());
        return false;
    }
    for (int j = 0; j < a.columnCount(); ++j) {
        const Column &x = a.column(j), &y = b.column(j);
        if (x.name() != y.name() || x.type() != y.type()) {
            *why = QStringLiteral("column %1 differs in name or type").arg(j);
            return false;
        }
        for (qsizetype r = 0; r < a.rowCount(); ++r) {
            const bool same = x.isCoded() ? x.code(r) == y.code(r) : (x.isMissing(r) ? y.isMissing(r) : x.value(r) == y.value(r));
            if (!same || x.text(r) != y.text(r)) {
                *why = QStringLiteral("column %1 row %2: %3 vs %4").arg(j).arg(r).arg(x.text(r), y.text(r));
                return false;
            }
        }
    }
    return true;
}

class CancelAfter : public Progress
{
public:
    explicit CancelAfter(double at) : m_at(at) {}
    void setProgress(double f) override
    {
        Progress::setProgress(f);
        if (f >= m_at)
            cancel();
    }

private:
    double m_at;
};

// Rewrites the file it is given the first time the load reports progress, i.e. while the
// rows are being parsed: what a shell's "cat other.csv > data.csv" does during a load.
class RewritingProgress final : public Progress
{
public:
    explicit RewritingProgress(QString path) : m_path(std::move(path)) {}
    void setProgress(double fraction) override
    {
        Progress::setProgress(fraction);
        if (fraction <= 0.0 || m_done)
            return;
        m_done = true;
        QFile f(m_path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) // truncates first, as the shell does
            f.write("other,columns\n1,2\n");
    }
    bool rewritten() const { return m_done; }

private:
    QString m_path;
    bool m_done = false;
};
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void telcoParsedExactly()
    {
        const auto r = CsvReader::read(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        const DataTable &t = r->table;
        QCOMPARE(t.rowCount(), 7043);
        QCOMPARE(t.columnCount(), 21);
        const Column &id = t.column(t.indexOf(QStringLiteral("customerID")));
        QCOMPARE(typeName(id), QStringLiteral("text"));
        QCOMPARE(id.distinctCount(), 7043);
        QCOMPARE(id.text(0), QStringLiteral("7590-VHVEG"));
        const Column &total = t.column(t.indexOf(QStringLiteral("TotalCharges")));
        QCOMPARE(typeName(total), QStringLiteral("numeric"));
        QCOMPARE(total.missingCount(), 11);
        QCOMPARE(total.value(0), 29.85);
        QCOMPARE(typeName(t.column(t.indexOf(QStringLiteral("SeniorCitizen")))), QStringLiteral("boolean"));
        const Column &tenure = t.column(t.indexOf(QStringLiteral("tenure")));
        QCOMPARE(typeName(tenure), QStringLiteral("numeric"));
        QVERIFY(tenure.isInteger());
        QCOMPARE(tenure.maximum(), 72.0);
        const Column &churn = t.column(t.indexOf(QStringLiteral("Churn")));
        QCOMPARE(typeName(churn), QStringLiteral("boolean"));
        QCOMPARE(churn.dictionary().level(0), QStringLiteral("No"));
        QCOMPARE(churn.dictionary().level(1), QStringLiteral("Yes"));
        qsizetype churned = 0;
        for (int32_t c : churn.codes())
            churned += c == 1;
        QCOMPARE(churned, 1869); // 26.54 %
        QCOMPARE(typeName(t.column(t.indexOf(QStringLiteral("Contract")))), QStringLiteral("categorical"));
        QCOMPARE(r->csvOptions.delimiter, ',');
        QCOMPARE(r->csvOptions.header, HeaderMode::Yes);
        QVERIFY2(r->issues.isEmpty(), qPrintable(describe(r->issues)));
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,x,2\n3,y,4\n") << ',';
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1;x,z;2\n3;y;4\n") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\tx, y\t2\n3\ty\t4\n") << '\t';
        QTest::newRow("pipe") << QByteArray("a|b|c\n1|x|2\n3|y|4\n") << '|';
        QTest::newRow("quoted commas") << QByteArray("a;b;c\n\"1,2\";x;2\n\"3,4\";y;4\n") << ';';
    }
    void delimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(char, delimiter);
        const auto r = load(bytes);
        QVERIFY(r.has_value());
        QCOMPARE(r->csvOptions.delimiter, delimiter);
        QCOMPARE(r->table.columnCount(), 3);
        QCOMPARE(r->table.rowCount(), 2);
        QCOMPARE(r->table.columnNames(), (QStringList{"a", "b", "c"}));
    }

    void headerSniffing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("header");
        QTest::addColumn<int>("rows");
        QTest::newRow("names over numbers") << QByteArray("id,amount\n1,2.5\n2,3.5\n") << true << 2;
        QTest::newRow("numbers first") << QByteArray("1,2.5\n2,3.5\n") << false << 2;
        QTest::newRow("labels repeat") << QByteArray("Yes,Male\nNo,Female\nYes,Male\n") << false << 3;
        QTest::newRow("names over labels") << QByteArray("churn,gender\nNo,Female\nYes,Male\nNo,Male\n") << true << 3;
        QTest::newRow("date first") << QByteArray("2020-01-01,a\n2020-01-02,b\n") << false << 2;
    }
    void headerSniffing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, header);
        QFETCH(int, rows);
        const auto r = load(bytes);
        QVERIFY(r.has_value());
        QCOMPARE(r->csvOptions.header == HeaderMode::Yes, header);
        QCOMPARE(r->table.rowCount(), rows);
        if (!header)
            QCOMPARE(r->table.column(0).name(), QStringLiteral("Column 1"));
    }

    void headerForcedOff()
    {
        CsvOptions o;
        o.header = HeaderMode::No;
        const auto r = load("name,amount\nx,1\n", o);
        QVERIFY(r.has_value());
        QCOMPARE(r->table.rowCount(), 2);
        QCOMPARE(typeName(r->table.column(1)), QStringLiteral("categorical"));
    }

    void decimalComma()
    {
        const auto r = load("kunde;umsatz;anzahl\nA;1,5;3\nB;2,25;4\nC;;5\n");
        QVERIFY(r.has_value());
        QCOMPARE(r->csvOptions.delimiter, ';');
        QCOMPARE(r->csvOptions.decimal, ',');
        const Column &c = r->table.column(1);
        QCOMPARE(typeName(c), QStringLiteral("numeric"));
        QCOMPARE(c.value(0), 1.5);
        QCOMPARE(c.value(1), 2.25);
        QVERIFY(c.isMissing(2));
    }

    void semicolonWithDecimalPoint()
    {
        const auto r = load("a;b\nx;1.5\ny;2.5\n");
        QVERIFY(r.has_value());
        QCOMPARE(r->csvOptions.decimal, '.');
        QCOMPARE(r->table.column(1).value(1), 2.5);
    }

    void quoting()
    {
        const QByteArray bytes = "name,note,amount\n"
                                 "\"Smith, J\",\"said \"\"hi\"\"\",1\n"
                                 "\"Lee\",\"two\nlines\",2\n"
                                 "Kim,\"\",3\n";
        const auto r = load(bytes);
        QVERIFY(r.has_value());
        const DataTable &t = r->table;
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(t.column(0).text(0), QStringLiteral("Smith, J"));
        QCOMPARE(t.column(1).text(0), QStringLiteral("said \"hi\""));
        QCOMPARE(t.column(1).text(1), QStringLiteral("two\nlines"));
        QVERIFY(t.column(1).isMissing(2));
        QCOMPARE(t.column(2).value(2), 3.0);
    }

    void lineEndings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("ending");
        QTest::newRow("LF") << QByteArray("a,b\n1,x\n2,y\n") << "LF";
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,x\r\n2,y\r\n") << "CRLF";
        QTest::newRow("CR") << QByteArray("a,b\r1,x\r2,y\r") << "CR";
        QTest::newRow("no final break") << QByteArray("a,b\n1,x\n2,y") << "LF";
        QTest::newRow("CRLF no final break") << QByteArray("a,b\r\n1,x\r\n2,y") << "CRLF";
        QTest::newRow("blank lines") << QByteArray("a,b\n\n1,x\n\n2,y\n\n\n") << "LF";
    }
    void lineEndings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, ending);
        const auto r = load(bytes);
        QVERIFY(r.has_value());
        QCOMPARE(r->table.rowCount(), 2);
        QCOMPARE(r->table.column(0).value(1), 2.0);
        QCOMPARE(r->table.column(1).text(1), QStringLiteral("y"));
        QVERIFY2(r->issues.isEmpty(), qPrintable(describe(r->issues)));
        Result<CsvPreview> p = std::unexpected(Error());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("le.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        p = CsvReader::preview(path);
        QVERIFY(p.has_value());
        QCOMPARE(p->lineEnding, ending);
        QCOMPARE(p->rows.size(), 2);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("bom");
        const QString text = QStringLiteral("Kunde,Stadt\n1,Köln\n2,Zürich €\n");
        QTest::newRow("utf8") << text.toUtf8() << false;
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << true;
        QTest::newRow("utf16le bom") << utf16(text, false) << true;
        QTest::newRow("utf16be bom") << utf16(text, true) << true;
        QByteArray latin1 = QStringLiteral("Kunde,Stadt\n1,Köln\n2,Zürich €\n").toLatin1();
        latin1.replace('?', "\xA4"); // no euro sign in Latin-1: use the currency sign
        QTest::newRow("latin1") << latin1 << false;
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, bom);
        const auto r = load(bytes);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->hadBom, bom);
        QCOMPARE(r->table.columnNames(), (QStringList{"Kunde", "Stadt"}));
        QCOMPARE(r->table.column(1).text(0), QStringLiteral("Köln"));
        QVERIFY(r->table.column(1).text(1).startsWith(QStringLiteral("Zürich ")));
    }

    void latin1FarIntoTheFile()
    {
        // The first 64 KiB are ASCII; a Latin-1 byte comes later and makes the whole file Latin-1.
        QByteArray bytes = "name,n\n";
        for (int i = 0; i < 20000; ++i)
            bytes += "plain," + QByteArray::number(i) + "\n";
        bytes += "caf\xE9,1\n";
        const auto r = load(bytes, {}, 16 * 1024);
        QVERIFY(r.has_value());
        QCOMPARE(r->csvOptions.encoding, TextEncoding::Latin1);
        QCOMPARE(r->table.column(0).text(20000), QStringLiteral("café"));
    }

    void explicitUtf8WithInvalidBytes()
    {
        CsvOptions o;
        o.encoding = TextEncoding::Utf8;
        const auto r = load("name,n\nplain,1\ncaf\xE9,2\n", o);
        QVERIFY(r.has_value());
        QCOMPARE(r->csvOptions.encoding, TextEncoding::Utf8);
        QCOMPARE(r->table.rowCount(), 2);
        QVERIFY2(findIssue(r->issues, 3, -1, QStringLiteral("not valid UTF-8")), qPrintable(describe(r->issues)));
    }

    void missingTokens()
    {
        const QByteArray bytes = "a,b\n1,x\n ,NA\nN/A,null\n?,\n5,-\n";
        CsvOptions o;
        o.missingTokens << QStringLiteral("-");
        const auto r = load(bytes, o);
        QVERIFY(r.has_value());
        const Column &a = r->table.column(0);
        QCOMPARE(typeName(a), QStringLiteral("numeric"));
        QCOMPARE(a.missingCount(), 3);
        const Column &b = r->table.column(1);
        QCOMPARE(b.missingCount(), 4);
        QVERIFY2(r->issues.isEmpty(), qPrintable(describe(r->issues)));
    }

    void raggedRows()
    {
        const QByteArray bytes = "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n";
        const auto r = load(bytes);
        QVERIFY(r.has_value());
        const DataTable &t = r->table;
        QCOMPARE(t.rowCount(), 3); // the row with too many fields is skipped
        QVERIFY(t.column(2).isMissing(1));
        QCOMPARE(t.column(0).value(2), 10.0);
        const Issue *few = findIssue(r->issues, 3, 3, QStringLiteral("left empty"));
        QVERIFY2(few, qPrintable(describe(r->issues)));
        const Issue *many = findIssue(r->issues, 4, 4, QStringLiteral("skipped"));
        QVERIFY2(many, qPrintable(describe(r->issues)));
    }

    void manyRaggedRowsAreSummarised()
    {
        QByteArray bytes = "a,b\n";
        for (int i = 0; i < 30; ++i)
            bytes += "1\n2,3\n";
        const auto r = load(bytes);
        QVERIFY(r.has_value());
        QCOMPARE(r->table.rowCount(), 60);
        int perRow = 0;
        bool summary = false;
        for (const Issue &i : r->issues) {
            perRow += i.line > 0 ? 1 : 0;
            summary = summary || i.message.contains(QStringLiteral("30 rows had too few"));
        }
        QCOMPARE(perRow, 20);
        QVERIFY2(summary, qPrintable(describe(r->issues)));
    }

    void trailingDelimiters()
    {
        const auto r = load("a,b\n1,2,\n3,4,\n");
        QVERIFY(r.has_value());
        QCOMPARE(r->table.rowCount(), 2);
        QCOMPARE(r->table.columnCount(), 2);
        QCOMPARE(r->issues.size(), 1);
        QCOMPARE(r->issues[0].severity, Issue::Severity::Info);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << qint64(0) << 0 << "empty";
        QTest::newRow("only blanks") << QByteArray(" \r\n\n  \n") << qint64(0) << 0 << "empty";
        QTest::newRow("header only") << QByteArray("a,b,c\n") << qint64(2) << 0 << "no data rows";
        QTest::newRow("header only, no break") << QByteArray("name,city") << qint64(1) << 0 << "no data rows";
        static const char zip[] = "PK\x03\x04\x00\x00\x08\x00garbage\x00\x01\x02";
        QTest::newRow("binary") << QByteArray(zip, sizeof zip - 1) << qint64(0) << 0 << "does not look like text";
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,x\n2,\"open\n3,y\n4,z\n") << qint64(3) << 2
                                            << "never closed";
        QTest::newRow("unterminated quote in the last line") << QByteArray("a,b\n1,x\n2,\"y") << qint64(3) << 2
                                                             << "never closed";
        QTest::newRow("unterminated quote in the first field") << QByteArray("a,b\n1,x\n\"2,y\n3,z\n") << qint64(3) << 1
                                                               << "never closed";
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        for (size_t chunk : {size_t(0), size_t(4)}) {
            const auto r = load(bytes, {}, chunk);
            QVERIFY(!r.has_value());
            QCOMPARE(r.error().code, ErrorCode::BadInput);
            QVERIFY2(r.error().message.contains(message, Qt::CaseInsensitive), qPrintable(r.error().toString()));
            QCOMPARE(r.error().line, line);
            QCOMPARE(r.error().column, column);
            QCOMPARE(r.error().file, Source);
        }
    }

    void columnNames()
    {
        const auto r = load("id,,amount,id,ID\n1,2,3,4,5\n");
        QVERIFY(r.has_value());
        QCOMPARE(r->table.columnNames(), (QStringList{"id", "Column 2", "amount", "id (2)", "ID (3)"}));
        QCOMPARE(r->issues.size(), 3);
        for (const Issue &i : r->issues)
            QCOMPARE(i.line, 1);
    }

    void rowsWiderThanTheHeader()
    {
        const auto r = load("id,amount\n1,2.5,x\n2,3.5,y\n3,4.5,z\n");
        QVERIFY(r.has_value());
        QCOMPARE(r->table.columnNames(), (QStringList{"id", "amount", "Column 3"}));
        QCOMPARE(r->table.rowCount(), 3);
        QCOMPARE(r->table.column(2).text(2), QStringLiteral("z"));
        QVERIFY2(findIssue(r->issues, 1, 3, QStringLiteral("no name")), qPrintable(describe(r->issues)));
    }

    void hugeField()
    {
        const QByteArray big(10 * 1024 * 1024, 'x');
        const QByteArray bytes = "id,note\n1,\"" + big + "\"\n2,short\n3," + big + "\n";
        const auto r = load(bytes);
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->table.rowCount(), 3);
        QCOMPARE(r->table.column(1).dictionary().view(r->table.column(1).code(0)).size(), size_t(big.size()));
        CsvOptions small;
        small.maxFieldBytes = 1024 * 1024;
        const auto e = load(bytes, small);
        QVERIFY(!e.has_value());
        QCOMPARE(e.error().line, 2);
        QVERIFY2(e.error().message.contains(QStringLiteral("longer than")), qPrintable(e.error().toString()));
    }

    void rareTextInNumbers()
    {
        QByteArray bytes = "id,calls\n";
        for (int i = 1; i <= 300; ++i)
            bytes += QByteArray::number(i) + "," + (i == 120 ? QByteArray("twelve") : QByteArray::number(i % 7)) + "\n";
        const auto r = load(bytes);
        QVERIFY(r.has_value());
        const Column &c = r->table.column(1);
        QCOMPARE(typeName(c), QStringLiteral("numeric"));
        QVERIFY(c.isMissing(119));
        QCOMPARE(c.missingCount(), 1);
        const Issue *i = findIssue(r->issues, 121, 2, QStringLiteral("twelve"));
        QVERIFY2(i, qPrintable(describe(r->issues)));
        QCOMPARE(i->columnName, QStringLiteral("calls"));
        QVERIFY(findIssue(r->issues, 121, 2, QStringLiteral("1 value")));
    }

    void commonTextMakesCategories()
    {
        QByteArray bytes = "id,plan\n";
        for (int i = 1; i <= 3000; ++i)
            bytes += QByteArray::number(i) + "," + (i > 2000 && i % 3 == 0 ? QByteArray("basic") : QByteArray::number(i % 5)) + "\n";
        for (size_t chunk : {size_t(0), size_t(2048)}) {
            const auto r = load(bytes, {}, chunk);
            QVERIFY(r.has_value());
            const Column &c = r->table.column(1);
            QCOMPARE(typeName(c), QStringLiteral("categorical"));
            QCOMPARE(c.text(2999), QStringLiteral("basic"));
            QCOMPARE(c.text(0), QStringLiteral("1"));
            QCOMPARE(c.missingCount(), 0);
        }
    }

    void lineNumbersCountBreaksInsideQuotes()
    {
        const QByteArray bytes = "note,amount\n\"a\nb\nc\",1\nx,2\ny,oops\nz,4\nw,5\nv,6\nu,7\nt,8\ns,9\nr,10\nq,11\n";
        const auto r = load(bytes);
        QVERIFY(r.has_value());
        QVERIFY2(findIssue(r->issues, 6, 2, QStringLiteral("oops")), qPrintable(describe(r->issues)));
    }

    void typesInferred()
    {
        QByteArray bytes = "iso,de,us,ambiguous,flag,tf,yn,level\n";
        for (int i = 1; i <= 28; ++i) {
            const QByteArray d = QByteArray::number(i).rightJustified(2, '0');
            bytes += "2023-02-" + d + "," + d + ".02.2023,02/" + d + "/2023,0" + QByteArray::number(i % 9 + 1) + "/01/2023,"
                + QByteArray::number(i % 2) + "," + (i % 2 ? "True" : "False") + "," + (i % 3 ? "Y" : "N") + ","
                + (i % 3 ? "low" : "high") + "\n";
        }
        const auto r = load(bytes);
        QVERIFY(r.has_value());
        const DataTable &t = r->table;
        QCOMPARE(typeName(t.column(0)), QStringLiteral("date"));
        QCOMPARE(t.column(0).text(0), QStringLiteral("2023-02-01"));
        QCOMPARE(t.column(0).value(0), 19389.0); // days since 1970-01-01
        QCOMPARE(typeName(t.column(1)), QStringLiteral("date"));
        QCOMPARE(t.column(1).text(27), QStringLiteral("2023-02-28"));
        QCOMPARE(typeName(t.column(2)), QStringLiteral("date"));
        QCOMPARE(t.column(2).text(27), QStringLiteral("2023-02-28"));
        QCOMPARE(typeName(t.column(3)), QStringLiteral("categorical"));
        QCOMPARE(typeName(t.column(4)), QStringLiteral("boolean"));
        QCOMPARE(t.column(4).code(0), 1);
        QCOMPARE(typeName(t.column(5)), QStringLiteral("boolean"));
        QCOMPARE(t.column(5).dictionary().level(0), QStringLiteral("False"));
        QCOMPARE(t.column(5).code(0), 1);
        QCOMPARE(typeName(t.column(6)), QStringLiteral("boolean"));
        QCOMPARE(t.column(6).dictionary().level(1), QStringLiteral("Y"));
        QCOMPARE(typeName(t.column(7)), QStringLiteral("categorical"));
        QVERIFY(findIssue(r->issues, 0, 4, QStringLiteral("day and month")));
    }

    void oneAndTwoThreadsAgree_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray quoted = "id,note,amount,flag\n";
        QByteArray stray = "id,note,more,amount\n";
        QByteArray cr = "id,note,amount\r";
        for (int i = 0; i < 3000; ++i) {
            const QByteArray n = QByteArray::number(i);
            quoted += n + ",\"line one\nline, two " + n + "\n\"\"three\"\"\"," + QByteArray::number(i * 0.25) + ","
                + (i % 3 ? "Yes" : "No") + "\r\n";
            // A literal quote in an unquoted field, then a line break in quotes: quote parity misleads the split.
            stray += n + ",5\" screen " + n + ",\"multi\nline\"," + QByteArray::number(i % 17) + "\n";
            cr += n + ",\"a\rb\"," + (i == 1500 ? QByteArray("n/a") : QByteArray::number(i)) + "\r";
        }
        QTest::newRow("quoted newlines") << quoted;
        QTest::newRow("stray quotes") << stray;
        QTest::newRow("CR only") << cr;
    }
    void oneAndTwoThreadsAgree()
    {
        QFETCH(QByteArray, bytes);
        CsvOptions one, two;
        one.threads = 1;
        two.threads = 2;
        const auto a = load(bytes, one, 4096);
        QVERIFY2(a.has_value(), qPrintable(a ? QString() : a.error().toString()));
        QCOMPARE(a->table.rowCount(), 3000);
        for (size_t chunk : {size_t(0), size_t(1000), size_t(4096), size_t(7777)}) {
            const auto b = load(bytes, two, chunk);
            QVERIFY(b.has_value());
            QString why;
            QVERIFY2(sameTables(a->table, b->table, &why), qPrintable(why));
            QCOMPARE(describe(a->issues), describe(b->issues));
        }
    }

    void cancel()
    {
        QByteArray bytes = "a,b\n";
        for (int i = 0; i < 200000; ++i)
            bytes += QByteArray::number(i) + ",x\n";
        CancelAfter progress(0.2);
        const auto r = CsvLoader::load(CsvSource::fromBytes(bytes), Source, {}, &progress, 64 * 1024);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::Canceled);
    }

    void progressReachesOne()
    {
        QByteArray bytes = "a,b\n";
        for (int i = 0; i < 50000; ++i)
            bytes += QByteArray::number(i) + ",x\n";
        Progress progress;
        double last = 0;
        bool monotonic = true;
        progress.setCallback([&](double f, const QString &) {
            monotonic = monotonic && f >= last;
            last = f;
        });
        const auto r = CsvLoader::load(CsvSource::fromBytes(bytes), Source, {}, &progress, 16 * 1024);
        QVERIFY(r.has_value());
        QVERIFY(monotonic);
        QCOMPARE(last, 1.0);
    }

    void readFromFileAndPreview()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFname;score\r\nAnna;1,5\r\nBen;2,5\r\n");
        f.close();
        const auto p = CsvReader::preview(path, {}, 1);
        QVERIFY(p.has_value());
        QCOMPARE(p->options.delimiter, ';');
        QCOMPARE(p->options.decimal, ',');
        QVERIFY(p->hadBom);
        QCOMPARE(p->lineEnding, QStringLiteral("CRLF"));
        QCOMPARE(p->header, (QStringList{"name", "score"}));
        QCOMPARE(p->rows.size(), 1);
        QCOMPARE(p->rows[0], (QStringList{"Anna", "1,5"}));
        const auto r = CsvReader::read(path);
        QVERIFY(r.has_value());
        QCOMPARE(r->table.column(1).value(1), 2.5);
        QCOMPARE(r->table.sourceName(), path);
        const auto missing = CsvReader::read(dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, ErrorCode::Io);
    }
    void fileRewrittenWhileLoading()
    {
        // Used to be memory-mapped: truncating the file under the parser killed the process
        // with SIGBUS. Now the load either sees one consistent version of the file or says so.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("changing.csv"));
        QByteArray bytes = "id,tenure,charges,Churn\n";
        const int rows = 60000;
        for (int i = 0; i < rows; ++i)
            bytes += QByteArray::number(i) + ',' + QByteArray::number(i % 72) + ',' + QByteArray::number(20 + i % 97) + ".5,"
                     + (i % 4 ? "No" : "Yes") + '\n';
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        CsvOptions options;
        options.threads = 2;
        RewritingProgress progress(path);
        const auto r = CsvReader::read(path, options, &progress);
        QVERIFY(progress.rewritten()); // the file really changed during the load
        if (r) {
            QCOMPARE(r->table.rowCount(), qsizetype(rows));
            QCOMPARE(r->table.columnCount(), 4);
            QCOMPARE(r->table.column(1).value(rows - 1), double((rows - 1) % 72));
        } else {
            QCOMPARE(r.error().code, ErrorCode::Io);
            QVERIFY2(r.error().message.contains(QStringLiteral("changed")), qPrintable(r.error().toString()));
        }
    }
    // One bad byte used to turn the whole file into Latin-1 (Müller → MÃ¼ller).
    void mostlyUtf8StaysUtf8()
    {
        QByteArray bytes = "id,name,Churn\n1,M\xC3\xBCller,Yes\n2,J\xC3\xBCrgen,No\n";
        for (int i = 3; i < 3000; ++i)
            bytes += QByteArray::number(i) + ",Gro\xC3\x9F" + QByteArray::number(i) + (i % 3 ? ",No\n" : ",Yes\n");
        bytes += "3000,Bad\xFC" "Byte,No\n3001,Stra\xC3\x9F" "e,Yes\n";
        const auto r = load(bytes, {}, 4096);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->csvOptions.encoding, TextEncoding::Utf8);
        const Column &name = r->table.column(1);
        QCOMPARE(name.text(0), QStringLiteral("Müller"));
        QCOMPARE(name.text(3000), QStringLiteral("Straße"));
        QCOMPARE(name.text(2999), QStringLiteral("Bad\uFFFDByte"));
        QVERIFY2(findIssue(r->issues, 3001, 2, QStringLiteral("UTF-8")), qPrintable(describe(r->issues)));
        QCOMPARE(r->table.column(2).distinctCount(), 2); // the churn column keeps two classes
    }

    void latin1FileStaysLatin1()
    {
        const auto r = load("id,name,Churn\n1,M\xFCller,Yes\n2,J\xFCrgen,No\n3,Gro\xDF,No\n");
        QVERIFY(r);
        QCOMPARE(r->csvOptions.encoding, TextEncoding::Latin1);
        QCOMPARE(r->table.column(1).text(0), QStringLiteral("Müller"));
        QCOMPARE(r->table.column(1).text(2), QStringLiteral("Groß"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
