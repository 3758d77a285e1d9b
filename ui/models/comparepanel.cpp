#include "comparepanel.h"

#include "common/chartpanel.h"
#include "common/placeholderpage.h"
#include "comparisonmodel.h"
#include "modelstext.h"
#include "runcomparison.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtCharts/QChart>

#include <algorithm>

namespace churnlens {

namespace {

//! "Runs 3, 5 and 8" in the locale's words.
QString runList(const QList<RunRecord> &runs)
{
    QStringList ids;
    for (const RunRecord &r : runs)
        ids << QString::number(r.id);
    if (ids.size() == 1)
        return ComparePanel::tr("Run %1").arg(ids.first());
    return ComparePanel::tr("Runs %1").arg(QLocale().createSeparatedList(ids));
}

} // namespace

ComparePanel::ComparePanel(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_summary(new QLabel(this))
    , m_onlyDifferences(new QCheckBox(tr("Only what differs"), this))
    , m_model(new ComparisonModel(this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_roc(new ChartPanel(QStringLiteral("compare-roc"), this))
    , m_pr(new ChartPanel(QStringLiteral("compare-precision-recall"), this))
    , m_search(new ChartPanel(QStringLiteral("compare-search"), this))
    , m_parameter(new QComboBox(this))
    , m_parameterBar(new QWidget(this))
{
    QWidget *empty = makePlaceholderPage(&m_placeholder, this);
    m_placeholder->setText(tr("Select two or more runs in the table above to compare them side by side "
                              "(hold Ctrl or Shift to select several)."));

    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    m_onlyDifferences->setChecked(true);
    m_onlyDifferences->setToolTip(tr("Hide the settings and results that are the same in every run"));
    connect(m_onlyDifferences, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOnlyDifferences(on);
        updateSummary();
    });

    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_parameter->setObjectName(QStringLiteral("searchParameter"));
    m_parameter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_parameter, &QComboBox::currentIndexChanged, this, &ComparePanel::updateSearchChart);
    auto *parameterLabel = new QLabel(tr("Parameter:"), m_parameterBar);
    parameterLabel->setBuddy(m_parameter);
    auto *pl = new QHBoxLayout(m_parameterBar);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(parameterLabel);
    pl->addWidget(m_parameter);
    pl->addStretch(1);
    auto *searchPage = new QWidget(this);
    auto *sl = new QVBoxLayout(searchPage);
    sl->setContentsMargins(0, 4, 0, 0);
    sl->addWidget(m_parameterBar);
    sl->addWidget(m_search, 1);

    m_tabs->setObjectName(QStringLiteral("compareCharts"));
    m_tabs->addTab(m_roc, tr("ROC"));
    m_tabs->addTab(m_pr, tr("Precision–recall"));
    m_tabs->addTab(searchPage, tr("Tuning"));
    m_tabs->setTabToolTip(0, tr("Churners caught against stayers wrongly flagged, for every threshold: higher and further left is better."));
    m_tabs->setTabToolTip(1, tr("Share of flagged customers who churn against churners caught: higher is better."));
    m_tabs->setTabToolTip(2, tr("How the cross-validated ROC AUC changed with one parameter, for every set the search tried."));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 1000}); // half each, whatever the table's preferred width

    auto *content = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_onlyDifferences, 0, Qt::AlignTop);
    auto *cl = new QVBoxLayout(content);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->addLayout(top);
    cl->addWidget(split, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void ComparePanel::setHint(const QString &text)
{
    m_placeholder->setText(text);
}

void ComparePanel::setRuns(QList<RunRecord> runs, qsizetype selected)
{
    m_runs = std::move(runs);
    m_selected = selected;
    if (m_runs.isEmpty()) {
        m_model->setComparison({}, {}, {});
        m_stack->setCurrentIndex(0);
        return;
    }
    QStringList names, tips;
    for (const RunRecord &r : m_runs) {
        names << tr("Run %1").arg(r.id);
        tips << tr("%1, %2").arg(r.dataName, ModelsText::when(r.created));
    }
    m_model->setComparison(RunComparison::compare(m_runs), names, tips);
    m_onlyDifferences->setEnabled(m_runs.size() > 1);
    fitColumns();

    const QString current = m_parameter->currentIndex() >= 0 ? m_parameter->currentData().toString() : QString();
    m_parameters = ComparisonCharts::searchedParameters(m_runs);
    {
        const QSignalBlocker block(m_parameter);
        m_parameter->clear();
        for (const SearchedParameter &p : m_parameters)
            m_parameter->addItem(tr("%1: %2").arg(ModelsText::family(p.family), RunComparison::parameterLabel(p.name)),
                                 p.family + QLatin1Char('/') + p.name);
        m_parameter->setCurrentIndex(std::max(0, m_parameter->findData(current)));
    }
    rebuildCharts();
    updateSummary();
    m_stack->setCurrentIndex(1);
}

void ComparePanel::rebuildCharts()
{
    ChartTable table;
    m_roc->setChart(ComparisonCharts::curves(ComparisonCharts::Curve::Roc, m_runs, &table));
    m_roc->setTable(std::move(table));
    m_pr->setChart(ComparisonCharts::curves(ComparisonCharts::Curve::PrecisionRecall, m_runs, &table));
    m_pr->setTable(std::move(table));
    updateSearchChart();
}

void ComparePanel::changeEvent(QEvent *event)
{
    // Chart colours come from the palette: redraw when the theme changes.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && !m_runs.isEmpty())
        rebuildCharts();
    QWidget::changeEvent(event);
}

void ComparePanel::fitColumns()
{
    // The label column as wide as its longest label (bounded); a few runs share the rest, many scroll.
    const QFontMetrics fm = m_table->fontMetrics();
    int widest = fm.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString());
    for (int r = 0; r < m_model->rowCount(); ++r)
        widest = std::max(widest, fm.horizontalAdvance(m_model->index(r, 0).data().toString()));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, std::min(widest + 24, 300));
    const bool share = m_model->columnCount() <= 5;
    for (int c = 1; c < m_model->columnCount(); ++c) {
        header->setSectionResizeMode(c, share ? QHeaderView::Stretch : QHeaderView::Interactive);
        if (!share)
            m_table->setColumnWidth(c, fm.averageCharWidth() * 18);
    }
}

void ComparePanel::updateSummary()
{
    if (m_runs.isEmpty())
        return;
    QString text;
    if (m_runs.size() == 1) {
        text = tr("%1: every setting and result. Select another run too to compare them.").arg(runList(m_runs));
    } else {
        const qsizetype differ = m_model->differingRows();
        text = differ == 0 ? tr("%1: all %2 settings and results are the same.").arg(runList(m_runs)).arg(m_model->totalRows())
                           : tr("%1: %2 of %3 settings and results differ.").arg(runList(m_runs)).arg(differ).arg(m_model->totalRows());
    }
    if (m_selected > m_runs.size())
        text += QLatin1Char(' ') + tr("(The first %1 of the %2 selected runs are compared.)").arg(m_runs.size()).arg(m_selected);
    m_summary->setText(text);
}

void ComparePanel::updateSearchChart()
{
    const int at = m_parameter->currentIndex();
    m_parameterBar->setVisible(!m_parameters.isEmpty());
    if (at < 0 || at >= m_parameters.size()) {
        m_search->setMessage(tr("None of these runs tried different model settings. Choose Tuning: \"Automatic\", "
                                "\"Grid search\" or \"Random search\" in the Train area to see here how each setting changes "
                                "the result."));
        m_search->setTable({});
        return;
    }
    ChartTable table;
    m_search->setChart(ComparisonCharts::search(m_parameters[at], m_runs, &table));
    m_search->setTable(std::move(table));
}

} // namespace churnlens
