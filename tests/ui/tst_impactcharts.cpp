// The impact charts' painters (ui/report), offscreen: what they draw is recorded by a paint
// engine that keeps every piece of text with its place, so the tests can ask "is the best
// share labelled?" and "does any label overlap another or leave the chart?" at the sizes the
// dashboard and the PDF use.
#include "report/chartexport.h"
#include "report/chartframe.h"
#include "report/impactcharts.h"
#include "report/reportformat.h"
#include "impact/profitcurve.h"
#include "impact/segmentbreakdown.h"
#include "services/impactservice.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace churnlens;

namespace {

struct DrawnText
{
    QString text;
    QRectF rect;
};

//! A paint engine that draws nothing and remembers every text item and where it went.
class TextRecorder final : public QPaintEngine
{
public:
    TextRecorder()
        : QPaintEngine(QPaintEngine::AllFeatures)
    {
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QRectF local(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
        texts.push_back({item.text(), m_transform.mapRect(local)});
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawRects(const QRectF *, int) override {}
    void drawLines(const QLineF *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawPoints(const QPointF *, int) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    Type type() const override { return QPaintEngine::User; }

    std::vector<DrawnText> texts;

private:
    QTransform m_transform;
};

//! A 96 dpi canvas of \a size whose painter records text.
class RecordingDevice final : public QPaintDevice
{
public:
    explicit RecordingDevice(QSize size)
        : m_size(size)
    {
    }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    const std::vector<DrawnText> &texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return qRound(m_size.width() * 25.4 / 96.0);
        case PdmHeightMM:
            return qRound(m_size.height() * 25.4 / 96.0);
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable TextRecorder m_engine;
};

/*!
 * Every translatable string 40% longer (German runs about that much longer than English), with
 * its placeholders kept: the layout must hold for the translation, not only for English.
 */
class LongerTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        const QString text = QString::fromUtf8(source);
        return text + QString(int(text.size() * 0.4), QChar(0x00e4)); // "ä", as wide as a German letter
    }
};

//! A curve over 1,000 customers whose net saving peaks at 23% (45,678), like a real one.
ProfitCurve sampleCurve(bool range, bool budget)
{
    ProfitCurve c;
    c.scored = 1000;
    c.economics.contactCost = 5.0;
    c.economics.offerCost = 20.0;
    if (range) {
        c.economics.acceptanceLow = 0.15;
        c.economics.acceptanceHigh = 0.35;
    }
    if (budget)
        c.economics.budget = 4000.0;
    for (int i = 0; i <= 100; ++i) {
        ProfitPoint p;
        p.share = i / 100.0;
        p.customers = i * 10;
        const double x = p.share;
        // Rises to 45,678 at 23%, then falls to a loss of 13.7k for everyone.
        p.net = x <= 0.23 ? 45678.0 * (1.0 - std::pow((0.23 - x) / 0.23, 2.0)) : 45678.0 * (1.0 - 1.3 * std::pow((x - 0.23) / 0.77, 2.0));
        p.netLow = range ? p.net * 0.6 - 3000.0 * x : p.net;
        p.netHigh = range ? p.net * 1.4 + 3000.0 * x : p.net;
        p.cost = 25.0 * p.customers;
        p.gains = 1.0 - std::pow(1.0 - x, 2.4);
        p.gainsObserved = std::nan("");
        c.points.push_back(p);
    }
    c.bestCustomers = budget ? 160 : 230;
    c.best.customers = c.bestCustomers;
    c.best.net = budget ? 40123.0 : 45678.0;
    c.best.cost = 25.0 * double(c.bestCustomers);
    c.bestNetLow = 27000.0;
    c.bestNetHigh = 64000.0;
    c.budgetLimited = budget;
    c.unconstrainedBestCustomers = 230;
    c.everyone.customers = 1000;
    c.everyone.valueAtRisk = 250000.0;
    return c;
}

SegmentBreakdown sampleSegments(int rows)
{
    SegmentBreakdown s;
    s.columnName = QStringLiteral("PaymentMethod");
    const QStringList labels{QStringLiteral("Electronic check"), QStringLiteral("Mailed check"),
                             QStringLiteral("Bank transfer (automatic)"), QStringLiteral("Credit card (automatic)")};
    for (int i = 0; i < rows; ++i) {
        SegmentRow r;
        r.label = i < labels.size() ? labels[i] : QStringLiteral("Level %1 with a long name").arg(i);
        r.customers = 2365 - i * 150;
        r.meanProbability = 0.45 - i * 0.03;
        r.expectedChurners = double(r.customers) * r.meanProbability;
        r.monthlyRevenueAtRisk = 81234.0 / (i + 1);
        s.rows.push_back(r);
    }
    return s;
}

std::vector<DrawnText> record(QSize size, const std::function<void(QPainter *, const QRectF &)> &paint)
{
    RecordingDevice device(size);
    {
        QPainter painter(&device);
        paint(&painter, QRectF(QPointF(0, 0), size));
    }
    return device.texts();
}

QString joined(const std::vector<DrawnText> &texts)
{
    QStringList all;
    for (const DrawnText &t : texts)
        all << t.text;
    return all.join(QLatin1Char('|'));
}

//! Every pair of text items that overlap (beyond half a pixel), and items that leave \a bounds.
QStringList layoutProblems(const std::vector<DrawnText> &texts, const QRectF &bounds)
{
    QStringList problems;
    for (size_t i = 0; i < texts.size(); ++i) {
        const QRectF a = texts[i].rect.adjusted(0.5, 0.5, -0.5, -0.5);
        if (!bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(texts[i].rect))
            problems << QStringLiteral("\"%1\" leaves the chart").arg(texts[i].text);
        for (size_t j = i + 1; j < texts.size(); ++j) {
            if (a.intersects(texts[j].rect.adjusted(0.5, 0.5, -0.5, -0.5)))
                problems << QStringLiteral("\"%1\" overlaps \"%2\"").arg(texts[i].text, texts[j].text);
        }
    }
    return problems;
}

} // namespace

class TestImpactCharts : public QObject
{
    Q_OBJECT

    static QStringList charts()
    {
        return {QStringLiteral("profit"), QStringLiteral("band+budget"), QStringLiteral("gains"), QStringLiteral("segments"),
                QStringLiteral("segments-many"), QStringLiteral("trend")};
    }

    //! One of charts() with the sample data, as the dashboard would draw it.
    static void paintChart(const QString &chart, QPainter *p, const QRectF &r, const ImpactChartStyle &style)
    {
        static const ProfitCurve plain = sampleCurve(false, false);
        static const ProfitCurve banded = sampleCurve(true, true);
        static const SegmentBreakdown segments = sampleSegments(4);
        static const SegmentBreakdown many = sampleSegments(14);
        static const std::vector<ImpactTrendPoint> trend = [] {
            std::vector<ImpactTrendPoint> t;
            for (int i = 0; i < 8; ++i) {
                ImpactTrendPoint point;
                point.at = QDateTime(QDate(2026, 5, 1).addMonths(i), QTime(9, 0), Qt::UTC);
                point.high = 1500 + 40 * i;
                point.meanProbability = 0.25 + 0.005 * i;
                point.monthlyRevenueAtRisk = 140000.0 + 2500.0 * i;
                point.observedChurnRate = i < 6 ? 0.24 + 0.004 * i : std::nan("");
                t.push_back(point);
            }
            return t;
        }();
        if (chart == QLatin1String("profit"))
            ImpactCharts::paintProfitCurve(p, r, plain, style, QStringLiteral("Net saving by share contacted"));
        else if (chart == QLatin1String("band+budget"))
            ImpactCharts::paintProfitCurve(p, r, banded, style, QStringLiteral("Net saving, acceptance 15-35%, budget"));
        else if (chart == QLatin1String("gains"))
            ImpactCharts::paintGains(p, r, plain, style, QStringLiteral("Churners reached"));
        else if (chart == QLatin1String("segments"))
            ImpactCharts::paintSegments(p, r, segments, style, QStringLiteral("Revenue at risk by payment method"));
        else if (chart == QLatin1String("segments-many"))
            ImpactCharts::paintSegments(p, r, many, style, QStringLiteral("Revenue at risk by level"));
        else
            ImpactCharts::paintTrend(p, r, trend, style, QStringLiteral("Trend over the scorings"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The tests read English numbers whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void bestShareIsLabelled()
    {
        const ProfitCurve curve = sampleCurve(false, false);
        const auto texts = record({450, 280}, [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintProfitCurve(p, r, curve, ImpactChartStyle::light(), QStringLiteral("Net saving"));
        });
        const QString all = joined(texts);
        QVERIFY2(all.contains(QStringLiteral("Best: 23.0% → 45.7k")), qPrintable(all));
        // Share axis in whole percentages, money axis abbreviated.
        QVERIFY2(all.contains(QStringLiteral("40%")) && all.contains(QStringLiteral("100%")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("20k")) || all.contains(QStringLiteral("40k")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("Budget")), qPrintable(all));
    }

    void noCampaignIsSaid()
    {
        ProfitCurve curve = sampleCurve(false, false);
        for (ProfitPoint &p : curve.points)
            p.net = p.netLow = p.netHigh = -5.0 * double(p.customers);
        curve.bestCustomers = 0;
        curve.best = {};
        const QString all = joined(record({450, 280}, [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintProfitCurve(p, r, curve, ImpactChartStyle::light(), QString());
        }));
        QVERIFY2(all.contains(QStringLiteral("No campaign pays at these assumptions")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("Best")), qPrintable(all));
        // Losses are money too: the axis goes below zero with a minus sign.
        QVERIFY2(all.contains(QStringLiteral("-")), qPrintable(all));

        // Without customer values nothing can pay, and the chart says why.
        curve.everyone.valueAtRisk = 0.0;
        const QString unvalued = joined(record({450, 280}, [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintProfitCurve(p, r, curve, ImpactChartStyle::light(), QString());
        }));
        QVERIFY2(unvalued.contains(QStringLiteral("No customer values")) && !unvalued.contains(QStringLiteral("No campaign pays")),
                 qPrintable(unvalued));
    }

    void budgetIsMarked()
    {
        const ProfitCurve curve = sampleCurve(false, true);
        const QString all = joined(record({450, 280}, [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintProfitCurve(p, r, curve, ImpactChartStyle::light(), QString());
        }));
        QVERIFY2(all.contains(QStringLiteral("Best within budget: 16.0% → 40.1k")), qPrintable(all));
        QVERIFY2(all.count(QStringLiteral("Budget")) >= 2, qPrintable(all)); // the line's label and the legend
    }

    // The band is painted translucent in the band colour: pixels of that blend exist with a
    // range and not without one.
    void bandIsTranslucent()
    {
        auto bandPixels = [](const ProfitCurve &curve) {
            QImage image(450, 280, QImage::Format_ARGB32);
            image.fill(Qt::white);
            {
                QPainter p(&image);
                ImpactCharts::paintProfitCurve(&p, QRectF(0, 0, 450, 280), curve, ImpactChartStyle::light(), QString());
            }
            const QColor band = ImpactChartStyle::light().band;
            const double a = band.alphaF();
            const QColor expected(int(255 * (1 - a) + band.red() * a), int(255 * (1 - a) + band.green() * a),
                                  int(255 * (1 - a) + band.blue() * a));
            int n = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    n += std::abs(c.red() - expected.red()) <= 6 && std::abs(c.green() - expected.green()) <= 6
                         && std::abs(c.blue() - expected.blue()) <= 6;
                }
            }
            return n;
        };
        const int withRange = bandPixels(sampleCurve(true, false));
        const int without = bandPixels(sampleCurve(false, false));
        // Without a range only the curve's anti-aliased edge comes near that colour.
        QVERIFY2(withRange > 3000 && withRange > 20 * without, qPrintable(QStringLiteral("%1 vs %2").arg(withRange).arg(without)));
    }

    void gainsNameTheLift()
    {
        const ProfitCurve curve = sampleCurve(false, false);
        const QString all = joined(record({450, 280}, [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintGains(p, r, curve, ImpactChartStyle::dark(), QString());
        }));
        // 1 - 0.77^2.4 = 46.6% of churners in 23% of customers.
        QVERIFY2(all.contains(QStringLiteral("23% of customers → 47% of churners")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Random choice")), qPrintable(all));
    }

    void segmentsShowMoneyRateAndCount()
    {
        const SegmentBreakdown s = sampleSegments(4);
        const QString all = joined(record({450, 280}, [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintSegments(p, r, s, ImpactChartStyle::light(), QStringLiteral("Revenue at risk by payment"));
        }));
        QVERIFY2(all.contains(QStringLiteral("81.2k")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("45%")) && all.contains(QStringLiteral("2,365")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Electronic check")), qPrintable(all));
    }

    void manySegmentsAreCounted()
    {
        const SegmentBreakdown s = sampleSegments(30);
        const QString all = joined(record({450, 280}, [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintSegments(p, r, s, ImpactChartStyle::light(), QStringLiteral("By level"));
        }));
        QVERIFY2(all.contains(QStringLiteral("more segment")), qPrintable(all));
    }

    void trendNeedsTwoScorings()
    {
        std::vector<ImpactTrendPoint> trend(1);
        trend[0].at = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        trend[0].high = 1500;
        QString all = joined(record({450, 280}, [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintTrend(p, r, trend, ImpactChartStyle::light(), QString());
        }));
        QVERIFY2(all.contains(QStringLiteral("two or more scorings")), qPrintable(all));
        trend.push_back(trend[0]);
        trend[1].at = trend[0].at.addDays(30);
        trend[1].high = 1700;
        trend[1].monthlyRevenueAtRisk = 150000.0;
        all = joined(record({450, 280}, [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintTrend(p, r, trend, ImpactChartStyle::light(), QString());
        }));
        QVERIFY2(all.contains(QStringLiteral("High-risk customers")) && all.contains(QStringLiteral("Revenue at risk per month")),
                 qPrintable(all));
        // Counts from zero, money abbreviated, dates in the locale's short form.
        QVERIFY2(all.contains(QStringLiteral("2,000")) && all.contains(QStringLiteral("150k")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("11/1/26")) && all.contains(QStringLiteral("12/1/26")), qPrintable(all));
    }

    // The dashboard's size, a cramped one and a large one, in English and with every text 40%
    // longer: no label overlaps another or leaves the chart, for every chart.
    void labelsNeverCollide_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("longer");
        for (const QString &chart : {QStringLiteral("profit"), QStringLiteral("band+budget"), QStringLiteral("gains"),
                                     QStringLiteral("segments"), QStringLiteral("segments-many"), QStringLiteral("trend")}) {
            for (const QSize size : {QSize(450, 280), QSize(330, 210), QSize(900, 520)}) {
                for (bool longer : {false, true})
                    QTest::addRow("%s %dx%d%s", qPrintable(chart), size.width(), size.height(), longer ? " longer" : "") << chart << size << longer;
            }
        }
    }
    void labelsNeverCollide()
    {
        QFETCH(QString, chart);
        QFETCH(QSize, size);
        QFETCH(bool, longer);
        LongerTranslator translator;
        if (longer)
            QCoreApplication::installTranslator(&translator);
        const auto texts = record(size, [&](QPainter *p, const QRectF &r) { paintChart(chart, p, r, ImpactChartStyle::light()); });
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(texts.size() >= 5);
        const QStringList problems = layoutProblems(texts, QRectF(QPointF(0, 0), size));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // With CHURNLENS_SCREENSHOTS=DIR: every chart at the dashboard's size in the three styles,
    // as PNG, to look at (./tst_impactcharts screenshots).
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CHURNLENS_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set CHURNLENS_SCREENSHOTS=DIR to save the charts as PNG");
        QVERIFY(QDir().mkpath(dir));
        const std::vector<std::pair<QString, ImpactChartStyle>> styles{
            {QStringLiteral("light"), ImpactChartStyle::light()}, {QStringLiteral("dark"), ImpactChartStyle::dark()},
            {QStringLiteral("print"), ImpactChartStyle::print()}};
        for (const auto &[name, style] : styles) {
            for (const QString &chart : charts()) {
                const QString file = QDir(dir).filePath(QStringLiteral("impact-%1-%2.png").arg(chart, name));
                const auto saved = ChartExport::save(file, QSize(450, 280),
                                                     [&](QPainter *p, const QRectF &r) { paintChart(chart, p, r, style); });
                QVERIFY2(saved.has_value(), qPrintable(file));
            }
        }
    }

    void svgHasTheAxisLabels()
    {
        const ProfitCurve curve = sampleCurve(false, false);
        const QByteArray svg = ChartExport::svg(QSize(450, 280), [&](QPainter *p, const QRectF &r) {
            ImpactCharts::paintGains(p, r, curve, ImpactChartStyle::print(), QStringLiteral("Cumulative gains"));
        });
        const QString text = QString::fromUtf8(svg);
        QVERIFY2(text.startsWith(QStringLiteral("<?xml")), qPrintable(text.left(200)));
        for (const QString &label : {QStringLiteral("Cumulative gains"), QStringLiteral("Share of churners reached"), QStringLiteral("50%")})
            QVERIFY2(text.contains(label), qPrintable(label));
    }

    void chartExportWritesAtomically()
    {
        QTemporaryDir dir;
        const ProfitCurve curve = sampleCurve(false, false);
        auto paint = [&](QPainter *p, const QRectF &r) { ImpactCharts::paintProfitCurve(p, r, curve, ImpactChartStyle::light(), QString()); };
        const QString png = dir.filePath(QStringLiteral("profit.png"));
        QVERIFY(ChartExport::save(png, QSize(450, 280), paint).has_value());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(900, 560));
        // A folder that does not exist: an error naming the file, and nothing written.
        const QString bad = dir.filePath(QStringLiteral("missing/profit.svg"));
        const auto failed = ChartExport::save(bad, QSize(450, 280), paint);
        QVERIFY(!failed.has_value());
        QCOMPARE(failed.error().file, bad);
        QVERIFY(!QFileInfo::exists(bad));
        QVERIFY(!ChartExport::save(dir.filePath(QStringLiteral("profit.jpg")), QSize(450, 280), paint).has_value());
    }

    void moneyFormats_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("abbreviated");
        QTest::newRow("en thousands") << "en_US" << "" << 139130.85 << "139,131" << "139k";
        QTest::newRow("en millions") << "en_US" << "" << 1669570.2 << "1,669,570" << "1.67M";
        QTest::newRow("en small") << "en_US" << "" << 12.5 << "12.50" << "13";
        QTest::newRow("en loss") << "en_US" << "$" << -45678.0 << "-$45,678" << "-$45.7k";
        QTest::newRow("de") << "de_DE" << "€" << 1669570.2 << "1.669.570 €" << "1,67M €";
        QTest::newRow("C gets separators") << "C" << "" << 7043.0 << "7,043" << "7,043";
    }
    void moneyFormats()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(double, value);
        QFETCH(QString, full);
        QFETCH(QString, abbreviated);
        const ReportFormat f(QLocale(locale), currency);
        // Locales put a no-break space between figure and symbol; the tests compare plain spaces.
        auto plain = [](QString s) { return s.replace(QChar(0x00a0), QLatin1Char(' ')); };
        QCOMPARE(plain(f.money(value)), full);
        QCOMPARE(plain(f.moneyShort(value)), abbreviated);
    }

    void longTitlesShrinkBeforeTheyAreCut()
    {
        // "Gefährdeter Umsatz pro Monat nach Contract" was cut to "…nach Cont…" on a laptop: a text a
        // little too wide is drawn a little smaller; only a much longer one is still elided.
        QImage image(600, 300, QImage::Format_ARGB32);
        QPainter p(&image);
        const chart::Canvas c(&p, QRectF(0, 0, 600, 300), ImpactChartStyle::light());
        const QString title = QStringLiteral("Gefährdeter Umsatz pro Monat nach Contract");
        const qreal full = c.textWidth(title, c.smallFont());
        const QFont fitted = c.fitting(title, c.smallFont(), full * 0.9);
        QVERIFY(fitted.pointSizeF() < c.smallFont().pointSizeF());
        QVERIFY(c.textWidth(title, fitted) <= full * 0.9);
        QVERIFY(!c.elided(title, fitted, full * 0.9).contains(QChar(0x2026)));
        QCOMPARE(c.fitting(title, c.smallFont(), full + 1).pointSizeF(), c.smallFont().pointSizeF()); // fits: unchanged
        const QFont smallest = c.fitting(title, c.smallFont(), full * 0.5);
        QVERIFY(smallest.pointSizeF() >= c.smallFont().pointSizeF() * chart::Canvas::MinFitScale - 0.01);
        QVERIFY(c.elided(title, smallest, full * 0.5).contains(QChar(0x2026)));
    }

    void ticksShareOneUnit()
    {
        const ReportFormat f(QLocale(QStringLiteral("en_US")));
        QCOMPARE(f.moneyTick(500000.0, 500000.0), QStringLiteral("0.5M"));
        QCOMPARE(f.moneyTick(1000000.0, 500000.0), QStringLiteral("1M"));
        QCOMPARE(f.moneyTick(-1500000.0, 500000.0), QStringLiteral("-1.5M"));
        QCOMPARE(f.moneyTick(20000.0, 10000.0), QStringLiteral("20k"));
        QCOMPARE(f.moneyTick(0.0, 10000.0), QStringLiteral("0"));
        QCOMPARE(f.percentTick(0.125, 0.125), QStringLiteral("12.5%"));
        QCOMPARE(f.percentTick(0.5, 0.25), QStringLiteral("50%"));
        QCOMPARE(f.percentTick(0.25, 0.125), QStringLiteral("25%"));
    }
};

QTEST_MAIN(TestImpactCharts)
#include "tst_impactcharts.moc"
