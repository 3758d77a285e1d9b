#pragma once

#include <vector>

namespace churnlens {

class Dictionary;

/*!
 * Where each level of a categorical column goes on a chart: its rank when the labels are
 * sorted naturally ("Month-to-month" < "One year" < "Two year", "2 lines" < "10 lines").
 * Charts then read the same for every file, whatever order the levels first appear in.
 * Indexed by level code; the values are a permutation of 0 … size-1.
 */
std::vector<int> levelPositions(const Dictionary &dictionary);

} // namespace churnlens
