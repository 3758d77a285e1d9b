#pragma once

#include "ml/modelbundle.h"
#include "ml/modelimporter.h"

#include <optional>

namespace churnlens {

class ModelRegistry;
class ProjectFile;

/*!
 * Model versions in and out of a project as folders, for the CLI (model-export, model-import)
 * and the Models area alike. Exporting writes the version's files and a model card; reading an
 * import checks the folder the way the registry will (a ChurnLens folder as it is, or XGBoost's
 * own model.json paired with a version's or a folder's preparation, feature names matching),
 * so that the caller can verify it and ask for the reason before registering it.
 */
class ModelTransfer
{
public:
    struct Import
    {
        ImportedModel imported;  //!< the files to register and what the import noticed
        ModelBundle bundle;      //!< the same files, decoded (for verification)
        QString origin;          //!< how the registry names where it came from
    };

    //! Writes \a version of \a project to \a directory with MODEL_CARD.md (registered when, by whom, why).
    static Result<void> exportVersion(ProjectFile &project, int version, const QString &directory);

    /*!
     * Reads \a directory as a model to add to \a registry's project. For a folder with only
     * XGBoost's model.json, the preparation comes from \a preparationFrom ("3", "v3" or a model
     * folder; empty: the champion's) and \a threshold (default 0.5) is recorded; both must be
     * left empty for a complete ChurnLens folder.
     */
    static Result<Import> read(const ModelRegistry &registry, const QString &directory, const QString &preparationFrom = {},
                               std::optional<double> threshold = std::nullopt);
};

} // namespace churnlens
