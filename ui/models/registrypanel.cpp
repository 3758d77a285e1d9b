#include "registrypanel.h"

#include "historymodel.h"
#include "modelstext.h"
#include "project/project.h"
#include "reasondialog.h"
#include "common/format.h"
#include "data/datatable.h"
#include "score/modelverifier.h"
#include "services/modeltransfer.h"
#include "shell/errorpresenter.h"
#include "statusbadgedelegate.h"
#include "versiontablemodel.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace churnlens {

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *t = new QTableView(parent);
    t->setObjectName(name);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 10);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

int textWidth(const QWidget *w, const QString &text)
{
    return w->fontMetrics().horizontalAdvance(text) + 24;
}

} // namespace

RegistryPanel::RegistryPanel(QWidget *parent)
    : QWidget(parent)
    , m_versionModel(new VersionTableModel(this))
    , m_historyModel(new HistoryModel(this))
    , m_versions(makeTable(m_versionModel, QStringLiteral("versionsTable"), this))
    , m_history(makeTable(m_historyModel, QStringLiteral("historyTable"), this))
    , m_register(new QPushButton(tr("Register Selected Run…"), this))
    , m_promote(new QPushButton(tr("Promote to Champion…"), this))
    , m_rollback(new QPushButton(tr("Roll Back…"), this))
    , m_archive(new QPushButton(tr("Archive…"), this))
    , m_export(new QPushButton(tr("Export Folder…"), this))
    , m_import(new QPushButton(tr("Import Folder…"), this))
    , m_date(new QDateEdit(this))
    , m_answer(new QLabel(this))
    , m_empty(new QLabel(this))
{
    m_versions->setItemDelegateForColumn(VersionTableModel::Status, new StatusBadgeDelegate(m_versions));
    const QFontMetrics fm = fontMetrics();
    m_versions->setColumnWidth(VersionTableModel::Version, textWidth(this, tr("Version")));
    m_versions->setColumnWidth(VersionTableModel::Status, textWidth(this, tr("Challenger")) + 24);
    m_versions->setColumnWidth(VersionTableModel::Family, textWidth(this, tr("Logistic regression")));
    m_versions->setColumnWidth(VersionTableModel::TestAuc, textWidth(this, tr("Test ROC AUC")));
    m_versions->setColumnWidth(VersionTableModel::Threshold, textWidth(this, tr("Threshold")));
    m_versions->setColumnWidth(VersionTableModel::Created, fm.horizontalAdvance(QStringLiteral("12/31/26, 12:00 PM")) + 24);
    m_history->setColumnWidth(HistoryModel::When, fm.horizontalAdvance(QStringLiteral("12/31/26, 12:00 PM")) + 24);
    m_history->setColumnWidth(HistoryModel::Action, textWidth(this, tr("Rolled back")));
    m_history->setColumnWidth(HistoryModel::Version, textWidth(this, tr("Version")));
    m_history->setColumnWidth(HistoryModel::Champion, textWidth(this, tr("Champion (before → after)")));
    m_history->setColumnWidth(HistoryModel::User, fm.averageCharWidth() * 12);

    m_register->setObjectName(QStringLiteral("registerRun"));
    m_promote->setObjectName(QStringLiteral("promoteVersion"));
    m_rollback->setObjectName(QStringLiteral("rollbackVersion"));
    m_archive->setObjectName(QStringLiteral("archiveVersion"));
    connect(m_register, &QPushButton::clicked, this, &RegistryPanel::registerSelectedRun);
    connect(m_promote, &QPushButton::clicked, this, &RegistryPanel::promoteSelected);
    connect(m_rollback, &QPushButton::clicked, this, &RegistryPanel::rollback);
    connect(m_archive, &QPushButton::clicked, this, &RegistryPanel::archiveSelected);
    m_export->setObjectName(QStringLiteral("exportVersion"));
    m_import->setObjectName(QStringLiteral("importVersion"));
    connect(m_export, &QPushButton::clicked, this, &RegistryPanel::exportSelected);
    connect(m_import, &QPushButton::clicked, this, &RegistryPanel::importFolder);
    connect(m_versions->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegistryPanel::updateActions);

    m_date->setObjectName(QStringLiteral("championDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setMaximumDate(QDate::currentDate());
    connect(m_date, &QDateEdit::dateChanged, this, &RegistryPanel::updateChampionAnswer);
    m_answer->setObjectName(QStringLiteral("championAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(tr("No model version is registered yet. Select a run above and press Register Selected Run: "
                        "its best model becomes version v1 and the project's champion."));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_register);
    buttons->addWidget(m_promote);
    buttons->addWidget(m_rollback);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    auto *dateLabel = new QLabel(tr("Champion on:"), this);
    dateLabel->setBuddy(m_date);
    auto *dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(dateLabel);
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_answer, 1);

    // The versions and what to do with them on top, the history under them: both get the full width.
    auto *top = new QWidget(this);
    auto *tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 4);
    tl->addWidget(heading(tr("Model versions"), top));
    tl->addWidget(m_empty);
    tl->addWidget(m_versions, 1);
    tl->addLayout(buttons);
    tl->addLayout(dateRow);
    auto *bottom = new QWidget(this);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 4, 0, 0);
    bl->addWidget(heading(tr("History"), bottom));
    bl->addWidget(m_history, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    refresh();
}

void RegistryPanel::setProject(Project *project)
{
    if (m_project == project)
        return;
    if (m_dialog)
        m_dialog->reject(); // it asked about the project that is closing
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project)
        connect(project, &Project::registryChanged, this, &RegistryPanel::refresh);
    refresh();
}

void RegistryPanel::setSelectedRun(qint64 runId, int modelIndex, const QString &family, const QString &why)
{
    m_runId = runId;
    m_modelIndex = modelIndex;
    m_runFamily = family;
    m_runWhy = why;
    updateActions();
}

void RegistryPanel::refresh()
{
    const int selected = selectedVersion() ? selectedVersion()->version : 0;
    m_list.clear();
    m_events.clear();
    if (m_project) {
        const ModelRegistry registry = m_project->registry();
        auto versions = registry.versions();
        auto history = registry.history();
        if (!versions || !history) {
            showError(tr("Could not read the model registry"), versions ? history.error() : versions.error());
        } else {
            m_list = *versions;
            m_events = *history;
        }
    }
    m_versionModel->setVersions(m_list);
    m_historyModel->setEvents(m_events);
    m_empty->setVisible(m_list.isEmpty());
    if (selected)
        selectVersion(selected);
    updateActions();
    updateChampionAnswer();
}

void RegistryPanel::selectVersion(int version)
{
    const int row = m_versionModel->rowOf(version);
    if (row < 0)
        m_versions->clearSelection();
    else
        m_versions->selectRow(row);
}

const ModelVersion *RegistryPanel::selectedVersion() const
{
    const QModelIndexList rows = m_versions->selectionModel() ? m_versions->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? nullptr : m_versionModel->version(rows.first().row());
}

void RegistryPanel::updateActions()
{
    const bool writable = m_project && !m_project->isReadOnly();
    const QString readOnly = tr("The project is open read-only.");
    m_register->setEnabled(writable && m_runId > 0);
    m_register->setToolTip(!writable ? readOnly
                           : m_runId > 0 ? tr("Add the best model of run %1 (%2) to the registry as a new version")
                                               .arg(m_runId).arg(ModelsText::family(m_runFamily))
                           : m_runWhy.isEmpty() ? tr("Select a run in the table above first") : m_runWhy);

    const ModelVersion *v = selectedVersion();
    m_promote->setEnabled(writable && v && v->status != VersionStatus::Champion);
    m_promote->setToolTip(!writable ? readOnly
                          : !v ? tr("Select a model version first")
                          : v->status == VersionStatus::Champion ? tr("%1 is the champion already").arg(v->label())
                                                                 : tr("Make %1 the champion; the current champion is archived").arg(v->label()));
    m_archive->setEnabled(writable && v && v->status == VersionStatus::Challenger);
    m_archive->setToolTip(!writable ? readOnly
                          : !v ? tr("Select a model version first")
                          : v->status == VersionStatus::Champion ? tr("The champion cannot be archived: promote another version or roll back.")
                          : v->status == VersionStatus::Archived ? tr("%1 is archived already").arg(v->label())
                                                                 : tr("Retire %1; it stays in the registry and can be promoted later").arg(v->label()));
    m_export->setEnabled(m_project && v);
    m_export->setToolTip(!v ? tr("Select a model version first")
                            : tr("Write %1 as a folder: XGBoost's own model file, the preparation, the metadata and a model card").arg(v->label()));
    m_import->setEnabled(writable);
    m_import->setToolTip(!writable ? readOnly
                                   : tr("Add a model folder as a new version: one exported by ChurnLens, or XGBoost's own model.json "
                                        "trained elsewhere (its features must match the champion's preparation)"));
    // The registry says whether there is an earlier champion, and if not, why.
    if (!writable) {
        m_rollback->setEnabled(false);
        m_rollback->setToolTip(readOnly);
    } else if (m_project) {
        auto target = m_project->registry().rollbackTarget();
        m_rollback->setEnabled(bool(target));
        m_rollback->setToolTip(target ? tr("Make v%1, the champion before the current one, champion again").arg(*target)
                                      : target.error().message + QLatin1Char(' ') + target.error().hint);
    }
}

void RegistryPanel::updateChampionAnswer()
{
    if (!m_project || m_list.isEmpty()) {
        m_answer->clear(); // the panel says there is no version yet
        return;
    }
    const QDate day = m_date->date();
    const QDateTime start = QDateTime(day, QTime(0, 0)).toUTC();
    const QDateTime end = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    auto before = m_project->registry().championAt(start.addMSecs(-1));
    if (!before) {
        m_answer->setText(before.error().message);
        return;
    }
    // The champions of that day, in order: the one it began with, then every change.
    QList<std::optional<int>> champions{*before};
    for (const RegistryEvent &e : m_events) {
        if (e.at >= start && e.at < end && e.champion != champions.last())
            champions << e.champion;
    }
    auto describe = [this](std::optional<int> version) {
        if (!version)
            return tr("none");
        for (const ModelVersion &v : m_list) {
            if (v.version == *version)
                return ModelsText::version(v);
        }
        return QStringLiteral("v%1").arg(*version);
    };
    const QString date = ModelsText::day(day);
    const std::optional<int> last = champions.last();
    if (!last) {
        m_answer->setText(tr("On %1 the project had no champion yet.").arg(date));
    } else if (champions.size() == 1) {
        m_answer->setText(tr("On %1 the champion was %2.").arg(date, describe(last)));
    } else if (champions.size() == 2 && !champions.first()) {
        m_answer->setText(tr("On %1 %2 became the project's first champion.").arg(date, describe(last)));
    } else {
        QStringList steps;
        for (const std::optional<int> &c : champions)
            steps << (c ? QStringLiteral("v%1").arg(*c) : tr("none"));
        m_answer->setText(tr("On %1 the champion changed (%2); at the end of the day it was %3.")
                              .arg(date, steps.join(QStringLiteral(" → ")), describe(last)));
    }
}

void RegistryPanel::ask(const QString &title, const QString &what, const QString &action, std::function<void(const QString &)> done)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new ReasonDialog(title, what, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The answer belongs to the project the dialog was opened on (another may be open by then).
    connect(dialog, &QDialog::accepted, this, [this, dialog, done = std::move(done), project = m_project]() {
        if (m_project && m_project == project)
            done(dialog->reason());
    });
    m_dialog = dialog;
    dialog->open();
}

void RegistryPanel::registerSelectedRun()
{
    if (!m_project || m_runId <= 0)
        return;
    const qint64 runId = m_runId;
    const int index = m_modelIndex;
    const bool first = m_list.isEmpty();
    ask(tr("Register a Model Version"),
        tr("Add the best model of run %1 (%2) to the registry as version v%3. %4")
            .arg(runId)
            .arg(ModelsText::family(m_runFamily))
            .arg(m_list.isEmpty() ? 1 : std::max_element(m_list.cbegin(), m_list.cend(), [](const ModelVersion &a, const ModelVersion &b) {
                                            return a.version < b.version;
                                        })->version + 1)
            .arg(first ? tr("As the project's first version it becomes the champion.")
                       : tr("It starts as a challenger; promote it to make it the champion.")),
        tr("Register"), [this, runId, index](const QString &reason) {
            if (!m_project)
                return;
            auto v = m_project->registerRun(runId, index, reason);
            if (!v)
                showError(tr("Could not register the model"), v.error());
            else
                selectVersion(v->version);
        });
}

void RegistryPanel::promoteSelected()
{
    const ModelVersion *v = selectedVersion();
    if (!m_project || !v)
        return;
    const int version = v->version;
    QString what = tr("Make %1 the champion: the model the project scores customers with.").arg(ModelsText::version(*v));
    for (const ModelVersion &c : m_list) {
        if (c.status == VersionStatus::Champion)
            what += QLatin1Char(' ') + tr("The current champion, %1, is archived; Roll Back brings it back.").arg(c.label());
    }
    ask(tr("Promote %1").arg(v->label()), what, tr("Promote"), [this, version](const QString &reason) {
        if (!m_project)
            return;
        if (auto e = m_project->promote(version, reason); !e) {
            showError(tr("Could not promote the model version"), e.error());
            return;
        }
        Q_EMIT championChanged(version);
    });
}

void RegistryPanel::rollback()
{
    if (!m_project)
        return;
    auto target = m_project->registry().rollbackTarget();
    if (!target) {
        showError(tr("Could not roll back"), target.error());
        return;
    }
    QString current;
    for (const ModelVersion &c : m_list) {
        if (c.status == VersionStatus::Champion)
            current = c.label();
    }
    ask(tr("Roll Back"), tr("Make v%1 the champion again, as it was before %2. %2 is archived.").arg(*target).arg(current),
        tr("Roll Back"), [this, version = *target](const QString &reason) {
            if (!m_project)
                return;
            if (auto e = m_project->rollback(reason); !e) {
                showError(tr("Could not roll back"), e.error());
                return;
            }
            Q_EMIT championChanged(version);
        });
}

void RegistryPanel::archiveSelected()
{
    const ModelVersion *v = selectedVersion();
    if (!m_project || !v)
        return;
    const int version = v->version;
    ask(tr("Archive %1").arg(v->label()), tr("Retire %1. It stays in the registry and can be promoted again later.").arg(ModelsText::version(*v)),
        tr("Archive"), [this, version](const QString &reason) {
            if (!m_project)
                return;
            if (auto e = m_project->archive(version, reason); !e)
                showError(tr("Could not archive the model version"), e.error());
        });
}

void RegistryPanel::exportSelected()
{
    const ModelVersion *v = selectedVersion();
    if (!m_project || !v)
        return;
    const QString suggested = QDir::home().filePath(QStringLiteral("%1-%2").arg(m_project->name(), v->label()));
    const QString dir = QFileDialog::getSaveFileName(this, tr("Export %1 as a Folder").arg(v->label()), suggested, QString(), nullptr,
                                                     QFileDialog::ShowDirsOnly);
    if (!dir.isEmpty())
        exportSelectedTo(dir);
}

bool RegistryPanel::exportSelectedTo(const QString &directory)
{
    const ModelVersion *v = selectedVersion();
    if (!m_project || !v)
        return false;
    if (auto written = ModelTransfer::exportVersion(m_project->file(), v->version, directory); !written) {
        showError(tr("Could not export the model version"), written.error());
        return false;
    }
    m_answer->setText(tr("%1 was written to %2 (model, preparation, metadata and MODEL_CARD.md).").arg(v->label(), QDir::toNativeSeparators(directory)));
    return true;
}

void RegistryPanel::importFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a Model Folder"), QDir::homePath());
    if (!dir.isEmpty())
        importFrom(dir);
}

void RegistryPanel::importFrom(const QString &directory)
{
    if (!m_project)
        return;
    auto read = ModelTransfer::read(m_project->registry(), directory);
    if (!read) {
        showError(tr("Could not import the model"), read.error());
        return;
    }
    QString what = tr("Add the %1 model in %2 as a new version.").arg(ModelsText::family(machineName(read->bundle.kind())), QDir::toNativeSeparators(directory));
    what += QLatin1Char(' ') + (m_list.isEmpty() ? tr("As the project's first version it becomes the champion.")
                                                 : tr("It starts as a challenger; promote it to make it the champion."));
    for (const Issue &issue : std::as_const(read->imported.issues))
        what += QLatin1String("\n• ") + issue.message;
    // A check on the customers loaded now, before anyone relies on the model.
    const std::shared_ptr<const DataTable> table = m_verificationData ? m_verificationData() : nullptr;
    if (table && table->rowCount() > 0) {
        auto checked = ModelVerifier::verify(read->bundle, *table);
        if (!checked) {
            showError(tr("The model cannot score the data loaded now"), checked.error());
            return;
        }
        const ModelVerification &c = *checked;
        what += QLatin1String("\n\n") + tr("Checked on %1 of the customers loaded now: churn probabilities from %2 to %3 (average %4); "
                                             "%5 would be predicted to churn.")
                                          .arg(QLocale().toString(qlonglong(c.rowsScored)), format::percent(c.minProbability), format::percent(c.maxProbability),
                                               format::percent(c.meanProbability), format::percent(c.shareAtThreshold));
        if (std::isfinite(c.rocAuc))
            what += QLatin1Char(' ') + tr("On the %1 with a known outcome it ranks churners first with ROC AUC %2.")
                                           .arg(QLocale().toString(qlonglong(c.labelledRows)), QLocale().toString(c.rocAuc, 'f', 3));
        for (const Issue &issue : std::as_const(c.issues))
            what += QLatin1String("\n• ") + issue.message;
    } else {
        what += QLatin1String("\n\n") + tr("No data is loaded, so the model was not tried on customers: load data and score with it before promoting it.");
    }
    const ModelBundle::Files files = read->imported.files;
    const QString origin = read->origin;
    ask(tr("Import a Model"), what, tr("Import"), [this, files, origin](const QString &reason) {
        if (!m_project)
            return;
        auto v = m_project->registerFiles(files, origin, reason);
        if (!v)
            showError(tr("Could not import the model"), v.error());
        else
            selectVersion(v->version);
    });
}

void RegistryPanel::showError(const QString &title, const Error &error)
{
    ErrorPresenter::show(this, title, error)->setObjectName(QStringLiteral("registryErrorBox"));
}

} // namespace churnlens
