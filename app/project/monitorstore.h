#pragma once

#include "common/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <limits>
#include <optional>

namespace churnlens {

class ProjectFile;

//! One stored Monitor check, as the trend lists it (the whole report is in the JSON).
struct MonitorCheckRecord
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    qint64 id = 0;
    QDateTime at;                      //!< UTC
    int version = 0;                   //!< registry version checked (0: a model folder)
    std::optional<qint64> scoringId;   //!< the scoring of the same file, when there is one
    QString dataName;
    QString dataFingerprint;
    qint64 rows = 0;
    double driftedShare = NaN;
    double predictionPsi = NaN;
    double accuracy = NaN;
    bool accuracyEstimated = true;
    double rocAuc = NaN;
    QString recommendation;            //!< "none", "watch", "retrain"
    QJsonObject report;                //!< MonitorReport::toJson(); empty in list()
};

//! One stored champion-vs-challenger comparison.
struct ComparisonRecord
{
    qint64 id = 0;
    QDateTime at;
    int champion = 0;
    int challenger = 0;
    QString dataName;
    double championAuc = 0.0;
    double challengerAuc = 0.0;
    double pValue = 1.0;
    QJsonObject report;                //!< ChallengerComparison::toJson(); empty in list()
};

/*!
 * The project's Monitor history (schema step 4): every check, linked to the scoring of the same
 * file when there is one, so the trend across months is a chart; and every comparison, which a
 * promotion then cites. Reports are stored zlib-compressed.
 */
class MonitorStore
{
public:
    //! Adding needs the project open for writing; reading works on a read-only one too.
    explicit MonitorStore(const ProjectFile &project);

    Result<qint64> addCheck(const MonitorCheckRecord &check);
    Result<QList<MonitorCheckRecord>> checks() const; //!< oldest first, without reports
    Result<MonitorCheckRecord> check(qint64 id) const;
    Result<qint64> addComparison(const ComparisonRecord &comparison);
    Result<QList<ComparisonRecord>> comparisons() const; //!< oldest first, without reports
    Result<ComparisonRecord> comparison(qint64 id) const;
    //! The latest comparison with \a challenger as challenger, if any.
    Result<std::optional<ComparisonRecord>> latestFor(int challenger) const;

private:
    const ProjectFile &m_project;
};

} // namespace churnlens
