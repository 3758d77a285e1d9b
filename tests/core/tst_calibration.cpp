#include "common/xoshiro.h"
#include "ml/calibration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace churnlens;

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

struct Sample
{
    std::vector<int8_t> labels;
    std::vector<double> raw; //!< what the model says
};

double sigmoid(double f)
{
    return 1.0 / (1.0 + std::exp(-f));
}

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

/*!
 * \a n rows: a true churn probability drawn by \a truth from a uniform u, the label drawn as
 * Bernoulli(truth), and the model's raw probability \a raw(truth).
 */
Sample draw(size_t n, quint64 seed, const std::function<double(double)> &truth, const std::function<double(double)> &raw)
{
    Xoshiro256 rng(seed);
    Sample s;
    s.labels.reserve(n);
    s.raw.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        const double t = truth(rng.uniform());
        s.labels.push_back(rng.chance(t) ? 1 : 0);
        s.raw.push_back(raw(t));
    }
    return s;
}

double brier(const std::vector<int8_t> &y, const std::vector<double> &p)
{
    double sum = 0.0;
    for (size_t i = 0; i < y.size(); ++i)
        sum += (p[i] - y[i]) * (p[i] - y[i]);
    return sum / double(y.size());
}

std::vector<double> applied(const Calibration &c, std::vector<double> p)
{
    c.apply(std::span<double>(p));
    return p;
}

std::vector<double> numbers(const QJsonValue &array)
{
    std::vector<double> out;
    for (const QJsonValue &v : array.toArray())
        out.push_back(v.toDouble());
    return out;
}

bool near(double a, double b, double tolerance = 1e-12)
{
    return std::fabs(a - b) <= tolerance;
}

QJsonObject isotonicJson(const QJsonArray &x, const QJsonArray &y)
{
    return {{QStringLiteral("method"), QStringLiteral("isotonic")}, {QStringLiteral("x"), x}, {QStringLiteral("y"), y}};
}

QJsonObject plattJson(const QJsonValue &a, const QJsonValue &b)
{
    return {{QStringLiteral("method"), QStringLiteral("platt")}, {QStringLiteral("a"), a}, {QStringLiteral("b"), b}};
}
} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void machineNames()
    {
        for (Calibration::Method m : {Calibration::Method::None, Calibration::Method::Platt, Calibration::Method::Isotonic}) {
            Calibration::Method back = Calibration::Method::None;
            QVERIFY(Calibration::fromMachineName(Calibration::machineName(m), &back));
            QCOMPARE(back, m);
        }
        QCOMPARE(Calibration::machineName(Calibration::Method::Isotonic), QStringLiteral("isotonic"));
        Calibration::Method m = Calibration::Method::Platt;
        QVERIFY(!Calibration::fromMachineName(QStringLiteral("beta"), &m));
    }

    void pavHandComputed()
    {
        // Sorted by p: (0.1, 0) (0.2, 1) (0.3, 0) (0.3, 0) (0.4, 1) (0.5, 1) (0.6, 0); given out of order.
        // Ties pooled: 0.3 → 0/2. PAV: 1 then 0/2 violate → block {0.2, 0.3, 0.3}: rate 1/3, centre 0.8/3.
        // 1 and 1 are not strictly increasing → pooled {0.4, 0.5}, then 0 violates → {0.4, 0.5, 0.6}:
        // rate 2/3, centre 0.5. Block {0.1}: rate 0, clipped to 1e-4.
        const std::vector<int8_t> y{1, 0, 0, 1, 0, 0, 1};
        const std::vector<double> p{0.5, 0.1, 0.3, 0.2, 0.6, 0.3, 0.4};
        const Calibration c = Calibration::isotonic(y, p);
        QCOMPARE(c.method(), Calibration::Method::Isotonic);
        const QJsonObject json = c.toJson();
        const std::vector<double> xs = numbers(json.value(QStringLiteral("x")));
        const std::vector<double> ys = numbers(json.value(QStringLiteral("y")));
        QCOMPARE(xs.size(), size_t(3));
        QCOMPARE(ys.size(), size_t(3));
        QVERIFY(near(xs[0], 0.1));
        QVERIFY(near(xs[1], 0.8 / 3.0));
        QVERIFY(near(xs[2], 0.5));
        QVERIFY(near(ys[0], 1e-4));
        QVERIFY(near(ys[1], 1.0 / 3.0));
        QVERIFY(near(ys[2], 2.0 / 3.0));
        // Constant beyond the end centres, linear between them.
        QVERIFY(near(c.apply(0.0), 1e-4));
        QVERIFY(near(c.apply(0.1), 1e-4));
        QVERIFY(near(c.apply(0.8 / 3.0), 1.0 / 3.0));
        QVERIFY(near(c.apply((0.8 / 3.0 + 0.5) / 2.0), 0.5));
        QVERIFY(near(c.apply((0.1 + 0.8 / 3.0) / 2.0), (1e-4 + 1.0 / 3.0) / 2.0));
        QVERIFY(near(c.apply(0.5), 2.0 / 3.0));
        QVERIFY(near(c.apply(0.99), 2.0 / 3.0));
        QVERIFY(near(c.apply(1.0), 2.0 / 3.0));

        // Equal neighbouring rates are pooled too (the map must rise between centres):
        // {0.2, 0.3} → 1/2 and {0.4, 0.5} → 1/2 become one block {0.2 … 0.5}: rate 1/2, centre 0.35.
        const Calibration d = Calibration::isotonic(std::vector<int8_t>{0, 1, 0, 1, 0, 1}, std::vector<double>{0.1, 0.2, 0.3, 0.4, 0.5, 0.9});
        const std::vector<double> dx = numbers(d.toJson().value(QStringLiteral("x")));
        const std::vector<double> dy = numbers(d.toJson().value(QStringLiteral("y")));
        QCOMPARE(dx.size(), size_t(3));
        QVERIFY(near(dx[0], 0.1) && near(dx[1], 0.35) && near(dx[2], 0.9));
        QVERIFY(near(dy[0], 1e-4) && near(dy[1], 0.5) && near(dy[2], 1.0 - 1e-4));
    }

    void isotonicClipsBothEnds()
    {
        // Perfectly separated: rates 0 and 1 are clipped to [1e-4, 1 - 1e-4].
        const std::vector<int8_t> y{0, 0, 1, 1};
        const std::vector<double> p{0.1, 0.2, 0.7, 0.8};
        const Calibration c = Calibration::isotonic(y, p);
        QVERIFY(near(c.apply(0.0), 1e-4));
        QVERIFY(near(c.apply(1.0), 1.0 - 1e-4));
        QVERIFY(near(c.apply(0.15), 1e-4));
        QVERIFY(near(c.apply(0.75), 1.0 - 1e-4));
        QVERIFY(near(c.apply(0.45), 0.5));
        QVERIFY(std::isfinite(Calibration::logLoss(y, applied(c, p))));
    }

    void isotonicMonotone()
    {
        // Deflated scores (p_raw = p_true²) and noise: many blocks.
        const Sample s = draw(20000, 7, [](double u) { return 0.02 + 0.96 * u; }, [](double t) { return t * t; });
        const Calibration c = Calibration::isotonic(s.labels, s.raw);
        QCOMPARE(c.method(), Calibration::Method::Isotonic);
        const std::vector<double> xs = numbers(c.toJson().value(QStringLiteral("x")));
        QVERIFY(xs.size() >= 10);
        const double first = xs.front(), last = xs.back();
        double previous = c.apply(0.0);
        int strictlyChecked = 0;
        for (int i = 1; i <= 100000; ++i) {
            const double g = i / 100000.0, gPrevious = (i - 1) / 100000.0;
            const double v = c.apply(g);
            QVERIFY(v >= 1e-4 && v <= 1.0 - 1e-4);
            QVERIFY2(v >= previous, qPrintable(QStringLiteral("decreases at %1").arg(g)));
            if (gPrevious >= first && g <= last) {
                QVERIFY2(v > previous, qPrintable(QStringLiteral("flat at %1").arg(g)));
                ++strictlyChecked;
            }
            previous = v;
        }
        QVERIFY(strictlyChecked > 1000);
        // Roughly undoes the squaring: p_raw 0.25 means p_true 0.5.
        QVERIFY(std::fabs(c.apply(0.25) - 0.5) < 0.05);
    }

    void plattRecovers_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::newRow("overconfident") << 0.5 << 0.3;
        QTest::newRow("underconfident") << 2.0 << -0.5;
        QTest::newRow("shifted") << 1.0 << -1.0;
    }
    void plattRecovers()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        // Raw p uniform in [0.01, 0.99]; labels Bernoulli(sigmoid(a · logit(p) + b)).
        Xoshiro256 rng(2024);
        const size_t n = 200000;
        std::vector<int8_t> y(n);
        std::vector<double> p(n);
        for (size_t i = 0; i < n; ++i) {
            p[i] = 0.01 + 0.98 * rng.uniform();
            y[i] = rng.chance(sigmoid(a * logit(p[i]) + b)) ? 1 : 0;
        }
        const Calibration c = Calibration::platt(y, p);
        QCOMPARE(c.method(), Calibration::Method::Platt);
        const QJsonObject json = c.toJson();
        const double fittedA = json.value(QStringLiteral("a")).toDouble(), fittedB = json.value(QStringLiteral("b")).toDouble();
        QVERIFY2(std::fabs(fittedA - a) < 0.03, qPrintable(QStringLiteral("a = %1, want %2").arg(fittedA).arg(a)));
        QVERIFY2(std::fabs(fittedB - b) < 0.03, qPrintable(QStringLiteral("b = %1, want %2").arg(fittedB).arg(b)));
        // Strictly increasing.
        for (int i = 1; i <= 1000; ++i)
            QVERIFY(c.apply(i / 1000.0) > c.apply((i - 1) / 1000.0));
        QVERIFY(Calibration::fit(Calibration::Method::Platt, y, p) == c);
    }

    void plattRefusesDecreasingMap()
    {
        // Labels opposite to the scores: the fitted slope would be negative → identity.
        Xoshiro256 rng(3);
        std::vector<int8_t> y(5000);
        std::vector<double> p(5000);
        for (size_t i = 0; i < y.size(); ++i) {
            p[i] = 0.01 + 0.98 * rng.uniform();
            y[i] = rng.chance(1.0 - p[i]) ? 1 : 0;
        }
        QVERIFY(Calibration::platt(y, p).isIdentity());
    }

    void fittingSkipsNaNAndUnknownLabels()
    {
        const Sample s = draw(3000, 11, [](double u) { return u; }, [](double t) { return std::sqrt(t); });
        std::vector<int8_t> y = s.labels;
        std::vector<double> p = s.raw;
        // Interleave junk rows: NaN probabilities and labels other than 0/1.
        for (size_t i = 0; i < 300; ++i) {
            const size_t at = i * 9;
            y.insert(y.begin() + qsizetype(at), int8_t(i % 2));
            p.insert(p.begin() + qsizetype(at), NaN);
            y.insert(y.begin() + qsizetype(at), int8_t(-1));
            p.insert(p.begin() + qsizetype(at), 0.5);
        }
        QCOMPARE(Calibration::platt(y, p), Calibration::platt(s.labels, s.raw));
        QCOMPARE(Calibration::isotonic(y, p), Calibration::isotonic(s.labels, s.raw));
        QVERIFY(Calibration::choose(y, p).toJson() == Calibration::choose(s.labels, s.raw).toJson());
    }

    void chooseReproducible()
    {
        const Sample s = draw(4000, 5, [](double u) { return u * u; }, [](double t) { return std::sqrt(t); });
        Calibration::Choice first, second, other;
        const Calibration c1 = Calibration::choose(s.labels, s.raw, 5, 1234, &first);
        const Calibration c2 = Calibration::choose(s.labels, s.raw, 5, 1234, &second);
        QCOMPARE(c1.toJson(), c2.toJson());
        QVERIFY(c1 == c2);
        QCOMPARE(first.method, second.method);
        QCOMPARE(first.folds, 5);
        for (int m = 0; m < 3; ++m) {
            QCOMPARE(first.logLoss[m], second.logLoss[m]);
            QCOMPARE(first.brier[m], second.brier[m]);
        }
        // Another seed draws other folds: the cross-validated isotonic loss differs.
        Calibration::Choice third;
        Calibration::choose(s.labels, s.raw, 5, 99, &third);
        QVERIFY(third.logLoss[int(Calibration::Method::Isotonic)] != first.logLoss[int(Calibration::Method::Isotonic)]);
        // The identity needs no folds: its loss is the raw loss on all rows.
        QCOMPARE(third.logLoss[0], first.logLoss[0]);
        QVERIFY(near(first.logLoss[0], Calibration::logLoss(s.labels, s.raw)));
    }

    void chooseKeepsCalibratedScores()
    {
        // Labels drawn as Bernoulli(p): p is already calibrated.
        const auto truth = [](double u) { return 0.02 + 0.96 * u; };
        const auto same = [](double t) { return t; };
        const Sample train = draw(5000, 21, truth, same);
        Calibration::Choice choice;
        const Calibration c = Calibration::choose(train.labels, train.raw, 5, 42, &choice);
        qInfo("calibrated input: chose %s (CV log loss none %.5f platt %.5f isotonic %.5f)", qPrintable(Calibration::machineName(c.method())),
              choice.logLoss[0], choice.logLoss[1], choice.logLoss[2]);
        QCOMPARE(choice.method, c.method());
        QVERIFY(choice.logLoss[int(c.method())] <= choice.logLoss[0]);
        QVERIFY(choice.brier[int(c.method())] <= choice.brier[0]);
        // Whatever it chose does no harm on fresh rows.
        const Sample fresh = draw(100000, 22, truth, same);
        const std::vector<double> calibrated = applied(c, fresh.raw);
        QVERIFY(Calibration::logLoss(fresh.labels, calibrated) <= Calibration::logLoss(fresh.labels, fresh.raw) + 0.002);
        QVERIFY(brier(fresh.labels, calibrated) <= brier(fresh.labels, fresh.raw) + 0.001);
    }

    void chooseFixesInflatedScores()
    {
        // Oversampling inflates: the model says sqrt(p_true) where p_true has a low base rate.
        const auto truth = [](double u) { return u * u; };
        const auto inflated = [](double t) { return std::sqrt(t); };
        const Sample train = draw(5000, 31, truth, inflated);
        Calibration::Choice choice;
        const Calibration c = Calibration::choose(train.labels, train.raw, 5, 42, &choice);
        qInfo("inflated input: chose %s (CV log loss none %.5f platt %.5f isotonic %.5f)", qPrintable(Calibration::machineName(c.method())),
              choice.logLoss[0], choice.logLoss[1], choice.logLoss[2]);
        QVERIFY(!c.isIdentity());
        QCOMPARE(choice.method, c.method());
        QCOMPARE(choice.folds, 5);
        QVERIFY(choice.logLoss[int(c.method())] < choice.logLoss[0]);
        QVERIFY(choice.brier[int(c.method())] < choice.brier[0]);
        // The chosen method has the lowest cross-validated log loss among those lowering Brier.
        for (int m = 1; m < 3; ++m) {
            if (choice.brier[m] < choice.brier[0])
                QVERIFY(choice.logLoss[int(c.method())] <= choice.logLoss[m]);
        }

        const Sample fresh = draw(100000, 32, truth, inflated);
        const std::vector<double> calibrated = applied(c, fresh.raw);
        const double rawLoss = Calibration::logLoss(fresh.labels, fresh.raw), loss = Calibration::logLoss(fresh.labels, calibrated);
        const double rawBrier = brier(fresh.labels, fresh.raw), calibratedBrier = brier(fresh.labels, calibrated);
        QVERIFY2(loss < rawLoss - 0.01, qPrintable(QStringLiteral("log loss %1 vs raw %2").arg(loss).arg(rawLoss)));
        QVERIFY2(calibratedBrier < rawBrier - 0.005, qPrintable(QStringLiteral("Brier %1 vs raw %2").arg(calibratedBrier).arg(rawBrier)));
        const double rawEce = Calibration::expectedCalibrationError(fresh.labels, fresh.raw);
        const double ece = Calibration::expectedCalibrationError(fresh.labels, calibrated);
        QVERIFY2(ece < 0.03 && ece < rawEce / 3, qPrintable(QStringLiteral("ECE %1 vs raw %2").arg(ece).arg(rawEce)));
    }

    void tooFewOfAClass()
    {
        // 19 churners, badly calibrated: still the identity.
        std::vector<int8_t> y;
        std::vector<double> p;
        for (int i = 0; i < 500; ++i) {
            y.push_back(i < 19 ? 1 : 0);
            p.push_back(i < 19 ? 0.99 : 0.9);
        }
        Calibration::Choice choice;
        choice.folds = 7;
        const Calibration c = Calibration::choose(y, p, 5, 42, &choice);
        QVERIFY(c.isIdentity());
        QCOMPARE(choice.method, Calibration::Method::None);
        QCOMPARE(choice.folds, 0);
        // Same with 19 non-churners; with 20 of each, the map is fitted.
        for (int8_t &v : y)
            v = int8_t(1 - v);
        QVERIFY(Calibration::choose(y, p).isIdentity());
        y.assign(40, 0);
        p.assign(40, 0.9);
        for (int i = 0; i < 20; ++i) {
            y[size_t(i)] = 1;
            p[size_t(i)] = 0.95;
        }
        QVERIFY(!Calibration::choose(y, p, 5, 42, &choice).isIdentity());
        QCOMPARE(choice.folds, 5);
    }

    void eceHandComputed()
    {
        // Ten bins: {0.05 → 0}: |0 − 0.05| = 0.05; {0.15 → 1, 0.15 → 0}: |1 − 0.3| = 0.7;
        // last bin {0.95 → 1, 1.0 → 0} (p = 1 belongs to it): |1 − 1.95| = 0.95. Sum 1.7 over N = 5.
        // A row with label −1 is skipped.
        const std::vector<int8_t> y{0, 1, 0, 1, 0, -1};
        const std::vector<double> p{0.05, 0.15, 0.15, 0.95, 1.0, 0.5};
        QVERIFY(near(Calibration::expectedCalibrationError(y, p), 1.7 / 5.0));
        // Two bins: [0, 0.5): |1 − 0.35| = 0.65; [0.5, 1]: |1 − 1.95| = 0.95.
        QVERIFY(near(Calibration::expectedCalibrationError(y, p, 2), 1.6 / 5.0));
        // An edge value goes to the bin it opens: 0.5 with two bins is in [0.5, 1].
        QVERIFY(near(Calibration::expectedCalibrationError(std::vector<int8_t>{1, 0}, std::vector<double>{0.5, 0.4}, 2), (0.5 + 0.4) / 2.0));
        QVERIFY(near(Calibration::expectedCalibrationError(std::vector<int8_t>{1, 0}, std::vector<double>{1.0, 0.0}), 0.0));
    }

    void eceNearZeroWhenCalibrated()
    {
        const Sample s = draw(200000, 41, [](double u) { return u; }, [](double t) { return t; });
        QVERIFY(Calibration::expectedCalibrationError(s.labels, s.raw) < 0.01);
        QVERIFY(Calibration::expectedCalibrationError(s.labels, s.raw, 20) < 0.015);
        // Inflated scores are far off.
        std::vector<double> inflated = s.raw;
        for (double &v : inflated)
            v = std::sqrt(v);
        QVERIFY(Calibration::expectedCalibrationError(s.labels, inflated) > 0.1);
    }

    void logLossHandComputed()
    {
        QVERIFY(near(Calibration::logLoss(std::vector<int8_t>{1, 0}, std::vector<double>{0.8, 0.4}), -(std::log(0.8) + std::log(0.6)) / 2.0));
        // Clipped at 1e-15: a confident miss costs −log(1e-15), not infinity.
        QVERIFY(near(Calibration::logLoss(std::vector<int8_t>{1}, std::vector<double>{0.0}), -std::log(1e-15), 1e-9));
        QVERIFY(near(Calibration::logLoss(std::vector<int8_t>{0}, std::vector<double>{1.0}), -std::log(1e-15), 1e-3));
        // Unknown labels and NaN probabilities are skipped.
        QVERIFY(near(Calibration::logLoss(std::vector<int8_t>{1, -1, 0}, std::vector<double>{0.8, 0.1, NaN}), -std::log(0.8)));
    }

    void jsonRoundTrip()
    {
        const Sample s = draw(3000, 51, [](double u) { return u * u; }, [](double t) { return std::sqrt(t); });
        const QList<Calibration> maps{Calibration(), Calibration::platt(s.labels, s.raw), Calibration::isotonic(s.labels, s.raw)};
        for (const Calibration &c : maps) {
            const auto direct = Calibration::fromJson(c.toJson());
            QVERIFY2(direct.has_value(), qPrintable(direct ? QString() : direct.error().toString()));
            QVERIFY(*direct == c);
            // Through text, as saved in a model folder.
            const QByteArray text = QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
            const auto read = Calibration::fromJson(QJsonDocument::fromJson(text).object());
            QVERIFY(read.has_value());
            QVERIFY(*read == c);
            QCOMPARE(read->method(), c.method());
            for (int i = 0; i <= 1000; ++i) {
                const double p = i / 1000.0;
                QCOMPARE(read->apply(p), c.apply(p));
            }
        }
        // A missing (empty) object is the identity.
        const auto empty = Calibration::fromJson(QJsonObject());
        QVERIFY(empty && empty->isIdentity());
        // Flat stretches and a single point are valid maps.
        const auto flat = Calibration::fromJson(isotonicJson({0.1, 0.5, 0.9}, {0.2, 0.2, 0.7}));
        QVERIFY(flat && flat->method() == Calibration::Method::Isotonic);
        QVERIFY(near(flat->apply(0.3), 0.2));
        const auto single = Calibration::fromJson(isotonicJson({0.4}, {0.3}));
        QVERIFY(single && near(single->apply(0.0), 0.3) && near(single->apply(1.0), 0.3));
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QJsonObject>("json");
        const QString method = QStringLiteral("method");
        QTest::newRow("unknown method") << QJsonObject{{method, QStringLiteral("beta")}};
        QTest::newRow("method not a string") << QJsonObject{{method, 2}};
        QTest::newRow("no method") << QJsonObject{{QStringLiteral("a"), 1.0}};
        QTest::newRow("platt a zero") << plattJson(0.0, 0.1);
        QTest::newRow("platt a negative") << plattJson(-1.5, 0.1);
        QTest::newRow("platt a missing") << QJsonObject{{method, QStringLiteral("platt")}, {QStringLiteral("b"), 0.1}};
        QTest::newRow("platt b not a number") << plattJson(1.0, QStringLiteral("0.1"));
        QTest::newRow("platt a NaN") << plattJson(NaN, 0.1);
        QTest::newRow("platt b infinite") << plattJson(1.0, std::numeric_limits<double>::infinity());
        QTest::newRow("x descending") << isotonicJson({0.1, 0.5, 0.3}, {0.1, 0.2, 0.3});
        QTest::newRow("x repeated") << isotonicJson({0.1, 0.5, 0.5}, {0.1, 0.2, 0.3});
        QTest::newRow("y decreasing") << isotonicJson({0.1, 0.5, 0.9}, {0.1, 0.3, 0.2});
        QTest::newRow("x above 1") << isotonicJson({0.1, 0.5, 1.5}, {0.1, 0.2, 0.3});
        QTest::newRow("x below 0") << isotonicJson({-0.1, 0.5, 0.9}, {0.1, 0.2, 0.3});
        QTest::newRow("y above 1") << isotonicJson({0.1, 0.5, 0.9}, {0.1, 0.2, 1.01});
        QTest::newRow("y below 0") << isotonicJson({0.1, 0.5, 0.9}, {-0.01, 0.2, 0.3});
        QTest::newRow("size mismatch") << isotonicJson({0.1, 0.5, 0.9}, {0.1, 0.2});
        QTest::newRow("empty") << isotonicJson({}, {});
        QTest::newRow("x not a list") << QJsonObject{{method, QStringLiteral("isotonic")}, {QStringLiteral("x"), 0.5}, {QStringLiteral("y"), QJsonArray{0.5}}};
        QTest::newRow("y missing") << QJsonObject{{method, QStringLiteral("isotonic")}, {QStringLiteral("x"), QJsonArray{0.5}}};
        QTest::newRow("text in x") << isotonicJson({0.1, QStringLiteral("0.5")}, {0.1, 0.2});
        QTest::newRow("NaN in y") << isotonicJson({0.1, 0.5}, {0.1, NaN});
        QTest::newRow("null in y") << isotonicJson({0.1, 0.5}, {0.1, QJsonValue()});
    }
    void fromJsonRejects()
    {
        QFETCH(QJsonObject, json);
        const auto read = Calibration::fromJson(json);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, ErrorCode::BadInput);
        QVERIFY(!read.error().message.isEmpty());
        qInfo("%s", qPrintable(read.error().message));
    }

    void applyNaN()
    {
        const Sample s = draw(2000, 61, [](double u) { return u; }, [](double t) { return t * t; });
        const QList<Calibration> maps{Calibration(), Calibration::platt(s.labels, s.raw), Calibration::isotonic(s.labels, s.raw)};
        for (const Calibration &c : maps) {
            QVERIFY(std::isnan(c.apply(NaN)));
            std::vector<double> p{0.2, NaN, 0.7};
            c.apply(std::span<double>(p));
            QVERIFY(std::isnan(p[1]));
            QCOMPARE(p[0], c.apply(0.2));
            QCOMPARE(p[2], c.apply(0.7));
        }
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
