#include "modelsview.h"

#include "annotatedialog.h"
#include "common/format.h"
#include "common/menutext.h"
#include "common/placeholderpage.h"
#include "comparepanel.h"
#include "modelstext.h"
#include "project/project.h"
#include "registrypanel.h"
#include "runfiltermodel.h"
#include "runtablemodel.h"
#include "shell/errorpresenter.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace churnlens {

namespace {
const QString ColumnsKey = QStringLiteral("models/runColumns");
}

ModelsView::ModelsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RunTableModel(this))
    , m_filter(new RunFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    buildUi();
    restoreColumns();
    connect(workspace, &Workspace::projectChanged, this, &ModelsView::onProjectChanged);
    onProjectChanged();
}

ModelsView::~ModelsView() = default;

void ModelsView::buildUi()
{
    // Without a project: one message.
    QWidget *noProject = makePlaceholderPage(&m_message, this);
    m_message->setObjectName(QStringLiteral("modelsMessage"));
    m_message->setText(tr("No project is open: runs are recorded in a project (File → New Project)."));

    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("runCount"));
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("runFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by data, note, tag or model"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().horizontalAdvance(m_filterEdit->placeholderText()) + 48);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        updateCount();
    });
    m_annotate = new QPushButton(tr("Note and Tags…"), this);
    m_annotate->setObjectName(QStringLiteral("annotateRun"));
    connect(m_annotate, &QPushButton::clicked, this, &ModelsView::annotateSelected);
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("deleteRuns"));
    connect(m_delete, &QPushButton::clicked, this, &ModelsView::deleteSelected);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_title);
    bar->addWidget(m_count);
    bar->addStretch(1);
    bar->addWidget(m_filterEdit);
    bar->addWidget(m_annotate);
    bar->addWidget(m_delete);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunTableModel::Id, Qt::DescendingOrder); // newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = makeColumnMenu();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->horizontalHeader()->mapToGlobal(at));
    });
    // Widths from the header and typical values: never resizeColumnsToContents on thousands of rows.
    const QFontMetrics fm = m_table->fontMetrics();
    auto widthFor = [&](int column, const QString &sample) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        return std::max(fm.horizontalAdvance(title), fm.horizontalAdvance(sample)) + 28;
    };
    m_table->setColumnWidth(RunTableModel::Id, widthFor(RunTableModel::Id, QStringLiteral("00000")));
    m_table->setColumnWidth(RunTableModel::When, widthFor(RunTableModel::When, ModelsText::when(QDateTime(QDate(2026, 12, 31), QTime(12, 0), Qt::UTC))));
    m_table->setColumnWidth(RunTableModel::Data, widthFor(RunTableModel::Data, QStringLiteral("customers-march.csv")));
    m_table->setColumnWidth(RunTableModel::Target, widthFor(RunTableModel::Target, QStringLiteral("Churn")));
    m_table->setColumnWidth(RunTableModel::Families, widthFor(RunTableModel::Families, tr("XGBoost, Logistic regression")));
    m_table->setColumnWidth(RunTableModel::Best, widthFor(RunTableModel::Best, tr("Logistic regression")));
    for (int c : {RunTableModel::TestAuc, RunTableModel::CvAuc, RunTableModel::F1})
        m_table->setColumnWidth(c, widthFor(c, QStringLiteral("0.000")));
    m_table->setColumnWidth(RunTableModel::Customers, widthFor(RunTableModel::Customers, QStringLiteral("1,000,000")));
    m_table->setColumnWidth(RunTableModel::Seconds, widthFor(RunTableModel::Seconds, QStringLiteral("2 min 05 s")));
    m_table->setColumnWidth(RunTableModel::Status, widthFor(RunTableModel::Status, tr("Canceled")));
    m_table->setColumnWidth(RunTableModel::Note, fm.averageCharWidth() * 26);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &ModelsView::showRunMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ModelsView::onSelectionChanged);
    auto *del = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &ModelsView::deleteSelected);

    QWidget *noRuns = makePlaceholderPage(&m_runsMessage, this);
    m_runsMessage->setObjectName(QStringLiteral("runsMessage"));
    m_runsStack = new QStackedWidget(this);
    m_runsStack->addWidget(m_table);
    m_runsStack->addWidget(noRuns);

    auto *top = new QWidget(this);
    auto *tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addLayout(bar);
    tl->addWidget(m_runsStack, 1);

    m_compare = new ComparePanel(this);
    m_registry = new RegistryPanel(this);
    m_registry->setVerificationData([workspace = m_workspace]() { return workspace->table(); });
    // The champion is the model the project scores with: promoting or rolling back puts it in use.
    connect(m_registry, &RegistryPanel::championChanged, this,
            [workspace = m_workspace](int version) { workspace->scoring()->useVersion(version); });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("modelsTabs"));
    m_tabs->addTab(m_compare, tr("Compare Runs"));
    m_tabs->addTab(m_registry, tr("Model Versions"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({400, 600}); // about ten runs above the comparison, on a laptop screen too

    auto *content = new QWidget(this);
    auto *cl = new QVBoxLayout(content);
    cl->addWidget(split);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(noProject);
    m_pages->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

void ModelsView::onProjectChanged()
{
    // A question about the runs of the project that is closing has no answer any more.
    if (m_annotateDialog)
        m_annotateDialog->reject();
    if (m_confirm)
        m_confirm->reject();
    Project *project = m_workspace->project();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project)
        connect(project, &Project::runsChanged, this, &ModelsView::reloadRuns);
    m_registry->setProject(project);
    m_pages->setCurrentIndex(project ? 1 : 0);
    reloadRuns();
}

bool ModelsView::isShowingRuns() const
{
    return m_pages->currentIndex() == 1 && m_runsStack->currentWidget() == m_table;
}

void ModelsView::reloadRuns()
{
    const QList<qint64> selected = selectedRuns();
    m_records.clear();
    QList<RunSummary> runs;
    QString problem;
    if (m_project) {
        auto list = m_project->runs().list(); // the one query per change
        if (list)
            runs = std::move(*list);
        else
            problem = tr("The runs could not be read: %1").arg(list.error().message);
    }
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->setRuns(std::move(runs));
    }
    fitTextColumns();
    m_title->setText(m_project ? tr("Runs of %1").arg(m_project->name()) : QString());
    if (!problem.isEmpty())
        m_runsMessage->setText(problem);
    else
        m_runsMessage->setText(tr("No training runs in this project yet.\n\nTrain a model in the Train area: every run is "
                                  "recorded here with its settings and results, ready to compare and to register as a model version."));
    m_runsStack->setCurrentIndex(m_model->rowCount() > 0 ? 0 : 1);
    m_compare->setHint(m_model->rowCount() > 1 ? tr("Select two or more runs in the table above to compare them side by side "
                                                    "(hold Ctrl or Shift to select several).")
                                               : tr("Runs are compared here once the project has two or more."));
    m_filterEdit->setEnabled(m_model->rowCount() > 0);
    selectRuns(selected);
    updateCount();
    onSelectionChanged();
}

void ModelsView::fitTextColumns()
{
    // The data's name and the note are the runs' own words ("training data + march.csv",
    // "Challenger to v2 (Logistic regression)"): as wide as the longest of the newest runs needs,
    // up to a cap, instead of cut at a typical width while the last column stays empty.
    const QFontMetrics fm = m_table->fontMetrics();
    const int rows = std::min(m_model->rowCount(), 200);
    for (const auto &[column, least] : {std::pair{int(RunTableModel::Data), fm.averageCharWidth() * 20},
                                        std::pair{int(RunTableModel::Note), fm.averageCharWidth() * 26}}) {
        int widest = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < rows; ++row)
            widest = std::max(widest, fm.horizontalAdvance(m_model->index(row, column).data().toString()));
        m_table->setColumnWidth(column, std::clamp(widest + 28, least, fm.averageCharWidth() * 60));
    }
}

void ModelsView::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    // Two plain forms instead of %n: English needs no plural rules from a translation file then.
    QString text;
    if (all == 1 && shown == all)
        text = tr("(1 run)");
    else if (shown == all)
        text = tr("(%1 runs)").arg(format::count(all));
    else
        text = tr("(%1 of %2 runs match the filter)").arg(format::count(shown), format::count(all));
    m_count->setText(all == 0 ? QString() : text);
}

QWidget *ModelsView::showFindField()
{
    return m_filterEdit;
}

QList<qint64> ModelsView::selectedRuns() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> proxyRows;
    for (const QModelIndex &i : rows)
        proxyRows << i.row();
    std::sort(proxyRows.begin(), proxyRows.end());
    for (int r : proxyRows)
        ids << m_filter->index(r, 0).data(RunTableModel::IdRole).toLongLong();
    return ids;
}

void ModelsView::selectRuns(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex proxy = m_filter->mapFromSource(m_model->index(row, 0));
        if (proxy.isValid())
            selection.select(proxy, proxy);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.first().topLeft());
}

const RunSummary *ModelsView::summary(qint64 id) const
{
    const int row = m_model->rowOf(id);
    return row < 0 ? nullptr : &m_model->runs()[row];
}

void ModelsView::onSelectionChanged()
{
    QList<qint64> ids = selectedRuns();
    std::sort(ids.begin(), ids.end()); // compared oldest first, left to right
    QList<RunRecord> records;
    for (qint64 id : ids.mid(0, MaxCompared)) {
        if (!m_project)
            break;
        auto it = m_records.find(id);
        if (it == m_records.end()) {
            auto run = m_project->runs().get(id);
            if (!run) {
                ErrorPresenter::show(this, tr("Could not read run %1").arg(id), run.error());
                continue;
            }
            it = m_records.insert(id, *run);
        }
        records << it.value();
    }
    m_compare->setRuns(records, ids.size());

    // Register acts on one run: its best model.
    const RunSummary *one = ids.size() == 1 ? summary(ids.first()) : nullptr;
    const int index = one ? int(one->families.indexOf(one->bestFamily)) : -1;
    if (one && index >= 0 && !one->bestFamily.isEmpty())
        m_registry->setSelectedRun(one->id, index, one->bestFamily);
    else
        m_registry->setSelectedRun(0, 0, {}, ids.size() > 1 ? tr("Select one run: its best model is registered")
                                             : one ? tr("Run %1 has no trained model to register").arg(one->id)
                                                   : QString());
    updateActions();
}

void ModelsView::updateActions()
{
    const qsizetype n = m_table->selectionModel()->selectedRows().size();
    const bool writable = m_project && !m_project->isReadOnly();
    m_annotate->setEnabled(writable && n == 1);
    m_delete->setEnabled(writable && n > 0);
    m_annotate->setToolTip(n == 1 ? tr("Write a note and tags for the selected run") : tr("Select one run to write its note and tags"));
    m_delete->setToolTip(n > 0 ? tr("Delete the selected runs from the project") : tr("Select the runs to delete"));
}

void ModelsView::annotateSelected()
{
    const QList<qint64> ids = selectedRuns();
    const RunSummary *run = ids.size() == 1 ? summary(ids.first()) : nullptr;
    if (!run || !m_project)
        return;
    const qint64 id = run->id;
    auto *dialog = new AnnotateDialog(id, run->note, run->tags, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The answer belongs to the project the dialog was opened on (another may be open by then).
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, project = m_project]() {
        if (!m_project || m_project != project)
            return;
        if (auto done = m_project->annotateRun(id, dialog->note(), dialog->tags()); !done)
            ErrorPresenter::show(this, tr("Could not save the note"), done.error());
    });
    m_annotateDialog = dialog;
    dialog->open();
}

void ModelsView::deleteSelected()
{
    const QList<qint64> ids = selectedRuns();
    if (ids.isEmpty() || !m_project || m_project->isReadOnly())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Runs"),
                                ids.size() == 1 ? tr("Delete run %1 from the project?").arg(ids.first())
                                                : tr("Delete %1 runs from the project?").arg(format::count(ids.size())),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteRunsBox"));
    box->setInformativeText(tr("Their settings, results and trained models are removed from the project for good. "
                               "Model versions registered from them are kept."));
    QPushButton *yes = box->addButton(ids.size() == 1 ? tr("Delete Run") : tr("Delete %1 Runs").arg(format::count(ids.size())),
                                      QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, yes, ids, project = m_project]() {
        if (box->clickedButton() != yes || !m_project || m_project != project)
            return;
        if (auto done = m_project->removeRuns(ids); !done)
            ErrorPresenter::show(this, tr("Could not delete the runs"), done.error());
    });
    m_confirm = box;
    box->open();
}

void ModelsView::showRunMenu(const QPoint &at)
{
    if (!m_table->indexAt(at).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_annotate->text(), this, &ModelsView::annotateSelected)->setEnabled(m_annotate->isEnabled());
    QPushButton *reg = m_registry->registerButton();
    menu->addAction(reg->text(), this, [this]() {
        m_tabs->setCurrentWidget(m_registry);
        m_registry->registerSelectedRun();
    })->setEnabled(reg->isEnabled());
    menu->addSeparator();
    menu->addAction(m_delete->text(), this, &ModelsView::deleteSelected)->setEnabled(m_delete->isEnabled());
    menu->popup(m_table->viewport()->mapToGlobal(at));
}

QMenu *ModelsView::makeColumnMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("runColumnsMenu"));
    for (int c = 0; c < RunTableModel::ColumnCount; ++c) {
        QAction *a = menu->addAction(format::literalMenuText(m_model->headerData(c, Qt::Horizontal).toString()));
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(c));
        a->setEnabled(c != RunTableModel::Id); // the run number always shows
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    return menu;
}

void ModelsView::setColumnShown(int column, bool shown)
{
    if (column == RunTableModel::Id || column < 0 || column >= RunTableModel::ColumnCount)
        return;
    m_table->setColumnHidden(column, !shown);
    QStringList names;
    for (int c = 0; c < RunTableModel::ColumnCount; ++c) {
        if (!m_table->isColumnHidden(c))
            names << RunTableModel::columnName(c);
    }
    QSettings().setValue(ColumnsKey, names);
}

void ModelsView::restoreColumns()
{
    const QSettings settings;
    const bool saved = settings.contains(ColumnsKey);
    const QStringList names = settings.value(ColumnsKey).toStringList();
    for (int c = 0; c < RunTableModel::ColumnCount; ++c) {
        const bool shown = c == RunTableModel::Id || (saved ? names.contains(RunTableModel::columnName(c)) : RunTableModel::shownByDefault(c));
        m_table->setColumnHidden(c, !shown);
    }
}

} // namespace churnlens
