#pragma once

#include "data/datasource.h"
#include "data/fieldlabels.h"

#include <QString>

namespace churnlens {

/*!
 * The labels a user gave the fields of a data source while no project was open, remembered in
 * the application's settings (QSettings) by the source (a file's absolute path; a database's
 * connection and table or query), so that opening the same data again after a restart shows
 * them again. A project keeps its own labels; these are only for work without one. The most
 * recently labelled MaxSources sources are kept. GUI thread (QSettings of the application).
 */
class RememberedLabels
{
public:
    static constexpr int MaxSources = 50;

    //! What identifies \a source across restarts; empty when nothing does (standard input, no path).
    static QString keyOf(const DataSource &source);
    //! The labels remembered for \a key (none when \a key is empty or unknown).
    static FieldLabels load(const QString &key);
    //! Remembers \a labels for \a key (no labels: forgets the source). Nothing for an empty key.
    static void save(const QString &key, const FieldLabels &labels);
};

} // namespace churnlens
