#include "scoreresult.h"

#include "data/datatable.h"

#include <QJsonArray>

namespace churnlens {

QString ScoreResult::id(const DataTable &table, qsizetype row) const
{
    if (idColumn >= 0 && idColumn < table.columnCount())
        return table.column(idColumn).text(row);
    return QString::number(row + 1);
}

Factor ScoreResult::factor(const DataTable &table, qsizetype row, int k) const
{
    Factor f;
    if (k < 0 || k >= factorCount || row < 0 || row >= rows)
        return f;
    const size_t i = size_t(row) * size_t(factorCount) + size_t(k);
    const int column = factorColumns[i];
    if (column < 0 || column >= table.columnCount())
        return f;
    f.column = column;
    f.field = table.column(column).name();
    f.value = table.column(column).text(row);
    f.contribution = double(factorContributions[i]);
    f.text = factorWriter.sentence(table, column, row, f.contribution);
    return f;
}

std::vector<Factor> ScoreResult::factors(const DataTable &table, qsizetype row) const
{
    std::vector<Factor> out;
    for (int k = 0; k < factorCount; ++k) {
        Factor f = factor(table, row, k);
        if (f.column < 0)
            break;
        out.push_back(std::move(f));
    }
    return out;
}

QString ScoreResult::factorsText(const DataTable &table, qsizetype row) const
{
    QStringList parts;
    for (const Factor &f : factors(table, row))
        parts << f.text;
    return parts.join(QStringLiteral("; "));
}

QJsonObject ScoreResult::summaryJson() const
{
    QJsonArray warnings;
    for (const Issue &issue : issues)
        warnings.append(issue.toString());
    return QJsonObject{
        {QStringLiteral("rows"), double(rows)},
        {QStringLiteral("scored"), double(counts.scored())},
        {QStringLiteral("high"), double(counts.high)},
        {QStringLiteral("medium"), double(counts.medium)},
        {QStringLiteral("low"), double(counts.low)},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("risk_thresholds"), riskThresholds.toJson()},
        {QStringLiteral("missing_columns"), QJsonArray::fromStringList(missingColumns)},
        {QStringLiteral("extra_columns"), QJsonArray::fromStringList(extraColumns)},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("warnings"), warnings},
    };
}

} // namespace churnlens
