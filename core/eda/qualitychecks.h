#pragma once

#include "profile.h"
#include "profileoptions.h"

#include <vector>

namespace churnlens {

class DataTable;

/*!
 * Turns a finished profile into data-quality warnings in plain words: leakage suspects,
 * high-cardinality categories, mostly-missing, constant and id-like columns, duplicates,
 * suspicious values (negative charges or tenure, tenure 0 with large total charges) and
 * target problems. Reads the table again only for the cross-column value checks.
 */
class QualityChecks
{
public:
    static std::vector<ProfileWarning> run(const DataTable &table, const Profile &profile,
                                           const ProfileOptions &options);
};

} // namespace churnlens
