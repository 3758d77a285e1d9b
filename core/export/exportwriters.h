#pragma once

// Internal to core/score: the two file writers behind TableExporter.

#include "common/error.h"
#include "exportoptions.h"
#include "exporttable.h"

#include <QByteArray>

namespace churnlens {

class Progress;

namespace exportwriters {

Result<qsizetype> writeCsv(const ExportTable &table, const QString &path, const ExportOptions &options, Progress *progress);
Result<qsizetype> writeXlsx(const ExportTable &table, const QString &path, const ExportOptions &options, Progress *progress);

//! Reads a written .xlsx back: every part inflates to its recorded size and CRC, every XML part
//! is complete. Fails with an Io error when the package is truncated or damaged.
Result<void> verifyXlsx(const QString &path);

//! A number as text: shortest exact form (decimals < 0) or fixed decimals; empty for NaN/inf.
QByteArray formatNumber(double value, int decimals);
//! Rows between progress reports and cancel checks.
inline constexpr qsizetype RowsPerCheck = 2048;


} // namespace exportwriters
} // namespace churnlens
