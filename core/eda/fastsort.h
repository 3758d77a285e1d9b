#pragma once

#include <vector>

namespace churnlens::stats {

/*!
 * Sorts numbers (no NaN) ascending, the same order as std::sort, in linear time for the
 * large columns the profiler sees: a counting sort when every value is a whole number in a
 * small range (tenure, flags, counts), else an LSD radix sort on the IEEE bit patterns.
 * Small inputs use std::sort. -0.0 and 0.0 compare equal, so their relative order is free.
 */
void sortAscending(std::vector<double> &values);

} // namespace churnlens::stats
