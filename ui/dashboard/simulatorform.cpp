#include "simulatorform.h"

#include "common/format.h"
#include "data/datatable.h"
#include "common/wheelguard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include <cmath>
#include <limits>

namespace churnlens {

namespace {
constexpr int FixedRole = Qt::UserRole + 1;

QDoubleSpinBox *moneyBox(QWidget *parent, double max, int decimals)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.0, max);
    box->setDecimals(decimals);
    box->setGroupSeparatorShown(true);
    box->setAccelerated(true);
    WheelGuard::install(box);
    return box;
}
} // namespace

SimulatorForm::SimulatorForm(QWidget *parent)
    : QWidget(parent)
    , m_offer(moneyBox(this, 1e6, 2))
    , m_contact(moneyBox(this, 1e6, 2))
    , m_acceptLow(new QDoubleSpinBox(this))
    , m_acceptHigh(new QDoubleSpinBox(this))
    , m_months(new QSpinBox(this))
    , m_budget(moneyBox(this, 1e12, 0))
    , m_value(new QComboBox(this))
    , m_fixed(moneyBox(this, 1e6, 2))
    , m_fixedLabel(new QLabel(tr("Monthly value per customer:"), this))
{
    m_offer->setObjectName(QStringLiteral("offerCost"));
    m_offer->setToolTip(tr("What the offer costs for each customer who takes it (a discount, a gift). Customers who "
                           "were not going to leave may take it too, and are counted."));
    m_contact->setObjectName(QStringLiteral("contactCost"));
    m_contact->setToolTip(tr("What reaching one customer costs (a call, a letter), whether they accept or not"));
    for (QDoubleSpinBox *box : {m_acceptLow, m_acceptHigh}) {
        box->setRange(0.0, 100.0);
        box->setDecimals(0);
        box->setSuffix(QStringLiteral(" %"));
        WheelGuard::install(box);
    }
    m_acceptLow->setObjectName(QStringLiteral("acceptanceFrom"));
    m_acceptHigh->setObjectName(QStringLiteral("acceptanceTo"));
    const QString acceptTip = tr("Of the contacted customers who would have left, the share who accept the offer and stay. "
                                 "Not sure? Give a range (from 15 to 35 %): the figures then show what is likely "
                                 "(10–90 % of the range). 24 % is what the system ChurnLens grew from measured; use your own "
                                 "campaigns' figure when you have one.");
    m_acceptLow->setToolTip(acceptTip);
    m_acceptHigh->setToolTip(acceptTip);
    m_months->setObjectName(QStringLiteral("valueMonths"));
    m_months->setRange(1, 240);
    m_months->setToolTip(tr("How many months of charges keeping a customer is worth. It is also the horizon of the "
                            "“revenue at risk” figure."));
    WheelGuard::install(m_months);
    m_budget->setObjectName(QStringLiteral("campaignBudget"));
    m_budget->setSpecialValueText(tr("no limit"));
    m_budget->setSingleStep(1000.0);
    m_budget->setToolTip(tr("The most the campaign may cost (contacts and offers taken, expected). Leave at “no limit” to "
                            "contact everyone worth contacting."));
    m_value->setObjectName(QStringLiteral("valueSource"));
    m_value->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_value->setMinimumContentsLength(12);
    m_value->setToolTip(tr("Where a customer's monthly value comes from: the monthly charges column, another numeric "
                           "column, or one amount for everyone"));
    WheelGuard::install(m_value);
    m_fixed->setObjectName(QStringLiteral("fixedValue"));
    m_fixed->setToolTip(tr("Counts every customer at this monthly value (for files without a charges column)"));

    auto *acceptance = new QHBoxLayout;
    acceptance->setContentsMargins(0, 0, 0, 0);
    acceptance->addWidget(m_acceptLow, 1);
    acceptance->addWidget(new QLabel(tr("to"), this));
    acceptance->addWidget(m_acceptHigh, 1);
    auto *worth = new QHBoxLayout;
    worth->setContentsMargins(0, 0, 0, 0);
    worth->addWidget(m_months);
    worth->addWidget(new QLabel(tr("months of"), this));
    worth->addWidget(m_value, 1);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Offer cost per customer who accepts:"), m_offer);
    form->addRow(tr("Contact cost per customer:"), m_contact);
    form->addRow(tr("Would-be leavers who accept and stay:"), acceptance);
    form->addRow(tr("A kept customer is worth:"), worth);
    form->addRow(m_fixedLabel, m_fixed);
    form->addRow(tr("Budget:"), m_budget);

    setAssumptions(ImpactAssumptions{});
    for (QDoubleSpinBox *box : {m_offer, m_contact, m_budget, m_fixed})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SimulatorForm::emitChanged);
    connect(m_acceptLow, &QDoubleSpinBox::valueChanged, this, [this]() { onAcceptanceChanged(m_acceptLow); });
    connect(m_acceptHigh, &QDoubleSpinBox::valueChanged, this, [this]() { onAcceptanceChanged(m_acceptHigh); });
    connect(m_months, &QSpinBox::valueChanged, this, &SimulatorForm::emitChanged);
    connect(m_value, &QComboBox::activated, this, [this](int index) {
        m_useFixed = m_value->itemData(index, FixedRole).toBool();
        m_valueColumn = m_value->itemData(index).toString();
        updateFixedVisibility();
        emitChanged();
    });
    refreshMoney();
}

void SimulatorForm::emitChanged()
{
    if (!m_updating)
        Q_EMIT changed();
}

void SimulatorForm::onAcceptanceChanged(QDoubleSpinBox *edited)
{
    if (m_updating)
        return;
    // "from" above "to" (or the reverse) means the user moved one end past the other: both follow.
    if (m_acceptLow->value() > m_acceptHigh->value()) {
        const QSignalBlocker a(m_acceptLow), b(m_acceptHigh);
        if (edited == m_acceptLow)
            m_acceptHigh->setValue(m_acceptLow->value());
        else
            m_acceptLow->setValue(m_acceptHigh->value());
    }
    emitChanged();
}

ImpactAssumptions SimulatorForm::assumptions() const
{
    ImpactAssumptions a;
    a.economics.offerCost = m_offer->value();
    a.economics.contactCost = m_contact->value();
    a.economics.acceptanceLow = m_acceptLow->value() / 100.0;
    a.economics.acceptanceHigh = m_acceptHigh->value() / 100.0;
    a.economics.months = m_months->value();
    a.economics.budget = m_budget->value() > 0.0 ? m_budget->value() : std::numeric_limits<double>::infinity();
    const int at = m_value->currentIndex();
    if (at >= 0) {
        a.useFixedValue = m_value->itemData(at, FixedRole).toBool();
        a.valueColumn = a.useFixedValue ? QString() : m_value->itemData(at).toString();
    } else {
        a.useFixedValue = m_useFixed;
        a.valueColumn = m_valueColumn;
    }
    a.fixedValue = m_fixed->value();
    return a;
}

void SimulatorForm::setAssumptions(const ImpactAssumptions &a)
{
    m_updating = true;
    m_offer->setValue(a.economics.offerCost);
    m_contact->setValue(a.economics.contactCost);
    m_acceptLow->setValue(a.economics.acceptanceLow * 100.0);
    m_acceptHigh->setValue(a.economics.acceptanceHigh * 100.0);
    m_months->setValue(int(std::lround(a.economics.months)));
    m_budget->setValue(a.economics.hasBudget() ? a.economics.budget : 0.0);
    m_fixed->setValue(a.fixedValue);
    m_valueColumn = a.valueColumn;
    m_useFixed = a.useFixedValue;
    selectValueSource();
    m_updating = false;
}

void SimulatorForm::refreshMoney()
{
    const auto [prefix, suffix] = format::moneyAffixes();
    for (QDoubleSpinBox *box : {m_offer, m_contact, m_budget, m_fixed}) {
        box->setPrefix(prefix);
        box->setSuffix(suffix);
    }
}

void SimulatorForm::setColumns(const DataTable *table)
{
    const QSignalBlocker block(m_value);
    m_value->clear();
    m_hasMapped = false;
    if (table) {
        const int mapped = table->semanticIndex(Semantic::MonthlyCharges);
        if (mapped >= 0) {
            m_value->addItem(tr("%1 (monthly charges)").arg(table->column(mapped).name()), QString());
            m_hasMapped = true;
        }
        for (int c = 0; c < table->columnCount(); ++c) {
            const Column &col = table->column(c);
            if (c == mapped || col.type() != ColumnType::Numeric || col.role() == ColumnRole::Target || col.role() == ColumnRole::Id)
                continue;
            m_value->addItem(col.name(), col.name());
        }
    } else if (!m_valueColumn.isEmpty()) {
        m_value->addItem(m_valueColumn, m_valueColumn);
    }
    // A fixed amount only stands in for a missing charges column (ImpactRequest::fixedValue).
    if (!m_hasMapped) {
        m_value->addItem(tr("a fixed amount"), QString());
        m_value->setItemData(m_value->count() - 1, true, FixedRole);
    }
    selectValueSource();
}

void SimulatorForm::selectValueSource()
{
    const QSignalBlocker block(m_value);
    const int fixed = m_value->findData(true, FixedRole);
    int at = -1;
    if (m_useFixed)
        at = fixed;
    else if (!m_valueColumn.isEmpty())
        at = m_value->findData(m_valueColumn);
    // Without a choice, or when this file lacks the chosen column: the mapped charges, else a fixed amount.
    if (at < 0)
        at = m_hasMapped ? 0 : fixed;
    m_value->setCurrentIndex(at);
    updateFixedVisibility();
}

void SimulatorForm::updateFixedVisibility()
{
    const int at = m_value->currentIndex();
    const bool fixed = at >= 0 && m_value->itemData(at, FixedRole).toBool();
    m_fixed->setVisible(fixed);
    m_fixedLabel->setVisible(fixed);
}

} // namespace churnlens
