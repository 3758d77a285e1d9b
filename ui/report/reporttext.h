#pragma once

#include "reportformat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace churnlens {

struct ImpactReport;

//! One figure of the recommended campaign: what it is, the figure, and its range or share.
struct CampaignFigure
{
    QString label;
    QString value;
    QString detail;
};

//! One headline figure: what it is, the figure, and what it is measured against.
struct KpiCard
{
    QString title;
    QString value;
    QString shortValue; //!< the same figure abbreviated ("1.67M"), for a narrow card
    QString detail;
    QString tooltip;    //!< what it is computed from
};

/*!
 * The impact report in words: KPI cards, the campaign recommendation, its figures and
 * assumptions, the model and calibration lines. The PDF prints them and the dashboard may show
 * them, so both say exactly the same. Translated; numbers through ReportFormat. Value type.
 */
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(churnlens::ReportText)

public:
    ReportText(const ImpactReport &report, ReportFormat format);

    const ReportFormat &format() const { return m_format; }

    QList<KpiCard> kpiCards() const;
    //! "Data: telco.csv · 7,043 customers"
    QString dataLine() const;
    //! "Model: v3 (XGBoost) · trained on a churn rate of 26.5%"
    QString modelLine() const;
    //! Whether the probabilities can be taken as money, in one or two sentences.
    QString calibrationText() const;
    bool calibrationWarning() const;
    //! The scored file is the model's training data: a warning, or empty.
    QString inSampleText() const;

    //! The recommendation in one sentence ("Contact the 1,234 customers…"; "No campaign pays…").
    QString headline() const;
    //! The recommended campaign's figures: customers, churners reached, saved, revenue, cost, net, ROI.
    QList<CampaignFigure> campaignFigures() const;
    //! The 10-90% range and the budget's effect, when they apply (else empty).
    QString rangeText() const;
    QString budgetText() const;
    //! The simulation's assumptions in one sentence.
    QString assumptions() const;
    //! The report's issues (missing charges, model notes) as sentences.
    QStringList notes() const;

private:
    QString acceptanceText() const;

    const ImpactReport &m_report;
    ReportFormat m_format;
};

} // namespace churnlens
