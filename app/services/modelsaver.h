#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace churnlens {

struct TrainReport;

/*!
 * Saves one model of a report as a ModelBundle directory, all or nothing: the bundle is
 * written into a hidden sibling folder, loaded back to prove it works, and only then renamed
 * into place (an older model in the same folder is replaced only at that moment). A folder
 * that holds other files is never overwritten. Synchronous and thread-safe (run it off the
 * GUI thread); the report must not change meanwhile.
 */
class ModelSaver
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ModelSaver)

public:
    static Result<void> save(const QString &directory, const TrainReport &report, int modelIndex);
    //! A folder name that says what is in it: "churn-model-logistic".
    static QString suggestedName(const QString &modelMachineName);
};

} // namespace churnlens
