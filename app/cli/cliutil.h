#pragma once

#include "common/error.h"
#include "common/progress.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace churnlens::cli {

//! Exit codes scripts rely on.
//! One code per kind of failure (README lists them); 4 is what the drift command returns when
//! it recommends retraining.
enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,      //!< anything else (a bug, an unexpected failure)
    ExitUsage = 2,        //!< wrong arguments or options
    ExitBadInput = 3,     //!< the data itself is wrong (the message names file, line and column)
    ExitActionNeeded = 4, //!< reserved: the check ran and recommends action (drift)
    ExitCanceled = 5,     //!< canceled (Ctrl+C, SIGTERM)
    ExitIo = 6,           //!< a file could not be read or written, or a database not reached
    ExitModel = 7         //!< a model could not be trained, read or applied
};
//! The exit code for an error of kind \a code.
int exitCodeFor(ErrorCode code);

//! A sub-command: `churnlens-cli NAME …`. Registered by a static CommandRegistration.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &arguments)> run;
};

QList<Command> &commands();

struct CommandRegistration
{
    CommandRegistration(const char *name, const char *summary, std::function<int(const QStringList &)> run);
};

/*!
 * Parses \a arguments (argv without the command name) for one command, adding --help.
 * Returns -1 to go on, or an exit code to return at once (help printed, or usage error reported).
 */
int parseCommand(QCommandLineParser &parser, const QString &command, const QString &description,
                 const QStringList &arguments, int minPositional, int maxPositional);

//! Reports an Error on stderr ("churnlens-cli: file:line:column: message — hint") and maps it to an exit code.
int fail(const Error &error);
//! Reports a usage problem on stderr and returns ExitUsage.
int usageError(const QString &command, const QString &message);

void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &object);

//! Parses an integer/double option value; on failure reports a usage error into *exitCode.
bool optionInt(const QCommandLineParser &p, const QString &name, qint64 *out, const QString &command, int *exitCode);
bool optionDouble(const QCommandLineParser &p, const QString &name, double *out, const QString &command, int *exitCode);

/*!
 * --threads N: 0 = all cores; negative or absurd values are a usage error; more than
 * MaxThreadsPerCore per core is capped (with a note on stderr) by core's one rule, threadCount()
 * in common/threads.h.
 */
bool optionThreads(const QCommandLineParser &p, int *threads, const QString &command, int *exitCode);

//! --model DIR, read by modelDirectory().
void addModelOption(QCommandLineParser &p);
//! --json and --quiet, the same for every command.
void addOutputOptions(QCommandLineParser &p);
//! --threads N (validated by optionThreads()).
void addThreadsOption(QCommandLineParser &p);
//! --id COL: the customer id column.
void addIdOption(QCommandLineParser &p);
//! --target COL: the churn column.
void addTargetOption(QCommandLineParser &p);
//! --table NAME and --query SQL for SQLite sources (see DataSource).
void addSqliteOptions(QCommandLineParser &p);

/*!
 * The model folder: --model DIR, else the default model shipped with ChurnLens (ModelLocator).
 * Neither: reports a usage error into *exitCode and returns an empty string.
 */
QString modelDirectory(const QCommandLineParser &p, const QString &command, int *exitCode);

/*!
 * Progress on stderr: a live bar on a terminal, one line per 10% otherwise, nothing with --quiet.
 * Ctrl+C and SIGTERM cancel (the signal sets the cancel flag; the command then cleans up and exits with
 * a "canceled" error); a second signal ends the process at once.
 */
class ConsoleProgress final : public Progress
{
public:
    explicit ConsoleProgress(bool quiet = false);
    ~ConsoleProgress() override;
    void setProgress(double fraction) override;
    void setText(const QString &text) override;
    void finish();

private:
    void draw(double fraction);
    bool m_quiet;
    bool m_tty;
    int m_lastDecile = -1;
    qint64 m_lastDrawMs = 0;
    qint64 m_startMs = 0;
};

/*!
 * An aligned text table: \a header, then \a rows, columns two spaces apart, each indented by two.
 * Columns whose index is in \a rightAligned (numbers) are aligned to the right.
 */
QString textTable(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned = {});

//! Human-friendly numbers for terminal output: 1,234,567 and 26.54%.
QString formatCount(qint64 n);
QString formatPercent(double fraction, int decimals = 2);

} // namespace churnlens::cli
