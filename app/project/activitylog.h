#pragma once

#include "export/exportlog.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <limits>
#include <optional>

namespace churnlens {

class ProjectFile;

//! One scoring of a customer file: what was scored, with which model, and how it came out.
struct ScoringRecord
{
    qint64 id = 0;
    QDateTime at;                  //!< UTC
    QString source;                //!< the scored file or "database: table"
    QString fingerprint;           //!< SHA-256 of the scored table's contents
    std::optional<int> version;    //!< the registered model version, if the model was one
    QString model;                 //!< the model's title ("v3 (XGBoost)", a folder, "run 4: XGBoost")
    double threshold = 0.5;
    qint64 rows = 0;
    qint64 high = 0;
    qint64 medium = 0;
    qint64 low = 0;
    QJsonObject selection;         //!< the campaign selection in force (CampaignOptions JSON), if any
    // Schema 3 (NaN: unknown, or recorded before): see ImpactService::fillScoringRecord().
    double meanProbability = std::numeric_limits<double>::quiet_NaN();      //!< predicted churn rate
    double monthlyRevenueAtRisk = std::numeric_limits<double>::quiet_NaN(); //!< Σ p x monthly charge
    double observedChurnRate = std::numeric_limits<double>::quiet_NaN();    //!< realised, when recorded
};

//! An export recorded in a project, linked to the model version and scoring it came from.
struct ProjectExport
{
    qint64 id = 0;
    ExportRecord record;
    std::optional<int> version;
    std::optional<qint64> scoringId;
};

/*!
 * What was done with the models: every scoring and every export of a customer list. In a
 * project these replace the global export log (which stays for exports made without one).
 */
class ActivityLog
{
public:
    explicit ActivityLog(ProjectFile &project);

    Result<qint64> addScoring(const ScoringRecord &scoring);
    //! Every scoring, oldest first.
    Result<QList<ScoringRecord>> scorings() const;
    Result<qint64> addExport(const ExportRecord &record, std::optional<int> version, std::optional<qint64> scoringId);
    //! Every export, oldest first.
    Result<QList<ProjectExport>> exports() const;

private:
    ProjectFile &m_project;
};

} // namespace churnlens
