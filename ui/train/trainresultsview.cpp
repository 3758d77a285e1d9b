#include "trainresultsview.h"
#include "data/datatable.h"
#include "data/fieldlabels.h"

#include "confusionpanel.h"
#include "common/chartpanel.h"
#include "common/format.h"
#include "modelimportancechart.h"
#include "leaderboardmodel.h"
#include "services/modelsaver.h"
#include "workspace/scoringcontext.h"
#include "workspace/workspace.h"
#include "jobs/taskrunner.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {
constexpr int MaxImportanceBars = 12;
const QString SaveDirKey = QStringLiteral("train/saveDir");

QWidget *withNote(ChartPanel *panel, QLabel *note, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *l = new QVBoxLayout(page);
    l->setContentsMargins(0, 4, 0, 0);
    l->addWidget(panel, 1);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    l->addWidget(note);
    return page;
}
} // namespace

TrainResultsView::TrainResultsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new LeaderboardModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_saver(new TaskRunner(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    buildUi();
    connect(workspace->scoring(), &ScoringContext::modelChanged, this, &TrainResultsView::updateHeader);
    connect(workspace, &Workspace::fieldLabelsChanged, this, [this]() {
        if (m_results && m_selected >= 0)
            rebuildImportance();
    });
}

TrainResultsView::~TrainResultsView() = default;

void TrainResultsView::buildUi()
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("metricSource"));
    m_source->addItem(tr("Metrics on the test customers"));
    m_source->addItem(tr("Metrics over the cross-validation folds"));
    m_source->setToolTip(tr("Test customers: measured once on customers no model saw while training.\n"
                            "Cross-validation: mean ± spread over the validation folds of the training customers."));
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_model->setSource(i == 0 ? LeaderboardModel::Source::Test : LeaderboardModel::Source::CrossValidation);
    });
    m_use = new QPushButton(tr("Use this model"), this);
    m_use->setObjectName(QStringLiteral("useModel"));
    m_use->setToolTip(tr("Score and explain customers with the selected model, deciding churn at the threshold set on the slider."));
    connect(m_use, &QPushButton::clicked, this, &TrainResultsView::useSelected);
    m_save = new QPushButton(tr("Save model…"), this);
    m_save->setObjectName(QStringLiteral("saveModel"));
    m_save->setToolTip(tr("Save the selected model as a folder that ChurnLens and churnlens-cli can score new customers with."));
    connect(m_save, &QPushButton::clicked, this, &TrainResultsView::saveWithDialog);
    // The title on a line of its own: beside the controls it was squeezed to five lines (German, 1366 px).
    auto *head = new QHBoxLayout;
    head->addStretch(1);
    head->addWidget(m_source);
    head->addWidget(m_use);
    head->addWidget(m_save);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leaderboard"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    // Every header in full ("Genauigkeit", "Trefferquote" were cut to "enauigke", "efferquot" when the
    // columns shared the width): each column as wide as its header or its numbers need, the last one
    // takes what is left; a narrow window scrolls sideways.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int numberWidth = fontMetrics().horizontalAdvance(QStringLiteral("0.0000")) + 16;
    header->setMinimumSectionSize(numberWidth);
    for (int c = LeaderboardModel::RocAuc; c <= LeaderboardModel::Threshold; ++c)
        m_table->setColumnWidth(c, std::max(numberWidth, header->fontMetrics().horizontalAdvance(
                                                             m_model->headerData(c, Qt::Horizontal).toString()) + 24));
    header->setSectionResizeMode(LeaderboardModel::Model, QHeaderView::Fixed);
    header->setSectionResizeMode(LeaderboardModel::CvRocAuc, QHeaderView::Fixed);
    header->setHighlightSections(false);
    m_table->setColumnWidth(LeaderboardModel::Model, fontMetrics().horizontalAdvance(QStringLiteral("★ Logistic regression")) + 28);
    m_table->setColumnWidth(LeaderboardModel::CvRocAuc, fontMetrics().horizontalAdvance(QStringLiteral("0.000 ± 0.000")) + 32);
    // Long runs read "12 min 40 s"; the best row is bold.
    QFont bold = font();
    bold.setBold(true);
    header->setSectionResizeMode(LeaderboardModel::Seconds, QHeaderView::Fixed);
    m_table->setColumnWidth(LeaderboardModel::Seconds, QFontMetrics(bold).horizontalAdvance(format::seconds(3599.0)) + 24);
    // Room for three models, plus the horizontal scroll bar when a narrow window needs one.
    m_table->horizontalScrollBar()->installEventFilter(this);
    updateTableHeight();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            selectModel(m_proxy->mapToSource(current).row());
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    for (int i = 0; i < EvaluationCharts::KindCount; ++i) {
        const auto kind = EvaluationCharts::Kind(i);
        m_curves[size_t(i)] = new ChartPanel(EvaluationCharts::fileName(kind), this);
        m_tabs->addTab(withNote(m_curves[size_t(i)], new QLabel(EvaluationCharts::explanation(kind), this), this),
                       EvaluationCharts::tabName(kind));
        m_tabs->setTabToolTip(i, EvaluationCharts::explanation(kind));
    }

    // Right: whom the model flags, and what it relies on.
    m_confusion = new ConfusionPanel(this);
    m_confusion->setObjectName(QStringLiteral("confusionPanel"));
    connect(m_confusion, &ConfusionPanel::thresholdChanged, this, &TrainResultsView::onThresholdChanged);
    m_importance = new ChartPanel(QStringLiteral("feature-importance"), this);
    m_importance->installEventFilter(this);
    m_importanceNote = new QLabel(this);
    // The panel in a scroll area: when its wrapped sentences need more height than the splitter
    // gives, it scrolls instead of drawing its last sentence over the importance chart.
    m_confusionScroll = new QScrollArea(this);
    m_confusionScroll->setObjectName(QStringLiteral("confusionScroll"));
    m_confusionScroll->setWidget(m_confusion);
    m_confusionScroll->setWidgetResizable(true);
    m_confusionScroll->setFrameShape(QFrame::NoFrame);
    m_confusionScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_right = new QSplitter(Qt::Vertical, this);
    auto *right = m_right;
    right->addWidget(m_confusionScroll);
    right->addWidget(withNote(m_importance, m_importanceNote, this));
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);
    right->installEventFilter(this);
    // Once the user drags the handle, their split wins over the fitted one.
    connect(right, &QSplitter::splitterMoved, this, [this]() { m_confusionDragged = true; });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tabs);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(head);
    layout->addWidget(m_table);
    layout->addWidget(split, 1);
    layout->addWidget(m_notes);
}

void TrainResultsView::setResults(std::shared_ptr<const TrainResults> results)
{
    // Keep the same family selected when a run adds models; else show the best.
    const bool hadSelection = m_results && m_selected >= 0;
    const ModelKind previous = hadSelection ? m_results->report.models[size_t(m_selected)].kind : ModelKind::Logistic;
    m_results = std::move(results);
    m_selected = -1;
    m_model->setResults(m_results);
    if (!m_results || m_results->modelCount() == 0) {
        selectModel(-1);
        return;
    }
    const TrainReport &report = m_results->report;
    m_table->sortByColumn(report.options.folds >= 2 ? LeaderboardModel::CvRocAuc : LeaderboardModel::RocAuc, Qt::DescendingOrder);
    int index = report.best;
    for (int i = 0; hadSelection && i < m_results->modelCount(); ++i)
        if (report.models[size_t(i)].kind == previous)
            index = i;
    selectModel(index);
    // New results: the panel gets the height its sentences need (once shown with its real width).
    m_confusionFitted = false;
    QMetaObject::invokeMethod(this, [this] {
        if (!m_confusionFitted)
            fitConfusionPanel();
    }, Qt::QueuedConnection);
    QStringList notes;
    for (const Issue &issue : report.issues)
        notes << issue.toString();
    m_notes->setText(notes.isEmpty() ? QString() : tr("Notes: %1").arg(notes.join(QStringLiteral("; "))));
    m_notes->setVisible(!notes.isEmpty());
}

void TrainResultsView::selectModel(int index)
{
    if (!m_results || index < 0 || index >= m_results->modelCount())
        index = -1;
    const bool changed = index != m_selected;
    m_selected = index;
    if (index >= 0) {
        const QModelIndex row = m_proxy->mapFromSource(m_model->index(index, 0));
        if (m_table->currentIndex().row() != row.row())
            m_table->setCurrentIndex(row);
    }
    if (changed || index < 0) {
        rebuildCharts();
        m_confusion->setModel(m_results, m_selected);
    }
    updateHeader();
}

void TrainResultsView::rebuildCharts()
{
    if (m_selected < 0) {
        for (ChartPanel *p : m_curves)
            p->setMessage(tr("No model yet."));
        m_importance->setMessage(tr("No model yet."));
        m_importanceNote->clear();
        return;
    }
    const TrainReport &report = m_results->report;
    const ModelReport &m = report.models[size_t(m_selected)];
    const double churnRate = report.testRows.empty() ? 0.0 : double(report.testPositives) / double(report.testRows.size());
    for (int i = 0; i < EvaluationCharts::KindCount; ++i) {
        const auto kind = EvaluationCharts::Kind(i);
        ChartTable table;
        m_curves[size_t(i)]->setChart(EvaluationCharts::build(kind, m, churnRate, &table));
        m_curves[size_t(i)]->setTable(std::move(table));
        m_curves[size_t(i)]->setFileName(EvaluationCharts::fileName(kind) + QLatin1Char('-') + machineName(m.kind));
    }
    rebuildImportance();
    onThresholdChanged();
}

int TrainResultsView::importanceBarsThatFit() const
{
    // Title, value axis with its title and the legend take about nine lines; a bar needs 1.3.
    const int line = std::max(1, m_importance->fontMetrics().height());
    const int bars = int((m_importance->height() - 9 * line) / (1.3 * line));
    return std::clamp(bars, 3, MaxImportanceBars);
}

void TrainResultsView::rebuildImportance()
{
    m_importanceBars = 0;
    if (m_selected < 0)
        return;
    const ModelReport &m = m_results->report.models[size_t(m_selected)];
    if (m.importance.empty()) {
        m_importance->setMessage(tr("This model reports no feature importance."));
        m_importanceNote->clear();
        return;
    }
    ChartTable table;
    m_importanceBars = importanceBarsThatFit();
    // Columns of the data named as the Data area names them ("Tenure (months)", not "tenure").
    const std::shared_ptr<const DataTable> data = m_workspace->table();
    const FieldLabels labels = m_workspace->fieldLabels();
    auto label = [data, labels](const QString &name) {
        const int c = data ? data->indexOf(name) : -1;
        return c >= 0 ? labels.label(data->column(c)) : name;
    };
    m_importance->setChart(ModelImportanceChart::build(m, m_importanceBars, &table, label));
    m_importance->setTable(std::move(table));
    m_importance->setFileName(QStringLiteral("feature-importance-") + machineName(m.kind));
    m_importanceNote->setText(ModelImportanceChart::explanation(m));
}

void TrainResultsView::updateTableHeight()
{
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    const QScrollBar *bar = m_table->horizontalScrollBar();
    const int barHeight = bar->isVisibleTo(m_table) ? bar->sizeHint().height() : 0;
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 3 * rowHeight + 2 * m_table->frameWidth() + 2 + barHeight);
}

void TrainResultsView::fitConfusionPanel()
{
    // The panel's wrapped sentences take the height they need at this width, up to 60% of the column.
    const int total = m_right->height();
    const int width = m_confusionScroll->viewport()->width();
    if (total <= 0 || width <= 0 || !m_right->isVisible())
        return;
    int need = m_confusion->hasHeightForWidth() ? m_confusion->heightForWidth(width) : -1;
    if (need < 0)
        need = m_confusion->sizeHint().height();
    const int panel = std::min(need + 2 * m_confusionScroll->frameWidth(), total * 3 / 5);
    m_right->setSizes({panel, total - panel});
    m_confusionFitted = true;
}

bool TrainResultsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_right && event->type() == QEvent::Resize && (!m_confusionFitted || !m_confusionDragged) && m_results)
        fitConfusionPanel();
    if (watched == m_table->horizontalScrollBar() && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        updateTableHeight();
    if (watched == m_importance && event->type() == QEvent::Resize && m_importanceBars > 0
        && importanceBarsThatFit() != m_importanceBars) {
        // Later, not inside the resize: replacing the chart resizes again.
        QMetaObject::invokeMethod(this, [this] {
            if (m_importanceBars > 0 && importanceBarsThatFit() != m_importanceBars)
                rebuildImportance();
        }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void TrainResultsView::onThresholdChanged()
{
    if (m_selected < 0)
        return;
    for (int i = 0; i < EvaluationCharts::KindCount; ++i)
        EvaluationCharts::setMarker(m_curves[size_t(i)]->chart(), EvaluationCharts::Kind(i), m_confusion->counts());
    updateHeader();
}

void TrainResultsView::updateHeader()
{
    const bool any = m_selected >= 0;
    m_save->setEnabled(any && !m_saver->isRunning());
    // The model in use and its threshold are one choice: the same model at another threshold
    // on the slider can be put in use at that threshold.
    const ScoringContext *scoring = m_workspace->scoring();
    const bool modelInUse = any && scoring->origin() == ScoringContext::Origin::Trained && scoring->trainedRun()
                            && scoring->trainedRun()->runId == m_results->runId && scoring->trainedIndex() == m_selected;
    const bool thresholdInUse = modelInUse && std::abs(scoring->threshold() - m_confusion->threshold()) < 1e-9;
    m_use->setEnabled(any && !thresholdInUse);
    if (thresholdInUse)
        m_use->setText(tr("In use for scoring (threshold %1)").arg(format::percent(scoring->threshold(), 1)));
    else if (modelInUse)
        m_use->setText(tr("Use threshold %1 for scoring").arg(format::percent(m_confusion->threshold(), 1)));
    else
        m_use->setText(tr("Use this model"));
    if (!m_results) {
        m_title->clear();
        return;
    }
    const TrainReport &r = m_results->report;
    m_title->setText(tr("<b>Leaderboard</b> — %1: trained on %2 customers, tested on %3 others (%4 churned)")
                         .arg(m_results->dataName.toHtmlEscaped(), format::count(qint64(r.trainRows.size())),
                              format::count(qint64(r.testRows.size())), format::count(r.testPositives)));
    m_source->setEnabled(r.options.folds >= 2);
    if (r.options.folds < 2 && m_source->currentIndex() != 0)
        m_source->setCurrentIndex(0);
}

void TrainResultsView::useSelected()
{
    if (m_selected >= 0)
        m_workspace->scoring()->useTrainedModel(m_results, m_selected, m_confusion->threshold());
}

void TrainResultsView::saveWithDialog()
{
    if (m_selected < 0)
        return;
    QSettings settings;
    QString dir = settings.value(SaveDirKey).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = ModelSaver::suggestedName(machineName(m_results->report.models[size_t(m_selected)].kind));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save model as a folder"), QDir(dir).filePath(name), QString(),
                                                      nullptr, QFileDialog::ShowDirsOnly | QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    settings.setValue(SaveDirKey, QFileInfo(path).absolutePath());
    saveModel(path);
}

void TrainResultsView::saveModel(const QString &directory)
{
    if (m_selected < 0 || m_saver->isRunning())
        return;
    const std::shared_ptr<const TrainResults> results = m_results;
    const int index = m_selected;
    m_save->setEnabled(false);
    m_saver->start<Result<void>>(
        tr("Saving the model"), [results, index, directory](Progress &) { return ModelSaver::save(directory, results->report, index); },
        [this, directory](Result<void> &&saved) {
            updateHeader();
            if (saved) {
                m_notes->setText(tr("Model saved to %1").arg(QDir::toNativeSeparators(directory)));
                m_notes->show();
                Q_EMIT modelSaved(directory);
                return;
            }
            Q_EMIT saveFailed(saved.error());
        });
}

void TrainResultsView::changeEvent(QEvent *event)
{
    // Chart colours come from the palette: redraw when the theme changes.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_selected >= 0)
        rebuildCharts();
    QWidget::changeEvent(event);
}

} // namespace churnlens
