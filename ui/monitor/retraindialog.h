#pragma once

#include "services/challengerservice.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace churnlens {

class ComparisonPanel;
class DataTable;
class ModelBundle;
class Project;
class ReasonDialog;
class TaskRunner;
class Workspace;

/*!
 * Retrain…: trains a challenger with the champion's settings — on the training data plus this
 * file, or on this file alone — and compares both on a held-out part of this file, then offers
 * to promote the challenger. The training data is the copy kept in the project when it is the
 * data the champion was trained on (same fingerprint), else a file the user picks; it is read
 * through LoadService on the worker. ChallengerService runs on a worker (progress, ETA, Cancel);
 * the run, the challenger version and the comparison are recorded in the project, and
 * promoting goes through Project::promote with a reason (as in the Models area), after which
 * the workspace scores with the new champion. Needs a writable project. GUI thread only.
 */
class RetrainDialog : public QDialog
{
    Q_OBJECT

public:
    struct Inputs
    {
        Workspace *workspace = nullptr;
        std::shared_ptr<const ModelBundle> champion;
        QString championName;
        int championVersion = 0;
        std::shared_ptr<const DataTable> newData;  //!< labelled: has the champion's churn column
        QString dataName;
    };

    explicit RetrainDialog(Inputs inputs, QWidget *parent = nullptr);
    ~RetrainDialog() override;

    QRadioButton *combinedButton() const { return m_combined; }
    QRadioButton *newOnlyButton() const { return m_newOnly; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *promoteButton() const { return m_promote; }
    QPushButton *chooseFileButton() const { return m_choose; }
    ComparisonPanel *comparisonPanel() const { return m_panel; }
    TaskRunner *runner() const { return m_runner; }
    //! The reason dialog of Promote challenger…, while open.
    ReasonDialog *reasonDialog() const;
    //! What the setup page says about the training data, and any problem.
    QString trainingDataText() const;
    QString message() const;
    bool usesProjectData() const { return m_useEmbedded; }
    bool isShowingComparison() const;
    //! The recorded result (challenger version filled in), once there is one.
    const std::optional<ChallengerResult> &result() const { return m_result; }
    qint64 comparisonId() const { return m_comparisonId; }

    //! Trains on \a path as the training data (the file the champion was trained on).
    void setTrainingFile(const QString &path);

public Q_SLOTS:
    void start();
    void promote();
    //! Closes; a training still running is canceled (nothing is recorded).
    void reject() override;

Q_SIGNALS:
    //! The comparison is recorded in the project.
    void compared(qint64 comparisonId);
    //! The challenger is the project's champion now.
    void promoted(int version);

private:
    struct Outcome;
    QWidget *buildSetup();
    QWidget *buildRunning();
    QWidget *buildResult();
    void updateSetup();
    void finish(Outcome &&outcome);
    void showMessage(const QString &text);

    Inputs m_inputs;
    QPointer<Project> m_project;
    TaskRunner *m_runner;
    QString m_embeddedName;
    QString m_trainingFile;
    bool m_useEmbedded = false;
    std::optional<ChallengerResult> m_result;
    qint64 m_comparisonId = 0;
    QPointer<ReasonDialog> m_reasonDialog;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_intro = nullptr;
    QRadioButton *m_combined = nullptr;
    QRadioButton *m_newOnly = nullptr;
    QLabel *m_source = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_runningText = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_eta = nullptr;
    ComparisonPanel *m_panel = nullptr;
    QLabel *m_promoted = nullptr;
    QPushButton *m_promote = nullptr;
};

} // namespace churnlens
