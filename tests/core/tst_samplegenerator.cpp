#include "data/samplegenerator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <vector>

using namespace churnlens;

namespace {

// The generator's output is plain (no quotes, no commas inside fields), so the test splits
// it itself and does not depend on the CSV reader.
struct Parsed
{
    QList<QByteArray> header;
    std::vector<QList<QByteArray>> rows;
    int col(const char *name) const { return int(header.indexOf(QByteArray(name))); }
};

Parsed parse(const QByteArray &csv)
{
    Parsed p;
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    p.header = lines.value(0).split(',');
    p.rows.reserve(size_t(lines.size()));
    for (qsizetype i = 1; i < lines.size(); ++i)
        p.rows.push_back(lines[i].split(','));
    return p;
}

double rate(const std::vector<int> &churn, const std::vector<size_t> &rows)
{
    double sum = 0;
    for (size_t r : rows)
        sum += churn[r];
    return rows.empty() ? std::nan("") : sum / double(rows.size());
}

// Mann–Whitney AUC of \a score against the 0/1 \a label.
double auc(std::vector<std::pair<double, int>> v)
{
    std::sort(v.begin(), v.end());
    double rankSum = 0, pos = 0;
    for (size_t i = 0; i < v.size();) {
        size_t j = i;
        while (j < v.size() && v[j].first == v[i].first)
            ++j;
        const double rank = double(i + j + 1) / 2.0;
        for (size_t k = i; k < j; ++k)
            if (v[k].second) {
                rankSum += rank;
                pos += 1;
            }
        i = j;
    }
    const double neg = double(v.size()) - pos;
    return (rankSum - pos * (pos + 1) / 2.0) / (pos * neg);
}

} // namespace

class TestSampleGenerator : public QObject
{
    Q_OBJECT

    QByteArray m_big; // 100K rows, seed 42, shared by the property tests
    Parsed m_parsed;
    std::vector<int> m_churn;

private Q_SLOTS:
    void initTestCase()
    {
        m_big = SampleGenerator::generateCsv(100000, 42);
        m_parsed = parse(m_big);
        const int c = m_parsed.col("Churn");
        QVERIFY(c >= 0);
        for (const auto &row : m_parsed.rows)
            m_churn.push_back(row.value(c) == "Yes" ? 1 : 0);
    }

    void shapeAndFormat()
    {
        const QByteArray expectedHeader =
            "customerID,gender,SeniorCitizen,Partner,Dependents,tenure,PhoneService,MultipleLines,InternetService,"
            "OnlineSecurity,OnlineBackup,DeviceProtection,TechSupport,StreamingTV,StreamingMovies,Contract,"
            "PaperlessBilling,PaymentMethod,MonthlyCharges,TotalCharges,SupportCalls,Churn";
        QCOMPARE(m_parsed.header.join(','), expectedHeader);
        QCOMPARE(qsizetype(m_parsed.rows.size()), 100000);
        QVERIFY(!m_big.contains('\r'));
        QVERIFY(m_big.endsWith('\n'));
        QVERIFY(!m_big.contains('"'));
        QSet<QByteArray> ids;
        for (const auto &row : m_parsed.rows) {
            QCOMPARE(row.size(), 22);
            QVERIFY(row[21] == "Yes" || row[21] == "No");
            QCOMPARE(row[0].size(), 10);
            QCOMPARE(row[0][4], '-');
            ids.insert(row[0]);
        }
        QCOMPARE(ids.size(), 100000); // the customer id is unique
        // Money has '.' decimals and two places.
        const int mc = m_parsed.col("MonthlyCharges");
        for (size_t i = 0; i < 1000; ++i) {
            const QByteArray v = m_parsed.rows[i][mc];
            if (!v.isEmpty())
                QVERIFY2(v.size() >= 4 && v[v.size() - 3] == '.', v.constData());
        }
        // Few rows, zero rows.
        QCOMPARE(parse(SampleGenerator::generateCsv(1, 1)).rows.size(), size_t(1));
        QCOMPARE(SampleGenerator::generateCsv(0, 1), expectedHeader + '\n');
        QCOMPARE(parse(SampleGenerator::generateCsv(8193, 1)).rows.size(), size_t(8193)); // crosses a block
    }

    void deterministic()
    {
        const QByteArray a = SampleGenerator::generateCsv(20000, 7);
        QCOMPARE(SampleGenerator::generateCsv(20000, 7), a);
        QVERIFY(SampleGenerator::generateCsv(20000, 8) != a);
        // A prefix of a longer file is the shorter file: rows do not depend on the total.
        QVERIFY(SampleGenerator::generateCsv(30000, 7).startsWith(a));
        // Independent of the number of threads.
        QCOMPARE(SampleGenerator::generateCsv(20000, 7, nullptr, 1), a);
        QCOMPARE(SampleGenerator::generateCsv(20000, 7, nullptr, 3), a);
        QCOMPARE(SampleGenerator::generateCsv(100000, 42), m_big);
    }

    void writeCsvIsAtomicAndEqual()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("sample.csv"));
        Progress progress;
        double last = 0;
        progress.setCallback([&last](double f, const QString &) { last = f; });
        const auto written = SampleGenerator::writeCsv(path, 50000, 3, &progress);
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(last, 1.0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), SampleGenerator::generateCsv(50000, 3));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("sample.csv")});

        const auto bad = SampleGenerator::writeCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv")), 10, 1);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Io);
        QVERIFY(!bad.error().message.isEmpty());
    }

    void cancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("canceled.csv"));
        Progress progress;
        progress.cancel();
        const auto written = SampleGenerator::writeCsv(path, 500000, 1, &progress);
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Canceled);
        QVERIFY(!QFile::exists(path)); // nothing half-written is left behind
        QVERIFY(SampleGenerator::generateCsv(500000, 1, &progress).isEmpty());

        // Canceled midway through.
        Progress midway;
        midway.setCallback([&midway](double f, const QString &) {
            if (f > 0.3)
                midway.cancel();
        });
        QVERIFY(!SampleGenerator::writeCsv(path, 500000, 1, &midway));
        QVERIFY(!QFile::exists(path));
    }

    void churnRates()
    {
        const double overall = rate(m_churn, [&] {
            std::vector<size_t> all(m_churn.size());
            std::iota(all.begin(), all.end(), size_t(0));
            return all;
        }());
        QVERIFY2(std::abs(overall - 0.27) < 0.015, qPrintable(QString::number(overall)));

        const int contract = m_parsed.col("Contract");
        std::map<QByteArray, std::vector<size_t>> byContract;
        for (size_t r = 0; r < m_parsed.rows.size(); ++r)
            byContract[m_parsed.rows[r][contract]].push_back(r);
        QCOMPARE(byContract.size(), size_t(3));
        const double m2m = rate(m_churn, byContract["Month-to-month"]);
        const double one = rate(m_churn, byContract["One year"]);
        const double two = rate(m_churn, byContract["Two year"]);
        QVERIFY2(std::abs(m2m - 0.42) < 0.025, qPrintable(QString::number(m2m)));
        QVERIFY2(std::abs(one - 0.11) < 0.02, qPrintable(QString::number(one)));
        QVERIFY2(two < one && two < 0.06, qPrintable(QString::number(two)));
    }

    void supportCallsDriveChurn()
    {
        const int calls = m_parsed.col("SupportCalls");
        std::vector<std::vector<size_t>> bucket(5);
        for (size_t r = 0; r < m_parsed.rows.size(); ++r) {
            const QByteArray v = m_parsed.rows[r][calls];
            if (!v.isEmpty())
                bucket[size_t(std::min(v.toInt(), 4))].push_back(r);
        }
        for (size_t b = 1; b < bucket.size(); ++b) {
            QVERIFY(bucket[b].size() > 1000);
            QVERIFY2(rate(m_churn, bucket[b]) > rate(m_churn, bucket[b - 1]) + 0.02,
                     qPrintable(QStringLiteral("bucket %1").arg(b)));
        }
    }

    void monthlyChargesDriveChurnAndHaveOutliers()
    {
        const int mc = m_parsed.col("MonthlyCharges");
        std::vector<std::pair<double, size_t>> values;
        for (size_t r = 0; r < m_parsed.rows.size(); ++r) {
            bool ok = false;
            const double v = m_parsed.rows[r][mc].toDouble(&ok);
            if (ok)
                values.push_back({v, r});
        }
        std::sort(values.begin(), values.end());
        const size_t n = values.size();
        std::vector<double> quartileRate;
        for (int q = 0; q < 4; ++q) {
            std::vector<size_t> rows;
            for (size_t i = n * size_t(q) / 4; i < n * size_t(q + 1) / 4; ++i)
                rows.push_back(values[i].second);
            quartileRate.push_back(rate(m_churn, rows));
        }
        QVERIFY(quartileRate[1] > quartileRate[0]);
        QVERIFY(quartileRate[2] > quartileRate[1]);
        QVERIFY(quartileRate[3] > quartileRate[0] + 0.15);

        const double q1 = values[n / 4].first, q3 = values[3 * n / 4].first;
        const double fence = q3 + 1.5 * (q3 - q1);
        const auto above = std::count_if(values.begin(), values.end(), [fence](const auto &v) { return v.first > fence; });
        const double share = double(above) / double(n);
        QVERIFY2(share > 0.005 && share < 0.03, qPrintable(QString::number(share)));
        QVERIFY(values.back().first > 2 * fence); // far above, not just over the line
        QVERIFY(values.front().first >= 18.0);
    }

    void missingValues()
    {
        qsizetype rowsWithMissing = 0;
        QHash<int, qsizetype> perColumn;
        for (const auto &row : m_parsed.rows) {
            bool any = false;
            for (int c = 0; c < row.size(); ++c) {
                if (row[c].isEmpty()) {
                    any = true;
                    ++perColumn[c];
                }
            }
            rowsWithMissing += any ? 1 : 0;
        }
        const double share = double(rowsWithMissing) / double(m_parsed.rows.size());
        QVERIFY2(std::abs(share - 0.15) < 0.015, qPrintable(QString::number(share)));
        QVERIFY(perColumn.size() >= 4); // spread over several columns
        QVERIFY(!perColumn.contains(m_parsed.col("customerID")));
        QVERIFY(!perColumn.contains(m_parsed.col("Churn")));
        for (auto it = perColumn.cbegin(); it != perColumn.cend(); ++it)
            QVERIFY(double(it.value()) / double(m_parsed.rows.size()) < 0.08);
    }

    // A simple model trained on one half must find real signal in the other half, but not
    // a perfect one: churn is drawn from a noisy logistic model, as in real data.
    void learnableButNotTrivial()
    {
        const QList<int> features = {m_parsed.col("Contract"), m_parsed.col("InternetService"),
                                     m_parsed.col("PaymentMethod"), m_parsed.col("TechSupport"),
                                     m_parsed.col("OnlineSecurity"), m_parsed.col("SeniorCitizen"),
                                     m_parsed.col("PaperlessBilling"), m_parsed.col("Dependents")};
        const int tenure = m_parsed.col("tenure"), calls = m_parsed.col("SupportCalls"),
                  mc = m_parsed.col("MonthlyCharges");
        auto key = [&](const QList<QByteArray> &row, int c) -> QByteArray {
            if (c == tenure)
                return row[c].isEmpty() ? QByteArray("?") : QByteArray::number(row[c].toInt() / 6);
            if (c == calls)
                return row[c].isEmpty() ? QByteArray("?") : QByteArray::number(std::min(row[c].toInt(), 6));
            if (c == mc)
                return row[c].isEmpty() ? QByteArray("?") : QByteArray::number(std::min(int(row[c].toDouble() / 10), 13));
            return row[c];
        };
        QList<int> all = features;
        all << tenure << calls << mc;
        // Naive Bayes with add-one smoothing.
        const size_t half = m_parsed.rows.size() / 2;
        std::vector<QHash<QByteArray, std::pair<double, double>>> counts(size_t(all.size()));
        double pos = 0;
        for (size_t r = 0; r < half; ++r) {
            pos += m_churn[r];
            for (int f = 0; f < all.size(); ++f) {
                auto &c = counts[size_t(f)][key(m_parsed.rows[r], all[f])];
                (m_churn[r] ? c.first : c.second) += 1;
            }
        }
        const double neg = double(half) - pos;
        std::vector<std::pair<double, int>> scored;
        for (size_t r = half; r < m_parsed.rows.size(); ++r) {
            double s = 0;
            for (int f = 0; f < all.size(); ++f) {
                const auto c = counts[size_t(f)].value(key(m_parsed.rows[r], all[f]));
                s += std::log((c.first + 1) / (pos + 2)) - std::log((c.second + 1) / (neg + 2));
            }
            scored.push_back({s, m_churn[r]});
        }
        const double a = auc(scored);
        QVERIFY2(a > 0.78 && a < 0.89, qPrintable(QString::number(a)));
    }
};

QTEST_GUILESS_MAIN(TestSampleGenerator)
#include "tst_samplegenerator.moc"
