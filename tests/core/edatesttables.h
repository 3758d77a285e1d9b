#pragma once
// Small helpers that build DataTables for the EDA tests (no CSV reader involved).

#include "data/datatable.h"

#include <QStringList>

#include <vector>

namespace churnlens::testing {

//! A coded column from labels; an empty string is a missing value.
inline Column codedColumn(const QString &name, const QStringList &values, ColumnType type = ColumnType::Categorical)
{
    Dictionary d;
    std::vector<int32_t> codes;
    for (const QString &v : values) {
        if (v.isEmpty()) {
            codes.push_back(Column::MissingCode);
            continue;
        }
        const QByteArray utf8 = v.toUtf8();
        codes.push_back(d.insert(std::string_view(utf8.constData(), size_t(utf8.size()))));
    }
    return Column::coded(name, std::move(codes), std::move(d), type);
}

//! A Yes/No churn column from 1/0/-1 labels, made the table's target (positive "Yes").
inline void addChurn(DataTable &t, const std::vector<int> &labels, const QString &name = QStringLiteral("Churn"))
{
    QStringList values;
    for (int l : labels)
        values << (l < 0 ? QString() : l ? QStringLiteral("Yes") : QStringLiteral("No"));
    t.addColumn(codedColumn(name, values, ColumnType::Boolean));
    t.setTarget(t.columnCount() - 1);
    t.setPositiveLabel(QStringLiteral("Yes"));
}

} // namespace churnlens::testing
