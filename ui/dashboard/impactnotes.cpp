#include "impactnotes.h"

#include "common/chartstyle.h"
#include "common/format.h"
#include "services/impactservice.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace churnlens {

namespace {
QString methodName(const QString &method)
{
    if (method == QLatin1String("platt"))
        return ImpactNotes::tr("calibrated with Platt scaling");
    if (method == QLatin1String("isotonic"))
        return ImpactNotes::tr("calibrated with isotonic regression");
    if (method == QLatin1String("none"))
        return ImpactNotes::tr("no calibration step");
    return {};
}
} // namespace

ImpactNotes::ImpactNotes(QWidget *parent)
    : QWidget(parent)
    , m_calibration(new QLabel(this))
    , m_inSample(new QLabel(this))
    , m_issues(new QLabel(this))
{
    for (QLabel *l : {m_calibration, m_inSample, m_issues}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
    }
    m_calibration->setObjectName(QStringLiteral("calibrationBanner"));
    m_inSample->setObjectName(QStringLiteral("inSampleNote"));
    m_issues->setObjectName(QStringLiteral("impactIssues"));
    m_issues->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_calibration);
    layout->addWidget(m_inSample);
    layout->addWidget(m_issues);
    setReport(nullptr);
}

QString ImpactNotes::calibrationText() const
{
    return m_calibration->text();
}

QString ImpactNotes::inSampleText() const
{
    return m_inSample->isHidden() ? QString() : m_inSample->text();
}

QString ImpactNotes::issuesText() const
{
    return m_issues->isHidden() ? QString() : m_issues->text();
}

void ImpactNotes::setReport(const ImpactReport *report)
{
    m_calibration->setVisible(report);
    m_inSample->setVisible(report && report->inSample);
    m_issues->setVisible(false);
    m_warn = report && report->calibration.warn();
    if (!report) {
        restyle();
        return;
    }
    const ImpactCalibration &c = report->calibration;
    const QString method = methodName(c.method);
    if (!c.known) {
        m_calibration->setText(tr("<b>⚠ The money figures assume the probabilities are right</b>, and this model did not record "
                                  "how well they match what happened (no calibration error on its test rows). Treat the revenue "
                                  "at risk and the savings as rough estimates."));
    } else if (c.warn()) {
        m_calibration->setText(tr("<b>⚠ The money figures assume the probabilities are right</b>, but on its test rows this "
                                  "model's probabilities were off by %1 on average — more than the %2 that can be trusted. "
                                  "Treat the revenue at risk and the savings as rough estimates; a model trained with "
                                  "calibration (Train area) gives figures you can rely on.")
                                   .arg(format::percent(c.ece), format::percent(ImpactCalibration::WarnAbove, 0)));
    } else {
        m_calibration->setText(tr("✓ <b>Probabilities checked:</b> on its test rows this model's probabilities were off by %1 on "
                                  "average, so the money figures can be read as expected values. They still rest on the "
                                  "assumptions below.")
                                   .arg(format::percent(c.ece)));
    }
    m_calibration->setToolTip(tr("Calibration error: customers grouped by predicted probability; on average, how far the "
                                 "predicted churn rate of a group is from the share that actually left. Measured on the "
                                 "model's test rows when it was trained.")
                               + (method.isEmpty() ? QString() : QStringLiteral("\n") + tr("This model: %1.").arg(method)));
    if (report->inSample)
        m_inSample->setText(tr("<b>Note:</b> these are the customers the model was trained on, so it knows how they turned out. "
                               "On new customers its figures will be less sharp."));
    QStringList lines;
    for (const Issue &issue : report->issues) {
        if (issue.severity == Issue::Severity::Info)
            continue;
        lines << issue.message.toHtmlEscaped();
    }
    lines.removeDuplicates();
    if (!lines.isEmpty()) {
        m_issues->setText(QStringLiteral("⚠ ") + lines.mid(0, 4).join(QStringLiteral("<br>⚠ ")));
        m_issues->setVisible(true);
    }
    restyle();
}

void ImpactNotes::restyle()
{
    // The warning must stand out in both themes; the all-clear stays quiet.
    const bool dark = ChartStyle::isDark();
    if (m_warn) {
        m_calibration->setStyleSheet(dark ? QStringLiteral("QLabel{background:#4a3a10;color:#ffe9b0;border:1px solid #f0c04a;"
                                                           "border-radius:6px;padding:6px 10px;}")
                                          : QStringLiteral("QLabel{background:#fff4d6;color:#4a3500;border:1px solid #e69f00;"
                                                           "border-radius:6px;padding:6px 10px;}"));
    } else {
        m_calibration->setStyleSheet(QStringLiteral("QLabel{padding:2px 2px;}"));
    }
    m_inSample->setStyleSheet(QStringLiteral("QLabel{padding:0px 2px;}"));
}

void ImpactNotes::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

} // namespace churnlens
