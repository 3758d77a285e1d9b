#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "csvdialect.h"
#include "csvoptions.h"
#include "csvsource.h"
#include "loadresult.h"

namespace churnlens {

/*!
 * The steps behind CsvReader: decode (BOM, UTF-16, Latin-1), sniff, parse in passes,
 * infer column types. Exposed separately so tests can force small chunks (many thread
 * splits in a small file). Thread-safe (static, no shared state).
 */
class CsvLoader
{
public:
    //! \a chunkBytes 0 = pick from the file size.
    static Result<LoadResult> load(CsvSource source, const QString &file, const CsvOptions &options,
                                   Progress *progress, size_t chunkBytes = 0);

    //! Resolves the encoding (transcoding UTF-16 into \a source) and sniffs the dialect.
    static Result<CsvDialect> prepare(CsvSource &source, const QString &file, const CsvOptions &options,
                                      bool forceLatin1 = false);

private:
    static Result<LoadResult> loadSource(CsvSource &source, const QString &file, const CsvOptions &options,
                                         Progress *progress, size_t chunkBytes);
};

} // namespace churnlens
