#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "../prep/featurematrix.h"

#include <cstdint>
#include <span>
#include <vector>

namespace churnlens {

//! Synthetic minority rows and how each was made (for tests and reports).
struct SmoteSamples
{
    std::vector<float> values;      //!< count * cols, row-major
    qsizetype count = 0;
    std::vector<qsizetype> base;    //!< per sample: the minority row it grew from (input row index)
    std::vector<qsizetype> partner; //!< per sample: the neighbour it moved towards (input row index)
    std::vector<float> gap;         //!< per sample: position on the segment base → partner, in [0, 1)
};

/*!
 * SMOTE (Chawla et al. 2002) as imbalanced-learn does it: for each synthetic row pick a
 * minority row at random and one of its k nearest minority neighbours, and take a random
 * point on the segment between them. SMOTE-NC: the categorical features (FeatureKind Binary,
 * OneHot groups, Ordinal) count in the neighbour distance as a mismatch penalty derived from
 * the median standard deviation of the continuous features (imbalanced-learn: a differing
 * category adds median² / 2 to the squared distance), and take the most frequent value among
 * the k neighbours instead of being interpolated.
 * Deterministic for a seed, independent of the thread count. Needs features without NaN.
 */
class Smote
{
public:
    struct Options
    {
        int neighbours = 5;
        quint64 seed = 42;
        bool nominal = false;             //!< SMOTE-NC
        bool standardizeDistances = true; //!< see ImbalanceOptions::standardizeDistances
        int threads = 0;
    };

    //! \a count synthetic rows from the rows \a minorityRows of \a matrix.
    static Result<SmoteSamples> generate(const FeatureMatrix &matrix, std::span<const qsizetype> minorityRows,
                                         qsizetype count, const Options &options, Progress *progress = nullptr);

    //! The space SMOTE measures distances in: one row per minority row, continuous features
    //! (optionally standardised) and categorical ones scaled so that a mismatch costs the
    //! SMOTE-NC penalty. Exposed for tests.
    static std::vector<float> distanceSpace(const FeatureMatrix &matrix, std::span<const qsizetype> minorityRows,
                                            const Options &options, int *dims);
};

} // namespace churnlens
