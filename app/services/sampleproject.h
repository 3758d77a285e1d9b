#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace churnlens {

class Progress;

/*!
 * The project a first start opens, so that a new user can score and export at once: the
 * sample customers (SampleGenerator, as "Try with Sample Data" makes them) in a CSV file, and
 * the default model shipped with ChurnLens registered as v1, the champion. Its saved workspace
 * opens the customers and scores them with v1. Synchronous (run it on a worker); thread-safe.
 */
class SampleProject
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::SampleProject)

public:
    //! The file name in the application's data folder: "Sample project.churnlens".
    static QString fileName();

    /*!
     * Makes the project at \a projectPath. The customers are read from \a dataPath, written
     * there first (\a rows customers, seed 42) when the file does not exist; the model is read
     * from \a modelFolder (ModelLocator::defaultModelDirectory()).
     */
    static Result<void> create(const QString &projectPath, const QString &dataPath, qint64 rows,
                               const QString &modelFolder, Progress *progress = nullptr);
};

} // namespace churnlens
