#pragma once

#include "common/error.h"
#include "monitor/driftresult.h"
#include "monitor/performancecheck.h"
#include "monitorsettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <functional>

#include <limits>
#include <optional>
#include <span>

namespace churnlens {

class DataTable;
class ModelBundle;
class Progress;

//! What the Monitor advises, with the rule and the numbers that decided it.
struct MonitorRecommendation
{
    enum class Level { NoAction, Watch, Retrain };

    Level level = Level::NoAction;
    //! "Retrain recommended: accuracy 74% < 77% (the model's test accuracy 80% minus 3 points)",
    //! "MonthlyCharges drifted (PSI 0.31 > 0.2)", or "No action needed: …". Plain words, first the headline.
    QStringList lines;

    static QString machineName(Level level); //!< "none", "watch", "retrain"
    QString headline() const { return lines.isEmpty() ? QString() : lines.first(); }
};

/*!
 * One check of a customer file against a model: drift of every field, of the predictions and
 * of the explanations against the reference the model stored when it was trained; performance
 * realised (the file has the churn column) or estimated (CBPE) next to the model's test metrics;
 * and the recommendation. Value type; toJson() is what `drift --json` prints and what a project
 * stores per check.
 */
struct MonitorReport
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    QDateTime created;                  //!< UTC
    QString dataName;
    QString dataFingerprint;
    QString modelName;                  //!< "v3 (XGBoost)", a folder
    int modelVersion = 0;               //!< registry version, 0 when not from a project
    bool hasReference = false;          //!< the model stored a training reference (models trained before it did not)
    bool inSample = false;              //!< the file is the model's training data
    DriftResult drift;
    std::optional<RealisedPerformance> realised; //!< when the file has outcomes
    EstimatedPerformance estimated;     //!< always (from the probabilities)
    double testAccuracy = NaN;          //!< the model's own test metrics (meta.json)
    double testRocAuc = NaN;
    double testThreshold = 0.5;
    MonitorSettings settings;
    MonitorRecommendation recommendation;
    QList<Issue> issues;                //!< from scoring (unseen categories, missing columns)

    //! Accuracy / ROC AUC used by the rule: realised when known, else estimated.
    double accuracy() const;
    double rocAuc() const;
    bool accuracyIsEstimate() const { return !realised.has_value(); }

    QJsonObject toJson() const;
    static Result<MonitorReport> fromJson(const QJsonObject &json);
};

struct MonitorRequest
{
    const DataTable *table = nullptr;   //!< the new file (the caller keeps it alive)
    const ModelBundle *model = nullptr;
    //! The table's probabilities from this model when it was scored already (one per row), with
    //! that scoring's issues; empty = the check scores the table itself.
    std::span<const double> probabilities;
    QList<Issue> scoringIssues;
    QString dataName;
    QString modelName;
    int modelVersion = 0;
    MonitorSettings settings;
    int threads = 0;
};

/*!
 * The Monitor pipeline, written once for the GUI and the CLI: scores the file (probabilities
 * for every row, unless the request brings them, explanations of up to 5,000 evenly spread rows for the mean |SHAP|), computes
 * drift against the model's stored reference, performance and the recommendation. A model
 * without a stored reference fails with a message saying to retrain it. Synchronous and
 * thread-safe; progress and cancel (Error::canceled()).
 */
class MonitorService
{
public:
    static Result<MonitorReport> check(const MonitorRequest &request, Progress *progress = nullptr);
    //! How a field is named in recommendation lines (a column name → the label users read).
    using FieldNamer = std::function<QString(const QString &column)>;
    /*!
     * The recommendation for \a report's measurements under \a settings (re-run when settings
     * change). Fields are named by \a fieldName (the column name when empty): what a project
     * stores and `drift --json` prints keep column names; a view names them by their labels.
     */
    static MonitorRecommendation recommend(const MonitorReport &report, const MonitorSettings &settings,
                                           const FieldNamer &fieldName = {});
    //! \a report under other \a settings: its fields flagged again and a new recommendation, without a new check.
    static void reapply(MonitorReport &report, const MonitorSettings &settings);
};

} // namespace churnlens
