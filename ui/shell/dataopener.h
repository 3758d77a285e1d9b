#pragma once

#include "common/error.h"
#include "data/datasource.h"
#include "data/loadresult.h"
#include "workspace/workspace.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace churnlens {

class RecentFiles;
class Workspace;
class TaskRunner;

/*!
 * Every way of opening data ends here: a path (dialog, drop, recent file, command line),
 * a database, or the bundled sample. Text files may go through the ImportDialog, SQLite
 * files through the DatabaseDialog; the load itself runs off the GUI thread and the result
 * is published to the Workspace. Owns the loading job (cancel and wait on destruction).
 */
class DataOpener : public QObject
{
    Q_OBJECT

public:
    DataOpener(Workspace *workspace, RecentFiles *recent, QWidget *dialogParent, QObject *parent = nullptr);
    ~DataOpener() override;

    TaskRunner *runner() const { return m_runner; }
    bool isLoading() const;

    //! File types people can open, for file dialogs and drops.
    static QString fileFilter();
    static bool isSupportedFile(const QString &path);

    //! Rows of the "Try with sample data" file.
    static constexpr qint64 SampleRows = 20000;
    static QString samplePath();

    /*!
     * Before the data is closed or replaced: when a job working on it would be lost (a model
     * training), asks the user; true (after stopping the job) when they agree or nothing runs.
     */
    bool confirmClosingData();

public Q_SLOTS:
    //! Opens \a path; \a ask shows the import dialog for text files (if the user wants it).
    void openPath(const QString &path, bool ask = true);
    //! Asks for a file with a dialog, remembering the last directory.
    void openWithDialog();
    void openDatabase(const QString &sqliteFile = {});
    //! Writes the sample customers once into the app data folder, then opens them.
    void openSample();
    //! Loads \a source as it is (no dialog). A running load is canceled first.
    void load(const DataSource &source);
    void cancel();

Q_SIGNALS:
    void loaded();
    //! Loading failed with \a error (not for a cancel); the caller shows it.
    void failed(const churnlens::Error &error);
    void canceled();

private:
    struct Loaded
    {
        Result<LoadResult> result;
        TableStats stats;
    };
    void startLoad(const DataSource &source, bool makeSample);
    void onLoaded(Loaded &&done, const DataSource &source);

    Workspace *m_workspace;
    RecentFiles *m_recent;
    QPointer<QWidget> m_dialogParent;
    TaskRunner *m_runner;
};

} // namespace churnlens
