#pragma once

#include "common/error.h"
#include "modelbundle.h"
#include "modelcard.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace churnlens {

/*!
 * A model folder written all or nothing: the files go into a hidden sibling folder, are read
 * back and compared with what was meant to be written, and only then is the folder renamed
 * into place (an older model under the same name is replaced only at that moment). A folder
 * that holds anything but a ChurnLens model is never overwritten.
 * Used to save a trained model, and to export a model version (with its MODEL_CARD.md).
 * Synchronous; thread-safe for different target folders.
 */
class ModelFolder
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ModelFolder)

public:
    //! A file written next to the model's own, such as the model card.
    struct ExtraFile
    {
        QString name;
        QByteArray content;
    };

    static QString cardFileName() { return QStringLiteral("MODEL_CARD.md"); }

    /*!
     * Writes \a files (with ModelBundle::write()) and \a extra into \a directory. Fails with an
     * Io error when the folder holds other files, and with a Model error when \a files do not
     * make a model that ModelBundle::load() accepts; nothing is left behind either way.
     */
    static Result<void> write(const QString &directory, const ModelBundle::Files &files, const QList<ExtraFile> &extra = {});

    /*!
     * Exports a model (a registry's version, say): write() of \a files with MODEL_CARD.md, the
     * card ModelCard makes from them and \a info. Files that do not decode are refused.
     */
    static Result<void> exportModel(const QString &directory, const ModelBundle::Files &files, const ModelCardInfo &info = {});

    //! True if \a directory may receive a model: missing, empty, or holding a ChurnLens model (meta.json).
    static bool isReplaceable(const QString &directory);
};

} // namespace churnlens
