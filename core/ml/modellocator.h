#pragma once

#include <QString>
#include <QStringList>

namespace churnlens {

/*!
 * Finds the ready-made model shipped with ChurnLens (models/default), so that a first start
 * can score customers before anyone has trained a model. Stateless; any thread.
 */
class ModelLocator
{
public:
    /*!
     * Folders searched, in order: $CHURNLENS_MODEL_DIR (when set), the build tree
     * (<exe>/../../models/default, e.g. from build/app/gui), an installed prefix
     * (<exe>/../share/churnlens/models/default) and /usr/share/churnlens/models/default.
     */
    static QStringList candidates();
    //! The first candidate that holds a saved model (a meta.json), or an empty string.
    static QString defaultModelDirectory();
    //! True if \a directory looks like a saved model folder (has meta.json).
    static bool isModelDirectory(const QString &directory);
};

} // namespace churnlens
