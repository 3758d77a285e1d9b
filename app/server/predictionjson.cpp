#include "predictionjson.h"

#include <charconv>
#include <cmath>

namespace churnlens::PredictionJson {

void appendString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += char(c);
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char buffer[32];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, r.ptr - buffer);
}

void append(QByteArray &out, const QString &customerId, const ServedPrediction &p, const QString &version,
            const QList<FieldProblem> &notes)
{
    out += "{\"customer_id\":";
    if (customerId.isNull())
        out += "null";
    else
        appendString(out, customerId);
    out += ",\"churn_probability\":";
    appendNumber(out, p.probability);
    out += p.churn ? ",\"churn_prediction\":1" : ",\"churn_prediction\":0";
    out += ",\"risk_level\":";
    out += p.risk == RiskLevel::High ? "\"high\"" : p.risk == RiskLevel::Medium ? "\"medium\"" : "\"low\"";
    out += ",\"top_factors\":[";
    for (size_t i = 0; i < p.factors.size(); ++i) {
        const Factor &f = p.factors[i];
        out += i ? ",{\"field\":" : "{\"field\":";
        appendString(out, f.field);
        out += ",\"text\":";
        appendString(out, f.text);
        out += ",\"contribution\":";
        appendNumber(out, f.contribution);
        out += '}';
    }
    out += "],\"model_version\":";
    appendString(out, version);
    if (!notes.isEmpty()) {
        out += ",\"notes\":[";
        for (qsizetype i = 0; i < notes.size(); ++i) {
            out += i ? ",{\"field\":" : "{\"field\":";
            appendString(out, notes[i].field);
            out += ",\"problem\":";
            appendString(out, notes[i].kindName());
            out += ",\"message\":";
            appendString(out, notes[i].message);
            out += '}';
        }
        out += ']';
    }
    out += '}';
}

} // namespace churnlens::PredictionJson
