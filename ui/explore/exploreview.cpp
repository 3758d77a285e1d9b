#include "exploreview.h"

#include "data/fieldlabels.h"
#include "data/datatable.h"

#include "common/chartpanel.h"
#include "columnpage.h"
#include "driverschart.h"
#include "eda/profiler.h"
#include "explorecards.h"
#include "common/format.h"
#include "heatmapwidget.h"
#include "missingchart.h"
#include "common/placeholderpage.h"
#include "workspace/workspace.h"
#include "jobs/taskrunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace churnlens {

namespace {
constexpr int maxDrivers = 20;
constexpr int maxMissingBars = 25;
}

ExploreView::ExploreView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_runner(new TaskRunner(this))
    , m_debounce(new QTimer(this))
{
    buildUi();
    // Role and target edits come in bursts; profile once they settle.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ExploreView::start);
    connect(workspace, &Workspace::tableChanged, this, &ExploreView::onTableChanged);
    // Fields are named by their labels: a label typed in the Data area shows here too.
    connect(workspace, &Workspace::fieldLabelsChanged, this, [this]() {
        if (profile())
            rebuildOverview();
    });
    connect(m_runner, &TaskRunner::progressChanged, this, [this](double f, const QString &text) {
        m_bar->setValue(int(f * 1000));
        if (!text.isEmpty())
            m_busyText->setText(text);
    });
    // Here, not in onFinished(): a replaced run that is then canceled never delivers a result.
    connect(m_runner, &TaskRunner::finished, this, [this]() {
        m_busy->hide();
        // No profile and no error shown (those offer a retry): the run ended without a result.
        if (!profile() && m_workspace->hasTable() && m_retry->isHidden())
            showPlaceholder(tr("Profiling was canceled."), true);
    });
    onTableChanged();
}

ExploreView::~ExploreView() = default;

std::shared_ptr<const Profile> ExploreView::profile() const
{
    return m_workspace->profile();
}

bool ExploreView::isProfiling() const
{
    return m_runner->isRunning() || m_debounce->isActive();
}

void ExploreView::buildUi()
{
    m_cards = new ExploreCards(this);

    m_busy = new QWidget(this);
    m_busyText = new QLabel(m_busy);
    m_bar = new QProgressBar(m_busy);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(12);
    m_cancel = new QPushButton(tr("Cancel"), m_busy);
    connect(m_cancel, &QPushButton::clicked, this, &ExploreView::cancel);
    auto *busy = new QHBoxLayout(m_busy);
    busy->setContentsMargins(0, 0, 0, 0);
    busy->addWidget(m_busyText);
    busy->addWidget(m_bar, 1);
    busy->addWidget(m_cancel);
    m_busy->hide();

    m_retry = new QPushButton(tr("Profile again"), this);
    connect(m_retry, &QPushButton::clicked, this, &ExploreView::refresh);
    QWidget *placeholderPage = makePlaceholderPage(&m_placeholder, this, m_retry);

    // Overview: drivers on the left; warnings and missing values on the right.
    m_drivers = new ChartPanel(QStringLiteral("drivers"), this);
    m_driversNote = new QLabel(DriversChart::explanation(), this);
    m_driversNote->setWordWrap(true);
    m_driversNote->setForegroundRole(QPalette::PlaceholderText);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_drivers, 1);
    leftLayout->addWidget(m_driversNote);
    m_warnings = new QListWidget(this);
    m_warnings->setWordWrap(true);
    m_warnings->setAlternatingRowColors(true);
    m_warnings->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_warnings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString column = item->data(Qt::UserRole).toString();
        if (!column.isEmpty())
            showColumn(column);
    });
    auto *warningsBox = new QWidget(this);
    auto *wl = new QVBoxLayout(warningsBox);
    wl->setContentsMargins(0, 0, 0, 0);
    auto *warningsTitle = new QLabel(tr("<b>Data quality</b> — double-click a finding to open its column"), this);
    wl->addWidget(warningsTitle);
    wl->addWidget(m_warnings, 1);
    m_missing = new ChartPanel(QStringLiteral("missing-values"), this);
    auto *rightSplit = new QSplitter(Qt::Vertical, this);
    rightSplit->addWidget(warningsBox);
    rightSplit->addWidget(m_missing);
    rightSplit->setStretchFactor(0, 1);
    rightSplit->setStretchFactor(1, 1);
    auto *overview = new QSplitter(Qt::Horizontal, this);
    overview->addWidget(left);
    overview->addWidget(rightSplit);
    overview->setStretchFactor(0, 3);
    overview->setStretchFactor(1, 2);

    m_columns = new ColumnPage(this);
    m_heatmap = new HeatmapWidget;
    m_correlation = new ChartPanel(QStringLiteral("correlation"), this);
    m_correlation->setWidget(m_heatmap);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overview, tr("Drivers and quality"));
    m_tabs->addTab(m_columns, tr("Column details"));
    m_tabs->addTab(m_correlation, tr("Correlations"));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(placeholderPage);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_cards);
    layout->addWidget(m_busy);
    layout->addWidget(m_stack, 1);
}

QWidget *ExploreView::showFindField()
{
    if (m_stack->currentWidget() != m_tabs)
        return nullptr; // not profiled yet: the page says so
    m_tabs->setCurrentWidget(m_columns);
    return m_columns->filterField();
}

void ExploreView::onTableChanged()
{
    if (!m_workspace->hasTable()) {
        cancel();
        m_debounce->stop();
        m_cards->setProfile(nullptr);
        showPlaceholder(tr("Open customer data to explore it."), false);
        return;
    }
    if (m_workspace->profileIsCurrent()) {
        showProfile(); // this snapshot was profiled already (the area was built after it)
        return;
    }
    if (!profile())
        showPlaceholder(tr("Profiling %1 customers…").arg(format::count(m_workspace->table()->rowCount())), false);
    m_debounce->start();
}

void ExploreView::refresh()
{
    m_debounce->stop();
    start();
}

void ExploreView::cancel()
{
    m_runner->cancel();
}

void ExploreView::start()
{
    std::shared_ptr<const DataTable> table = m_workspace->table();
    if (!table)
        return;
    m_busyText->setText(tr("Profiling…"));
    m_bar->setValue(0);
    m_busy->show();
    // Latest wins: a run on an older snapshot stops, and its profile is never shown.
    const quint64 generation = m_workspace->dataGeneration();
    m_runner->startLatest<Result<Profile>>(
        tr("Profiling"), [table](Progress &progress) { return Profiler::run(*table, ProfileOptions{}, &progress); },
        [this, generation, table](Result<Profile> &&result) { onFinished(std::move(result), generation, table); });
}

void ExploreView::onFinished(Result<Profile> &&result, quint64 generation, std::shared_ptr<const DataTable> table)
{
    if (!result) {
        if (result.error().code == ErrorCode::Canceled)
            return; // said by the finished() handler, which also sees runs that never delivered
        showPlaceholder(result.error().toString(), true);
        Q_EMIT profileFailed(result.error());
        return;
    }
    // The result is the Workspace's (kept only if that data is still the one loaded).
    if (!m_workspace->setProfile(generation, std::move(table), std::make_shared<const Profile>(std::move(*result))))
        return;
    showProfile();
    Q_EMIT profileReady();
}

void ExploreView::showPlaceholder(const QString &text, bool offerRetry)
{
    m_placeholder->setText(text);
    m_retry->setVisible(offerRetry && m_workspace->hasTable());
    m_stack->setCurrentIndex(0);
}

void ExploreView::showProfile()
{
    m_cards->setProfile(profile().get());
    rebuildOverview();
    m_columns->setProfile(profile());
    m_stack->setCurrentIndex(1);
}

void ExploreView::rebuildOverview()
{
    const std::shared_ptr<const Profile> shown = profile();
    if (!shown)
        return;
    const Profile &p = *shown;
    ChartTable table;
    if (p.target < 0) {
        m_drivers->setMessage(tr("Choose the churn column in the Data view to see what goes with churn."));
    } else if (p.association.empty()) {
        m_drivers->setMessage(tr("No feature columns to compare with churn."));
    } else {
        const QString selected = m_columns->currentColumn();
        const std::shared_ptr<const DataTable> data = m_workspace->table();
        const FieldLabels labels = m_workspace->fieldLabels();
        auto label = [data, labels](const QString &name) {
            const int c = data ? data->indexOf(name) : -1;
            return c >= 0 ? labels.label(data->column(c)) : labels.label(name);
        };
        m_drivers->setChart(DriversChart::build(p, maxDrivers, selected, [this](const QString &name) { showColumn(name); },
                                                &table, label));
        m_drivers->setTable(table);
    }
    m_driversNote->setVisible(p.target >= 0 && !p.association.empty());

    if (QChart *missing = MissingChart::build(p, maxMissingBars, &table)) {
        m_missing->setChart(missing);
        m_missing->setTable(table);
    } else {
        m_missing->setMessage(tr("No missing values in any column."));
    }

    m_warnings->clear();
    for (const ProfileWarning &w : p.warnings) {
        auto *item = new QListWidgetItem(m_warnings);
        item->setText(w.hint.isEmpty() ? w.message : w.message + QLatin1Char('\n') + w.hint);
        item->setIcon(style()->standardIcon(w.severity == Issue::Severity::Info ? QStyle::SP_MessageBoxInformation
                                                                                : QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, w.column);
        item->setToolTip(w.hint);
    }
    if (p.warnings.empty())
        new QListWidgetItem(tr("No data-quality problems found."), m_warnings);

    if (p.correlation.size() >= 2) {
        if (!m_heatmap) {
            m_heatmap = new HeatmapWidget;
            m_correlation->setWidget(m_heatmap);
        }
        m_heatmap->setMatrix(p.correlation, tr("Correlation of numeric columns (Pearson, pairwise complete)"));
        m_correlation->setTable(m_heatmap->table());
    } else {
        m_heatmap = nullptr;
        m_correlation->setMessage(tr("Correlations need at least two numeric feature columns."));
    }
}

void ExploreView::showColumn(const QString &name)
{
    if (m_columns->showColumn(name))
        m_tabs->setCurrentWidget(m_columns);
}

void ExploreView::changeEvent(QEvent *event)
{
    // Chart colours come from the palette: redraw when the theme changes.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && profile()) {
        rebuildOverview();
        m_columns->rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace churnlens
