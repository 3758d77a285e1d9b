#include "numpyrandom.h"

#include <numeric>

namespace churnlens {

quint64 NumpyRandom::interval(quint64 max)
{
    if (max == 0)
        return 0;
    quint64 mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    quint64 value;
    if (max <= 0xffffffffULL) {
        do {
            value = quint64(m_engine()) & mask;
        } while (value > max);
    } else {
        // numpy's next_uint64 for MT19937: two 32-bit draws, high word first.
        do {
            const quint64 hi = m_engine();
            const quint64 lo = m_engine();
            value = ((hi << 32) | lo) & mask;
        } while (value > max);
    }
    return value;
}

double NumpyRandom::uniform()
{
    const quint32 a = m_engine() >> 5;
    const quint32 b = m_engine() >> 6;
    return (double(a) * 67108864.0 + double(b)) / 9007199254740992.0;
}

std::vector<qint64> NumpyRandom::permutation(qint64 n)
{
    std::vector<qint64> p(size_t(std::max<qint64>(n, 0)));
    std::iota(p.begin(), p.end(), qint64(0));
    shuffle(std::span<qint64>(p));
    return p;
}

} // namespace churnlens
