#include "campaignpanel.h"

#include "services/campaignservice.h"

#include "data/datatable.h"
#include "data/fieldlabels.h"
#include "common/chartstyle.h"
#include "common/format.h"
#include "score/campaignplanner.h"
#include "score/customervalue.h"
#include "score/scoreresult.h"
#include "jobs/taskrunner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace churnlens {

namespace {

QLabel *figure(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

CampaignPanel::CampaignPanel(QWidget *parent)
    : QWidget(parent)
    , m_runner(new TaskRunner(this))
    , m_rebuild(new QTimer(this))
{
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(250);
    connect(m_rebuild, &QTimer::timeout, this, &CampaignPanel::rebuildPlanner);
    buildUi();
    updateModeWidgets();
    refreshMoney();
}

CampaignPanel::~CampaignPanel() = default;

void CampaignPanel::buildUi()
{
    auto *how = new QGroupBox(tr("Who goes on the list"), this);
    m_byThreshold = new QRadioButton(tr("Churn probability at least"), how);
    m_byTopN = new QRadioButton(tr("The most worth contacting"), how);
    m_byBudget = new QRadioButton(tr("As many as a budget pays for"), how);
    m_modes = new QButtonGroup(this);
    m_modes->addButton(m_byThreshold, int(CampaignOptions::Mode::Threshold));
    m_modes->addButton(m_byTopN, int(CampaignOptions::Mode::TopN));
    m_modes->addButton(m_byBudget, int(CampaignOptions::Mode::Budget));
    m_byTopN->setChecked(true);
    m_byThreshold->setToolTip(tr("Everyone the model rates at least this likely to leave, riskiest first"));
    m_byTopN->setToolTip(tr("This many customers, ranked by churn probability × customer value"));
    m_byBudget->setToolTip(tr("As many customers as the budget pays for at the cost per contact, most valuable first"));
    m_threshold = new QDoubleSpinBox(how);
    m_threshold->setRange(0.0, 100.0);
    m_threshold->setDecimals(1);
    m_threshold->setSingleStep(1.0);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setValue(50.0);
    m_topN = new QSpinBox(how);
    m_topN->setRange(0, INT_MAX);
    m_topN->setValue(100);
    m_topN->setGroupSeparatorShown(true);
    m_budget = new QDoubleSpinBox(how);
    m_budget->setRange(0.0, 1e12);
    m_budget->setDecimals(0);
    m_budget->setSingleStep(100.0);
    m_budget->setValue(1000.0);
    m_budget->setGroupSeparatorShown(true);
    auto *modes = new QGridLayout(how);
    modes->addWidget(m_byThreshold, 0, 0);
    modes->addWidget(m_threshold, 0, 1);
    modes->addWidget(m_byTopN, 1, 0);
    modes->addWidget(m_topN, 1, 1);
    modes->addWidget(m_byBudget, 2, 0);
    modes->addWidget(m_budget, 2, 1);
    modes->setColumnStretch(0, 1);

    auto *costs = new QGroupBox(tr("What a contact costs and what it is worth"), this);
    m_cost = new QDoubleSpinBox(costs);
    m_cost->setRange(0.0, 1e9);
    m_cost->setDecimals(2);
    m_cost->setValue(10.0);
    m_cost->setToolTip(tr("Cost of one contact: a call, a mail, the offer itself"));
    m_acceptance = new QDoubleSpinBox(costs);
    m_acceptance->setRange(0.0, 100.0);
    m_acceptance->setDecimals(0);
    m_acceptance->setSuffix(QStringLiteral(" %"));
    m_acceptance->setValue(30.0);
    m_acceptance->setToolTip(tr("Share of would-be churners who accept the offer and stay. "
                                "30 % is a common planning figure; use your own campaigns' rate."));
    m_months = new QSpinBox(costs);
    m_months->setRange(1, 120);
    m_months->setValue(12);
    m_months->setSuffix(tr(" months"));
    m_fixedValue = new QDoubleSpinBox(costs);
    m_fixedValue->setRange(0.0, 1e9);
    m_fixedValue->setDecimals(0);
    m_fixedValue->setValue(500.0);
    m_fixedValue->setGroupSeparatorShown(true);
    m_valueLabel = new QLabel(costs);
    m_valueLabel->setWordWrap(false); // wrapped, its second line was clipped to the row height
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_months);
    valueRow->addWidget(m_fixedValue);
    auto *costForm = new QFormLayout(costs);
    costForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // German labels are long: the field goes under them
    costForm->addRow(tr("Cost per contact"), m_cost);
    costForm->addRow(tr("Offer accepted by"), m_acceptance);
    costForm->addRow(m_valueLabel, valueRow);

    auto *result = new QGroupBox(tr("The list"), this);
    m_customers = figure(result);
    QFont big = m_customers->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_customers->setFont(big);
    m_churners = figure(result);
    m_kept = figure(result);
    m_contactCost = figure(result);
    m_atRisk = figure(result);
    m_expected = figure(result);
    m_expected->setFont(big);
    m_note = new QLabel(result);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_onlyList = new QCheckBox(tr("Show only these customers in the table"), result);
    m_onlyList->setMinimumWidth(0);
    auto *resultForm = new QFormLayout(result);
    resultForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    resultForm->addRow(tr("Customers to contact"), m_customers);
    resultForm->addRow(tr("Expected to churn among them"), m_churners);
    resultForm->addRow(tr("Expected to stay thanks to the offer"), m_kept);
    resultForm->addRow(tr("Contact cost"), m_contactCost);
    resultForm->addRow(tr("Value at risk on the list"), m_atRisk);
    resultForm->addRow(tr("Expected value of the campaign"), m_expected);
    resultForm->addRow(m_note);
    resultForm->addRow(m_onlyList);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(how);
    layout->addWidget(costs);
    layout->addWidget(result);
    layout->addStretch(1);

    auto changed = [this]() {
        updateModeWidgets();
        updateSummary();
        Q_EMIT selectionChanged();
        Q_EMIT settingsChanged();
    };
    connect(m_modes, &QButtonGroup::idToggled, this, [changed](int, bool on) {
        if (on)
            changed();
    });
    for (QDoubleSpinBox *box : {m_threshold, m_budget, m_cost, m_acceptance})
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_topN, &QSpinBox::valueChanged, this, changed);
    // The customer value changes the ranking: the planner is built again (after typing settles).
    auto valueChanged = [this]() {
        m_planner.reset();
        updateSummary();
        m_rebuild->start();
        Q_EMIT settingsChanged();
    };
    connect(m_months, &QSpinBox::valueChanged, this, valueChanged);
    connect(m_fixedValue, &QDoubleSpinBox::valueChanged, this, valueChanged);
    connect(m_onlyList, &QCheckBox::toggled, this, &CampaignPanel::onlyListToggled);
    connect(m_onlyList, &QCheckBox::toggled, this, &CampaignPanel::settingsChanged);
}

QJsonObject CampaignPanel::state() const
{
    const CampaignOptions o = options();
    QJsonObject s = o.toJson();
    s.insert(QStringLiteral("months"), m_months->value());
    s.insert(QStringLiteral("fixed_value"), m_fixedValue->value());
    s.insert(QStringLiteral("only_list"), m_onlyList->isChecked());
    return s;
}

void CampaignPanel::setState(const QJsonObject &state)
{
    if (auto o = CampaignOptions::fromJson(state)) {
        m_modes->button(int(o->mode))->setChecked(true);
        m_topN->setValue(int(std::min<qsizetype>(o->topN, INT_MAX)));
        m_budget->setValue(o->budget);
        m_cost->setValue(o->contactCost);
        m_acceptance->setValue(o->acceptanceRate * 100.0);
        // The threshold follows the model in use (setModelThreshold), not an old session.
    }
    if (state.value(QStringLiteral("months")).isDouble())
        m_months->setValue(state.value(QStringLiteral("months")).toInt());
    if (state.value(QStringLiteral("fixed_value")).isDouble())
        m_fixedValue->setValue(state.value(QStringLiteral("fixed_value")).toDouble());
    if (state.value(QStringLiteral("only_list")).isBool())
        m_onlyList->setChecked(state.value(QStringLiteral("only_list")).toBool());
}

void CampaignPanel::updateModeWidgets()
{
    m_threshold->setEnabled(m_byThreshold->isChecked());
    m_topN->setEnabled(m_byTopN->isChecked());
    m_budget->setEnabled(m_byBudget->isChecked());
    m_months->setVisible(m_hasValueColumn);
    m_fixedValue->setVisible(!m_hasValueColumn);
    m_valueLabel->setText(m_hasValueColumn ? tr("Value: %1 ×").arg(m_labels.label(m_valueColumn, m_valueSemantic))
                                           : tr("Value of a kept customer"));
    m_valueLabel->setToolTip(m_hasValueColumn ? tr("What keeping a customer is worth: their monthly charges times this many months")
                                              : tr("The data has no monthly charges column: every kept customer counts the same"));
}

void CampaignPanel::setFieldLabels(const FieldLabels &labels)
{
    m_labels = labels;
    updateModeWidgets();
}

QString CampaignPanel::valueLabelText() const
{
    return m_valueLabel->text();
}

void CampaignPanel::setScores(std::shared_ptr<const DataTable> table, std::shared_ptr<const ScoreResult> scores)
{
    m_table = scores ? std::move(table) : nullptr;
    m_scores = m_table ? std::move(scores) : nullptr;
    m_planner.reset();
    const int column = m_table ? CustomerValue::valueColumn(*m_table, {}) : -1;
    m_hasValueColumn = column >= 0 && m_table->column(column).type() == ColumnType::Numeric;
    // Named as the reasons name it: the user's label, else the known field's translated label, else a readable name.
    m_valueColumn = m_hasValueColumn ? m_table->column(column).name() : QString();
    m_valueSemantic = m_hasValueColumn ? m_table->column(column).semantic() : Semantic::None;
    if (m_scores)
        m_topN->setMaximum(int(std::min<qsizetype>(m_scores->rows, INT_MAX)));
    updateModeWidgets();
    updateSummary();
    if (m_scores)
        rebuildPlanner();
    Q_EMIT selectionChanged();
}

void CampaignPanel::setModelThreshold(double threshold)
{
    if (std::isfinite(threshold))
        m_threshold->setValue(threshold * 100.0);
}

void CampaignPanel::rebuildPlanner()
{
    m_rebuild->stop();
    if (!m_scores)
        return;
    m_planner.reset();
    std::shared_ptr<const DataTable> table = m_table;
    std::shared_ptr<const ScoreResult> scores = m_scores;
    CustomerValue::Options value;
    value.horizonMonths = m_months->value();
    const std::optional<double> fixed = m_hasValueColumn ? std::nullopt : std::optional<double>(m_fixedValue->value());
    using Built = Result<std::shared_ptr<const CampaignPlanner>>;
    // Latest wins: new scores or another value replace a planner still being built.
    m_runner->startLatest<Built>(
        tr("Planning the campaign"),
        [table, scores, value, fixed](Progress &) { return CampaignService::plan(*scores, *table, value, fixed); },
        [this](Built &&built) {
            if (!built) {
                if (built.error().code != ErrorCode::Canceled)
                    m_note->setText(built.error().message);
                return;
            }
            m_planner = std::move(*built);
            updateSummary();
            Q_EMIT plannerReady();
            Q_EMIT selectionChanged();
        });
}

CampaignOptions CampaignPanel::options() const
{
    CampaignOptions o;
    o.mode = CampaignOptions::Mode(m_modes->checkedId());
    o.threshold = m_threshold->value() / 100.0;
    o.topN = m_topN->value();
    o.budget = m_budget->value();
    o.contactCost = m_cost->value();
    o.acceptanceRate = m_acceptance->value() / 100.0;
    return o;
}

CampaignSummary CampaignPanel::summary() const
{
    return m_planner ? m_planner->summary(options()) : CampaignSummary();
}

std::vector<qsizetype> CampaignPanel::rows() const
{
    const CampaignOptions o = options();
    if (!m_planner || !o.validate())
        return {};
    return m_planner->rows(o);
}

bool CampaignPanel::showsOnlyList() const
{
    return m_onlyList->isChecked();
}

void CampaignPanel::updateSummary()
{
    const CampaignOptions o = options();
    if (!m_planner) {
        for (QLabel *l : {m_customers, m_churners, m_kept, m_contactCost, m_atRisk, m_expected})
            l->setText(m_scores ? QStringLiteral("…") : format::missing());
        m_note->setText(m_scores ? tr("Working out the list…") : tr("Score customers to plan a campaign."));
        return;
    }
    if (auto ok = o.validate(); !ok) {
        for (QLabel *l : {m_customers, m_churners, m_kept, m_contactCost, m_atRisk, m_expected})
            l->setText(format::missing());
        m_note->setText(ok.error().message);
        return;
    }
    const CampaignSummary s = m_planner->summary(o);
    m_customers->setText(format::count(s.customers));
    m_churners->setText(format::number(s.expectedChurners, 0));
    m_kept->setText(format::number(s.expectedKept, 0));
    m_contactCost->setText(format::money(s.cost));
    m_atRisk->setText(format::money(s.valueAtRisk));
    const bool gain = s.expectedValue > 0;
    m_expected->setText((gain ? QStringLiteral("+") : QString()) + format::money(s.expectedValue));
    QPalette p = m_expected->palette();
    p.setColor(QPalette::WindowText, std::isnan(s.expectedValue) ? palette().color(QPalette::WindowText)
                                     : gain                        ? ChartStyle::accent()
                                                                   : ChartStyle::churned());
    m_expected->setPalette(p);
    QString note = tr("Expected value = accepted offers × value at risk − contact cost. Ranked by churn probability × customer value.");
    if (s.missingValue > 0)
        note += QLatin1Char(' ') + tr("%1 customers on the list have no value (counted as 0).").arg(format::count(s.missingValue));
    if (o.mode == CampaignOptions::Mode::Budget)
        note += QLatin1Char(' ') + tr("Customers who would cost more than they are expected to bring are left out.");
    m_note->setText(note);
}

void CampaignPanel::refreshMoney()
{
    const auto [prefix, suffix] = format::moneyAffixes();
    for (QDoubleSpinBox *box : {m_cost, m_budget, m_fixedValue}) {
        box->setPrefix(prefix);
        box->setSuffix(suffix);
    }
    updateSummary();
}

void CampaignPanel::setMode(CampaignOptions::Mode mode)
{
    m_modes->button(int(mode))->setChecked(true);
}

void CampaignPanel::setTopN(qsizetype n)
{
    m_topN->setValue(int(std::min<qsizetype>(n, INT_MAX)));
}

void CampaignPanel::setThresholdPercent(double percent)
{
    m_threshold->setValue(percent);
}

void CampaignPanel::setBudget(double budget, double contactCost)
{
    m_budget->setValue(budget);
    m_cost->setValue(contactCost);
}

} // namespace churnlens
