#include "profile.h"

#include "../common/error.h"

namespace churnlens {

QString Profile::associationMethod()
{
    return QStringLiteral("cramers_v_bias_corrected");
}

QString Profile::associationDescription()
{
    return Tr::tr("Features are ranked by Cramér's V (bias-corrected, 0 = no association, 1 = perfect) between "
                  "churn and the feature's groups: category levels, or deciles for numbers; missing values "
                  "count as a group of their own.");
}

const ColumnProfile *Profile::column(const QString &name) const
{
    for (const ColumnProfile &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

const ChurnBreakdown *Profile::levelBreakdown(int column) const
{
    for (const ChurnBreakdown &b : churnByLevel)
        if (b.column == column)
            return &b;
    return nullptr;
}

const ChurnBreakdown *Profile::binBreakdown(int column, ChurnBreakdown::Kind kind) const
{
    const bool tenure = kind == ChurnBreakdown::Kind::Tenure;
    for (const ChurnBreakdown &b : churnByBin)
        if (b.column == column && (b.kind == ChurnBreakdown::Kind::Tenure) == tenure)
            return &b;
    return nullptr;
}

const FeatureAssociation *Profile::associationOf(int column) const
{
    for (const FeatureAssociation &a : association)
        if (a.column == column)
            return &a;
    return nullptr;
}

std::vector<int> Profile::constantColumns() const
{
    std::vector<int> out;
    for (const ColumnProfile &c : columns)
        if (c.constant)
            out.push_back(c.index);
    return out;
}

std::vector<int> Profile::idLikeColumns() const
{
    std::vector<int> out;
    for (const ColumnProfile &c : columns)
        if (c.idLike)
            out.push_back(c.index);
    return out;
}

} // namespace churnlens
