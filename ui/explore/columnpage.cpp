#include "columnpage.h"

#include "boxplotchart.h"
#include "common/chartpanel.h"
#include "churnratechart.h"
#include "distributionchart.h"
#include "eda/profile.h"
#include "common/format.h"
#include "statstable.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace churnlens {

namespace {
constexpr int maxBars = 12; // category levels drawn before the rest become "Other"
}

ColumnPage::ColumnPage(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_bins(new QComboBox(this))
    , m_binsLabel(new QLabel(tr("Group by:"), this))
    , m_grid(new QGridLayout)
    , m_distribution(new ChartPanel(QStringLiteral("distribution"), this))
    , m_churn(new ChartPanel(QStringLiteral("churn-rate"), this))
    , m_box(new ChartPanel(QStringLiteral("box-plot"), this))
    , m_statsPanel(new ChartPanel(QStringLiteral("statistics"), this))
    , m_stats(new StatsTable)
{
    m_filter->setPlaceholderText(tr("Find a column"));
    m_filter->setClearButtonEnabled(true);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(160);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);

    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_bins->addItem(tr("Tenure bands: 0–12, 12–24, 24+ months"), QStringLiteral("tenure"));
    m_bins->addItem(tr("Deciles"), QStringLiteral("deciles"));
    m_bins->setToolTip(tr("How numeric values are grouped for the churn rate"));
    auto *head = new QHBoxLayout;
    head->addWidget(m_heading, 1);
    head->addWidget(m_binsLabel);
    head->addWidget(m_bins);
    connect(m_bins, &QComboBox::currentIndexChanged, this, [this]() { buildChurnChart(); });

    m_statsPanel->setWidget(m_stats);
    QGridLayout *grid = m_grid;
    grid->setSpacing(8);
    grid->addWidget(m_distribution, 0, 0);
    grid->addWidget(m_churn, 0, 1);
    grid->addWidget(m_box, 1, 0);
    grid->addWidget(m_statsPanel, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    for (ChartPanel *p : {m_distribution, m_churn, m_box, m_statsPanel})
        p->setMinimumSize(280, 300);

    // The charts scroll rather than shrink below readable: many bars need their height.
    auto *charts = new QWidget(this);
    charts->setLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(head);
    rightLayout->addWidget(scroll, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 900});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_filter, &QLineEdit::textChanged, this, &ColumnPage::filterList);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_current)
            showColumn(name);
    });
    m_bins->hide();
    m_binsLabel->hide();
}

void ColumnPage::setProfile(std::shared_ptr<const Profile> profile)
{
    m_profile = std::move(profile);
    const QString keep = m_current;
    m_current.clear();
    fillList();
    if (!m_profile)
        return;
    if (keep.isEmpty() || !showColumn(keep)) {
        // Start with the strongest driver: the most interesting column to open.
        const QString first = !m_profile->association.empty() ? m_profile->association.front().name
                              : !m_profile->columns.empty()  ? m_profile->columns.front().name
                                                             : QString();
        if (!first.isEmpty())
            showColumn(first);
    }
}

void ColumnPage::fillList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!m_profile)
        return;
    for (const ColumnProfile &c : m_profile->columns) {
        auto *item = new QListWidgetItem(c.name, m_list);
        QString tip = QStringLiteral("%1 · %2").arg(toString(c.type), toString(c.role));
        if (const FeatureAssociation *a = m_profile->associationOf(c.index))
            tip += tr(" · Cramér's V %1").arg(QString::number(a->cramersV, 'f', 2));
        item->setToolTip(tip);
        if (c.role != ColumnRole::Feature) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
    }
    filterList(m_filter->text());
}

void ColumnPage::filterList(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!text.isEmpty() && !m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
}

bool ColumnPage::showColumn(const QString &name)
{
    if (!m_profile || !m_profile->column(name))
        return false;
    m_current = name;
    {
        const QSignalBlocker block(m_list);
        const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
        if (!items.isEmpty())
            m_list->setCurrentItem(items.constFirst());
    }
    rebuild();
    Q_EMIT columnShown(name);
    return true;
}

void ColumnPage::rebuild()
{
    const ColumnProfile *c = m_profile ? m_profile->column(m_current) : nullptr;
    if (!c)
        return;
    const Profile &p = *m_profile;
    QString heading = QStringLiteral("<b>%1</b> — %2, %3 · %4 values · %5 missing · %6 distinct")
                          .arg(c->name.toHtmlEscaped(), toString(c->type), toString(c->role).toLower(), format::count(c->count),
                               format::count(c->missing), format::count(c->distinct));
    if (const FeatureAssociation *a = p.associationOf(c->index)) {
        int rank = 1;
        while (rank <= int(p.association.size()) && p.association[size_t(rank - 1)].column != c->index)
            ++rank;
        heading += tr(" · association with churn %1 (rank %2 of %3)")
                       .arg(QString::number(a->cramersV, 'f', 2))
                       .arg(rank)
                       .arg(p.association.size());
    }
    m_heading->setText(heading);

    const ChurnBreakdown *levels = p.levelBreakdown(c->index);
    ChartTable table;
    if (c->idLike && c->distinct >= c->count * 9 / 10) {
        m_distribution->setMessage(tr("Every value of “%1” is different (%2 distinct): it identifies customers, "
                                      "so there is no distribution to draw.")
                                       .arg(c->name, format::count(c->distinct)));
    } else if (c->numeric) {
        m_distribution->setChart(DistributionChart::numeric(*c, &table));
    } else {
        m_distribution->setChart(DistributionChart::categorical(*c, levels, p.confidence, maxBars, &table));
    }
    m_distribution->setMinimumHeight(c->numeric ? 300 : std::max(300, 130 + 22 * std::min<int>(int(c->levels.size()) + 2, maxBars + 2)));
    if (m_distribution->chart())
        m_distribution->setTable(table);
    m_distribution->setFileName(QStringLiteral("distribution-%1").arg(c->name));

    const bool tenure = p.binBreakdown(c->index, ChurnBreakdown::Kind::Tenure) != nullptr;
    m_bins->setVisible(tenure);
    m_binsLabel->setVisible(tenure);
    buildChurnChart();

    if (c->numeric) {
        m_box->show();
        m_box->setChart(BoxPlotChart::build(*c, &table));
        m_box->setTable(table);
        m_box->setFileName(QStringLiteral("box-plot-%1").arg(c->name));
    } else {
        m_box->hide();
    }
    // Categories have no box plot: their level table gets the whole row.
    m_grid->removeWidget(m_statsPanel);
    if (c->numeric)
        m_grid->addWidget(m_statsPanel, 1, 1);
    else
        m_grid->addWidget(m_statsPanel, 1, 0, 1, 2);
    m_stats->showColumn(*c, levels, p.confidence);
    m_statsPanel->setTable(m_stats->table());
    m_statsPanel->setFileName(QStringLiteral("statistics-%1").arg(c->name));
}

void ColumnPage::buildChurnChart()
{
    const ColumnProfile *c = m_profile ? m_profile->column(m_current) : nullptr;
    if (!c)
        return;
    const Profile &p = *m_profile;
    const ChurnBreakdown *b = nullptr;
    QString title;
    if (const ChurnBreakdown *levels = p.levelBreakdown(c->index)) {
        b = levels;
        title = tr("Churn rate by %1").arg(c->name);
    } else {
        const bool bands = !m_bins->isHidden() && m_bins->currentData().toString() == QLatin1String("tenure");
        b = bands ? p.binBreakdown(c->index, ChurnBreakdown::Kind::Tenure) : p.binBreakdown(c->index, ChurnBreakdown::Kind::Quantiles);
        if (!b)
            b = p.binBreakdown(c->index, ChurnBreakdown::Kind::Values);
        title = bands ? tr("Churn rate by %1 band").arg(c->name)
                      : (b && b->kind == ChurnBreakdown::Kind::Quantiles ? tr("Churn rate by %1 decile").arg(c->name)
                                                                         : tr("Churn rate by %1").arg(c->name));
    }
    if (!b) {
        QString why;
        if (p.target < 0)
            why = tr("Choose the churn column in the Data view to see churn rates.");
        else if (c->role == ColumnRole::Target)
            why = tr("This is the churn column itself.");
        else if (c->idLike)
            why = tr("“%1” identifies customers; churn rates per id say nothing.").arg(c->name);
        else if (c->role != ColumnRole::Feature)
            why = tr("“%1” is not used as a feature (its role is %2).").arg(c->name, toString(c->role).toLower());
        else
            why = tr("No customer with a churn value has a value here.");
        m_churn->setMessage(why);
        return;
    }
    ChartTable table;
    // About 22 px per bar plus title, axis and legend, so labels are never elided.
    const int bars = std::min<int>(int(b->groups.size()), maxBars + 2);
    m_churn->setMinimumHeight(std::max(300, 150 + 22 * bars));
    m_churn->setChart(ChurnRateChart::build(*b, p.churnRate(), p.confidence, maxBars, title, &table));
    m_churn->setTable(table);
    m_churn->setFileName(QStringLiteral("churn-rate-%1").arg(c->name));
}

} // namespace churnlens
