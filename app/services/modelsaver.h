#pragma once

#include "common/error.h"

#include <QString>

namespace churnlens {

struct TrainReport;

/*!
 * Saves one model of a report as a ModelBundle directory, all or nothing (ModelFolder::write():
 * written into a hidden sibling folder, read back to prove it works, and only then renamed into
 * place; a folder that holds other files is never overwritten). Synchronous and thread-safe
 * (run it off the GUI thread); the report must not change meanwhile.
 */
class ModelSaver
{
public:
    static Result<void> save(const QString &directory, const TrainReport &report, int modelIndex);
    //! A folder name that says what is in it: "churn-model-logistic".
    static QString suggestedName(const QString &modelMachineName);
};

} // namespace churnlens
