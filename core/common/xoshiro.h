#pragma once

// A small, fully specified PRNG (sample generator, samplers), so that a seed gives the same
// rows with every compiler and standard library (std:: distributions differ between them).

#include <cstdint>

namespace churnlens {

__extension__ typedef unsigned __int128 XoshiroWide; // GCC/Clang; silences -Wpedantic

inline uint64_t splitMix64(uint64_t &state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

//! xoshiro256** seeded through splitmix64; \a stream separates independent uses of one seed.
class Xoshiro256
{
public:
    explicit Xoshiro256(uint64_t seed, uint64_t stream = 0)
    {
        uint64_t sm = seed ^ (stream * 0xd1342543de82ef95ull);
        for (uint64_t &s : m_s)
            s = splitMix64(sm);
    }

    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    //! Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    //! True with probability \a p.
    bool chance(double p) { return uniform() < p; }
    //! Uniform in [0, n) without modulo bias (Lemire's multiply-and-reject). n > 0.
    uint64_t below(uint64_t n)
    {
        XoshiroWide m = (XoshiroWide)next() * n;
        uint64_t low = uint64_t(m);
        if (low < n) {
            const uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = (XoshiroWide)next() * n;
                low = uint64_t(m);
            }
        }
        return uint64_t(m >> 64);
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

} // namespace churnlens
