// The File menu's project commands as a user drives them (offscreen): New Project, the modified
// marker, Save, Close with the unsaved-changes question, reopening, a project held by someone
// else opened read-only, quitting with unsaved changes, a project dropped on the window, and an
// export recorded in the project. Dialogs are answered by the test as they come up.
#include "data/samplegenerator.h"
#include "jobs/jobmanager.h"
#include "project/project.h"
#include "score/campaignpanel.h"
#include "score/scoreview.h"
#include "services/projectrecorder.h"
#include "shell/areas.h"
#include "shell/dataopener.h"
#include "shell/mainwindow.h"
#include "shell/projectcontroller.h"
#include "shell/recentfiles.h"
#include "shell/welcomepage.h"
#include "workspace/projectsession.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QJsonArray>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace churnlens;

namespace {
const QString Telco = QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");

//! Runs \a act on the next modal dialog of type \a Dialog as soon as it is up.
template<typename Dialog>
void whenModal(std::function<void(Dialog *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act]() {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start();
}

//! Answers the next file dialog with \a path.
void chooseFile(const QString &path)
{
    whenModal<QFileDialog>([path](QFileDialog *d) {
        d->selectFile(path);
        QMetaObject::invokeMethod(d, "accept");
    });
}

//! Answers the next message box called \a name with \a button; \a seen says it came.
void answer(const QString &name, QMessageBox::StandardButton button, bool *seen = nullptr)
{
    whenModal<QMessageBox>([name, button, seen](QMessageBox *box) {
        if (seen)
            *seen = box->objectName() == name;
        box->button(button)->click();
    });
}

void answerWithText(const QString &name, const QString &text, bool *seen = nullptr)
{
    whenModal<QMessageBox>([name, text, seen](QMessageBox *box) {
        if (seen)
            *seen = box->objectName() == name;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == text) {
                b->click();
                return;
            }
        }
        box->reject();
    });
}

bool settled(MainWindow &window)
{
    Workspace *w = window.workspace();
    return QTest::qWaitFor([&]() {
        return !window.projects()->session()->isRestoring() && !w->scoring()->isBusy() && !w->recorder()->isBusy()
               && !window.opener()->isLoading() && (!w->project() || !w->hasTable() || !w->dataFingerprint().isEmpty());
    }, 120000);
}

bool loadTelco(MainWindow &window)
{
    QSignalSpy loaded(window.opener(), &DataOpener::loaded);
    window.opener()->openPath(Telco, false);
    return loaded.wait(60000) && settled(window);
}

int column(const Workspace *w, const QString &name)
{
    return w->table()->indexOf(name);
}

int errorBoxes(const MainWindow &window)
{
    int n = 0;
    for (QMessageBox *box : window.findChildren<QMessageBox *>(QStringLiteral("errorBox")))
        n += box->isVisible();
    return n;
}
} // namespace

class TestProjectMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ChurnLens"));
        QCoreApplication::setApplicationName(QStringLiteral("ChurnLensProjectMenuTest"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        initUiResources();
    }

    void init() { QSettings().clear(); }

    void newSaveCloseReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("retention.churnlens"));
        {
            MainWindow window;
            installAreas(window);
            window.show();
            ProjectController *projects = window.projects();
            QVERIFY(!projects->closeAction()->isEnabled());
            QVERIFY(loadTelco(window));
            QVERIFY(!window.isWindowModified()); // no project: nothing to save into yet

            // File > New Project…: a save dialog, then the work is in the new project.
            chooseFile(path);
            projects->newAction()->trigger();
            QVERIFY(window.workspace()->project());
            QVERIFY(QFile::exists(path));
            QCOMPARE(window.windowTitle(), QStringLiteral("retention[*] — ChurnLens"));
            QVERIFY(settled(window));
            QVERIFY(!window.isWindowModified());
            QVERIFY(projects->saveAction()->isEnabled());
            QVERIFY(projects->closeAction()->isEnabled());
            QCOMPARE(projects->recentProjects()->files().value(0), QFileInfo(path).absoluteFilePath());

            // An edit marks the window modified; Save (Ctrl+S) clears it.
            window.workspace()->setRole(column(window.workspace(), QStringLiteral("gender")), ColumnRole::Ignore);
            QVERIFY(window.isWindowModified());
            QCOMPARE(projects->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
            projects->saveAction()->trigger();
            QVERIFY(!window.isWindowModified());

            // Another edit, then Close Project: asked, and "Don't Save" closes without it.
            window.workspace()->setRole(column(window.workspace(), QStringLiteral("Partner")), ColumnRole::Ignore);
            QVERIFY(window.isWindowModified());
            bool asked = false;
            answer(QStringLiteral("unsavedChanges"), QMessageBox::Discard, &asked);
            projects->closeAction()->trigger();
            QVERIFY(asked);
            QVERIFY(!window.workspace()->project());
            QVERIFY(window.isShowingWelcome());
            QVERIFY(!window.isWindowModified());
            QCOMPARE(window.windowTitle(), QStringLiteral("ChurnLens[*]"));
            QCOMPARE(errorBoxes(window), 0);
        }

        // Reopened (as the next start does): the data, the saved role, not the discarded one.
        QCOMPARE(QSettings().value(QStringLiteral("projects/last")).toString(), QString());
        MainWindow window;
        installAreas(window);
        window.show();
        QSignalSpy finished(window.projects()->session(), &ProjectSession::restoreFinished);
        window.projects()->openPath(path);
        QVERIFY(finished.wait(120000));
        QVERIFY(settled(window));
        const Workspace *w = window.workspace();
        QVERIFY(w->hasTable());
        QCOMPARE(w->table()->rowCount(), qsizetype(7043));
        QVERIFY(w->table()->column(column(w, QStringLiteral("gender"))).role() == ColumnRole::Ignore);
        QVERIFY(w->table()->column(column(w, QStringLiteral("Partner"))).role() == ColumnRole::Feature);
        QVERIFY(w->scoring()->scores()); // scored again: the last scores are back
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowTitle(), QStringLiteral("retention[*] — ChurnLens"));
        QVERIFY(!window.isShowingWelcome());
        QCOMPARE(QSettings().value(QStringLiteral("projects/last")).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(errorBoxes(window), 0);
    }

    void projectInUseOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.churnlens"));
        auto held = ProjectFile::create(path); // another ChurnLens or a CLI holds it
        QVERIFY(held);

        MainWindow window;
        installAreas(window);
        window.show();
        ProjectController *projects = window.projects();
        // Cancel: nothing opens.
        bool asked = false;
        answer(QStringLiteral("projectInUse"), QMessageBox::Cancel, &asked);
        projects->openPath(path);
        QVERIFY(asked);
        QVERIFY(!window.workspace()->project());
        QCOMPARE(errorBoxes(window), 0);

        // Open read-only: the title says so, Save is off, Save As is on.
        asked = false;
        answerWithText(QStringLiteral("projectInUse"), QStringLiteral("Open Read-Only"), &asked);
        projects->openPath(path);
        QVERIFY(asked);
        QVERIFY(window.workspace()->project());
        QVERIFY(window.workspace()->project()->isReadOnly());
        QCOMPARE(window.windowTitle(), QStringLiteral("shared (read-only)[*] — ChurnLens"));
        QVERIFY(!projects->saveAction()->isEnabled());
        QVERIFY(projects->saveAsAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!window.projects()->session()->isRestoring(), 30000);
        QCOMPARE(errorBoxes(window), 0);
    }

    void quittingAsksAboutUnsavedChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quit.churnlens"));
        const QString other = dir.filePath(QStringLiteral("other.churnlens"));
        QVERIFY(ProjectFile::create(other));
        MainWindow window;
        installAreas(window);
        window.show();
        QVERIFY(loadTelco(window));
        chooseFile(path);
        window.projects()->newAction()->trigger();
        QVERIFY(settled(window));
        window.workspace()->setRole(column(window.workspace(), QStringLiteral("gender")), ColumnRole::Ignore);
        QVERIFY(window.isWindowModified());

        // Opening another project asks first; Cancel keeps this one.
        bool asked = false;
        answer(QStringLiteral("unsavedChanges"), QMessageBox::Cancel, &asked);
        window.projects()->openPath(other);
        QVERIFY(asked);
        QCOMPARE(window.workspace()->project()->path(), QFileInfo(path).absoluteFilePath());

        // Quitting asks; Cancel keeps the window open.
        asked = false;
        answer(QStringLiteral("unsavedChanges"), QMessageBox::Cancel, &asked);
        QVERIFY(!window.close());
        QVERIFY(asked);
        QVERIFY(window.isVisible());
        // Save saves, then the window closes.
        asked = false;
        answer(QStringLiteral("unsavedChanges"), QMessageBox::Save, &asked);
        QVERIFY(window.close());
        QVERIFY(asked);
        QVERIFY(!window.isWindowModified());
        const QJsonObject saved = window.projects()->session()->savedState();
        QVERIFY(saved.value(QStringLiteral("data")).toObject().value(QStringLiteral("columns")).toObject()
                    .value(QStringLiteral("columns")).toArray().at(1).toObject().value(QStringLiteral("role")) == QStringLiteral("ignore"));
    }

    void notAProjectIsExplained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.churnlens"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are not the customers you are looking for\n");
        f.close();
        MainWindow window;
        installAreas(window);
        window.show();
        // The welcome page offers projects too.
        QVERIFY(window.welcomePage()->findChild<QWidget *>(QStringLiteral("openProjectButton")));
        window.projects()->openPath(path);
        QVERIFY(!window.workspace()->project());
        QCOMPARE(errorBoxes(window), 1);
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorBox"));
        QVERIFY(box->text().contains(QStringLiteral("not a ChurnLens project")));
        QCOMPARE(window.windowTitle(), QStringLiteral("ChurnLens[*]"));
    }

    void droppedProjectOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dropped.churnlens"));
        QVERIFY(ProjectFile::create(path));
        MainWindow window;
        installAreas(window);
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->project(), 10000);
        QCOMPARE(window.workspace()->project()->path(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.windowTitle(), QStringLiteral("dropped[*] — ChurnLens"));
    }

    void exportIsRecordedInTheProject()
    {
        QTemporaryDir dir;
        MainWindow window;
        installAreas(window);
        window.show();
        QVERIFY(loadTelco(window));
        chooseFile(dir.filePath(QStringLiteral("export.churnlens")));
        window.projects()->newAction()->trigger();
        QVERIFY(window.setCurrentArea(AreaId::Score));
        auto *score = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        QVERIFY(score);
        QVERIFY(settled(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace()->scoring()->scores() && !window.workspace()->scoring()->isBusy(), 60000);
        Project *project = window.workspace()->project();
        QTRY_COMPARE_WITH_TIMEOUT(project->activity().scorings()->size(), qsizetype(1), 30000);
        QSignalSpy recorded(window.workspace()->recorder(), &ProjectRecorder::exportRecorded);
        QTRY_VERIFY_WITH_TIMEOUT(score->campaignPanel()->isReady(), 30000);
        QVERIFY(score->exportTo(dir.filePath(QStringLiteral("list.csv")), false));
        QVERIFY(recorded.wait(60000));
        auto exports = project->activity().exports();
        QVERIFY(exports);
        QCOMPARE(exports->size(), qsizetype(1));
        QCOMPARE(exports->first().scoringId, std::optional<qint64>(project->activity().scorings()->last().id));
        QVERIFY(!window.isWindowModified());
    }
};

QTEST_MAIN(TestProjectMenu)
#include "tst_projectmenu.moc"
