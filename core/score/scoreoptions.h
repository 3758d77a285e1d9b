#pragma once

#include "explain/factorwriter.h"
#include "numericreference.h"
#include "riskthresholds.h"

#include <QHash>
#include <QString>

#include <optional>

namespace churnlens {

//! How Scorer::score() works. Value type.
struct ScoreOptions
{
    //! Risk cut points; unset = defaultRiskThresholds(the model) with the default RiskTierRule.
    std::optional<RiskThresholds> risk;
    //! Factors kept per customer (0 = no explanations, probabilities only).
    int factors = 3;
    FactorWriter::Direction factorDirection = FactorWriter::Direction::Both;
    //! Column with the customer ids; empty = the table's Id column (or row numbers without one).
    QString idColumn;
    /*!
     * Training statistics of numeric fields for the factor sentences (by column name). Fields not
     * listed use the training median kept in the saved preparation.
     */
    QHash<QString, NumericReference> references;
    /*!
     * Score even when more than half of the model's columns are missing from the file. Off by
     * default: such scores mostly reflect the filled-in training values, not the customers.
     */
    bool allowMostColumnsMissing = false;
    //! The user's labels of the fields, for the reasons (fields without one: known or readable labels).
    FieldLabels labels;
    int threads = 0; //!< 0 = all cores
};

} // namespace churnlens
