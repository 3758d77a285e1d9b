#pragma once

#include "customerreader.h"
#include "servingmodel.h"

#include <QByteArray>
#include <QString>

namespace churnlens {

/*!
 * The scoring service's answers as JSON text, written straight into a byte buffer (the answer to
 * one customer is on the hot path): per customer
 *   {"customer_id", "churn_probability", "churn_prediction", "risk_level",
 *    "top_factors": [{"field", "text", "contribution"}…], "model_version", "notes"?: [FieldProblem…]}
 * Numbers are written in their shortest round-trip form. Stateless; thread-safe.
 */
namespace PredictionJson {

//! Appends one customer's answer to \a out.
void append(QByteArray &out, const QString &customerId, const ServedPrediction &prediction, const QString &version,
            const QList<FieldProblem> &notes);
//! Appends \a text as a JSON string (quoted, escaped).
void appendString(QByteArray &out, QStringView text);
//! Appends \a value as a JSON number (null when not finite).
void appendNumber(QByteArray &out, double value);

} // namespace PredictionJson

} // namespace churnlens
