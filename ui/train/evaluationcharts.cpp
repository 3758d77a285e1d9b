#include "evaluationcharts.h"

#include "common/chartstyle.h"
#include "common/format.h"
#include "ml/trainreport.h"

#include <QPen>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

const QString MarkerName = QStringLiteral("thresholdMarker");

QLineSeries *line(const QString &name, const QColor &color, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(color, width);
    pen.setStyle(style);
    pen.setCapStyle(Qt::RoundCap);
    s->setPen(pen);
    return s;
}

QLineSeries *reference(const QString &name, QPointF from, QPointF to)
{
    QLineSeries *s = line(name, ChartStyle::neutral(), 1.2, Qt::DashLine);
    s->append(from);
    s->append(to);
    return s;
}

QValueAxis *axis(const QString &title, double low, double high, const QString &format)
{
    auto *a = new QValueAxis;
    a->setRange(low, high);
    a->setTickCount(6);
    a->setLabelFormat(format);
    ChartStyle::styleAxis(a, title);
    return a;
}

void attach(QChart *chart, QAbstractSeries *series, QValueAxis *x, QValueAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// A reliability curve: a line through the groups' points, and the points (unnamed in the legend).
void addReliability(QChart *chart, QLineSeries *curve, const std::vector<EvaluationCurves::CalibrationBin> &bins, qreal markerSize,
                    QValueAxis *x, QValueAxis *y)
{
    const QColor color = curve->pen().color();
    auto *points = new QScatterSeries;
    points->setColor(color);
    points->setBorderColor(color.darker(130));
    points->setMarkerSize(markerSize);
    for (const auto &b : bins) {
        if (b.count <= 0)
            continue;
        curve->append(b.meanPredicted, b.observedRate);
        points->append(b.meanPredicted, b.observedRate);
    }
    attach(chart, curve, x, y);
    attach(chart, points, x, y);
    chart->legend()->markers(points).first()->setVisible(false);
}

void appendBins(ChartTable &t, const std::vector<EvaluationCurves::CalibrationBin> &bins, const QString &probabilities)
{
    for (const auto &b : bins)
        t.rows.append({ChartTable::number(b.lower), ChartTable::number(b.upper), ChartTable::number(b.meanPredicted),
                       ChartTable::number(b.observedRate), QString::number(b.count), probabilities});
}

} // namespace

QString EvaluationCharts::tabName(Kind kind)
{
    switch (kind) {
    case Kind::Roc: return tr("ROC");
    case Kind::PrecisionRecall: return tr("Precision–recall");
    case Kind::Lift: return tr("Lift");
    case Kind::Gains: return tr("Gains");
    case Kind::Calibration: return tr("Calibration");
    }
    return {};
}

QString EvaluationCharts::fileName(Kind kind)
{
    switch (kind) {
    case Kind::Roc: return QStringLiteral("roc-curve");
    case Kind::PrecisionRecall: return QStringLiteral("precision-recall-curve");
    case Kind::Lift: return QStringLiteral("lift-curve");
    case Kind::Gains: return QStringLiteral("cumulative-gains");
    case Kind::Calibration: return QStringLiteral("calibration");
    }
    return {};
}

QString EvaluationCharts::explanation(Kind kind)
{
    switch (kind) {
    case Kind::Roc:
        return tr("Each point is one threshold: churners caught (up) against stayers wrongly flagged (right). "
                  "The closer the curve hugs the top left, the better; the dashed line is guessing.");
    case Kind::PrecisionRecall:
        return tr("As the threshold drops, more churners are caught (right) but a smaller share of the flagged "
                  "customers really churn (down). The dashed line is the churn rate: what guessing gives.");
    case Kind::Lift:
        return tr("How many times more churners the model's top customers hold than a random pick of the same "
                  "size. A lift of 3 at 10% means the riskiest tenth holds three times the average churn.");
    case Kind::Gains:
        return tr("Contact the riskiest customers first: the share of all churners you reach (up) for the share of "
                  "customers you contact (right). The dashed line is contacting at random.");
    case Kind::Calibration:
        return tr("Do the probabilities mean what they say? Customers are grouped by predicted probability; each "
                  "point compares the prediction with the share that really churned. On the dashed line = honest.");
    }
    return {};
}

QString EvaluationCharts::calibrationSummary(const ModelReport &model)
{
    // The numbers first: a narrow chart cuts its title at the end.
    switch (model.calibration.method()) {
    case Calibration::Method::Platt:
        return tr("Calibration error %1 → %2 (calibrated: Platt scaling)")
            .arg(format::percent(model.uncalibrated.ece), format::percent(model.ece));
    case Calibration::Method::Isotonic:
        return tr("Calibration error %1 → %2 (calibrated: isotonic regression)")
            .arg(format::percent(model.uncalibrated.ece), format::percent(model.ece));
    case Calibration::Method::None:
        break;
    }
    // Calibration is chosen on the out-of-fold predictions: without folds it was never tried.
    if (model.calibrationChoice.folds == 0)
        return tr("Calibration error %1 (not calibrated: needs cross-validation)").arg(format::percent(model.ece));
    return tr("Calibration error %1 (no calibration needed)").arg(format::percent(model.ece));
}

QChart *EvaluationCharts::build(Kind kind, const ModelReport &model, double churnRate, ChartTable *table)
{
    auto *chart = new QChart;
    const EvaluationCurves &c = model.curves;
    const QString name = displayName(model.kind);
    const QColor modelColor = ChartStyle::stayed();
    QValueAxis *x = nullptr;
    QValueAxis *y = nullptr;
    QLineSeries *curve = line(name, modelColor, 2.4);
    QAbstractSeries *baseline = nullptr;
    ChartTable t;
    switch (kind) {
    case Kind::Roc:
        ChartStyle::apply(chart, tr("ROC curve — %1, AUC %2").arg(name, QString::number(model.test.rocAuc, 'f', 3)));
        x = axis(tr("Stayers wrongly flagged (false positive rate)"), 0, 1, QStringLiteral("%.1f"));
        // Short y titles: a title longer than the plot is tall is cut ("…kannte Abwanderer (Richtig-positiv-Rate)"
        // in German on a laptop); the x titles, with the whole width, keep the rates' names.
        y = axis(tr("Churners caught (share)"), 0, 1, QStringLiteral("%.1f"));
        curve->append(0, 0);
        for (const auto &p : c.roc)
            curve->append(p.fpr, p.tpr);
        baseline = reference(tr("Guessing"), {0, 0}, {1, 1});
        t.header = {QStringLiteral("false_positive_rate"), QStringLiteral("true_positive_rate"), QStringLiteral("threshold")};
        for (const auto &p : c.roc)
            t.rows.append({ChartTable::number(p.fpr), ChartTable::number(p.tpr), ChartTable::number(p.threshold)});
        break;
    case Kind::PrecisionRecall:
        ChartStyle::apply(chart, tr("Precision–recall — %1, PR AUC %2").arg(name, QString::number(model.test.prAuc, 'f', 3)));
        x = axis(tr("Churners caught (recall)"), 0, 1, QStringLiteral("%.1f"));
        y = axis(tr("Flagged who churn (share)"), 0, 1, QStringLiteral("%.1f"));
        for (const auto &p : c.pr)
            curve->append(p.recall, p.precision);
        baseline = reference(tr("Guessing"), {0, churnRate}, {1, churnRate});
        t.header = {QStringLiteral("recall"), QStringLiteral("precision"), QStringLiteral("threshold")};
        for (const auto &p : c.pr)
            t.rows.append({ChartTable::number(p.recall), ChartTable::number(p.precision), ChartTable::number(p.threshold)});
        break;
    case Kind::Lift: {
        ChartStyle::apply(chart, tr("Lift — %1").arg(name));
        double top = 1.0;
        for (const auto &p : c.gains)
            top = std::max(top, p.lift);
        x = axis(tr("Customers contacted, riskiest first (%)"), 0, 100, QStringLiteral("%.0f"));
        const double ceiling = std::ceil(top + 0.25);
        y = axis(tr("Lift (times the average churn)"), 0, ceiling, QStringLiteral("%.0f"));
        if (ceiling <= 10)
            y->setTickCount(int(ceiling) + 1); // whole numbers: 1x, 2x, 3x…
        for (const auto &p : c.gains)
            curve->append(p.fraction * 100.0, p.lift);
        baseline = reference(tr("Random pick"), {0, 1}, {100, 1});
        t.header = {QStringLiteral("share_contacted"), QStringLiteral("lift")};
        for (const auto &p : c.gains)
            t.rows.append({ChartTable::number(p.fraction), ChartTable::number(p.lift)});
        break;
    }
    case Kind::Gains:
        ChartStyle::apply(chart, tr("Cumulative gains — %1").arg(name));
        x = axis(tr("Customers contacted, riskiest first (%)"), 0, 100, QStringLiteral("%.0f"));
        y = axis(tr("Churners reached (%)"), 0, 100, QStringLiteral("%.0f"));
        curve->append(0, 0);
        for (const auto &p : c.gains)
            curve->append(p.fraction * 100.0, p.gain * 100.0);
        baseline = reference(tr("Random pick"), {0, 0}, {100, 100});
        t.header = {QStringLiteral("share_contacted"), QStringLiteral("share_of_churners_reached")};
        for (const auto &p : c.gains)
            t.rows.append({ChartTable::number(p.fraction), ChartTable::number(p.gain)});
        break;
    case Kind::Calibration: {
        // The model's own probabilities too when a calibration map changed them (SMOTE's inflation shows there).
        const bool recalibrated = !model.calibration.isIdentity() && !model.uncalibrated.reliability.empty();
        ChartStyle::apply(chart, QStringLiteral("%1<br><span style=\"font-weight:normal\">%2</span>")
                                     .arg(tr("Calibration — %1").arg(name).toHtmlEscaped(), calibrationSummary(model).toHtmlEscaped()));
        x = axis(tr("Predicted churn probability"), 0, 1, QStringLiteral("%.1f"));
        y = axis(tr("Share who really churned"), 0, 1, QStringLiteral("%.1f"));
        // Three legend entries share a narrow chart: short names then.
        baseline = reference(recalibrated ? tr("Ideal") : tr("Perfectly calibrated"), {0, 0}, {1, 1});
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        attach(chart, baseline, x, y);
        if (recalibrated) {
            QLineSeries *raw = line(tr("Uncalibrated"), ChartStyle::neutral(), 1.6, Qt::DotLine);
            raw->setObjectName(UncalibratedName);
            addReliability(chart, raw, model.uncalibrated.reliability, 6, x, y);
            curve->setName(tr("Calibrated"));
        }
        curve->setObjectName(CalibratedName);
        addReliability(chart, curve, c.calibration, 9, x, y);
        t.header = {QStringLiteral("bin_lower"), QStringLiteral("bin_upper"), QStringLiteral("mean_predicted"),
                    QStringLiteral("observed_churn_rate"), QStringLiteral("customers"), QStringLiteral("probabilities")};
        appendBins(t, c.calibration, QStringLiteral("calibrated"));
        if (recalibrated)
            appendBins(t, model.uncalibrated.reliability, QStringLiteral("uncalibrated"));
        if (table)
            *table = std::move(t);
        return chart;
    }
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, baseline, x, y);
    attach(chart, curve, x, y);
    auto *marker = new QScatterSeries;
    marker->setObjectName(MarkerName);
    marker->setName(tr("At the threshold"));
    marker->setColor(ChartStyle::churned());
    marker->setBorderColor(ChartStyle::churned().darker(140));
    marker->setMarkerSize(12);
    attach(chart, marker, x, y);
    if (table)
        *table = std::move(t);
    return chart;
}

void EvaluationCharts::setMarker(QChart *chart, Kind kind, const ConfusionMatrix &at)
{
    if (!chart || kind == Kind::Calibration)
        return;
    QScatterSeries *marker = nullptr;
    for (QAbstractSeries *s : chart->series())
        if (s->objectName() == MarkerName)
            marker = static_cast<QScatterSeries *>(s);
    if (!marker)
        return;
    const double positives = double(at.truePositives + at.falseNegatives);
    const double negatives = double(at.falsePositives + at.trueNegatives);
    const double flagged = double(at.truePositives + at.falsePositives);
    const double total = double(at.total());
    const double recall = positives > 0 ? at.truePositives / positives : 0.0;
    QPointF p;
    switch (kind) {
    case Kind::Roc: p = {negatives > 0 ? at.falsePositives / negatives : 0.0, recall}; break;
    case Kind::PrecisionRecall: p = {recall, flagged > 0 ? at.truePositives / flagged : 1.0}; break;
    case Kind::Gains: p = {total > 0 ? 100.0 * flagged / total : 0.0, 100.0 * recall}; break;
    case Kind::Lift:
        if (flagged <= 0 || total <= 0) {
            marker->clear();
            return;
        }
        p = {100.0 * flagged / total, recall / (flagged / total)};
        break;
    case Kind::Calibration: return;
    }
    if (marker->count() == 1)
        marker->replace(0, p);
    else {
        marker->clear();
        marker->append(p);
    }
}

} // namespace churnlens
