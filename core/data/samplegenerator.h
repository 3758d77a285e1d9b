#pragma once

#include "../common/error.h"
#include "../common/progress.h"

#include <QByteArray>
#include <QString>

namespace churnlens {

/*!
 * Deterministic generator of realistic telecom customers (same seed → same bytes):
 * demographics, tenure, contract, services, charges, support calls, payment method, churn;
 * about 27% churn, month-to-month ≈ 42% vs one/two-year ≈ 11%/3%, more support calls and
 * higher charges → more churn, ~15% of records with a missing value, charge outliers.
 */
class SampleGenerator
{
public:
    //! Runs on threadCount(\a threads) threads; the bytes do not depend on it.
    static QByteArray generateCsv(qint64 rows, quint64 seed = 42, Progress *progress = nullptr, int threads = 0);
    //! Writes atomically (temporary file, then rename).
    static Result<void> writeCsv(const QString &path, qint64 rows, quint64 seed = 42, Progress *progress = nullptr,
                                 int threads = 0);
};

} // namespace churnlens
