#pragma once

#include "../common/error.h"
#include "csvoptions.h"
#include "datatable.h"

#include <QList>

namespace churnlens {

//! A loaded table with what was noticed on the way.
struct LoadResult
{
    DataTable table;
    QList<Issue> issues;     //!< warnings with file, line and column; loading went on
    double seconds = 0.0;    //!< wall time of the load
    CsvOptions csvOptions;   //!< for CSV: the options actually used (sniffed values filled in)
    bool hadBom = false;
};

} // namespace churnlens
