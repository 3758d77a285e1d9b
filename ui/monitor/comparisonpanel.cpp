#include "comparisonpanel.h"

#include "common/format.h"
#include "dashboard/impactformat.h"
#include "monitortext.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace churnlens {

namespace {

QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString signedMoney(double v)
{
    if (!std::isfinite(v))
        return format::missing();
    return (v >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + impactformat::money(std::abs(v));
}

} // namespace

ComparisonPanel::ComparisonPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(wrapped(this, QStringLiteral("comparisonSummary")))
    , m_data(wrapped(this, QStringLiteral("comparisonData")))
    , m_grid(new QGridLayout)
    , m_auc(wrapped(this, QStringLiteral("comparisonAuc")))
    , m_campaign(wrapped(this, QStringLiteral("comparisonCampaign")))
    , m_overlap(wrapped(this, QStringLiteral("comparisonOverlap")))
{
    m_summary->setTextFormat(Qt::RichText);
    m_data->setForegroundRole(QPalette::PlaceholderText);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    layout->addWidget(m_data);
    layout->addLayout(m_grid);
    layout->addWidget(m_auc);
    layout->addWidget(m_campaign);
    layout->addWidget(m_overlap);
    layout->addStretch(1);
}

void ComparisonPanel::setComparison(const ChallengerComparison &c)
{
    // The verdict only: the rest of the service's summary is what the sections below show, formatted.
    m_summary->setText(c.summary.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(c.summary.first().toHtmlEscaped()));
    m_data->setText(tr("Both compared on %1 customers of %2 that neither model was trained on. The challenger learned from "
                       "%3 customers (%4), with the champion's settings.")
                        .arg(format::count(c.holdoutRows), c.dataName.toHtmlEscaped(),
                             format::count(c.trainingRows),
                             c.newDataOnly ? tr("this file alone") : tr("the training data and this file")));

    for (auto &[key, labels] : m_rows)
        qDeleteAll(labels);
    m_rows.clear();
    const QString champion = c.championName.isEmpty() ? tr("Champion") : tr("Champion %1").arg(c.championName);
    const QString challenger = c.challengerVersion > 0 ? tr("Challenger v%1").arg(c.challengerVersion) : tr("Challenger");
    const auto add = [this](const QString &key, const QStringList &texts, bool bold) {
        const int row = m_grid->rowCount();
        QList<QLabel *> labels;
        for (const QString &t : texts) {
            auto *l = new QLabel(t, this);
            if (bold) {
                QFont f = l->font();
                f.setBold(true);
                l->setFont(f);
            }
            if (!labels.isEmpty())
                l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->addWidget(l, row, int(labels.size()));
            labels << l;
        }
        m_rows.append({key, labels});
    };
    add(QStringLiteral("header"), {QString(), champion, challenger, tr("Difference")}, true);
    const std::pair<const char *, QString> metrics[] = {
        {"accuracy", tr("Right calls (accuracy)")}, {"precision", tr("Flagged who left (precision)")},
        {"recall", tr("Leavers caught (recall)")},  {"f1", tr("Balance of both (F1)")},
        {"roc_auc", tr("Ranking (ROC AUC)")},       {"pr_auc", tr("Precision–recall area (PR AUC)")},
    };
    for (const auto &[key, label] : metrics) {
        const QString k = QString::fromLatin1(key);
        const double a = c.champion.value(k), b = c.challenger.value(k);
        const bool isAuc = k.endsWith(QLatin1String("auc"));
        add(k, {label, isAuc ? MonitorText::measure(a) : format::percent(a), isAuc ? MonitorText::measure(b) : format::percent(b),
                isAuc ? MonitorText::signedMeasure(b - a) : MonitorText::points(b - a)},
            false);
    }

    const DeLongTest &d = c.deLong;
    m_auc->setText(tr("<b>Ranking (ROC AUC):</b> %1 → %2, a difference of %3 (95% interval %4 to %5, %6; DeLong's test "
                      "on %7 who left and %8 who stayed).")
                       .arg(MonitorText::measure(d.aucA), MonitorText::measure(d.aucB), MonitorText::signedMeasure(d.difference),
                            MonitorText::signedMeasure(d.interval.low), MonitorText::signedMeasure(d.interval.high),
                            MonitorText::pValue(d.pValue).toHtmlEscaped(), format::count(d.positives), format::count(d.negatives)));
    m_auc->setTextFormat(Qt::RichText);
    m_auc->setToolTip(tr("DeLong's test compares the two models' ROC AUC on the same customers. A p-value below 0.05 "
                         "and an interval that does not include 0 mean the difference is unlikely to be chance."));

    const CampaignBootstrap &b = c.campaign;
    m_campaign->setTextFormat(Qt::RichText);
    m_campaign->setText(tr("<b>Campaign value</b> on these customers, contacting each model's list at its threshold: "
                           "champion %1 (%2 contacted), challenger %3 (%4 contacted), difference %5 (95% interval %6 to %7). "
                           "The challenger's list was worth more in %8 of %9 resamples.")
                            .arg(impactformat::money(b.valueA), format::count(b.contactedA), impactformat::money(b.valueB),
                                 format::count(b.contactedB), signedMoney(b.difference), signedMoney(b.interval.low),
                                 signedMoney(b.interval.high), format::percent(b.shareBBetter, 0), format::count(b.resamples)));
    m_campaign->setToolTip(tr("Each saved customer is worth %1 (monthly charge times months, or a fixed value); acceptance %2, "
                              "contact cost %3, offer cost %4. The interval comes from resampling the customers 1,000 times.")
                               .arg(impactformat::money(c.campaignMonthlyValue), format::percent(c.campaignInputs.acceptance, 0),
                                    impactformat::money(c.campaignInputs.contactCost), impactformat::money(c.campaignInputs.offerCost)));

    const TopOverlap &o = c.overlap;
    m_overlap->setTextFormat(Qt::RichText);
    m_overlap->setText(tr("<b>Top lists:</b> of the %1 customers each model ranks highest, %2 are on both lists (%3).")
                           .arg(format::count(o.n), format::count(o.common), format::percent(o.share, 0)));
    m_overlap->setToolTip(tr("A small overlap means switching models changes who gets contacted."));
}

QString ComparisonPanel::summaryText() const
{
    return m_summary->text();
}

QString ComparisonPanel::aucText() const
{
    return m_auc->text();
}

QString ComparisonPanel::campaignText() const
{
    return m_campaign->text();
}

QString ComparisonPanel::overlapText() const
{
    return m_overlap->text();
}

QStringList ComparisonPanel::row(const QString &metric) const
{
    for (const auto &[key, labels] : m_rows) {
        if (key != metric)
            continue;
        QStringList out;
        for (int i = 1; i < labels.size(); ++i)
            out << labels[i]->text();
        return out;
    }
    return {};
}

} // namespace churnlens
