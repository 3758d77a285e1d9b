#pragma once

#include "common/error.h"

#include <QStringList>

#include <vector>

namespace churnlens {

class DataTable;
class ModelBundle;
class Progress;
struct TrainReport;

/*!
 * The training data's reference a model keeps for drift checks (meta.json "reference"): the
 * distributions of the fields it reads over every row of its training table, the distribution of
 * its calibrated probabilities on the held-out test rows (not the training rows, whose
 * probabilities are more confident than any new file's), and the mean |SHAP| per field over up
 * to SampleRows evenly spread rows.
 */
namespace TrainingReference {

constexpr qsizetype SampleRows = 5000;

//! Mean |SHAP| per field (model's own units, log-odds) over one explanation pass.
struct FieldShap
{
    QStringList fields;
    std::vector<double> meanAbs;
};

//! Builds every model's reference in \a report (trained on \a table) into ModelReport::reference.
Result<void> attach(TrainReport &report, const DataTable &table, int threads = 0, Progress *progress = nullptr);
//! Mean |SHAP| per field of \a model over up to SampleRows evenly spread rows of \a table.
Result<FieldShap> meanAbsShap(const ModelBundle &model, const DataTable &table, int threads = 0, Progress *progress = nullptr);

} // namespace TrainingReference

} // namespace churnlens
