#pragma once

#include <QString>

#include <cstdint>

namespace churnlens {

//! How the training rows are rebalanced. Applied to training folds only, never to
//! validation or test rows.
enum class ImbalanceStrategy {
    None,         //!< train on the rows as they are (default; tune the threshold instead)
    ClassWeights, //!< weight rows neg/pos so both classes weigh the same (scale_pos_weight)
    Undersample,  //!< drop random majority rows (seeded)
    Smote,        //!< synthetic minority rows; SMOTE-NC when some features are categorical
    SmotePlain    //!< SMOTE interpolating every feature, one-hot ones too (what imbalanced-learn's
                  //!< SMOTE does on an encoded matrix; for comparisons)
};

//! Settings of ImbalanceSampler. Value type.
struct ImbalanceOptions
{
    ImbalanceStrategy strategy = ImbalanceStrategy::None;
    quint64 seed = 42;
    int neighbours = 5;        //!< k of SMOTE
    //! Wanted minority / majority count after resampling (1 = balanced, as imbalanced-learn's
    //! default); ignored by None and ClassWeights.
    double ratio = 1.0;
    //! SMOTE searches neighbours on continuous features divided by their standard deviation
    //! over the minority rows (the synthetic rows are the same kind of segment points either
    //! way). Off = raw feature values, as imbalanced-learn does on the matrix it is given.
    bool standardizeDistances = true;
    int threads = 0;           //!< 0 = all cores
};

QString machineName(ImbalanceStrategy strategy); //!< "none", "weights", "undersample", "smote", "smote_plain"
QString toString(ImbalanceStrategy strategy);    //!< translated
bool fromMachineName(const QString &name, ImbalanceStrategy *strategy);

} // namespace churnlens
