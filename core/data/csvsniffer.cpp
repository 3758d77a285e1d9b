#include "csvsniffer.h"

#include "csvtokenizer.h"
#include "typeinference.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace churnlens {

namespace {
constexpr size_t SampleBytes = size_t(1) << 20;
constexpr int SampleRows = 1000;
constexpr char Candidates[] = {',', ';', '\t', '|'};

bool looksTyped(std::string_view v)
{
    double x;
    return TypeInference::parseNumber(v, '.', &x) || TypeInference::parseNumber(v, ',', &x)
        || TypeInference::dateOrders(v) != 0;
}

struct FieldCounts
{
    int mode = 0;
    double consistency = 0; // share of rows with the modal field count
};

FieldCounts fieldCounts(const CsvSniffer::Rows &rows)
{
    std::map<int, int> counts;
    for (const auto &r : rows.rows)
        ++counts[int(r.size())];
    FieldCounts fc;
    int best = 0;
    for (const auto &[n, c] : counts) {
        if (c > best || (c == best && n > fc.mode)) {
            best = c;
            fc.mode = n;
        }
    }
    fc.consistency = rows.rows.empty() ? 0.0 : double(best) / double(rows.rows.size());
    return fc;
}

// Fields like "1,5" when split at ';': the sign of a decimal comma.
int decimalCommaFields(const CsvSniffer::Rows &rows, int skip, int *dotFields)
{
    int comma = 0;
    *dotFields = 0;
    double x;
    for (size_t r = size_t(skip); r < rows.rows.size(); ++r) {
        for (const std::string &v : rows.rows[r]) {
            if (v.find(',') != std::string::npos && TypeInference::parseNumber(v, ',', &x))
                ++comma;
            else if (v.find('.') != std::string::npos && TypeInference::parseNumber(v, '.', &x))
                ++*dotFields;
        }
    }
    return comma;
}

char sniffDelimiter(std::string_view sample, bool atEnd, std::string_view text, const CsvOptions &o)
{
    struct Candidate
    {
        char delimiter;
        FieldCounts counts;
        CsvSniffer::Rows rows;
    };
    std::vector<Candidate> valid;
    for (char d : Candidates) {
        CsvSniffer::Rows rows = CsvSniffer::readRows(sample, atEnd, d, o.quote, o.maxFieldBytes, 100);
        if (rows.rows.empty() && !atEnd)
            rows = CsvSniffer::readRows(text, true, d, o.quote, o.maxFieldBytes, 2);
        const FieldCounts fc = fieldCounts(rows);
        if (fc.mode >= 2)
            valid.push_back({d, fc, std::move(rows)});
    }
    if (valid.empty())
        return ',';
    const double bestConsistency =
        std::max_element(valid.begin(), valid.end(), [](const Candidate &a, const Candidate &b) {
            return a.counts.consistency < b.counts.consistency;
        })->counts.consistency;
    // Keep the candidates that split (nearly) every row the same way.
    std::erase_if(valid, [&](const Candidate &c) { return c.counts.consistency + 0.05 < bestConsistency; });
    auto find = [&](char d) {
        return std::find_if(valid.begin(), valid.end(), [d](const Candidate &c) { return c.delimiter == d; });
    };
    const auto semicolon = find(';');
    const auto comma = find(',');
    if (semicolon != valid.end() && comma != valid.end()) {
        // "1,5;2,5" splits evenly at both; numbers with a decimal comma give ';' away.
        int dots = 0;
        if (decimalCommaFields(semicolon->rows, 1, &dots) > 0)
            return ';';
    }
    return std::max_element(valid.begin(), valid.end(), [](const Candidate &a, const Candidate &b) {
               return a.counts.mode < b.counts.mode;
           })->delimiter;
}

bool sniffHeader(const CsvSniffer::Rows &rows, const TypeInference::MissingTokens &missing)
{
    const std::vector<std::string> &first = rows.rows.front();
    for (const std::string &v : first)
        if (!missing.isMissing(v) && looksTyped(v))
            return false; // a number or a date is data, not a name
    if (rows.rows.size() == 1)
        return true;
    // A column whose values are numbers under a text first row: a header.
    int columnsWithValues = 0, firstRecurs = 0;
    for (size_t j = 0; j < first.size(); ++j) {
        int typed = 0, text = 0;
        bool recurs = false;
        for (size_t r = 1; r < rows.rows.size(); ++r) {
            if (j >= rows.rows[r].size())
                continue;
            const std::string &v = rows.rows[r][j];
            if (missing.isMissing(v))
                continue;
            (looksTyped(v) ? typed : text)++;
            recurs = recurs || v == first[j];
        }
        if (typed > 0 && text == 0 && !missing.isMissing(first[j]))
            return true;
        if (typed + text > 0) {
            ++columnsWithValues;
            firstRecurs += recurs ? 1 : 0;
        }
    }
    // All text: a data row's labels come back further down; names do not.
    return !(columnsWithValues > 0 && firstRecurs * 2 >= columnsWithValues);
}

QString decodeName(const std::string &s, bool latin1)
{
    return latin1 ? QString::fromLatin1(s.data(), qsizetype(s.size())) : QString::fromUtf8(s.data(), qsizetype(s.size()));
}
} // namespace

CsvSniffer::Rows CsvSniffer::readRows(std::string_view text, bool atEnd, char delimiter, char quote,
                                      qint64 maxFieldBytes, int maxRows)
{
    Rows out;
    CsvTokenizer tokenizer(delimiter, quote, maxFieldBytes);
    const char *p = text.data();
    const char *end = p + text.size();
    qint64 lines = 0;
    std::vector<std::string> row;
    auto sink = [&row](int, std::string_view v) { row.emplace_back(v); };
    while (p < end && int(out.rows.size()) < maxRows) {
        row.clear();
        int fields = 0;
        const CsvRowStatus st = tokenizer.readRow(p, end, atEnd, sink, &fields, &lines);
        if (st == CsvRowStatus::Blank)
            continue;
        if (st != CsvRowStatus::Row) {
            out.truncated = st == CsvRowStatus::Incomplete;
            break;
        }
        out.rows.push_back(std::move(row));
        out.ends.push_back(size_t(p - text.data()));
        out.lines.push_back(lines);
    }
    return out;
}

Result<CsvDialect> CsvSniffer::sniff(std::string_view text, const CsvOptions &options, bool latin1, const QString &file)
{
    auto fail = [&](const QString &message, const QString &hint = {}) {
        Error e;
        e.code = ErrorCode::BadInput;
        e.file = file;
        e.message = message;
        e.hint = hint;
        return std::unexpected(e);
    };
    if (text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
        return fail(Tr::tr("The file is empty."), Tr::tr("Choose a file with a header row and customer rows."));

    CsvDialect d;
    d.options = options;
    d.latin1 = latin1;
    const std::string_view sample = text.substr(0, std::min(text.size(), SampleBytes));
    const bool atEnd = sample.size() == text.size();

    const size_t firstBreak = sample.find_first_of("\r\n");
    if (firstBreak == std::string_view::npos || sample[firstBreak] == '\n')
        d.lineEnding = QStringLiteral("LF");
    else
        d.lineEnding = (firstBreak + 1 < sample.size() && sample[firstBreak + 1] == '\n') ? QStringLiteral("CRLF")
                                                                                        : QStringLiteral("CR");
    d.rowEnd = d.lineEnding == QLatin1String("CR") ? '\r' : '\n';

    if (d.options.delimiter == 0)
        d.options.delimiter = sniffDelimiter(sample, atEnd, text, options);
    const char delimiter = d.options.delimiter;
    if (delimiter == '\n' || delimiter == '\r' || (delimiter == options.quote && delimiter != 0))
        return fail(Tr::tr("The delimiter cannot be a line break or the quote character."));

    Rows rows = readRows(sample, atEnd, delimiter, options.quote, options.maxFieldBytes, SampleRows);
    if (rows.rows.empty() && !atEnd)
        rows = readRows(text, true, delimiter, options.quote, options.maxFieldBytes, 2);
    if (rows.rows.empty())
        return fail(Tr::tr("The file has no readable rows."),
                    Tr::tr("Check for a quote that is never closed near the start of the file."));

    const TypeInference::MissingTokens missing(options);
    d.hasHeader = options.header == HeaderMode::Yes || (options.header == HeaderMode::Auto && sniffHeader(rows, missing));
    d.options.header = d.hasHeader ? HeaderMode::Yes : HeaderMode::No;
    if (d.hasHeader) {
        for (const std::string &v : rows.rows.front())
            d.rawNames << decodeName(v, latin1);
        d.columns = int(rows.rows.front().size());
        d.dataBegin = rows.ends.front();
        d.firstDataLine = 1 + rows.lines.front();
        // Rows that are wider than the header (a last column without a name): keep their values,
        // the unnamed columns get names like "Column 5" and a warning.
        if (rows.rows.size() > 1) {
            CsvSniffer::Rows data;
            data.rows.assign(rows.rows.begin() + 1, rows.rows.end());
            const int mode = fieldCounts(data).mode;
            // … unless the extra fields are all empty: that is a trailing delimiter ("1,2,").
            bool extraValues = false;
            for (const auto &r : data.rows)
                for (size_t j = size_t(d.columns); j < r.size() && !extraValues; ++j)
                    extraValues = !r[j].empty();
            if (mode > d.columns && extraValues) {
                while (d.rawNames.size() < mode)
                    d.rawNames << QString();
                d.columns = mode;
            }
        }
    } else {
        // Blank lines before the first row are skipped like any others.
        d.columns = fieldCounts(rows).mode;
        d.dataBegin = 0;
        d.firstDataLine = 1;
    }
    const int skip = d.hasHeader ? 1 : 0;

    if (d.options.decimal == 0) {
        int dots = 0;
        const int commas = delimiter == ';' ? decimalCommaFields(rows, skip, &dots) : 0;
        d.options.decimal = (commas > 0 && dots == 0) ? ',' : '.';
    }

    // Values per column from the head and from windows spread over the rest of the file.
    std::vector<std::vector<std::string>> sampleRows(rows.rows.begin() + skip, rows.rows.end());
    double windowBytes = 0, windowRows = 0;
    if (text.size() > 4 * SampleBytes) {
        for (int k = 1; k <= 8; ++k) {
            const size_t at = text.size() / 10 * size_t(k);
            const size_t start = text.find(d.rowEnd, at);
            if (start == std::string_view::npos)
                break;
            const std::string_view window = text.substr(start + 1, 64 * 1024);
            Rows more = readRows(window, false, delimiter, options.quote, options.maxFieldBytes, 200);
            if (!more.rows.empty()) {
                windowBytes += double(more.ends.back());
                windowRows += double(more.rows.size());
            }
            for (auto &r : more.rows)
                if (int(r.size()) == d.columns)
                    sampleRows.push_back(std::move(r));
        }
    }
    const size_t headRows = rows.rows.size() - size_t(skip);
    // Row size from the head and the windows: it sizes the arrays (and an id column's index).
    const double headBytes = headRows > 0 ? double(rows.ends.back() - d.dataBegin) : 0.0;
    d.bytesPerRow = headRows + windowRows > 0 ? (headBytes + windowBytes) / (double(headRows) + windowRows) : 100.0;
    d.plans.assign(size_t(d.columns), CsvPlan::Coded);
    d.bytesPerLabel.assign(size_t(d.columns), 8.0);
    for (int j = 0; j < d.columns; ++j) {
        qsizetype numbers = 0, labels = 0, labelBytes = 0;
        std::unordered_set<std::string_view> distinct;
        for (const auto &r : sampleRows) {
            if (size_t(j) >= r.size() || missing.isMissing(r[size_t(j)]))
                continue;
            double x;
            const std::string &v = r[size_t(j)];
            if (TypeInference::parseNumber(v, d.options.decimal, &x)) {
                ++numbers;
            } else {
                ++labels;
                labelBytes += qsizetype(v.size());
                distinct.insert(v);
            }
        }
        if (labels > 0)
            d.bytesPerLabel[size_t(j)] = double(labelBytes) / double(labels);
        if (labels == 0 && numbers > 0)
            d.plans[size_t(j)] = CsvPlan::Numeric;
        else if (labels >= 50 && double(distinct.size()) >= 0.9 * double(labels))
            d.plans[size_t(j)] = CsvPlan::Unique;
    }
    return d;
}

} // namespace churnlens
