#include "columnroles.h"

#include "data/columnconvert.h"
#include "data/datatable.h"

#include <QJsonArray>

namespace churnlens::ColumnRoles {

QJsonObject of(const DataTable &table)
{
    QJsonArray columns;
    for (const Column &c : table.columns()) {
        columns.append(QJsonObject{{QStringLiteral("name"), c.name()},
                                   {QStringLiteral("type"), machineName(c.type())},
                                   {QStringLiteral("role"), machineName(c.role())},
                                   {QStringLiteral("semantic"), machineName(c.semantic())}});
    }
    const int target = table.targetIndex();
    const int id = table.idIndex();
    return {{QStringLiteral("target"), target >= 0 ? table.column(target).name() : QString()},
            {QStringLiteral("positive_label"), table.positiveLabel()},
            {QStringLiteral("id"), id >= 0 ? table.column(id).name() : QString()},
            {QStringLiteral("columns"), columns}};
}

void apply(DataTable &table, const QJsonObject &roles, const CsvOptions &csv, QList<Issue> *issues)
{
    const QJsonArray columns = roles.value(QStringLiteral("columns")).toArray();
    if (columns.isEmpty())
        return; // nothing saved: keep what the loader guessed
    QStringList unknown;
    for (const QJsonValue &value : columns) {
        const QJsonObject saved = value.toObject();
        const QString name = saved.value(QStringLiteral("name")).toString();
        const int index = table.indexOf(name);
        if (index < 0 || table.column(index).name() != name) {
            unknown << name;
            continue;
        }
        ColumnType type;
        if (fromMachineName(saved.value(QStringLiteral("type")).toString(), &type) && type != table.column(index).type()) {
            QList<Issue> lost;
            if (auto converted = convertColumn(table.column(index), type, csv, &lost)) {
                table.replaceColumn(index, std::move(*converted));
                if (issues)
                    *issues += lost;
            } else if (issues) {
                Issue issue;
                issue.columnName = name;
                issue.message = Tr::tr("The column \"%1\" was saved as %2 but can no longer be read that way: %3")
                                    .arg(name, toString(type), converted.error().message);
                issues->append(issue);
            }
        }
        Column &column = table.column(index);
        ColumnRole role;
        if (fromMachineName(saved.value(QStringLiteral("role")).toString(), &role) && role != ColumnRole::Target)
            column.setRole(role);
        Semantic semantic;
        if (fromMachineName(saved.value(QStringLiteral("semantic")).toString(), &semantic))
            column.setSemantic(semantic);
    }
    const QString target = roles.value(QStringLiteral("target")).toString();
    const int targetIndex = target.isEmpty() ? -1 : table.indexOf(target);
    if (!target.isEmpty() && targetIndex < 0)
        unknown << target;
    table.setTarget(targetIndex);
    table.setPositiveLabel(targetIndex >= 0 ? roles.value(QStringLiteral("positive_label")).toString() : QString());
    unknown.removeDuplicates();
    if (issues && !unknown.isEmpty()) {
        Issue issue;
        issue.message = Tr::tr("The data no longer has these columns the project was set up with: %1.")
                            .arg(unknown.join(QStringLiteral(", ")));
        issues->append(issue);
    }
}

} // namespace churnlens::ColumnRoles
