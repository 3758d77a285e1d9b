#include "common/progress.h"
#include "ml/logisticregression.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace churnlens;

namespace {

/*
 * The fixed data set and the scikit-learn 1.2.1 reference (Debian's /usr/bin/python3):
 *
 *   n, p = 60, 4
 *   X = np.array([[np.sin(0.7 * (i + 1) * (j + 1)) + 0.1 * j for j in range(p)] for i in range(n)])
 *   z = 1.5 * X[:, 0] - 2.0 * X[:, 1] + 0.5 * X[:, 3] + 0.8 * np.sin(1.3 * np.arange(n))
 *   y = (z > 0.2).astype(int)
 *   LogisticRegression(C=C).fit(X, y)                                                # L2, lbfgs
 *   LogisticRegression(C=1.0).fit(X, y, sample_weight=np.where(y == 1, 2.0, 0.5))   # weighted
 *   LogisticRegression(C=0.5, penalty="l1", solver="saga", tol=1e-14, max_iter=2000000).fit(X, y)
 * lbfgs stops on its relative-decrease test about 2e-6 short of the optimum, so the L2 cases
 * are also checked against the exact optimum, found with plain Newton steps in numpy:
 *   A = np.hstack([X, ones((n, 1))]); b = zeros(p + 1); R = eye(p + 1); R[-1, -1] = 0
 *   for _ in range(100):
 *       q = 1 / (1 + exp(-A @ b)); g = C * A.T @ (s * (q - y)) + R @ b
 *       b -= np.linalg.solve(C * (A.T * (s * q * (1 - q))) @ A + R, g)      # |g| < 1e-15 at the end
 */
struct Data
{
    std::vector<float> x;
    std::vector<float> y;
};

Data makeData()
{
    Data d;
    for (int i = 0; i < 60; ++i) {
        double row[4];
        for (int j = 0; j < 4; ++j) {
            row[j] = std::sin(0.7 * (i + 1) * (j + 1)) + 0.1 * j;
            d.x.push_back(float(row[j]));
        }
        const double z = 1.5 * row[0] - 2.0 * row[1] + 0.5 * row[3] + 0.8 * std::sin(1.3 * i);
        d.y.push_back(z > 0.2 ? 1.0f : 0.0f);
    }
    return d;
}

void compare(const LogisticRegression &m, const std::vector<double> &coef, double intercept, double tolerance)
{
    QCOMPARE(m.coefficients().size(), coef.size());
    for (size_t j = 0; j < coef.size(); ++j) {
        if (std::fabs(m.coefficients()[j] - coef[j]) > tolerance)
            QFAIL(qPrintable(QStringLiteral("coefficient %1: %2 vs %3").arg(j).arg(m.coefficients()[j], 0, 'g', 12).arg(coef[j], 0, 'g', 12)));
    }
    QVERIFY2(std::fabs(m.intercept() - intercept) <= tolerance, qPrintable(QString::number(m.intercept(), 'g', 12)));
}

} // namespace

class TestLogisticRegression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelsMatchReference()
    {
        // The labels scikit-learn saw (guards the float conversion of the inputs).
        const std::vector<int> expected{0, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 1,
                                        1, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0};
        const Data d = makeData();
        for (size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(int(d.y[i]), expected[i]);
    }

    void l2MatchesScikitLearn_data()
    {
        QTest::addColumn<double>("C");
        QTest::addColumn<std::vector<double>>("coef");
        QTest::addColumn<double>("intercept");
        QTest::addColumn<std::vector<double>>("exact");
        QTest::addColumn<double>("exactIntercept");
        QTest::newRow("C=1") << 1.0 << std::vector<double>{1.3683493292498963, -1.9910732718871758, -0.05011245136625179, -0.32715305297766195}
                             << -0.14195734371734445
                             << std::vector<double>{1.3683497683053423, -1.9910747799018456, -0.050107427341338426, -0.3271577733481998}
                             << -0.1419498941725041;
        QTest::newRow("C=0.1") << 0.1 << std::vector<double>{0.5050292348042875, -0.7550732892750532, -0.0660594541655366, -0.1822224149360046}
                               << -0.150538881393698
                               << std::vector<double>{0.5050269411935165, -0.7550719111006581, -0.06605076515877153, -0.18222873437512815}
                               << -0.15053955338073535;
    }
    void l2MatchesScikitLearn()
    {
        QFETCH(double, C);
        QFETCH(std::vector<double>, coef);
        QFETCH(double, intercept);
        QFETCH(std::vector<double>, exact);
        QFETCH(double, exactIntercept);
        const Data d = makeData();
        LogisticRegression::Options o;
        o.C = C;
        auto m = LogisticRegression::fit(d.x.data(), 60, 4, d.y, {}, o);
        QVERIFY(m);
        QVERIFY(m->converged());
        compare(*m, coef, intercept, 1e-4);
        // The inputs are floats (as FeatureMatrix holds them), numpy's doubles: 1e-6 covers that.
        compare(*m, exact, exactIntercept, 1e-6);
    }

    void weightedMatchesScikitLearn()
    {
        const Data d = makeData();
        std::vector<float> w;
        for (float y : d.y)
            w.push_back(y == 1.0f ? 2.0f : 0.5f);
        auto m = LogisticRegression::fit(d.x.data(), 60, 4, d.y, w, {});
        QVERIFY(m);
        compare(*m, {1.2959272744729737, -2.0793854439020407, -0.10948060764781813, -0.3662518559720072}, 1.0936732949935777, 1e-4);
        compare(*m, {1.2959262573453403, -2.079385279840787, -0.10947952430293423, -0.36625130094927305}, 1.0936730687378466, 1e-6);
    }

    void l1MatchesScikitLearn()
    {
        const Data d = makeData();
        LogisticRegression::Options o;
        o.C = 0.5;
        o.penalty = LogisticRegression::Penalty::L1;
        auto m = LogisticRegression::fit(d.x.data(), 60, 4, d.y, {}, o);
        QVERIFY(m);
        QVERIFY(m->converged());
        compare(*m, {1.3156387824215483, -2.0206877410737447, 0.0, 0.0}, -0.22082860875293253, 1e-4);
        QCOMPARE(m->coefficients()[2], 0.0); // exactly zero, not merely small
        QCOMPARE(m->coefficients()[3], 0.0);
    }

    void threadsGiveTheSameModel()
    {
        // 40,000 rows so the two-thread path runs; the result must not depend on it beyond rounding.
        std::vector<float> x, y;
        for (int i = 0; i < 40000; ++i) {
            const double a = std::sin(0.013 * i), b = std::cos(0.007 * i + 1.0);
            x.push_back(float(a));
            x.push_back(float(b));
            y.push_back(a - 0.5 * b + 0.3 * std::sin(17.0 * i) > 0 ? 1.0f : 0.0f);
        }
        LogisticRegression::Options one, two;
        two.threads = 2;
        auto m1 = LogisticRegression::fit(x.data(), 40000, 2, y, {}, one);
        auto m2 = LogisticRegression::fit(x.data(), 40000, 2, y, {}, two);
        QVERIFY(m1 && m2);
        for (int j = 0; j < 2; ++j)
            QVERIFY(std::fabs(m1->coefficients()[size_t(j)] - m2->coefficients()[size_t(j)]) < 1e-9);
        const std::vector<double> p = m1->predictProba(x.data(), 3);
        QCOMPARE(p.size(), size_t(3));
        QVERIFY(p[0] > 0 && p[0] < 1);
    }

    void rejectsBadInput()
    {
        const Data d = makeData();
        std::vector<float> x = d.x;
        x[7] = std::nanf("");
        auto m = LogisticRegression::fit(x.data(), 60, 4, d.y, {}, {});
        QVERIFY(!m);
        QCOMPARE(int(m.error().code), int(ErrorCode::BadInput));
        QVERIFY(m.error().message.contains(QStringLiteral("row 2")));
        LogisticRegression::Options o;
        o.C = -1;
        QVERIFY(!LogisticRegression::fit(d.x.data(), 60, 4, d.y, {}, o));
    }

    void cancel()
    {
        const Data d = makeData();
        Progress p;
        p.cancel();
        auto m = LogisticRegression::fit(d.x.data(), 60, 4, d.y, {}, {}, &p);
        QVERIFY(!m);
        QCOMPARE(int(m.error().code), int(ErrorCode::Canceled));
    }

    void jsonRoundTrip()
    {
        const Data d = makeData();
        auto m = LogisticRegression::fit(d.x.data(), 60, 4, d.y, {}, {});
        QVERIFY(m);
        const QByteArray text = QJsonDocument(m->toJson({"a", "b", "c", "d"})).toJson();
        auto back = LogisticRegression::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back);
        QCOMPARE(back->predictProba(d.x.data(), 60), m->predictProba(d.x.data(), 60));
        QJsonObject broken = m->toJson();
        broken.insert(QStringLiteral("coefficients"), QJsonArray{QJsonValue(1.0), QJsonValue(QStringLiteral("x"))});
        QVERIFY(!LogisticRegression::fromJson(broken));
        QVERIFY(!LogisticRegression::fromJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}));
    }
};

QTEST_GUILESS_MAIN(TestLogisticRegression)
#include "tst_logisticregression.moc"
