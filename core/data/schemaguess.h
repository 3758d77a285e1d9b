#pragma once

#include "datatable.h"

#include <QList>
#include <QString>

namespace churnlens {

struct Issue;

/*!
 * Guesses roles (id, target, feature, ignore), the target's positive label and the
 * semantic mapping from column names (any case, spaces or underscores) and values.
 * Everything it sets stays editable by the user.
 */
class SchemaGuess
{
public:
    //! Applies all guesses; \a targetHint (a column name) overrides the target guess.
    //! Returns an error message when \a targetHint names no column; otherwise empty.
    static QString apply(DataTable &table, const QString &targetHint = {});

    static int guessTarget(const DataTable &table);
    static QString guessPositiveLabel(const Column &target);
    static bool looksLikeId(const Column &column, qsizetype rows);
    static Semantic guessSemantic(const Column &column);

    //! Data-quality warnings in plain words (constant columns, id-like features, mostly missing…).
    static QList<Issue> qualityWarnings(const DataTable &table);
};

} // namespace churnlens
