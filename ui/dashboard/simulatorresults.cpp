#include "simulatorresults.h"

#include "common/format.h"
#include "impactformat.h"
#include "services/impactservice.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace churnlens {

namespace {
QString roiText(double roi)
{
    return std::isfinite(roi) ? format::percent(roi, 0) : format::missing();
}

// "28,895 to 28,895" says nothing: a figure the acceptance does not move gets no range.
QString moneyBand(double a, double b)
{
    return impactformat::money(a) == impactformat::money(b) ? QString() : impactformat::moneyRange(a, b);
}

QString customersBand(double a, double b)
{
    return impactformat::customers(a) == impactformat::customers(b) ? QString() : impactformat::customersRange(a, b);
}
} // namespace

SimulatorResults::SimulatorResults(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_rangeHeader(new QLabel(tr("likely range"), this))
    , m_expectedHeader(new QLabel(tr("expected"), this))
    , m_recommendation(new QLabel(this))
{
    const QString names[RowCount] = {tr("Customers to contact"), tr("Likely leavers among them"), tr("Customers kept"),
                                     tr("Revenue saved"), tr("Campaign cost"), tr("Net saving"), tr("Return on cost")};
    const QString tips[RowCount] = {
        tr("The customers most worth keeping, best first: where the expected net saving is highest (within the budget)"),
        tr("How many of the contacted customers would leave without the campaign (the sum of their churn probabilities)"),
        tr("Likely leavers reached × the share who accept and stay"),
        tr("Customers kept × what each is worth (monthly value × the months a kept customer is worth)"),
        tr("Contact cost for everyone contacted, plus the offer for everyone who takes it (including customers who would "
           "have stayed anyway)"),
        tr("Revenue saved minus campaign cost"),
        tr("Net saving per unit spent on the campaign")};
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(3);
    for (QLabel *h : {m_expectedHeader, m_rangeHeader}) {
        h->setForegroundRole(QPalette::PlaceholderText);
        h->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    }
    m_rangeHeader->setToolTip(tr("With the acceptance given as a range: 8 times out of 10 the figure falls in here"));
    m_grid->addWidget(m_expectedHeader, 0, 1);
    m_grid->addWidget(m_rangeHeader, 0, 2);
    for (int r = 0; r < RowCount; ++r) {
        m_names[r] = new QLabel(names[r], this);
        m_names[r]->setToolTip(tips[r]);
        m_names[r]->setWordWrap(true); // German names are long: two lines, never cut off
        m_values[r] = new QLabel(this);
        m_values[r]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_values[r]->setToolTip(tips[r]);
        m_ranges[r] = new QLabel(this);
        m_ranges[r]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ranges[r]->setForegroundRole(QPalette::PlaceholderText);
        m_values[r]->setObjectName(QStringLiteral("simulatorValue%1").arg(r));
        m_ranges[r]->setObjectName(QStringLiteral("simulatorRange%1").arg(r));
        m_grid->addWidget(m_names[r], r + 1, 0);
        m_grid->addWidget(m_values[r], r + 1, 1);
        m_grid->addWidget(m_ranges[r], r + 1, 2);
    }
    m_grid->setColumnStretch(0, 1);
    QFont bold = font();
    bold.setBold(true);
    m_names[Net]->setFont(bold);
    m_values[Net]->setFont(bold);

    m_recommendation->setObjectName(QStringLiteral("recommendation"));
    m_recommendation->setWordWrap(true);
    m_recommendation->setTextFormat(Qt::RichText);
    m_recommendation->setFrameShape(QFrame::StyledPanel);
    m_recommendation->setAutoFillBackground(true);
    m_recommendation->setBackgroundRole(QPalette::AlternateBase);
    m_recommendation->setMargin(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_recommendation);
    layout->addLayout(m_grid);
    setReport(nullptr);
}

void SimulatorResults::set(Row row, const QString &value, const QString &range)
{
    m_values[row]->setText(value);
    m_ranges[row]->setText(m_showsRange ? range : QString());
}

QString SimulatorResults::value(Row row) const
{
    return m_values[row]->text();
}

QString SimulatorResults::range(Row row) const
{
    return m_showsRange ? m_ranges[row]->text() : QString();
}

QString SimulatorResults::recommendation() const
{
    return m_recommendation->text();
}

void SimulatorResults::setReport(const ImpactReport *report)
{
    const ProfitCurve *curve = report ? &report->curve : nullptr;
    const CampaignEconomics e = curve ? curve->economics : CampaignEconomics{};
    m_showsRange = curve && e.hasRange();
    m_rangeHeader->setText(m_showsRange ? tr("likely range\n(%1–%2 accept)")
                                              .arg(format::percent(e.acceptanceAt(0.1), 0), format::percent(e.acceptanceAt(0.9), 0))
                                        : QString());
    m_expectedHeader->setText(m_showsRange ? tr("expected\n(%1)").arg(format::percent(e.acceptance(), 0)) : QString());
    m_rangeHeader->setVisible(m_showsRange);
    for (QLabel *l : m_ranges)
        l->setVisible(m_showsRange);
    const long months = std::lround(e.months);
    m_names[Revenue]->setText(months == 1 ? tr("Revenue saved (1 month)") : tr("Revenue saved (%1 months)").arg(months));
    if (!curve) {
        for (int r = 0; r < RowCount; ++r)
            set(Row(r), format::missing());
        m_recommendation->setText(tr("The recommendation appears once the customers are scored."));
        return;
    }
    const CampaignOutcome &b = curve->best;
    const bool money = report->kpis.hasCharges;
    // The figures at both ends of the likely acceptance range; net is linear in it (CampaignEconomics).
    const CampaignOutcome low = CampaignOutcome::of(b.customers, b.expectedChurners, b.valueAtRisk, e.acceptanceAt(0.1), e.offerCost, e.contactCost);
    const CampaignOutcome high = CampaignOutcome::of(b.customers, b.expectedChurners, b.valueAtRisk, e.acceptanceAt(0.9), e.offerCost, e.contactCost);

    set(Contact, tr("%1 (%2)").arg(format::count(curve->bestCustomers), impactformat::share(curve->bestShare())));
    set(Reached, impactformat::customers(b.expectedChurners));
    set(Saved, impactformat::customers(b.saved), customersBand(low.saved, high.saved));
    set(Cost, impactformat::money(b.cost), moneyBand(low.cost, high.cost));
    if (money) {
        set(Revenue, impactformat::money(b.revenueSaved), moneyBand(low.revenueSaved, high.revenueSaved));
        set(Net, impactformat::money(b.net), moneyBand(curve->bestNetLow, curve->bestNetHigh));
        set(Roi, roiText(b.roi()), tr("%1 to %2").arg(roiText(std::min(low.roi(), high.roi())), roiText(std::max(low.roi(), high.roi()))));
    } else {
        set(Revenue, format::missing());
        set(Net, format::missing());
        set(Roi, format::missing());
    }

    QString text;
    if (!money) {
        text = tr("<b>What is a kept customer worth?</b> This file has no monthly charges column: choose a value column or a "
                  "fixed monthly amount above to see what a campaign would save.");
    } else if (curve->bestCustomers == 0) {
        text = tr("<b>At these costs no campaign pays off.</b> Even for the customers most likely to leave, contacting them "
                  "and the offer cost more than keeping them is worth. Lower the costs, or count a kept customer for more "
                  "months.");
    } else {
        // Whole sentences, so that translations can order their words freely.
        text = tr("<b>Contact the %1 customers most worth keeping</b> (%2 of those scored).")
                   .arg(format::count(curve->bestCustomers), impactformat::share(curve->bestShare()));
        text += QLatin1Char(' ');
        text += m_showsRange ? tr("Expect to keep about %1 of them and save <b>%2</b> net (likely %3).")
                                   .arg(impactformat::customers(b.saved), impactformat::money(b.net),
                                        impactformat::moneyRange(curve->bestNetLow, curve->bestNetHigh))
                             : tr("Expect to keep about %1 of them and save <b>%2</b> net.")
                                   .arg(impactformat::customers(b.saved), impactformat::money(b.net));
        text += QLatin1Char(' ') + tr("That is a return of %1 on a campaign cost of %2.").arg(roiText(b.roi()), impactformat::money(b.cost));
        if (m_showsRange && std::min(curve->bestNetLow, curve->bestNetHigh) < 0.0)
            text += QLatin1Char(' ') + tr("If few customers accept, it could lose money.");
        if (curve->budgetLimited)
            text += QLatin1Char(' ') + tr("The budget stops the list here; without it, the best list would have %1 customers.")
                                           .arg(format::count(curve->unconstrainedBestCustomers));
        else if (curve->everyone.customers > curve->bestCustomers)
            text += QLatin1Char(' ') + tr("Contacting all %1 customers would net %2 instead.")
                                           .arg(format::count(curve->everyone.customers), impactformat::money(curve->everyone.net));
    }
    m_recommendation->setText(text);
}

} // namespace churnlens
