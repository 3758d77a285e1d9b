#include "dataopener.h"

#include "data/dataloader.h"
#include "data/samplegenerator.h"
#include "data/databasedialog.h"
#include "common/format.h"
#include "data/importdialog.h"
#include "recentfiles.h"
#include "workspace/workspace.h"
#include "jobs/taskrunner.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace churnlens {

namespace {
const QString LastDirKey = QStringLiteral("lastDirectory");

bool isDatabaseFile(const QString &path)
{
    return DataSource::fromPath(path).kind == DataSource::Kind::Sqlite;
}
} // namespace

DataOpener::DataOpener(Workspace *workspace, RecentFiles *recent, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_recent(recent)
    , m_dialogParent(dialogParent)
    , m_runner(new TaskRunner(this))
{
}

DataOpener::~DataOpener() = default;

bool DataOpener::isLoading() const
{
    return m_runner->isRunning();
}

QString DataOpener::fileFilter()
{
    return tr("Customer data (*.csv *.tsv *.txt *.sqlite *.sqlite3 *.db);;Text files (*.csv *.tsv *.txt);;"
              "SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)");
}

bool DataOpener::isSupportedFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                      QStringLiteral("sqlite"), QStringLiteral("sqlite3"), QStringLiteral("db"), QStringLiteral("db3")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString DataOpener::samplePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("sample-customers-%1.csv").arg(SampleRows));
}

bool DataOpener::confirmClosingData()
{
    const QString loss = m_workspace->jobsOnCurrentData();
    if (loss.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Stop the work on this data?"), loss, QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(QStringLiteral("confirmCloseData"));
    QPushButton *stop = box.addButton(tr("Stop and Continue"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != stop)
        return false;
    m_workspace->cancelJobsOnCurrentData();
    return true;
}

void DataOpener::openWithDialog()
{
    if (!confirmClosingData())
        return;
    QSettings settings;
    const QString dir = settings.value(LastDirKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Customer Data"), dir, fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
    openPath(path, true);
}

void DataOpener::openPath(const QString &path, bool ask)
{
    if (ask && !confirmClosingData())
        return;
    const QFileInfo info(path);
    if (!info.isFile()) {
        Error e;
        e.code = ErrorCode::Io;
        e.message = tr("The file does not exist or is not a file.");
        e.file = path;
        e.hint = tr("Check the name and the folder, or pick the file again with File > Open.");
        m_recent->remove(path);
        Q_EMIT failed(e);
        return;
    }
    if (isDatabaseFile(path)) {
        openDatabase(path);
        return;
    }
    DataSource source = DataSource::fromPath(path);
    if (ask && ImportDialog::askOnOpen()) {
        ImportDialog dialog(path, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        source = dialog.source();
    }
    load(source);
}

void DataOpener::openDatabase(const QString &sqliteFile)
{
    if (sqliteFile.isEmpty() && !confirmClosingData())
        return;
    DatabaseDialog dialog(m_dialogParent);
    if (!sqliteFile.isEmpty())
        dialog.setSqliteFile(sqliteFile);
    if (dialog.exec() == QDialog::Accepted)
        load(dialog.source());
}

void DataOpener::openSample()
{
    if (!confirmClosingData())
        return;
    const QString path = samplePath();
    startLoad(DataSource::fromPath(path), !QFileInfo::exists(path));
}

void DataOpener::load(const DataSource &source)
{
    startLoad(source, false);
}

void DataOpener::startLoad(const DataSource &source, bool makeSample)
{
    // The newest request wins: a running load (or sample) stops within the core's poll interval
    // and its result is never delivered.
    m_runner->startLatest<Loaded>(
        makeSample ? tr("Creating sample customers") : tr("Loading %1").arg(source.displayName()),
        [source, makeSample](Progress &p) {
            Loaded out{makeError(ErrorCode::Internal, QString()), {}};
            if (makeSample) {
                p.setText(tr("Creating %1 sample customers…").arg(format::count(SampleRows)));
                QDir().mkpath(QFileInfo(source.path).absolutePath());
                SubProgress make(&p, 0.0, 0.6);
                if (auto made = SampleGenerator::writeCsv(source.path, SampleRows, 42, &make); !made) {
                    out.result = std::unexpected(made.error());
                    return out;
                }
            }
            SubProgress read(&p, makeSample ? 0.6 : 0.0, 1.0);
            out.result = DataLoader::load(source, &read);
            if (out.result)
                out.stats = TableStats::of(out.result->table);
            return out;
        },
        [this, source](Loaded &&done) { onLoaded(std::move(done), source); });
}

void DataOpener::cancel()
{
    m_runner->cancel();
}

void DataOpener::onLoaded(Loaded &&done, const DataSource &source)
{
    Result<LoadResult> &result = done.result;
    if (!result) {
        if (result.error().code == ErrorCode::Canceled)
            Q_EMIT canceled();
        else
            Q_EMIT failed(result.error());
        return;
    }
    DataSource kept = source;
    kept.sql.password.clear(); // the workspace outlives the load; the password must not
    LoadResult &r = *result;
    if (r.table.sourceName().isEmpty())
        r.table.setSourceName(source.displayName());
    if (source.kind == DataSource::Kind::Csv)
        kept.csv = r.csvOptions;
    if (source.kind != DataSource::Kind::Sql && source.path != samplePath())
        m_recent->add(source.path);
    m_workspace->setLoaded(std::move(r.table), kept, std::move(r.issues), r.seconds, done.stats);
    Q_EMIT loaded();
}

} // namespace churnlens
