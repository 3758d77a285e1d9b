#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "loadresult.h"
#include "tablebuilder.h"

#include <QElapsedTimer>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace churnlens {

/*!
 * Where database rows go: one cell per column as UTF-8 text (or missing), then TableBuilder,
 * with progress, cancel and a note for columns that held binary data. Used by both ways of
 * reading (Qt's QSqlQuery, and SQLite's own statements on the QSQLITE connection).
 * Not thread-safe; one per read.
 */
class SqlRowSink
{
public:
    SqlRowSink(const QStringList &names, const CsvOptions &options, const QString &where, qint64 total,
               Progress *progress);

    int columnCount() const { return int(m_names.size()); }
    const QStringList &names() const { return m_names; }
    //! A buffer for column \a i's text; call setText(i) after filling it.
    std::string &buffer(int i) { return m_text[size_t(i)]; }
    void setText(int i) { m_cells[size_t(i)] = m_text[size_t(i)]; }
    //! Text owned by the caller, valid until commitRow().
    void setText(int i, std::string_view text) { m_cells[size_t(i)] = text.data() ? text : std::string_view("", 0); }
    void setMissing(int i) { m_cells[size_t(i)] = std::string_view(); }
    void setBinary(int i)
    {
        ++m_binary[size_t(i)];
        setMissing(i);
    }
    //! Hands the row over; false when the user canceled.
    bool commitRow();
    qint64 rows() const { return m_row; }
    Result<LoadResult> finish();

private:
    QStringList m_names;
    QString m_where;
    TableBuilder m_builder;
    std::vector<std::string> m_text;
    std::vector<std::string_view> m_cells;
    std::vector<qint64> m_binary;
    qint64 m_row = 0;
    qint64 m_total;
    Progress *m_progress;
    QElapsedTimer m_sinceReport;
};

} // namespace churnlens
