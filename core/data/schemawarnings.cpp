// SchemaGuess::qualityWarnings: what a person should know about the data before modelling.
#include "schemaguess.h"

#include "../common/error.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

// Categories with more levels than this make one-hot encoding wide and sparse.
constexpr qsizetype ManyCategories = 50;

QString percent(double share)
{
    const QLocale locale; // the user's: "0,16 %"-style in German, as the GUI shows numbers
    return locale.toString(share * 100.0, 'f', share < 0.001 ? 2 : 1) + locale.percent();
}

Issue warning(const DataTable &table, const Column &column, QString message)
{
    Issue issue;
    issue.severity = Issue::Severity::Warning;
    issue.message = std::move(message);
    issue.file = table.sourceName();
    issue.columnName = column.name();
    return issue;
}

void checkTarget(const DataTable &table, QList<Issue> &out)
{
    const int t = table.targetIndex();
    if (t < 0) {
        Issue issue;
        issue.severity = Issue::Severity::Warning;
        issue.file = table.sourceName();
        issue.message = Tr::tr("No churn column was found. Choose the column that tells whether a customer left.");
        out.append(issue);
        return;
    }
    const Column &c = table.column(t);
    const qsizetype rows = table.rowCount();
    if (c.missingCount() > 0)
        out.append(warning(table, c,
                           Tr::tr("The churn column “%1” is empty in %2 rows (%3); those customers are left out of "
                                  "training and evaluation.")
                               .arg(c.name())
                               .arg(c.missingCount())
                               .arg(percent(double(c.missingCount()) / double(std::max<qsizetype>(rows, 1))))));
    if (c.distinctCount() > 2)
        out.append(warning(table, c,
                           Tr::tr("The churn column “%1” has %2 different values; churn needs two (left / stayed). "
                                  "Every value other than “%3” counts as stayed.")
                               .arg(c.name())
                               .arg(c.distinctCount())
                               .arg(table.positiveLabel())));
    const std::vector<int8_t> labels = table.targetLabels();
    qsizetype positives = 0, known = 0;
    for (int8_t l : labels) {
        known += l >= 0 ? 1 : 0;
        positives += l > 0 ? 1 : 0;
    }
    if (known > 0 && (positives == 0 || positives == known))
        out.append(warning(table, c,
                           positives == 0
                               ? Tr::tr("No customer in “%1” has the value “%2”, so nobody churned; a model needs "
                                        "customers who left and customers who stayed.")
                                     .arg(c.name(), table.positiveLabel())
                               : Tr::tr("Every customer in “%1” has the value “%2”, so nobody stayed; a model needs "
                                        "customers who left and customers who stayed.")
                                     .arg(c.name(), table.positiveLabel())));
}

} // namespace

QList<Issue> SchemaGuess::qualityWarnings(const DataTable &table)
{
    QList<Issue> out;
    checkTarget(table, out);
    const qsizetype rows = table.rowCount();
    if (rows == 0)
        return out;
    for (const Column &c : table.columns()) {
        if (c.role() == ColumnRole::Ignore || c.role() == ColumnRole::Target)
            continue;
        const double missingShare = double(c.missingCount()) / double(rows);
        if (c.missingCount() == rows) {
            out.append(warning(table, c, Tr::tr("“%1” is empty in every row.").arg(c.name())));
            continue;
        }
        if (missingShare > 0.5)
            out.append(warning(table, c,
                               Tr::tr("“%1” is missing in %2 of the rows; filling in that many values is mostly "
                                      "guesswork. Consider ignoring the column.")
                                   .arg(c.name(), percent(missingShare))));
        if (c.role() != ColumnRole::Feature)
            continue;
        if (c.distinctCount() == 1 && rows > 1) {
            out.append(warning(table, c,
                               Tr::tr("“%1” has the same value in every row, so it cannot tell customers apart.")
                                   .arg(c.name())));
        } else if (looksLikeId(c, rows)) {
            out.append(warning(table, c,
                               Tr::tr("“%1” looks like an identifier (nearly every value is different) but is used "
                                      "as a feature; a model would learn names, not behaviour. Consider ignoring it.")
                                   .arg(c.name())));
        } else if (c.isCoded() && c.type() != ColumnType::Boolean && c.distinctCount() > ManyCategories) {
            out.append(warning(table, c,
                               Tr::tr("“%1” has %2 different categories; rare ones add noise. Consider grouping them "
                                      "or ignoring the column.")
                                   .arg(c.name())
                                   .arg(c.distinctCount())));
        }
    }
    return out;
}

} // namespace churnlens
