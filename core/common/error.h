#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace churnlens {

//! Translatable text for core code outside QObject classes.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(churnlens)
};

enum class ErrorCode {
    Usage,    //!< wrong arguments or options (CLI exit code 2)
    BadInput, //!< the data itself is wrong (CLI exit code 3)
    Io,       //!< a file could not be read or written
    Database, //!< a database could not be reached or queried
    Model,    //!< a model could not be trained, loaded or applied
    Canceled, //!< the user canceled a long step
    Internal  //!< a bug: should never reach a user
};

//! An expected failure, carried as a value (std::expected<T, Error>).
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; //!< what is wrong, in plain words (translated)
    QString file;    //!< source file or database, if any
    qint64 line = 0; //!< 1-based line in the source, 0 if not applicable
    int column = 0;  //!< 1-based column (field number), 0 if not applicable
    QString value;   //!< offending value, shortened
    QString hint;    //!< what to do about it

    //! "file:line:column: message (value) — hint", leaving out the parts that are empty.
    QString toString() const;

    //! The one factory: an error of kind \a code in \a file (or database, or model folder), with what to do.
    static Error make(ErrorCode code, QString message, QString file = {}, QString hint = {});
    static Error canceled();
};

//! A problem found while loading or processing that did not stop the work.
struct Issue
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Warning;
    QString message;
    QString file;
    qint64 line = 0;
    int column = 0;
    QString columnName;
    QString toString() const;
};

template<typename T>
using Result = std::expected<T, Error>;

//! Error::make() as the failure of a Result.
inline std::unexpected<Error> makeError(ErrorCode code, QString message, QString hint = {})
{
    return std::unexpected<Error>(Error::make(code, std::move(message), {}, std::move(hint)));
}

} // namespace churnlens
