#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>

namespace churnlens {

//! One export of a customer list: when, where to, from which model, and how many rows.
struct ExportRecord
{
    QDateTime when;     //!< UTC
    QString file;       //!< absolute path of the written file
    QString format;     //!< "csv" or "xlsx"
    QString model;      //!< the model folder or name the scores came from
    double threshold = std::numeric_limits<double>::quiet_NaN(); //!< the model's decision threshold
    qsizetype rows = 0; //!< customers written
    QString selection;  //!< how the list was chosen ("top 500", "probability ≥ 0.42", "all")
    QString source;     //!< the scored data (file or "database: table")

    QJsonObject toJson() const;
    static Result<ExportRecord> fromJson(const QJsonObject &json);
};

/*!
 * The record of every export, kept as JSON lines (one object per line) in a file the caller
 * chooses, so that scripts can read it with any tool. Appends are single writes to a file
 * opened for appending, so two processes recording at once do not mix lines. (The project
 * store will keep these records in its SQLite file later; the format stays the same.)
 * Value type; append() and read() may be called from any thread.
 */
class ExportLog
{
public:
    explicit ExportLog(QString path);
    const QString &path() const { return m_path; }

    //! Where the application keeps the log unless told otherwise, shared by the GUI and the CLI:
    //! <generic data location>/churnlens/exports.jsonl (~/.local/share/churnlens on Linux).
    static QString defaultPath();

    //! Adds \a record as one line, creating the file and its folder if needed.
    Result<void> append(const ExportRecord &record) const;
    /*!
     * All records, oldest first. A missing file is an empty log. A damaged line is skipped and
     * reported as an Issue with its line number, never fatal.
     */
    Result<QList<ExportRecord>> read(QList<Issue> *issues = nullptr) const;

private:
    QString m_path;
};

} // namespace churnlens
