#pragma once

#include "common/error.h"
#include "data/csvoptions.h"

#include <QJsonObject>
#include <QList>

namespace churnlens {

class DataTable;

/*!
 * The columns as the user set them up, as JSON: {"target", "positive_label", "id", "columns":
 * [{"name", "type", "role", "semantic"}, …]} with machine names ("id" empty without an id column). A training run records it
 * (RunRecord::settings "roles") and a saved workspace keeps it, so that opening the project
 * puts the same roles, meanings and types back on freshly read data.
 */
namespace ColumnRoles {

QJsonObject of(const DataTable &table);

/*!
 * Gives \a table the roles, meanings, types, target and positive value in \a roles, matching
 * columns by name; columns that are not in \a roles keep what the loader guessed, names that
 * are not in the table are skipped (and noted in \a issues). A type is changed with
 * convertColumn() (decimal mark from \a csv); what a conversion loses is noted in \a issues.
 * O(rows) for converted columns only; any thread.
 */
void apply(DataTable &table, const QJsonObject &roles, const CsvOptions &csv, QList<Issue> *issues = nullptr);

} // namespace ColumnRoles

} // namespace churnlens
