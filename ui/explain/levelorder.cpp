#include "levelorder.h"

#include "data/dictionary.h"


#include <algorithm>
#include <numeric>

namespace churnlens {

namespace {

//! "2 lines" before "10 lines": runs of digits compare as numbers, the rest case-insensitively.
//! (QCollator's numeric mode needs ICU and a real locale, which a C-locale session lacks.)
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && a[ie].isDigit())
                ++ie;
            while (je < b.size() && b[je].isDigit())
                ++je;
            // Compare the numbers without converting: drop leading zeros, then length, then digits.
            qsizetype is = i, js = j;
            while (is + 1 < ie && a[is] == u'0')
                ++is;
            while (js + 1 < je && b[js] == u'0')
                ++js;
            if (ie - is != je - js)
                return ie - is < je - js;
            const int c = QStringView(a).mid(is, ie - is).compare(QStringView(b).mid(js, je - js));
            if (c != 0)
                return c < 0;
            i = ie;
            j = je;
            continue;
        }
        const QChar ca = a[i].toCaseFolded(), cb = b[j].toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return a.size() - i < b.size() - j;
    return a < b; // equal but for case: a fixed order all the same
}

} // namespace

std::vector<int> levelPositions(const Dictionary &dictionary)
{
    const int n = std::max(0, int(dictionary.size()));
    std::vector<int> codes(static_cast<size_t>(n));
    std::iota(codes.begin(), codes.end(), 0);
    std::vector<QString> labels(static_cast<size_t>(n));
    for (int c = 0; c < n; ++c)
        labels[size_t(c)] = dictionary.level(c);
    std::stable_sort(codes.begin(), codes.end(),
                     [&](int a, int b) { return naturalLess(labels[size_t(a)], labels[size_t(b)]); });
    std::vector<int> position(static_cast<size_t>(n));
    for (int rank = 0; rank < n; ++rank)
        position[size_t(codes[size_t(rank)])] = rank;
    return position;
}

} // namespace churnlens
