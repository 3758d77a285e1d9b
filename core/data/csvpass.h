#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "csvdialect.h"
#include "csvlinemap.h"
#include "csvsource.h"
#include "dictionary.h"
#include "typeinference.h"

#include <QList>

#include <vector>

namespace churnlens {

//! One column after a pass: values or codes in row order and the file-wide dictionary.
//! The vectors are reserved from the size estimate; untouched capacity costs no memory.
struct CsvColumnData
{
    std::vector<double> values;
    std::vector<int32_t> codes;
    Dictionary dictionary;
    std::vector<uint32_t> counts; //!< rows per dictionary level (coded plans)
    qint64 bad = 0;
    std::vector<TypeInference::BadValue> badExamples; //!< absolute lines
};

struct CsvPassResult
{
    std::vector<CsvColumnData> columns;
    qint64 rows = 0;
    CsvLineMap lines;
    QList<Issue> issues;
    bool needsLatin1 = false; //!< automatic encoding met bytes that are not UTF-8
    bool parallel = false;    //!< chunks were parsed on several threads
};

/*!
 * One pass over the data rows: chunks are parsed on worker threads and merged in file order
 * (so results do not depend on the thread count).
 * Splits for threads are guessed from quote parity and verified; a wrong guess (stray
 * quotes) falls back to one thread that follows the parser exactly.
 */
class CsvPass
{
public:
    struct Config
    {
        const CsvSource *source = nullptr;
        const CsvDialect *dialect = nullptr;
        std::vector<CsvPlan> plans;
        bool validateUtf8 = true;  //!< check the text is UTF-8
        bool stopOnInvalid = true; //!< … and give up (needsLatin1) instead of warning
        int threads = 1;
        size_t chunkBytes = size_t(2) << 20;
        QString file;
    };
    static Result<CsvPassResult> run(const Config &config, Progress *progress);
};

} // namespace churnlens
