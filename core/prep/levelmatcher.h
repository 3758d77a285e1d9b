#pragma once

// Internal to core/prep: how a fitted category column reads a level text at scoring time.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace churnlens {

struct FittedColumn;

/*!
 * The one rule by which scoring matches a category text to a fitted column's slots: the exact
 * text first, then the text trimmed and case-folded (unless two training levels fold alike),
 * then, for a yes/no column, a yes/no word. Built once per fitted column (buildLayout()), so
 * that binding a table and checking one customer cost no hashing of the training levels.
 * Immutable after construction; safe to share between threads.
 */
class LevelMatcher
{
public:
    static constexpr int Unseen = -2;

    LevelMatcher() = default;
    explicit LevelMatcher(const FittedColumn &column);

    //! The slot \a text falls in, or Unseen.
    int slot(const QString &text) const;

private:
    QHash<QString, int> m_exact;
    QHash<QString, int> m_folded;
    QSet<QString> m_ambiguous;
    bool m_flag = false;
};

} // namespace churnlens
