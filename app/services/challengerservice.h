#pragma once

#include "common/error.h"
#include "ml/trainreport.h"
#include "monitor/modelcomparison.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace churnlens {

class DataTable;
class ModelBundle;
class ProjectFile;
class Progress;

//! Champion and challenger side by side on the same held-out rows of the new file. Value type.
struct ChallengerComparison
{
    QDateTime created;                 //!< UTC
    int championVersion = 0;
    int challengerVersion = 0;         //!< 0 until registered
    QString championName;              //!< "v2 (XGBoost)"
    QString dataName;                  //!< the new labelled file
    bool newDataOnly = false;          //!< trained on the new data alone (else reference + new)
    qint64 trainingRows = 0;           //!< rows the challenger was trained on
    qint64 holdoutRows = 0;            //!< held-out rows of the new file both are compared on
    BinaryMetrics champion;            //!< on the held-out rows, at the champion's threshold
    BinaryMetrics challenger;          //!< at the challenger's threshold
    DeLongTest deLong;                 //!< A = champion, B = challenger
    CampaignBootstrap campaign;        //!< realised campaign value of each list at its threshold
    CampaignValueInputs campaignInputs; //!< values span empty after computing; kept for the JSON
    double campaignMonthlyValue = 0.0; //!< value per saved customer: monthly charge x months, or this fixed value
    TopOverlap overlap;                //!< top-N lists, N = the champion's list size (at least 1% of the rows)
    //! "The challenger is better: ROC AUC 0.85 vs 0.83 (+0.021, 95% interval +0.004 to +0.038, p = 0.01)." or
    //! "No significant difference …". Plain words, first the verdict.
    QStringList summary;
    bool challengerBetter = false;     //!< AUC difference significant at 5% and positive

    QJsonObject toJson() const;
    static Result<ChallengerComparison> fromJson(const QJsonObject &json);
};

struct ChallengerRequest
{
    const ModelBundle *champion = nullptr;   //!< its settings are reused (family, parameters, preparation, threshold rule)
    QString championName;
    int championVersion = 0;
    std::shared_ptr<const DataTable> newData;       //!< labelled (has the champion's churn column)
    std::shared_ptr<const DataTable> referenceData; //!< the champion's training data; null with newDataOnly
    bool newDataOnly = false;
    QString dataName;
    double holdoutShare = 0.3;         //!< of the new file, stratified, never trained on
    quint64 seed = 42;
    double acceptance = 0.24;          //!< campaign assumptions for the value comparison
    double contactCost = 5.0;
    double offerCost = 0.0;
    double months = 12.0;
    int threads = 0;
};

struct ChallengerResult
{
    TrainReport report;                //!< the challenger's training (one model), recordable as a run
    ChallengerComparison comparison;
};

/*!
 * Retrain: trains a challenger with the champion's settings (same family and parameters, no
 * new search) on the reference data plus the new file's training part (or the new part alone),
 * then compares both on the new file's held-out part. The caller records it (record()).
 * Synchronous; progress and cancel.
 */
class ChallengerService
{
public:
    static Result<ChallengerResult> run(const ChallengerRequest &request, Progress *progress = nullptr);
    /*!
     * Stores the challenger's run, registers it as a challenger (never champion: promotion is an
     * explicit step) and stores the comparison, in the project; fills comparison.challengerVersion.
     * Returns the comparison's id.
     */
    static Result<qint64> record(ProjectFile &project, ChallengerResult &result, const QJsonObject &roles);
    /*!
     * A run's data name or note, or a version's note, as written into a project by record() (in
     * English, whatever the language of the program that wrote it: "training data + march.csv",
     * "Challenger to v2 (Logistic regression)"), in the user's language. Other text (the user's own
     * notes, a file name, older projects' text) comes back unchanged.
     */
    static QString displayText(const QString &stored);
    /*!
     * The champion's training data as the project keeps it (its embedded copy), loaded — only when
     * its contents are exactly those the champion was trained on (meta.json "data_fingerprint");
     * otherwise an error saying what to give instead.
     */
    static Result<std::shared_ptr<const DataTable>> projectReferenceData(const ProjectFile &project, const ModelBundle &champion,
                                                                        Progress *progress = nullptr);
};

} // namespace churnlens
