#pragma once

#include "ml/trainreport.h"
#include "ml/thresholdcurve.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

namespace churnlens {

/*!
 * What the Train view shows: the report of every model trained so far in one run (the
 * families are trained one job after another and merged as they finish), and for each model
 * the sorted test scores behind the threshold slider. Immutable once published; a newer
 * snapshot replaces it, so a ModelReport handed to the Workspace stays valid.
 */
struct TrainResults
{
    TrainReport report;
    std::vector<ThresholdCurve> thresholds; //!< one per report.models entry
    QString dataName;                       //!< the file or table trained on, for titles
    int runId = 0;                          //!< 1, 2, … in the order the runs were started
    quint64 dataGeneration = 0;             //!< Workspace::dataGeneration() of the data trained on
    QDateTime started;                      //!< when the run was started (local time)
    bool running = true;                    //!< false once every family is done, canceled or failed

    int modelCount() const { return int(report.models.size()); }
    //! Shares ownership of \a results while pointing at one of its models.
    static std::shared_ptr<const ModelReport> modelOf(const std::shared_ptr<const TrainResults> &results, int index);
};

} // namespace churnlens
