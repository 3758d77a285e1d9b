#pragma once
// Small helpers that build DataTables for the preparation and sampler tests.

#include "data/datatable.h"
#include "prep/featurematrix.h"

#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace churnlens::preptest {

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

//! A coded column from labels; an empty string is missing. Boolean columns get the
//! dictionary No (0), Yes (1) first so that code 1 means true.
inline Column coded(const QString &name, const QStringList &values, ColumnType type = ColumnType::Categorical)
{
    Dictionary d;
    if (type == ColumnType::Boolean) {
        d.insert("No");
        d.insert("Yes");
    }
    std::vector<int32_t> codes;
    for (const QString &v : values) {
        if (v.isEmpty()) {
            codes.push_back(Column::MissingCode);
            continue;
        }
        const QByteArray utf8 = v.toUtf8();
        codes.push_back(d.insert(std::string_view(utf8.constData(), size_t(utf8.size()))));
    }
    return Column::coded(name, std::move(codes), std::move(d), type);
}

inline Column numeric(const QString &name, std::vector<double> values, Semantic semantic = Semantic::None)
{
    Column c = Column::numeric(name, std::move(values));
    c.setSemantic(semantic);
    return c;
}

inline Column withSemantic(Column c, Semantic s)
{
    c.setSemantic(s);
    return c;
}

inline Column withRole(Column c, ColumnRole r)
{
    c.setRole(r);
    return c;
}

//! Index of the feature called \a name, or -1.
inline int feature(const FeatureMatrix &m, const QString &name)
{
    return int(m.names.indexOf(name));
}

//! Bitwise equality that treats NaN as equal to NaN.
inline bool sameValues(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
            return false;
    }
    return true;
}

} // namespace churnlens::preptest
