#pragma once

// Running churnlens-cli from a test: arguments in, exit code and output back.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace clitest {

struct Run
{
    int exitCode = -1; //!< -1: crashed (a signal) or timed out
    QByteArray out;
    QString err;
};

inline Run finish(QProcess &p, int timeoutMs = 300000)
{
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline Run cli(const QStringList &arguments, const QString &stdinFile = {})
{
    QProcess p;
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    p.start(QStringLiteral(CHURNLENS_CLI), arguments);
    return finish(p);
}

//! Through bash, for pipes: \a script may use $CLI.
inline Run shell(const QString &script)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLI"), QStringLiteral(CHURNLENS_CLI));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    return finish(p);
}

inline QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError || !d.isObject())
        qWarning("not one JSON object: %s\nstdout: %s\nstderr: %s", qPrintable(error.errorString()),
                 r.out.left(500).constData(), qPrintable(r.err.left(500)));
    return d.object();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace clitest
