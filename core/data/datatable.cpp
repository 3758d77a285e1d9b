#include "datatable.h"

#include <cmath>
#include <stdexcept>

namespace churnlens {

int DataTable::indexOf(const QString &name) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name() == name)
            return int(i);
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name().compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    return -1;
}

QStringList DataTable::columnNames() const
{
    QStringList names;
    names.reserve(qsizetype(m_columns.size()));
    for (const Column &c : m_columns)
        names << c.name();
    return names;
}

void DataTable::addColumn(Column column)
{
    if (m_columns.empty())
        m_rows = column.size();
    else if (column.size() != m_rows)
        throw std::logic_error("DataTable::addColumn: row count mismatch");
    m_columns.push_back(std::move(column));
}

void DataTable::replaceColumn(int index, Column column)
{
    if (column.size() != m_rows)
        throw std::logic_error("DataTable::replaceColumn: row count mismatch");
    m_columns[size_t(index)] = std::move(column);
}

int DataTable::targetIndex() const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].role() == ColumnRole::Target)
            return int(i);
    return -1;
}

void DataTable::setTarget(int index)
{
    for (size_t i = 0; i < m_columns.size(); ++i) {
        if (int(i) == index)
            m_columns[i].setRole(ColumnRole::Target);
        else if (m_columns[i].role() == ColumnRole::Target)
            m_columns[i].setRole(ColumnRole::Feature);
    }
}

std::vector<int8_t> DataTable::targetLabels() const
{
    const int t = targetIndex();
    if (t < 0)
        return {};
    const Column &c = m_columns[size_t(t)];
    std::vector<int8_t> labels(size_t(m_rows), -1);
    if (c.isCoded()) {
        const QByteArray positive = m_positiveLabel.toUtf8();
        const int32_t pos = c.dictionary().find(std::string_view(positive.constData(), size_t(positive.size())));
        for (qsizetype r = 0; r < m_rows; ++r) {
            const int32_t code = c.code(r);
            if (code >= 0)
                labels[size_t(r)] = code == pos ? 1 : 0;
        }
    } else {
        bool ok = false;
        const double pos = m_positiveLabel.toDouble(&ok);
        for (qsizetype r = 0; r < m_rows; ++r) {
            const double v = c.value(r);
            if (!std::isnan(v))
                labels[size_t(r)] = (ok && v == pos) ? 1 : 0;
        }
    }
    return labels;
}

double DataTable::churnRate() const
{
    const std::vector<int8_t> labels = targetLabels();
    qsizetype known = 0, positive = 0;
    for (int8_t l : labels) {
        if (l >= 0) {
            ++known;
            positive += l;
        }
    }
    return known ? double(positive) / double(known) : std::nan("");
}

int DataTable::idIndex() const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].role() == ColumnRole::Id)
            return int(i);
    return -1;
}

int DataTable::semanticIndex(Semantic semantic) const
{
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].semantic() == semantic)
            return int(i);
    return -1;
}

std::vector<int> DataTable::semanticColumns(Semantic semantic) const
{
    std::vector<int> out;
    for (size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].semantic() == semantic)
            out.push_back(int(i));
    return out;
}

qsizetype DataTable::rowsWithMissing() const
{
    std::vector<uint8_t> any(size_t(m_rows), 0);
    for (const Column &c : m_columns) {
        if (c.role() == ColumnRole::Ignore || c.missingCount() == 0)
            continue;
        for (qsizetype r = 0; r < m_rows; ++r)
            any[size_t(r)] |= c.isMissing(r) ? 1 : 0;
    }
    qsizetype n = 0;
    for (uint8_t a : any)
        n += a;
    return n;
}

size_t DataTable::memoryBytes() const
{
    size_t bytes = 0;
    for (const Column &c : m_columns)
        bytes += c.memoryBytes();
    return bytes;
}

DataTable DataTable::rows(std::span<const qsizetype> rows) const
{
    DataTable out;
    for (const Column &c : m_columns) {
        Column copy;
        if (c.isNumericStorage()) {
            std::vector<double> values(rows.size());
            for (size_t i = 0; i < rows.size(); ++i)
                values[i] = c.values()[size_t(rows[i])];
            copy = Column::numeric(c.name(), std::move(values), c.type());
        } else {
            std::vector<int32_t> codes(rows.size());
            for (size_t i = 0; i < rows.size(); ++i)
                codes[i] = c.codes()[size_t(rows[i])];
            copy = Column::coded(c.name(), std::move(codes), c.dictionary(), c.type());
        }
        copy.setRole(c.role());
        copy.setSemantic(c.semantic());
        out.addColumn(std::move(copy));
    }
    out.m_rows = qsizetype(rows.size());
    out.m_positiveLabel = m_positiveLabel;
    out.m_sourceName = m_sourceName;
    return out;
}

} // namespace churnlens
