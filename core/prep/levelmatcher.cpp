#include "levelmatcher.h"

#include "numbertext.h"
#include "preparationstate.h"

namespace churnlens {

LevelMatcher::LevelMatcher(const FittedColumn &fc) : m_flag(fc.encoding == ColumnEncoding::Flag)
{
    const int otherSlot = fc.hasOther ? int(fc.levels.size()) - 1 : -1;
    auto addLevel = [&](const QString &text, int slot) {
        m_exact.insert(text, slot);
        const QString key = text.trimmed().toCaseFolded();
        auto it = m_folded.constFind(key);
        if (it != m_folded.cend() && it.value() != slot)
            m_ambiguous.insert(key);
        else
            m_folded.insert(key, slot);
    };
    for (int s = 0; s < int(fc.levels.size()); ++s) {
        if (s != otherSlot)
            addLevel(fc.levels[s], s);
    }
    for (const QString &p : fc.pooled)
        addLevel(p, otherSlot);
}

int LevelMatcher::slot(const QString &text) const
{
    auto it = m_exact.constFind(text);
    if (it != m_exact.cend())
        return it.value();
    const QString key = text.trimmed().toCaseFolded();
    if (!m_ambiguous.contains(key)) {
        auto f = m_folded.constFind(key);
        if (f != m_folded.cend())
            return f.value();
    }
    if (m_flag) {
        const int yes = yesNoValue(text);
        if (yes >= 0)
            return yes;
    }
    return Unseen;
}

} // namespace churnlens
