#include "impactcards.h"

#include "common/format.h"
#include "impactformat.h"
#include "services/impactservice.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace churnlens {

namespace {
const QString Customers = QStringLiteral("customers");
const QString Churn = QStringLiteral("churn");
const QString High = QStringLiteral("high");
const QString Monthly = QStringLiteral("monthly");
const QString Horizon = QStringLiteral("horizon");
} // namespace

namespace impactcards {
// Spelled out rather than "%n month(s)": the card must read well before any translation is loaded.
QString horizonTitle(int months)
{
    return months == 1 ? ImpactCards::tr("Revenue at risk over 1 month")
                       : ImpactCards::tr("Revenue at risk over %1 months").arg(months);
}
} // namespace impactcards
using impactcards::horizonTitle;

ImpactCards::ImpactCards(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (const QString &id : {Customers, Churn, High, Monthly, Horizon})
        addCard(id);
    restyle();
    setReport(nullptr);
}

void ImpactCards::addCard(const QString &id)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("card_%1").arg(id));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *title = new QLabel(frame);
    auto *value = new QLabel(frame);
    auto *caption = new QLabel(frame);
    caption->setForegroundRole(QPalette::PlaceholderText);
    // German captions are long: they wrap rather than widen the card past a laptop's screen.
    caption->setWordWrap(true);
    title->setWordWrap(true);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(14, 8, 14, 10);
    v->setSpacing(2);
    v->addWidget(title);
    v->addWidget(value);
    v->addWidget(caption);
    v->addStretch(1);
    static_cast<QHBoxLayout *>(layout())->addWidget(frame, 1);
    m_cards.append({id, frame, title, value, caption});
}

void ImpactCards::restyle()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setWeight(QFont::DemiBold);
    QFont title = font();
    title.setWeight(QFont::DemiBold);
    for (const Card &c : std::as_const(m_cards)) {
        c.value->setFont(big);
        c.title->setFont(title);
    }
}

void ImpactCards::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        restyle();
    QWidget::changeEvent(event);
}

const ImpactCards::Card *ImpactCards::find(const QString &id) const
{
    for (const Card &c : m_cards)
        if (c.id == id)
            return &c;
    return nullptr;
}

void ImpactCards::set(const QString &id, const QString &title, const QString &value, const QString &caption, const QString &tip)
{
    if (const Card *c = find(id)) {
        c->title->setText(title);
        c->value->setText(value);
        c->caption->setText(caption);
        c->frame->setToolTip(tip);
    }
}

QString ImpactCards::value(const QString &card) const
{
    const Card *c = find(card);
    return c ? c->value->text() : QString();
}

QString ImpactCards::caption(const QString &card) const
{
    const Card *c = find(card);
    return c ? c->caption->text() : QString();
}

QString ImpactCards::toolTip(const QString &card) const
{
    const Card *c = find(card);
    return c ? c->frame->toolTip() : QString();
}

QString ImpactCards::title(const QString &card) const
{
    const Card *c = find(card);
    return c ? c->title->text() : QString();
}

void ImpactCards::setReport(const ImpactReport *report)
{
    const QString none = format::missing();
    const int months = report ? int(std::lround(report->kpis.months)) : 12;
    if (!report) {
        set(Customers, tr("Customers scored"), none, {}, {});
        set(Churn, tr("Predicted churn rate"), none, {}, {});
        set(High, tr("At high risk"), none, {}, {});
        set(Monthly, tr("Revenue at risk per month"), none, {}, {});
        set(Horizon, horizonTitle(months), none, {}, {});
        return;
    }
    const ImpactKpis &k = report->kpis;
    const QString scored = format::count(k.scored);

    set(Customers, tr("Customers scored"), scored,
        k.rows > k.scored ? tr("of %1 in %2").arg(format::count(k.rows), report->dataName) : tr("in %1").arg(report->dataName),
        tr("Customers in %1 that the model %2 gave a churn probability: %3 of %4 rows.%5")
            .arg(report->dataName, report->modelName, scored, format::count(k.rows),
                 k.rows > k.scored ? tr(" Rows it could not score are left out of every figure.") : QString()));

    QString churnCaption = std::isfinite(report->trainingChurnRate)
                               ? tr("training data: %1").arg(format::percent(report->trainingChurnRate))
                               : tr("training rate not recorded");
    QString churnTip = tr("The average churn probability of the %1 scored customers: the model expects about %2 of them "
                          "to leave.")
                           .arg(scored, impactformat::customers(k.expectedChurners));
    if (std::isfinite(report->trainingChurnRate))
        churnTip += QLatin1Char(' ') + tr("In the data the model was trained on, %1 of customers left.").arg(format::percent(report->trainingChurnRate));
    if (k.withOutcome > 0 && std::isfinite(k.observedChurnRate)) {
        churnCaption += tr(" · recorded: %1").arg(format::percent(k.observedChurnRate));
        churnTip += QLatin1Char(' ') + tr("This file records what happened for %1 customers: %2 of them left.")
                                           .arg(format::count(k.withOutcome), format::percent(k.observedChurnRate));
    }
    set(Churn, tr("Predicted churn rate"), format::percent(k.meanProbability), churnCaption, churnTip);

    const double highShare = k.scored > 0 ? double(k.risk.high) / double(k.scored) : std::nan("");
    set(High, tr("At high risk"), format::count(k.risk.high),
        tr("%1 of customers · probability %2 or more").arg(impactformat::share(highShare), format::percent(k.thresholds.high, 0)),
        tr("Customers whose churn probability is %1 or more (the high-risk line, set in Score & export). "
           "Medium risk (from %2): %3 customers; low risk: %4.")
            .arg(format::percent(k.thresholds.high, 0), format::percent(k.thresholds.medium, 0), format::count(k.risk.medium),
                 format::count(k.risk.low)));

    const QString horizonTitle = impactcards::horizonTitle(months);
    if (!k.hasCharges) {
        const QString tip = tr("The data has no monthly charges column. Choose a value column or a fixed monthly value in "
                               "the campaign simulator to see the money at risk.");
        set(Monthly, tr("Revenue at risk per month"), none, tr("no monthly charges column"), tip);
        set(Horizon, horizonTitle, none, tr("no monthly charges column"), tip);
        return;
    }
    const qsizetype withCharge = k.scored - k.missingCharges;
    QString source = report->valueColumn.isEmpty()
                         ? tr("a fixed monthly value of %1 per customer").arg(impactformat::money(report->fixedValue))
                         : tr("the monthly charges in column “%1”").arg(report->valueColumn);
    QString monthlyTip = tr("Σ (churn probability × monthly charge) over the %1 scored customers with a charge, using %2.")
                             .arg(format::count(withCharge), source);
    if (k.missingCharges > 0)
        monthlyTip += QLatin1Char(' ') + (k.missingCharges == 1 ? tr("1 customer without a charge is left out.")
                                                                : tr("%1 customers without a charge are left out.")
                                                                      .arg(format::count(k.missingCharges)));
    if (std::isfinite(k.highRiskMonthlyRevenueAtRisk))
        monthlyTip += QLatin1Char(' ') + tr("Of it, %1 comes from the customers at high risk.").arg(impactformat::money(k.highRiskMonthlyRevenueAtRisk));
    const double riskShare = k.monthlyRevenue > 0.0 ? k.monthlyRevenueAtRisk / k.monthlyRevenue : std::nan("");
    set(Monthly, tr("Revenue at risk per month"), impactformat::money(k.monthlyRevenueAtRisk),
        tr("%1 of %2 a month").arg(impactformat::share(riskShare), impactformat::money(k.monthlyRevenue)), monthlyTip);
    set(Horizon, horizonTitle, impactformat::money(k.horizonRevenueAtRisk()),
        tr("the monthly figure × %1").arg(format::number(k.months, k.months == std::round(k.months) ? 0 : 1)),
        tr("Revenue at risk per month (%1) × %2 months: what the customers likely to leave would pay over that time if they "
           "stayed. The months are the simulator's “months a kept customer is worth”.")
            .arg(impactformat::money(k.monthlyRevenueAtRisk), format::number(k.months, k.months == std::round(k.months) ? 0 : 1)));
}

} // namespace churnlens
