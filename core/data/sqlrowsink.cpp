#include "sqlrowsink.h"

namespace churnlens {

SqlRowSink::SqlRowSink(const QStringList &names, const CsvOptions &options, const QString &where, qint64 total,
                       Progress *progress)
    : m_names(names)
    , m_where(where)
    , m_builder(names, options, where)
    , m_text(size_t(names.size()))
    , m_cells(size_t(names.size()))
    , m_binary(size_t(names.size()), 0)
    , m_total(total)
    , m_progress(progress)
{
    m_sinceReport.start();
}

bool SqlRowSink::commitRow()
{
    m_builder.addRow(m_cells, ++m_row);
    if ((m_row & 1023) != 0)
        return true;
    if (isCanceled(m_progress))
        return false;
    if (m_progress && m_sinceReport.elapsed() >= 50) {
        m_sinceReport.restart();
        if (m_total > 0)
            m_progress->setProgress(0.95 * double(m_row) / double(m_total));
        else
            m_progress->setText(Tr::tr("%1 rows read").arg(m_row));
    }
    return true;
}

Result<LoadResult> SqlRowSink::finish()
{
    auto result = m_builder.finish();
    if (!result)
        return result;
    for (int i = 0; i < columnCount(); ++i) {
        if (m_binary[size_t(i)] == 0)
            continue;
        Issue issue;
        issue.file = m_where;
        issue.columnName = m_names[i];
        issue.column = i + 1;
        issue.message = Tr::tr("“%1” holds binary data in %2 rows; those cells are read as missing.")
                            .arg(m_names[i])
                            .arg(m_binary[size_t(i)]);
        result->issues.append(issue);
    }
    if (m_progress)
        m_progress->setProgress(1.0);
    return result;
}

} // namespace churnlens
