#pragma once

#include "common/error.h"
#include "calibration.h"
#include "prep/fittedpreparation.h"
#include "trainedmodel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

#include <vector>

namespace churnlens {

class DataTable;
class Progress;
struct TrainReport;

/*!
 * A trained model as saved to a directory, and loaded back for scoring:
 *   model.json        XGBoost's own JSON model (xgboost, forest), loadable by any XGBoost binding
 *   logistic.json     coefficients of the logistic regression (instead of model.json)
 *   preparation.json  the fitted preparation (FittedPreparation::toJson)
 *   meta.json         kind, parameters, threshold, calibration map, metrics, feature names, seed, data
 *                     fingerprint, library versions, creation time, and the training data's drift reference
 * Files are written atomically. Value type; predictProba() is thread-safe.
 */
class ModelBundle
{
public:
    static constexpr int FormatVersion = 1;

    //! The files of a saved model, as bytes (what save() writes; what a project stores).
    struct Files
    {
        QString modelFileName = QStringLiteral("model.json"); //!< "model.json" or "logistic.json"
        QString preparationFileName = QStringLiteral("preparation.json");
        QByteArray model;
        QByteArray preparation;
        QByteArray meta;
    };

    //! Saves report.models[modelIndex] (default: the best) into \a directory (created if needed).
    static Result<void> save(const QString &directory, const TrainReport &report, int modelIndex = -1);
    static Result<ModelBundle> load(const QString &directory);
    //! The files of the model folder \a directory, read as load() reads them and accepted only if load() would accept them.
    static Result<Files> read(const QString &directory);
    /*!
     * Writes \a files into \a directory (created if needed), each file atomically, and removes the
     * other family's model file of an earlier save. Not checked: write what encode() or read() gave.
     */
    static Result<void> write(const QString &directory, const Files &files);
    //! The files save() would write, without writing them.
    static Result<Files> encode(const TrainReport &report, int modelIndex = -1);
    //! Reads a model from its files' bytes, checked exactly as load() checks a folder;
    //! \a directory only names the files in messages.
    static Result<ModelBundle> decode(const Files &files, const QString &directory = {});
    //! A trained model as it will score once saved and loaded again, without a trip through the disk.
    static Result<ModelBundle> fromReport(const TrainReport &report, int modelIndex = -1);

    const TrainedModel &model() const { return m_model; }
    /*!
     * Maps the model's own probability to the calibrated one (meta.json "calibration"; identity for
     * models saved before calibration existed). predictProba() applies it; explanations stay in the
     * model's own log-odds, and the probability they add up to is then mapped by it.
     */
    const Calibration &calibration() const { return m_calibration; }
    const FittedPreparation &preparation() const { return m_preparation; }
    const QJsonObject &meta() const { return m_meta; }
    ModelKind kind() const { return m_model.kind(); }
    //! The decision threshold: chosen at training time, unless setThreshold() changed it.
    double threshold() const { return m_threshold; }
    //! Uses \a threshold to decide churn / no churn (the user moved the slider); meta() keeps the trained one.
    void setThreshold(double threshold) { m_threshold = threshold; }

    /*!
     * Per row of \a table: 1 churned, 0 stayed, -1 unknown, read from the model's churn column
     * ("target" in meta.json, matched as DataTable::indexOf() matches) with its positive label
     * (guessed when meta.json has none). Empty when the table lacks that column.
     */
    std::vector<int8_t> targetLabels(const DataTable &table) const;

    //! Calibrated probabilities for rows already prepared with preparation().
    Result<std::vector<double>> predictProba(const FeatureMatrix &features) const;
    //! Prepares every row of \a table (issues: unseen categories, missing columns) and scores it.
    Result<std::vector<double>> predictProba(const DataTable &table, QList<Issue> *issues = nullptr, Progress *progress = nullptr) const;

private:
    static Result<ModelBundle> load(const QString &directory, Files *files);
    static Result<ModelBundle> decode(const Files &files, const QString &directory, const Error *modelUnreadable,
                                      const Error *preparationUnreadable);

    TrainedModel m_model;
    FittedPreparation m_preparation;
    Calibration m_calibration;
    QJsonObject m_meta;
    double m_threshold = 0.5;
};

} // namespace churnlens
