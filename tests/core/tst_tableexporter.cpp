#include "common/progress.h"
#include "data/datatable.h"
#include "export/spreadsheetsafety.h"
#include "export/tableexporter.h"
#include "xlsxread.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>
#include <limits>
#include <sys/resource.h>

using namespace churnlens;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

// A table of two columns over \a rows rows: "id" text (from \a texts, cycling) and "value" numbers.
ExportTable twoColumns(const QStringList &texts, const std::vector<double> &numbers, qsizetype rows, int decimals = -1)
{
    ExportTable t;
    t.columns.push_back(ExportColumn::texts(QStringLiteral("id"), [texts](qsizetype r) { return texts[r % texts.size()]; }));
    t.columns.push_back(ExportColumn::numbers(QStringLiteral("value"),
                                              [numbers](qsizetype r) { return numbers[size_t(r) % numbers.size()]; },
                                              decimals));
    for (qsizetype r = 0; r < rows; ++r)
        t.rows.push_back(r);
    return t;
}

// A minimal RFC 4180 reader: enough to check what a spreadsheet would see in each field.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString s = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < s.size() && s.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < s.size() && s.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

struct Cell
{
    QString type; // "n" (number), "s" shared, "inlineStr", "str"
    QString text; // the number's text or the string
};

// OOXML writes control characters as _xHHHH_; Excel shows them decoded.
QString decodeOoxml(QString text)
{
    static const QRegularExpression escaped(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QRegularExpressionMatch m;
    qsizetype from = 0;
    while ((m = escaped.match(text, from)).hasMatch()) {
        const QChar c(char16_t(m.captured(1).toUShort(nullptr, 16)));
        text.replace(m.capturedStart(), m.capturedLength(), c);
        from = m.capturedStart() + 1;
    }
    return text;
}

// The cells of the first sheet by reference ("A1"), strings resolved.
QMap<QString, Cell> readSheet(const QString &xlsx, bool *wellFormed)
{
    const QStringList shared = xlsxtest::sharedStrings(xlsx);
    QMap<QString, Cell> cells;
    QXmlStreamReader x(xlsxtest::unzipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString ref;
    Cell cell;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == u"c") {
            ref = x.attributes().value(QStringLiteral("r")).toString();
            cell = Cell{x.attributes().hasAttribute(QStringLiteral("t")) ? x.attributes().value(QStringLiteral("t")).toString() : QStringLiteral("n"), {}};
        } else if (x.isStartElement() && (x.name() == u"v" || x.name() == u"t")) {
            cell.text += x.readElementText();
        } else if (x.isEndElement() && x.name() == u"c") {
            if (cell.type == u"s")
                cell.text = shared.value(cell.text.toInt());
            cell.text = decodeOoxml(cell.text);
            cells.insert(ref, cell);
        }
    }
    *wellFormed = !x.hasError();
    return cells;
}

// Cancels once the export passes \a at.
class CancelAt final : public Progress
{
public:
    explicit CancelAt(double at) : m_at(at) {}
    void setProgress(double fraction) override
    {
        Progress::setProgress(fraction);
        if (fraction >= m_at)
            cancel();
    }

private:
    double m_at;
};

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTableExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty(),
                 "the Excel checks read the file back with unzip: run scripts/install-deps.sh");
    }

    void dangerousPrefixes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("dangerous");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")") << true;
        QTest::newRow("+") << QStringLiteral("+1+1") << true;
        QTest::newRow("-") << QStringLiteral("-1+1") << true;
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << true;
        QTest::newRow("tab") << QStringLiteral("\t=1") << true;
        QTest::newRow("cr") << QStringLiteral("\r=1") << true;
        QTest::newRow("plain") << QStringLiteral("7590-VHVEG") << false;
        QTest::newRow("inner =") << QStringLiteral("a=b") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("quote already") << QStringLiteral("'=1") << false;
        // Issue 11: only the first character was checked.
        QTest::newRow("space =") << QStringLiteral(" =1+1") << true;
        QTest::newRow("spaces @") << QStringLiteral("   @SUM(A1)") << true;
        QTest::newRow("no-break space +") << QStringLiteral("\u00A0+1") << true;
        QTest::newRow("double quote =") << QStringLiteral("\"=HYPERLINK(1)") << true;
        QTest::newRow("quote space -") << QStringLiteral("\" -2+3") << true;
        QTest::newRow("full-width =") << QStringLiteral("\uFF1D1+1") << true;
        QTest::newRow("full-width = then =") << QStringLiteral("\uFF1D=1+1") << true;
        QTest::newRow("full-width + - @") << QStringLiteral("\uFF0B1") << true;
        QTest::newRow("full-width @") << QStringLiteral("\uFF20SUM(A1)") << true;
        QTest::newRow("line feed") << QStringLiteral("\n=1") << true;
        QTest::newRow("space text") << QStringLiteral(" Müller") << false;
        QTest::newRow("quoted text") << QStringLiteral("\"Acme\"") << false;
    }
    void dangerousPrefixes()
    {
        QFETCH(QString, text);
        QFETCH(bool, dangerous);
        QCOMPARE(SpreadsheetSafety::isDangerous(text), dangerous);
        QCOMPARE(SpreadsheetSafety::neutralise(text), dangerous ? QLatin1Char('\'') + text : text);
    }

    void csvNeutralisesTextKeepsNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        const QStringList texts{QStringLiteral("=1+1"), QStringLiteral("+1"), QStringLiteral("-1+1"), QStringLiteral("@A1"),
                                QStringLiteral("\tx"), QStringLiteral("\rx"), QStringLiteral("safe, \"quoted\"\nline")};
        const std::vector<double> numbers{-1.5, 2.0, NaN, 0.1, -0.0, 1e-7, 123456789.125};
        const auto written = TableExporter::write(twoColumns(texts, numbers, 7), path);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(*written, 7);
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("id"), QStringLiteral("value")}));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(rows[i + 1][0], QLatin1Char('\'') + texts[i]);
        QCOMPARE(rows[7][0], texts[6]);
        // Numbers: shortest exact text, never prefixed; NaN is an empty cell.
        const QStringList expected{QStringLiteral("-1.5"), QStringLiteral("2"), QString(), QStringLiteral("0.1"),
                                   QStringLiteral("0"), QStringLiteral("1e-07"), QStringLiteral("123456789.125")};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(rows[i + 1][1], expected[i]);
    }

    void csvFixedDecimalsAndBom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        ExportOptions options;
        options.utf8Bom = true;
        options.delimiter = ';';
        const auto written = TableExporter::write(twoColumns({QStringLiteral("Zoë")}, {0.123456, -0.00001}, 2, 4), path, options);
        QVERIFY(written);
        QCOMPARE(readFile(path), QByteArray("\xEF\xBB\xBFid;value\r\nZo\xC3\xAB;0.1235\r\nZo\xC3\xAB;0.0000\r\n"));
    }

    void xlsxNeutralisesTextKeepsNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.xlsx"));
        const QStringList texts{QStringLiteral("=1+1"), QStringLiteral("+1"), QStringLiteral("-1+1"), QStringLiteral("@A1"),
                                QStringLiteral("\tx"), QStringLiteral("\rx"), QStringLiteral("plain \x01 control")};
        const std::vector<double> numbers{-1.5, 2.0, NaN, 0.1, -3.0, 1e-7, 123456789.125};
        Progress progress;
        const auto written = TableExporter::write(twoColumns(texts, numbers, 7, 3), path, {}, &progress);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(progress.fraction(), 1.0);
        QStringList expectedFiles{QStringLiteral("list.xlsx")};
        QCOMPARE(filesIn(dir.path()), expectedFiles);

        bool wellFormed = false;
        const QMap<QString, Cell> cells = readSheet(path, &wellFormed);
        QVERIFY(wellFormed);
        QCOMPARE(cells.value(QStringLiteral("A1")).text, QStringLiteral("id"));
        for (int i = 0; i < 6; ++i) {
            const Cell c = cells.value(QStringLiteral("A%1").arg(i + 2));
            QVERIFY2(c.type != u"n", qPrintable(c.type));
            QCOMPARE(c.text, QLatin1Char('\'') + texts[i]);
        }
        QVERIFY(!cells.value(QStringLiteral("A8")).text.startsWith(u'\''));
        // Numbers are numeric cells with their exact value; the NaN cell is absent.
        QCOMPARE(cells.value(QStringLiteral("B2")).type, QStringLiteral("n"));
        QCOMPARE(cells.value(QStringLiteral("B2")).text.toDouble(), -1.5);
        QCOMPARE(cells.value(QStringLiteral("B6")).text.toDouble(), -3.0);
        QCOMPARE(cells.value(QStringLiteral("B8")).text.toDouble(), 123456789.125);
        QVERIFY(!cells.contains(QStringLiteral("B4")));
        QProcess test;
        test.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
        QVERIFY(test.waitForFinished(60000));
        QCOMPARE(test.exitCode(), 0);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("existing");
        QTest::newRow("csv, new") << QStringLiteral("out.csv") << false;
        QTest::newRow("csv, replacing") << QStringLiteral("out.csv") << true;
        QTest::newRow("xlsx, new") << QStringLiteral("out.xlsx") << false;
        QTest::newRow("xlsx, replacing") << QStringLiteral("out.xlsx") << true;
    }
    void cancelLeavesNothing()
    {
        QFETCH(QString, name);
        QFETCH(bool, existing);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (existing)
            writeFile(path, "OLD CONTENT");
        CancelAt progress(0.3);
        const auto written = TableExporter::write(twoColumns({QStringLiteral("a")}, {1.0}, 100000), path, {}, &progress);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Canceled);
        QVERIFY(progress.fraction() < 0.5); // it stopped soon after the cancel, not at the end
        if (existing) {
            QCOMPARE(readFile(path), QByteArray("OLD CONTENT"));
            QCOMPARE(filesIn(dir.path()), QStringList{name});
        } else {
            QVERIFY(filesIn(dir.path()).isEmpty());
        }
    }

    void diskFullLeavesNothing_data()
    {
        cancelLeavesNothing_data();
    }
    void diskFullLeavesNothing()
    {
        // A file size limit makes writes fail part-way, as a full disk does.
        QFETCH(QString, name);
        QFETCH(bool, existing);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        if (existing)
            writeFile(path, "OLD CONTENT");
        // Distinct ids and values, so that even the compressed Excel file is well past the limit.
        ExportTable table;
        table.columns.push_back(ExportColumn::texts(QStringLiteral("id"), [](qsizetype r) {
            return QString::number(quint64(r) * 0x9E3779B97F4A7C15ull, 36);
        }));
        table.columns.push_back(ExportColumn::numbers(QStringLiteral("p"), [](qsizetype r) { return double(r) / 7.0; }));
        for (qsizetype r = 0; r < 200000; ++r)
            table.rows.push_back(r);

        struct rlimit old;
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        auto previous = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = old;
        limited.rlim_cur = 256 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const auto written = TableExporter::write(table, path);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);

        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Io);
        QVERIFY(!written.error().message.isEmpty());
        if (existing) {
            QCOMPARE(readFile(path), QByteArray("OLD CONTENT"));
            QCOMPARE(filesIn(dir.path()), QStringList{name});
        } else {
            QVERIFY(filesIn(dir.path()).isEmpty());
        }
        // The same export without the limit succeeds: the failure came from the limit.
        QVERIFY(TableExporter::write(table, path));
        QVERIFY(QFileInfo(path).size() > 256 * 1024);
    }

    void replacesAnExistingFileWhenDone()
    {
        QTemporaryDir dir;
        for (const QString &name : {QStringLiteral("a.csv"), QStringLiteral("a.xlsx")}) {
            const QString path = dir.filePath(name);
            writeFile(path, "OLD");
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
            QVERIFY(TableExporter::write(twoColumns({QStringLiteral("x")}, {1.0}, 10), path));
            QVERIFY(readFile(path) != QByteArray("OLD"));
            QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOwner),
                     QFile::ReadGroup | QFile::WriteOwner);
        }
        QCOMPARE(filesIn(dir.path()).size(), 2);
    }

    void badTargets()
    {
        QTemporaryDir dir;
        const ExportTable table = twoColumns({QStringLiteral("x")}, {1.0}, 3);
        auto r = TableExporter::write(table, dir.path());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Io);
        for (const QString &name : {QStringLiteral("missing/out.csv"), QStringLiteral("missing/out.xlsx")}) {
            r = TableExporter::write(table, dir.filePath(name));
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::Io);
        }
        QVERIFY(!TableExporter::write(ExportTable(), dir.filePath(QStringLiteral("x.csv"))));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    // Excel is for people, CSV for programs: labels, formats, screen texts and units and the notes
    // sheet go to Excel only; widths follow the content within bounds.
    void excelFormsAndNotes()
    {
        QTemporaryDir dir;
        const std::vector<double> p{0.734, 0.25};
        const QStringList risk{QStringLiteral("high"), QStringLiteral("low")};
        const QString longText(200, u'x');
        ExportTable table;
        ExportColumn probability = ExportColumn::numbers(QStringLiteral("p"), [&](qsizetype r) { return p[size_t(r)]; }, 4);
        probability.label = QStringLiteral("Probability");
        probability.excelFormat = "0.0%";
        table.columns.push_back(probability);
        ExportColumn level = ExportColumn::texts(QStringLiteral("risk"), [&](qsizetype r) { return risk[r]; });
        level.excelText = [&](qsizetype r) { return risk[r].toUpper(); };
        table.columns.push_back(level);
        ExportColumn points = ExportColumn::numbers(QStringLiteral("c"), [&](qsizetype r) { return p[size_t(r)]; }, 2);
        points.excelNumber = [&](qsizetype r) { return p[size_t(r)] * 100.0; };
        table.columns.push_back(points);
        table.columns.push_back(ExportColumn::texts(QStringLiteral("note"), [&](qsizetype r) { return r == 0 ? longText : QString(); }));
        table.rows = {0, 1};
        table.notesSheet = QStringLiteral("Notes");
        table.notes = {ExportNote::ofText(QStringLiteral("Rule"), QStringLiteral("top 2")),
                       ExportNote::ofNumber(QStringLiteral("Share"), 0.125, "0.0%")};

        const QString csv = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(TableExporter::write(table, csv));
        QCOMPARE(readFile(csv), QByteArray("p,risk,c,note\r\n0.7340,high,0.73,") + longText.toLatin1()
                                    + QByteArray("\r\n0.2500,low,0.25,\r\n"));

        const QString xlsx = dir.filePath(QStringLiteral("t.xlsx"));
        QVERIFY(TableExporter::write(table, xlsx));
        QCOMPARE(xlsxtest::sheetNames(xlsx), (QStringList{QStringLiteral("Customers"), QStringLiteral("Notes")}));
        const xlsxtest::Sheet sheet = xlsxtest::readSheet(xlsx, 1);
        QCOMPARE(xlsxtest::headers(sheet), (QStringList{QStringLiteral("Probability"), QStringLiteral("risk"), QStringLiteral("c"),
                                                       QStringLiteral("note")}));
        QVERIFY(sheet.at(1, 0).isNumber());
        QCOMPARE(sheet.at(1, 0).number(), 0.734);
        QCOMPARE(sheet.at(1, 0).format, QStringLiteral("0.0%"));
        QCOMPARE(sheet.at(1, 1).text, QStringLiteral("HIGH"));
        QCOMPARE(sheet.at(2, 2).number(), 25.0);
        QCOMPARE(sheet.at(2, 2).format, QStringLiteral("0.00"));
        // The long text is capped; the short columns fit their header.
        QVERIFY(sheet.widths.value(3) >= 59.0 && sheet.widths.value(3) <= 61.0);
        QVERIFY(sheet.widths.value(1) >= 6.0 && sheet.widths.value(1) < 12.0);
        QVERIFY(sheet.widths.value(0) >= double(QStringLiteral("Probability").size()));
        const auto notes = xlsxtest::notes(xlsxtest::readSheet(xlsx, 2));
        QCOMPARE(notes.value(QStringLiteral("Rule")).text, QStringLiteral("top 2"));
        QCOMPARE(notes.value(QStringLiteral("Share")).number(), 0.125);
        QCOMPARE(notes.value(QStringLiteral("Share")).format, QStringLiteral("0.0%"));
    }

    void xlsxRowLimit()
    {
        QTemporaryDir dir;
        ExportTable table = twoColumns({QStringLiteral("x")}, {1.0}, 0);
        table.rows.assign(size_t(TableExporter::MaxXlsxRows) + 1, 0);
        const auto r = TableExporter::write(table, dir.filePath(QStringLiteral("big.xlsx")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Usage);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void tableColumnsAndRowOrder()
    {
        DataTable t;
        Dictionary d;
        d.insert("=cmd|' /C calc'!A0");
        d.insert("Month-to-month");
        t.addColumn(Column::coded(QStringLiteral("Contract"), {0, 1, -1}, d));
        t.addColumn(Column::numeric(QStringLiteral("tenure"), {1.0, NaN, -2.5}));
        ExportTable table;
        QCOMPARE(table.addTableColumns(t, {QStringLiteral("tenure"), QStringLiteral("nope"), QStringLiteral("Contract")}),
                 QStringList{QStringLiteral("nope")});
        table.rows = {2, 0, 1};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(TableExporter::write(table, path));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1], (QStringList{QStringLiteral("-2.5"), QString()}));
        QCOMPARE(rows[2], (QStringList{QStringLiteral("1"), QStringLiteral("'=cmd|' /C calc'!A0")}));
        QCOMPARE(rows[3], (QStringList{QString(), QStringLiteral("Month-to-month")}));
    }
};

QTEST_GUILESS_MAIN(TestTableExporter)
#include "tst_tableexporter.moc"
