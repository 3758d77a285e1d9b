#pragma once

#include "../common/progress.h"
#include "csvdialect.h"
#include "csvlabeltable.h"
#include "csvlinemap.h"
#include "csvtokenizer.h"
#include "typeinference.h"

#include <string>
#include <string_view>
#include <vector>

namespace churnlens {

//! One column of one chunk, stored by its plan.
struct CsvChunkColumn
{
    std::vector<double> values;          //!< Numeric
    std::vector<int32_t> codes;          //!< Coded: local codes; Unique: index into the arena; -1 missing
    CsvLabelTable levels;                //!< Coded
    std::vector<uint8_t> levelMissing;   //!< Coded: the label is a missing-value token
    std::string arena;                   //!< Unique: labels in row order
    std::vector<uint32_t> arenaEnds;     //!< Unique
    qint64 bad = 0;                      //!< Numeric: values that are not numbers
    qint64 lastBadLine = -1;             //!< Numeric: row line of the last one (to undo a dropped row)
    std::vector<TypeInference::BadValue> badExamples; //!< lines relative to the chunk (0-based)
};

//! A row with the wrong number of fields (line relative to the chunk).
struct CsvRaggedRow
{
    qint64 line = 0;
    int fields = 0;
    bool skipped = false;
};

//! The parsed rows of one byte range of the file.
struct CsvChunk
{
    enum class Status { Ok, Inconsistent, Error, InvalidText, Canceled };
    Status status = Status::Ok;
    size_t index = 0;
    size_t begin = 0;
    size_t end = 0;
    qint64 rows = 0;
    qint64 lineEnds = 0;     //!< line ends consumed (rows, blank lines, breaks inside quotes)
    CsvLineMap lines;        //!< row → line offset from the chunk start (0-based)
    std::vector<CsvChunkColumn> columns;
    std::vector<CsvRaggedRow> ragged; //!< the first few
    qint64 tooFew = 0;
    qint64 tooMany = 0;
    qint64 trailingEmpty = 0; //!< rows with extra fields that are all empty ("a,b,c,")
    CsvRowStatus error = CsvRowStatus::Row;
    qint64 errorLine = 0;     //!< relative; for Error and InvalidText
    int errorColumn = 0;      //!< 1-based field of an Error or InvalidText, 0 = unknown
};

/*!
 * Parses whole rows of a byte range into typed per-column storage. One instance per
 * worker thread; parse() may be called for many chunks.
 */
class CsvChunkParser
{
public:
    CsvChunkParser(const CsvDialect &dialect, const std::vector<CsvPlan> &plans, bool validateUtf8);

    /*!
     * Parallel mode (\a stopAfter == 0): parses [begin, end), which must end at a row end;
     * otherwise the chunk is Inconsistent (the split guessed from quote parity was wrong).
     * Sequential mode: parses from \a begin up to the first row end at or after \a stopAfter
     * and sets chunk.end.
     */
    void parse(std::string_view text, CsvChunk &chunk, size_t begin, size_t end, size_t stopAfter,
               const Progress *progress);

    static constexpr int MaxRaggedExamples = 20;

private:
    void prepare(CsvChunk &chunk, size_t expectedRows) const;

    const CsvDialect &m_dialect;
    const std::vector<CsvPlan> &m_plans;
    TypeInference::MissingTokens m_missing;
    CsvTokenizer m_tokenizer;
    bool m_validate;
};

} // namespace churnlens
