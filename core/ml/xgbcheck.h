#pragma once

// Private to xgbdmatrix.cpp and xgbbooster.cpp: the one place XGBoost return codes become Errors.

#include "common/error.h"

#include <QStringList>

#include <xgboost/c_api.h>

namespace churnlens::xgb {

/*!
 * XGBoost's message without what only its developers can use: the stack trace it appends
 * ("Stack trace:" and "[bt] (0) …" lines) and the "[12:34:56] /src/…/file.cc:123: " prefix.
 */
inline QString userMessage(const QString &raw)
{
    QString text = raw;
    for (const QLatin1String marker : {QLatin1String("Stack trace:"), QLatin1String("[bt]")}) {
        if (const qsizetype at = text.indexOf(marker); at >= 0)
            text.truncate(at);
    }
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        // "[hh:mm:ss] path/file.cc:123: message" → "message"
        if (line.startsWith(QLatin1Char('['))) {
            const qsizetype close = line.indexOf(QLatin1Char(']'));
            const qsizetype colon = close < 0 ? -1 : line.indexOf(QLatin1String(": "), close);
            if (colon > close && line.mid(close + 1, colon - close - 1).contains(QLatin1Char(':')))
                line = line.mid(colon + 2).trimmed();
        }
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(QLatin1Char(' '));
}

//! Turns an XGBoost return code into a Result, reading XGBGetLastError() on this thread.
inline Result<void> check(int rc, const char *call)
{
    if (rc == 0)
        return {};
    Error e;
    e.code = ErrorCode::Model;
    QString name = QString::fromLatin1(call);
    name.truncate(name.indexOf(QLatin1Char('(')) < 0 ? name.size() : name.indexOf(QLatin1Char('(')));
    e.message = Tr::tr("XGBoost failed (%1): %2").arg(name, userMessage(QString::fromUtf8(XGBGetLastError())));
    return std::unexpected(std::move(e));
}

//! Quiets XGBoost's console logging once per process (its messages go to qDebug instead).
void initLogging();

/*!
 * Marks the upper halves of the AVX registers clean (vzeroupper) on the calling thread.
 * libxgboost is built for baseline x86-64 (SSE) and calls libm's AVX/FMA expf for every row
 * and round. If earlier code on the thread (or on the thread that created it: new threads
 * inherit the register state) left the upper state dirty, every SSE instruction pays a
 * false dependency and training runs ~3x slower (measured: 190 vs 65 CPU s for the 27 x 5 grid
 * after loading a CSV). Costs nothing; called before XGBoost work.
 */
void clearUpperSimdState();

} // namespace churnlens::xgb

#define CHURNLENS_XGB(call)                                                   \
    do {                                                                      \
        if (auto _r = ::churnlens::xgb::check((call), #call); !_r)            \
            return std::unexpected(std::move(_r.error()));                    \
    } while (false)
