#pragma once

// Reading an exported .xlsx back in a test (through `unzip -p`): sheet names, cells with their
// number formats, column widths. Enough to check what a spreadsheet user would see.

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

namespace xlsxtest {

struct Cell
{
    QString type;   //!< "n" (number), "s" shared string, "inlineStr", "str"
    QString text;   //!< the number's text or the string
    QString format; //!< the number format's code ("0.0%"); empty = General
    bool isNumber() const { return type == u"n"; }
    double number() const { return text.toDouble(); }
};

struct Sheet
{
    QMap<QString, Cell> cells;   //!< by reference ("A1")
    QMap<int, double> widths;    //!< column (0-based) → width in characters
    bool wellFormed = false;

    //! The cell at \a row, \a column (both 0-based).
    Cell at(int row, int column) const { return cells.value(reference(row, column)); }
    static QString reference(int row, int column)
    {
        QString letters;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(u'A' + (c - 1) % 26));
        return letters + QString::number(row + 1);
    }
};

inline QByteArray unzipEntry(const QString &xlsx, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, entry});
    unzip.waitForFinished(60000);
    return unzip.readAllStandardOutput();
}

//! The sheet names, in order.
inline QStringList sheetNames(const QString &xlsx)
{
    QStringList names;
    QXmlStreamReader x(unzipEntry(xlsx, QStringLiteral("xl/workbook.xml")));
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == u"sheet")
            names << x.attributes().value(QStringLiteral("name")).toString();
    }
    return names;
}

//! Cell style index → number format code.
inline QList<QString> cellFormats(const QString &xlsx)
{
    QMap<int, QString> codes{{9, QStringLiteral("0%")}, {10, QStringLiteral("0.00%")}, {1, QStringLiteral("0")},
                             {2, QStringLiteral("0.00")}, {3, QStringLiteral("#,##0")}, {4, QStringLiteral("#,##0.00")}};
    QList<QString> styles;
    QXmlStreamReader x(unzipEntry(xlsx, QStringLiteral("xl/styles.xml")));
    bool inXfs = false;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == u"numFmt")
            codes.insert(x.attributes().value(QStringLiteral("numFmtId")).toInt(), x.attributes().value(QStringLiteral("formatCode")).toString());
        else if (x.isStartElement() && x.name() == u"cellXfs")
            inXfs = true;
        else if (x.isEndElement() && x.name() == u"cellXfs")
            inXfs = false;
        else if (inXfs && x.isStartElement() && x.name() == u"xf")
            styles << codes.value(x.attributes().value(QStringLiteral("numFmtId")).toInt());
    }
    return styles;
}

//! The workbook's shared strings, in their order (cells of type "s" index them).
inline QStringList sharedStrings(const QString &xlsx)
{
    QStringList shared;
    const QByteArray sst = unzipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml"));
    if (!sst.isEmpty()) {
        QXmlStreamReader x(sst);
        QString current;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"si")
                current.clear();
            else if (x.isStartElement() && x.name() == u"t")
                current += x.readElementText();
            else if (x.isEndElement() && x.name() == u"si")
                shared << current;
        }
    }
    return shared;
}

//! Sheet \a number (1-based) with strings resolved and number formats looked up.
inline Sheet readSheet(const QString &xlsx, int number)
{
    const QStringList shared = sharedStrings(xlsx);
    const QList<QString> formats = cellFormats(xlsx);
    Sheet sheet;
    QXmlStreamReader x(unzipEntry(xlsx, QStringLiteral("xl/worksheets/sheet%1.xml").arg(number)));
    QString ref;
    Cell cell;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == u"col") {
            const int first = x.attributes().value(QStringLiteral("min")).toInt() - 1;
            const int last = x.attributes().value(QStringLiteral("max")).toInt() - 1;
            for (int c = first; c <= last; ++c)
                sheet.widths.insert(c, x.attributes().value(QStringLiteral("width")).toDouble());
        } else if (x.isStartElement() && x.name() == u"c") {
            ref = x.attributes().value(QStringLiteral("r")).toString();
            cell = Cell{x.attributes().hasAttribute(QStringLiteral("t")) ? x.attributes().value(QStringLiteral("t")).toString()
                                                                         : QStringLiteral("n"),
                        {}, formats.value(x.attributes().value(QStringLiteral("s")).toInt())};
        } else if (x.isStartElement() && (x.name() == u"v" || x.name() == u"t")) {
            cell.text += x.readElementText();
        } else if (x.isEndElement() && x.name() == u"c") {
            if (cell.type == u"s")
                cell.text = shared.value(cell.text.toInt());
            sheet.cells.insert(ref, cell);
        }
    }
    sheet.wellFormed = !x.hasError() && !sheet.cells.isEmpty();
    return sheet;
}

//! A two-column label/value sheet as a map (label → value cell).
inline QMap<QString, Cell> notes(const Sheet &sheet)
{
    QMap<QString, Cell> out;
    for (int row = 0; sheet.cells.contains(Sheet::reference(row, 0)); ++row)
        out.insert(sheet.at(row, 0).text, sheet.at(row, 1));
    return out;
}

//! The first row's texts.
inline QStringList headers(const Sheet &sheet)
{
    QStringList out;
    for (int c = 0; sheet.cells.contains(Sheet::reference(0, c)); ++c)
        out << sheet.at(0, c).text;
    return out;
}

} // namespace xlsxtest
