#pragma once

#include <QtGlobal>

#include <cstdint>
#include <random>
#include <span>
#include <utility>
#include <vector>

namespace churnlens {

/*!
 * The few draws of numpy's legacy RandomState(seed) that scikit-learn's splitters use:
 * the same MT19937 stream and the same bounded-integer and shuffle algorithms, so that
 * DataSplit reproduces train_test_split and StratifiedKFold row for row (same seed → same
 * rows as the Python reference). Not thread-safe.
 */
class NumpyRandom
{
public:
    explicit NumpyRandom(quint32 seed) : m_engine(seed) {}

    //! A uniform integer in [0, max], numpy's random_interval (masked rejection sampling).
    quint64 interval(quint64 max);

    //! In-place Fisher-Yates exactly as RandomState.shuffle on a 1-d array.
    template<typename T>
    void shuffle(std::span<T> values)
    {
        for (size_t i = values.size(); i-- > 1;) {
            const size_t j = size_t(interval(quint64(i)));
            std::swap(values[i], values[j]);
        }
    }

    //! A double in [0, 1): numpy's random_sample (53 bits from two 32-bit draws).
    double uniform();

    //! RandomState.permutation(n).
    std::vector<qint64> permutation(qint64 n);

private:
    std::mt19937 m_engine; // std::mt19937(seed) is numpy's mt19937_seed(seed)
};

} // namespace churnlens
