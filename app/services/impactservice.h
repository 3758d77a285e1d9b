#pragma once

#include "common/error.h"
#include "impact/campaigneconomics.h"
#include "impact/impactkpis.h"
#include "impact/profitcurve.h"
#include "impact/segmentbreakdown.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace churnlens {

class DataTable;
class ModelBundle;
class Progress;
struct ScoreResult;
struct ScoringRecord;

//! One scoring of the project's history, as the dashboard's trend shows it. Value type.
struct ImpactTrendPoint
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    QDateTime at;                       //!< UTC
    QString source;
    QString model;
    qint64 rows = 0;
    qint64 high = 0;
    double meanProbability = NaN;       //!< NaN for scorings recorded before it was kept
    double monthlyRevenueAtRisk = NaN;  //!< NaN without charges or for older scorings
    double observedChurnRate = NaN;     //!< NaN when the file did not record outcomes
};

//! How far the model's probabilities can be trusted as money. Value type.
struct ImpactCalibration
{
    static constexpr double WarnAbove = 0.05; //!< calibration error above this gets a warning

    bool known = false;          //!< the model recorded its calibration error on its test rows
    double ece = std::numeric_limits<double>::quiet_NaN();
    QString method;              //!< "none", "platt", "isotonic" (meta.json), empty when unknown
    bool warn() const { return !known || ece > WarnAbove; }
};

/*!
 * Everything the impact dashboard shows and the report prints, computed once: the headline
 * figures, segments, the campaign simulation with its profit curve and gains, the trend over
 * the project's scorings, and whether the model's probabilities are calibrated. Value type.
 */
struct ImpactReport
{
    QDateTime created;                  //!< UTC
    QString dataName;                   //!< the scored file ("telco.csv", "database: customers")
    QString modelName;                  //!< "v3 (XGBoost)", a folder, "run 4: XGBoost"
    QString modelFamily;                //!< "XGBoost", "Logistic regression", …
    double trainingChurnRate = std::numeric_limits<double>::quiet_NaN(); //!< NaN when the model did not record it
    ImpactCalibration calibration;
    bool inSample = false;              //!< the scored file is the model's training data (same fingerprint)
    QString valueColumn;                //!< the monthly charges column used; empty when fixedValue was used
    double fixedValue = std::numeric_limits<double>::quiet_NaN(); //!< monthly value per customer when there is no column
    ImpactKpis kpis;
    std::vector<SegmentBreakdown> segments;
    ProfitCurve curve;
    std::vector<ImpactTrendPoint> trend; //!< oldest first; empty without a project
    QList<Issue> issues;                //!< about the values (missing, negative charges) and the model

    //! The --json document: kpis, segments, campaign (best share, net saving, band, outcome), trend, calibration.
    QJsonObject toJson(bool withCurve = false) const;
};

//! What to compute the report from. Views only: the caller keeps the table, scores and model alive.
struct ImpactRequest
{
    const DataTable *table = nullptr;   //!< the scored customers
    const ScoreResult *scores = nullptr;
    const ModelBundle *model = nullptr;
    QString dataName;
    QString modelName;
    //! SHA-256 of the table (Trainer::fingerprint) when the caller has it; computed otherwise
    //! (to tell in-sample scores).
    QString dataFingerprint;
    CampaignEconomics economics;
    //! The monthly charges column; empty = the column mapped to Semantic::MonthlyCharges.
    QString valueColumn;
    //! Monthly value per customer when the file has no charges column (NaN: none; the money
    //! figures are then left out, and the curve ranks by probability: everyone is worth 1 a month).
    double fixedValue = std::numeric_limits<double>::quiet_NaN();
    //! Segment columns by name; empty = SegmentBreakdown::defaultColumns().
    QStringList segmentColumns;
    QList<ScoringRecord> history;       //!< the project's scorings (trend); empty without a project
};

/*!
 * Builds the impact report for every caller: the GUI's dashboard (on a worker), `churnlens-cli
 * report` and its PDF. Synchronous; stateless and thread-safe.
 */
class ImpactService
{
public:
    static Result<ImpactReport> build(const ImpactRequest &request, Progress *progress = nullptr);

    /*!
     * "How is this computed?" in plain words with the formulas, one (title, text) pair per
     * figure, filled with this report's own assumptions (months, costs, acceptance). Translated.
     */
    static QList<std::pair<QString, QString>> howComputed(const ImpactReport &report);

    //! The figures a scoring adds to the project's history (mean probability, revenue at risk,
    //! realised churn), so that the trend can show them later.
    static void fillScoringRecord(ScoringRecord *record, const DataTable &table, const ScoreResult &scores,
                                  const ModelBundle &model);
};

} // namespace churnlens
