#pragma once

// Private to xgbdmatrix.cpp and xgbbooster.cpp: the one place XGBoost return codes become Errors.

#include "common/error.h"

#include <xgboost/c_api.h>

namespace churnlens::xgb {

//! Turns an XGBoost return code into a Result, reading XGBGetLastError() on this thread.
inline Result<void> check(int rc, const char *call)
{
    if (rc == 0)
        return {};
    Error e;
    e.code = ErrorCode::Model;
    QString name = QString::fromLatin1(call);
    name.truncate(name.indexOf(QLatin1Char('(')) < 0 ? name.size() : name.indexOf(QLatin1Char('(')));
    e.message = Tr::tr("XGBoost failed (%1): %2").arg(name, QString::fromUtf8(XGBGetLastError()).trimmed());
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
