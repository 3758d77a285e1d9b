#pragma once

// Internal to core/prep: the learned state behind FittedPreparation.

#include "../data/column.h"
#include "featurematrix.h"
#include "fittedpreparation.h"
#include "levelmatcher.h"

#include <QStringList>

#include <limits>
#include <memory>
#include <vector>

namespace churnlens {

//! How one input column becomes features.
enum class ColumnEncoding : uint8_t {
    Number,  //!< the value itself (numeric and date columns)
    Flag,    //!< a Yes/No column: code 0/1
    Binary,  //!< a category with one or two levels: 1 when the last level
    OneHot,  //!< one 0/1 feature per level (plus "(other)" when levels were pooled)
    Ordinal  //!< the level's position
};

//! What fitting learned about one Feature column.
struct FittedColumn
{
    QString name;
    ColumnType type = ColumnType::Numeric; //!< storage type in training
    Semantic semantic = Semantic::None;
    ColumnEncoding encoding = ColumnEncoding::Number;
    double fill = std::numeric_limits<double>::quiet_NaN(); //!< Number: the training median
    //! Coded: the output levels ("slots"), in feature order; Flag: the false and true level texts.
    QStringList levels;
    QStringList pooled;    //!< OneHot: training levels folded into the last slot "(other)"
    bool hasOther = false; //!< OneHot: the last slot is "(other)"
    int fillSlot = -1;     //!< coded: the most frequent slot in training
    bool indicator = false; //!< had missing values in training and indicators are on
    qsizetype trainMissing = 0;
    int firstFeature = 0;
    int featureCount = 0;  //!< excluding the indicator, which follows them
    //! Coded: how scoring reads a level text (set by buildLayout(), shared by copies).
    std::shared_ptr<const LevelMatcher> matcher;

    bool isCoded() const { return encoding != ColumnEncoding::Number; }
};

//! What fitting learned about one engineered feature.
struct FittedEngineered
{
    EngineeredFeature feature = EngineeredFeature::TenureBins;
    std::vector<int> inputs;            //!< indices into Private::columns
    std::vector<int> slotNumber;        //!< ContractNumber: per slot of the contract column
    std::vector<std::vector<uint8_t>> slotInUse; //!< ServiceCount: per input, per slot (coded inputs)
    int firstFeature = 0;
    int featureCount = 0;
};

struct FittedPreparation::Private
{
    PreparationOptions options;
    std::vector<FittedColumn> columns;
    std::vector<FittedEngineered> engineered;

    // Per feature, filled by buildLayout().
    QStringList names;
    std::vector<FeatureKind> kinds;
    std::vector<int> groups;
    std::vector<QStringList> sourceNames;
    std::vector<uint8_t> scaled; //!< scaling applies to this feature (when options.scale)
    // Per feature, learned when options.scale (else mean 0, scale 1).
    std::vector<double> mean;
    std::vector<double> scale;

    int featureCount() const { return int(names.size()); }
    //! Assigns feature positions and fills names, kinds, groups, sources and `scaled`.
    void buildLayout();
};

} // namespace churnlens
