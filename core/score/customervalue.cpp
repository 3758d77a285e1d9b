#include "customervalue.h"

#include <QLocale>

#include <cmath>

namespace churnlens {

int CustomerValue::valueColumn(const DataTable &table, const Options &options)
{
    if (!options.column.isEmpty())
        return table.indexOf(options.column);
    return table.semanticIndex(Semantic::MonthlyCharges);
}

Result<std::vector<double>> CustomerValue::fromTable(const DataTable &table, const Options &options,
                                                     QList<Issue> *issues)
{
    if (!std::isfinite(options.horizonMonths) || options.horizonMonths <= 0.0)
        return makeError(ErrorCode::Usage, Tr::tr("The value horizon must be a positive number of months (got %1).")
                                               .arg(options.horizonMonths));
    const int index = valueColumn(table, options);
    if (index < 0) {
        if (!options.column.isEmpty())
            return makeError(ErrorCode::Usage, Tr::tr("There is no column called \"%1\" for the customer value.")
                                                   .arg(options.column));
        return std::vector<double>();
    }
    const Column &column = table.column(index);
    if (column.type() != ColumnType::Numeric) {
        Error e;
        e.code = ErrorCode::BadInput;
        e.message = Tr::tr("The customer value needs a numeric column; \"%1\" is %2.")
                        .arg(column.name(), toString(column.type()));
        e.hint = Tr::tr("Choose the monthly charges column, or leave the value out to rank by probability.");
        return std::unexpected(e);
    }
    std::vector<double> values(size_t(table.rowCount()));
    qsizetype missing = 0;
    qsizetype negative = 0;
    const std::span<const double> charges = column.values();
    for (size_t i = 0; i < values.size(); ++i) {
        const double c = charges[i];
        missing += std::isnan(c);
        negative += c < 0.0;
        values[i] = c * options.horizonMonths;
    }
    if (issues && missing > 0) {
        Issue issue;
        issue.columnName = column.name();
        issue.message = Tr::tr("%1 customers have no monthly charges: their value counts as 0 in campaign lists.")
                            .arg(QLocale().toString(missing));
        issues->append(issue);
    }
    if (issues && negative > 0) {
        Issue issue;
        issue.columnName = column.name();
        issue.message = Tr::tr("%1 customers have negative monthly charges: their expected value is negative.")
                            .arg(QLocale().toString(negative));
        issues->append(issue);
    }
    return values;
}

} // namespace churnlens
