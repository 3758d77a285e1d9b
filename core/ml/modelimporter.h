#pragma once

#include "common/error.h"
#include "modelbundle.h"
#include "prep/fittedpreparation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace churnlens {

//! What an import needs besides the folder when the model was trained outside ChurnLens.
struct ModelImportOptions
{
    //! The preparation that makes the model's features (from another model version, say).
    FittedPreparation preparation;
    double threshold = 0.5;      //!< the decision threshold to record
    QString target;              //!< the churn column, recorded for scoring and the model card (optional)
    QString positiveLabel;       //!< its value that means "churned" (optional)
    QString source;              //!< where the model came from, for the note (default: the folder)
    QDateTime created;           //!< recorded as "created" (default: now)
};

//! An imported model's files, and what the import noticed without refusing it.
struct ImportedModel
{
    ModelBundle::Files files;
    QList<Issue> issues;
    bool foreign = false; //!< true when the metadata was made by the import
};

/*!
 * Brings a model folder into ChurnLens as ModelBundle::Files, checked by ModelBundle::decode():
 *  - a ChurnLens folder (with meta.json): exactly what ModelBundle::load() accepts, unchanged;
 *  - XGBoost's own JSON model alone (model.json, as Python's Booster.save_model("model.json")
 *    writes it), with a ChurnLens preparation from the caller: the objective must be
 *    binary:logistic with trees, and the feature names stored in the model must equal the
 *    preparation's, in order (a model without names must at least have as many features, and
 *    gets a warning). The metadata is made here (origin "imported").
 * Failures say what does not fit and what to do. Synchronous, stateless, thread-safe.
 */
class ModelImporter
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ModelImporter)

public:
    //! Imports \a directory; \a options are used only for a folder without meta.json.
    static Result<ImportedModel> importFolder(const QString &directory, const ModelImportOptions &options = {});
    //! Imports XGBoost's JSON model \a json (\a fileName only names it in messages).
    static Result<ImportedModel> fromXgboostJson(const QByteArray &json, const ModelImportOptions &options,
                                                 const QString &fileName = QStringLiteral("model.json"));
};

} // namespace churnlens
