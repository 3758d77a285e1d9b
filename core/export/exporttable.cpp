#include "exporttable.h"

namespace churnlens {

ExportColumn ExportColumn::numbers(QString header, std::function<double(qsizetype)> read, int decimals)
{
    ExportColumn c;
    c.header = std::move(header);
    c.kind = Kind::Number;
    c.number = std::move(read);
    c.decimals = decimals;
    return c;
}

ExportColumn ExportColumn::texts(QString header, std::function<QString(qsizetype)> read)
{
    ExportColumn c;
    c.header = std::move(header);
    c.kind = Kind::Text;
    c.text = std::move(read);
    return c;
}

ExportNote ExportNote::ofText(QString label, QString text)
{
    ExportNote n;
    n.label = std::move(label);
    n.text = std::move(text);
    return n;
}

ExportNote ExportNote::ofNumber(QString label, double number, QByteArray excelFormat)
{
    ExportNote n;
    n.label = std::move(label);
    n.number = number;
    n.excelFormat = std::move(excelFormat);
    return n;
}

void ExportTable::addTableColumn(const DataTable &table, int index, const QString &header)
{
    const Column *column = &table.column(index);
    const QString name = header.isEmpty() ? column->name() : header;
    if (column->type() == ColumnType::Numeric)
        columns.push_back(ExportColumn::numbers(name, [column](qsizetype r) { return column->value(r); }));
    else
        columns.push_back(ExportColumn::texts(name, [column](qsizetype r) { return column->text(r); }));
}

QStringList ExportTable::addTableColumns(const DataTable &table, const QStringList &names)
{
    QStringList unknown;
    if (names.isEmpty()) {
        for (int c = 0; c < table.columnCount(); ++c)
            addTableColumn(table, c);
        return unknown;
    }
    for (const QString &name : names) {
        const int index = table.indexOf(name);
        if (index < 0)
            unknown.append(name);
        else
            addTableColumn(table, index);
    }
    return unknown;
}

QStringList ExportTable::headers() const
{
    QStringList h;
    for (const ExportColumn &c : columns)
        h.append(c.header);
    return h;
}

} // namespace churnlens
