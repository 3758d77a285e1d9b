#include "explain/treeensemble.h"
#include "explain/treeshap.h"
#include "explaintestdata.h"
#include "prep/featurematrix.h"

#include <QTest>

#include <cmath>

using namespace churnlens;
using explaintest::Booster;
using explaintest::Dataset;

Q_DECLARE_METATYPE(explaintest::Booster::Params)

class TestTreeShap : public QObject
{
    Q_OBJECT
private:
    Dataset m_telco;
    Dataset m_synthetic;
    const Dataset &data(const QString &name) const { return name == QLatin1String("telco") ? m_telco : m_synthetic; }

    static Booster::Params params(int depth, const QString &objective = QStringLiteral("binary:logistic"))
    {
        return {{QStringLiteral("objective"), objective},
                {QStringLiteral("max_depth"), QString::number(depth)},
                {QStringLiteral("eta"), QStringLiteral("0.1")},
                {QStringLiteral("tree_method"), QStringLiteral("hist")},
                {QStringLiteral("nthread"), QStringLiteral("2")},
                {QStringLiteral("seed"), QStringLiteral("7")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_telco = explaintest::loadTelco(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        QVERIFY2(m_telco.error.isEmpty(), qPrintable(m_telco.error));
        QCOMPARE(m_telco.rows, 7043);
        m_synthetic = explaintest::makeSynthetic(3000, 12, 0.2, 11);
    }

    void equalsXgboostContributions_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<Booster::Params>("params");
        QTest::addColumn<int>("rounds");
        QTest::addColumn<int>("maxTableBits");
        QTest::addColumn<int>("tableBudget");

        const int all = 1 << 16;
        QTest::newRow("telco depth 3, 300 trees") << "telco" << params(3) << 300 << 12 << all;
        QTest::newRow("telco depth 6, 200 trees") << "telco" << params(6) << 200 << 12 << all;
        QTest::newRow("telco depth 8, 100 trees") << "telco" << params(8) << 100 << 12 << all;
        QTest::newRow("missing depth 3, 300 trees") << "synthetic" << params(3) << 300 << 12 << all;
        QTest::newRow("missing depth 6, 200 trees") << "synthetic" << params(6) << 200 << 12 << all;
        QTest::newRow("missing depth 8, 100 trees") << "synthetic" << params(8) << 100 << 12 << all;
        // The direct (polynomial) path alone, and mixed with tables under a small budget.
        QTest::newRow("missing depth 6, direct only") << "synthetic" << params(6) << 100 << 0 << all;
        QTest::newRow("telco depth 8, small table budget") << "telco" << params(8) << 50 << 12 << 2048;

        Booster::Params rf = params(8);
        rf.push_back({QStringLiteral("num_parallel_tree"), QStringLiteral("20")});
        rf.push_back({QStringLiteral("subsample"), QStringLiteral("0.8")});
        rf.push_back({QStringLiteral("colsample_bynode"), QStringLiteral("0.7")});
        rf.push_back({QStringLiteral("eta"), QStringLiteral("1")});
        QTest::newRow("random forest, 20 trees depth 8") << "telco" << rf << 1 << 12 << all;
        Booster::Params deepRf = rf;
        deepRf.push_back({QStringLiteral("max_depth"), QStringLiteral("12")});
        QTest::newRow("random forest, depth 12 (missing)") << "synthetic" << deepRf << 1 << 12 << all;
        // The product's random forest: fully grown trees (no depth limit), tiny leaves.
        Booster::Params grown = rf;
        grown.push_back({QStringLiteral("max_depth"), QStringLiteral("0")});
        grown.push_back({QStringLiteral("grow_policy"), QStringLiteral("lossguide")});
        grown.push_back({QStringLiteral("max_leaves"), QStringLiteral("0")});
        grown.push_back({QStringLiteral("min_child_weight"), QStringLiteral("0.2")});
        grown.push_back({QStringLiteral("num_parallel_tree"), QStringLiteral("5")});
        QTest::newRow("random forest, fully grown") << "telco" << grown << 1 << 12 << all;
        QTest::newRow("boosting, depth 12") << "telco" << params(12) << 20 << 12 << all;
        Booster::Params dart = params(4);
        dart.push_back({QStringLiteral("booster"), QStringLiteral("dart")});
        dart.push_back({QStringLiteral("rate_drop"), QStringLiteral("0.2")});
        QTest::newRow("dart depth 4") << "synthetic" << dart << 30 << 12 << all;
        Booster::Params raw = params(5, QStringLiteral("binary:logitraw"));
        raw.push_back({QStringLiteral("base_score"), QStringLiteral("0.3")});
        Booster::Params shifted = params(3);
        shifted.push_back({QStringLiteral("base_score"), QStringLiteral("0.3")});
        QTest::newRow("logistic, base_score 0.3") << "synthetic" << shifted << 30 << 12 << all;
        QTest::newRow("logitraw, base_score 0.3") << "synthetic" << raw << 50 << 12 << all;
    }

    void equalsXgboostContributions()
    {
        QFETCH(QString, dataset);
        QFETCH(Booster::Params, params);
        QFETCH(int, rounds);
        QFETCH(int, maxTableBits);
        QFETCH(int, tableBudget);
        const Dataset &d = data(dataset);

        Booster booster(d, params, rounds);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        const auto model = TreeEnsemble::fromJson(booster.json());
        QVERIFY2(model, qPrintable(model ? QString() : model.error().toString()));
        TreeShapOptions options;
        options.maxTableBits = maxTableBits;
        options.tableEntriesPerTree = tableBudget;
        options.tableEntriesTotal = tableBudget < (1 << 16) ? 10 * tableBudget : options.tableEntriesTotal;
        const auto shap = TreeShap::create(*model, options);
        QVERIFY2(shap, qPrintable(shap ? QString() : shap.error().toString()));
        if (maxTableBits == 0)
            QCOMPARE(shap->tableLeafCount(), 0);
        if (tableBudget < (1 << 16)) // budgets small enough to mix tables and direct leaves
            QVERIFY(shap->tableLeafCount() > 0 && shap->directLeafCount() > 0);

        const std::vector<float> reference = booster.predict(d.x.data(), d.rows, d.cols, 2);
        const std::vector<float> margins = booster.predict(d.x.data(), d.rows, d.cols, 1);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        QCOMPARE(reference.size(), size_t(d.rows) * size_t(d.cols + 1));

        const auto ours = shap->explain(d.x.data(), d.rows, d.cols, 2);
        QVERIFY(ours);
        QCOMPARE(ours->rows, qsizetype(d.rows));
        QCOMPARE(ours->cols, d.cols);

        double maxDiff = 0.0;
        qsizetype worst = 0;
        for (size_t i = 0; i < reference.size(); ++i) {
            const double diff = std::abs(ours->values[i] - double(reference[i]));
            if (diff > maxDiff) {
                maxDiff = diff;
                worst = qsizetype(i);
            }
        }
        QVERIFY2(maxDiff <= 1e-5, qPrintable(QStringLiteral("max |ours - xgboost| = %1 at row %2, column %3")
                                                 .arg(maxDiff).arg(worst / (d.cols + 1)).arg(worst % (d.cols + 1))));

        double maxAdditivity = 0.0;
        double maxMargin = 0.0;
        for (int r = 0; r < d.rows; ++r) {
            const double margin = model->predictMargin(d.x.data() + size_t(r) * size_t(d.cols));
            maxAdditivity = std::max(maxAdditivity, std::abs(ours->margin(r) - margin));
            maxMargin = std::max(maxMargin, std::abs(margin - double(margins[size_t(r)])));
        }
        QVERIFY2(maxAdditivity <= 1e-5, qPrintable(QStringLiteral("additivity off by %1").arg(maxAdditivity)));
        QVERIFY2(maxMargin <= 1e-5, qPrintable(QStringLiteral("margin off by %1").arg(maxMargin)));
        qDebug("%s: max |diff| %.2e, additivity %.2e, %lld table / %lld direct leaves, %.1f MiB",
               QTest::currentDataTag(), maxDiff, maxAdditivity, qlonglong(shap->tableLeafCount()),
               qlonglong(shap->directLeafCount()), double(shap->memoryBytes()) / 1048576.0);
    }

    // Leaves sharing tables per subtree (the default) give the values of one table per leaf
    // (groupHeight 0, the layout before groups) up to the order of the sums: on one-hot Telco,
    // missing values, deep trees, forests, small budgets and rows explained one at a time.
    void groupsEqualPerLeafTables_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<Booster::Params>("params");
        QTest::addColumn<int>("rounds");
        QTest::addColumn<int>("tableBudget");
        const int all = 1 << 16;
        QTest::newRow("telco depth 2") << "telco" << params(2) << 40 << all;
        QTest::newRow("telco depth 6") << "telco" << params(6) << 40 << all;
        QTest::newRow("missing depth 4") << "synthetic" << params(4) << 40 << all;
        QTest::newRow("missing depth 6") << "synthetic" << params(6) << 40 << all;
        QTest::newRow("missing depth 10") << "synthetic" << params(10) << 15 << all;
        QTest::newRow("telco depth 12") << "telco" << params(12) << 10 << all;
        QTest::newRow("telco depth 8, small budget") << "telco" << params(8) << 20 << 2048;
        Booster::Params rf = params(10);
        rf.push_back({QStringLiteral("num_parallel_tree"), QStringLiteral("10")});
        rf.push_back({QStringLiteral("subsample"), QStringLiteral("0.8")});
        rf.push_back({QStringLiteral("colsample_bynode"), QStringLiteral("0.7")});
        rf.push_back({QStringLiteral("eta"), QStringLiteral("1")});
        QTest::newRow("random forest depth 10 (missing)") << "synthetic" << rf << 1 << all;
    }

    void groupsEqualPerLeafTables()
    {
        QFETCH(QString, dataset);
        QFETCH(Booster::Params, params);
        QFETCH(int, rounds);
        QFETCH(int, tableBudget);
        const Dataset &d = data(dataset);
        Booster booster(d, params, rounds);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        const auto model = TreeEnsemble::fromJson(booster.json());
        QVERIFY(model);
        TreeShapOptions options;
        options.tableEntriesPerTree = tableBudget;
        TreeShapOptions perLeaf = options;
        perLeaf.groupHeight = 0;
        const auto grouped = TreeShap::create(*model, options);
        const auto reference = TreeShap::create(*model, perLeaf);
        QVERIFY(grouped && reference);
        QVERIFY(grouped->groupCount() > 0);
        QVERIFY(grouped->groupedLeafCount() >= 2 * grouped->groupCount());
        QCOMPARE(reference->groupCount(), 0);
        QCOMPARE(grouped->tableLeafCount() + grouped->directLeafCount(),
                 reference->tableLeafCount() + reference->directLeafCount());
        QCOMPARE(grouped->expectedValue(), reference->expectedValue());

        const auto ours = grouped->explain(d.x.data(), d.rows, d.cols, 2);
        const auto old = reference->explain(d.x.data(), d.rows, d.cols, 2);
        QVERIFY(ours && old);
        QCOMPARE(ours->values.size(), old->values.size());
        double maxDiff = 0.0;
        for (size_t i = 0; i < old->values.size(); ++i)
            maxDiff = std::max(maxDiff, std::abs(ours->values[i] - old->values[i]));
        QVERIFY2(maxDiff <= 1e-9, qPrintable(QStringLiteral("max |grouped - per leaf| = %1").arg(maxDiff)));
        std::vector<double> row(size_t(d.cols) + 1);
        for (int r = 0; r < d.rows; r += 97) {
            grouped->explainRow(d.x.data() + size_t(r) * size_t(d.cols), row.data());
            for (int c = 0; c <= d.cols; ++c)
                QVERIFY(std::abs(row[size_t(c)] - old->at(r, c)) <= 1e-9);
        }
        qDebug("%s: max |diff| %.2e; %lld groups of %lld leaves, %lld other table / %lld direct leaves; %.1f vs %.1f MiB",
               QTest::currentDataTag(), maxDiff, qlonglong(grouped->groupCount()), qlonglong(grouped->groupedLeafCount()),
               qlonglong(grouped->tableLeafCount() - grouped->groupedLeafCount()), qlonglong(grouped->directLeafCount()),
               double(grouped->memoryBytes()) / 1048576.0, double(reference->memoryBytes()) / 1048576.0);
    }

    // Groups read one record per state (a cache line holding every value the group adds, read
    // for eight rows at once and transposed in registers where AVX-512 is there). Against the
    // direct polynomial (no tables at all) on one-hot Telco, missing values, depths 2 to 12 and a
    // forest: within 1e-12; and blocks of any size (the tails the vector loop leaves to the
    // element-by-element code) give the values of single rows to the bit.
    void recordsEqualDirectComputation_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<Booster::Params>("params");
        QTest::addColumn<int>("rounds");
        QTest::newRow("telco depth 2") << "telco" << params(2) << 30;
        QTest::newRow("telco depth 6") << "telco" << params(6) << 30;
        QTest::newRow("missing depth 3") << "synthetic" << params(3) << 30;
        QTest::newRow("missing depth 6") << "synthetic" << params(6) << 30;
        QTest::newRow("missing depth 9") << "synthetic" << params(9) << 10;
        QTest::newRow("telco depth 12") << "telco" << params(12) << 5;
        Booster::Params rf = params(8);
        rf.push_back({QStringLiteral("num_parallel_tree"), QStringLiteral("8")});
        rf.push_back({QStringLiteral("subsample"), QStringLiteral("0.8")});
        rf.push_back({QStringLiteral("colsample_bynode"), QStringLiteral("0.7")});
        rf.push_back({QStringLiteral("eta"), QStringLiteral("1")});
        QTest::newRow("random forest depth 8 (missing)") << "synthetic" << rf << 1;
    }

    void recordsEqualDirectComputation()
    {
        QFETCH(QString, dataset);
        QFETCH(Booster::Params, params);
        QFETCH(int, rounds);
        const Dataset &d = data(dataset);
        Booster booster(d, params, rounds);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        const auto model = TreeEnsemble::fromJson(booster.json());
        QVERIFY(model);
        TreeShapOptions none;
        none.maxTableBits = 0;
        const auto grouped = TreeShap::create(*model);
        const auto direct = TreeShap::create(*model, none);
        QVERIFY(grouped && direct);
        QVERIFY(grouped->groupCount() > 0);
        QCOMPARE(direct->groupCount(), 0);
        QCOMPARE(direct->tableLeafCount(), 0);

        const auto ours = grouped->explain(d.x.data(), d.rows, d.cols, 2);
        const auto reference = direct->explain(d.x.data(), d.rows, d.cols, 2);
        QVERIFY(ours && reference);
        double maxDiff = 0.0;
        for (size_t i = 0; i < reference->values.size(); ++i) {
            const double scale = std::max(1.0, std::abs(reference->values[i]));
            maxDiff = std::max(maxDiff, std::abs(ours->values[i] - reference->values[i]) / scale);
        }
        QVERIFY2(maxDiff <= 1e-12, qPrintable(QStringLiteral("max |records - direct| = %1").arg(maxDiff)));

        // Blocks of 1, 2, 7, 8, 9, 63 ... rows at odd offsets: the same digits as the whole run.
        std::vector<double> part;
        const int cols = d.cols;
        qsizetype begin = 0;
        for (const int n : {1, 2, 7, 8, 9, 63, 64, 65, 255, 256, 257, 300}) {
            QVERIFY(begin + n <= d.rows);
            part.assign(size_t(n) * size_t(cols + 1), -1.0);
            QVERIFY(grouped->explainInto(d.x.data() + size_t(begin) * size_t(cols), n, cols, part.data(), 1));
            for (int r = 0; r < n; ++r) {
                for (int c = 0; c <= cols; ++c)
                    QCOMPARE(part[size_t(r) * size_t(cols + 1) + size_t(c)], ours->at(begin + r, c));
            }
            begin += n + 3;
        }
        std::vector<double> row(size_t(cols) + 1);
        for (int r = 0; r < d.rows; r += 61) {
            grouped->explainRow(d.x.data() + size_t(r) * size_t(cols), row.data());
            for (int c = 0; c <= cols; ++c)
                QCOMPARE(row[size_t(c)], ours->at(r, c));
        }
        qDebug("%s: max relative |records - direct| %.2e; %lld groups, %.1f MiB", QTest::currentDataTag(), maxDiff,
               qlonglong(grouped->groupCount()), double(grouped->memoryBytes()) / 1048576.0);
    }

    // CTest runs this binary twice: as it is (AVX-512 where the CPU has it) and as
    // tst_treeshap_plain with CHURNLENS_NO_AVX512 set, so the plain block code that CPUs
    // without AVX-512 run passes the same comparisons.
    void instructionSetFollowsTheEnvironment()
    {
        if (qEnvironmentVariableIsSet("CHURNLENS_NO_AVX512"))
            QVERIFY(!TreeShap::usesAvx512());
        qDebug("blocks run %s code", TreeShap::usesAvx512() ? "AVX-512" : "plain");
    }

    void threadsAndSingleRowAgree()
    {
        Booster booster(m_synthetic, params(6), 60);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        const auto model = TreeEnsemble::fromJson(booster.json());
        QVERIFY(model);
        const auto shap = TreeShap::create(*model);
        QVERIFY(shap);
        const auto one = shap->explain(m_synthetic.x.data(), m_synthetic.rows, m_synthetic.cols, 1);
        const auto two = shap->explain(m_synthetic.x.data(), m_synthetic.rows, m_synthetic.cols, 3);
        QVERIFY(one && two);
        QVERIFY(one->values == two->values);
        std::vector<double> row(size_t(m_synthetic.cols) + 1);
        for (int r : {0, 17, m_synthetic.rows - 1}) {
            shap->explainRow(m_synthetic.x.data() + size_t(r) * size_t(m_synthetic.cols), row.data());
            for (int c = 0; c <= m_synthetic.cols; ++c)
                QCOMPARE(row[size_t(c)], one->at(r, c));
        }
        QCOMPARE(shap->expectedValue(), one->base(0));

        // No table memory at all: every leaf direct, the same values.
        TreeShapOptions noTables;
        noTables.tableEntriesTotal = 0;
        const auto direct = TreeShap::create(*model, noTables);
        QVERIFY(direct);
        QCOMPARE(direct->tableLeafCount(), 0);
        QVERIFY(direct->memoryBytes() < shap->memoryBytes());
        const auto same = direct->explain(m_synthetic.x.data(), m_synthetic.rows, m_synthetic.cols, 2);
        QVERIFY(same);
        for (size_t i = 0; i < same->values.size(); ++i)
            QVERIFY(std::abs(same->values[i] - one->values[i]) < 1e-12);

        FeatureMatrix fm;
        fm.rows = m_synthetic.rows;
        fm.cols = m_synthetic.cols;
        fm.values = m_synthetic.x;
        const auto viaMatrix = shap->explain(fm, 2);
        QVERIFY(viaMatrix);
        QVERIFY(viaMatrix->values == one->values);
    }

    void progressAndCancel()
    {
        Booster booster(m_telco, params(6), 50);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        const auto model = TreeEnsemble::fromJson(booster.json());
        QVERIFY(model);
        const auto shap = TreeShap::create(*model);
        QVERIFY(shap);

        Progress progress;
        QList<double> seen;
        progress.setCallback([&](double f, const QString &) { seen << f; });
        QVERIFY(shap->explain(m_telco.x.data(), m_telco.rows, m_telco.cols, 2, &progress));
        QVERIFY(seen.size() > 5);
        QCOMPARE(seen.last(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(!progress.text().isEmpty());

        Progress canceled;
        canceled.setCallback([&](double f, const QString &) {
            if (f > 0.1)
                canceled.cancel();
        });
        const auto stopped = shap->explain(m_telco.x.data(), m_telco.rows, m_telco.cols, 2, &canceled);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::Canceled);
        QVERIFY(canceled.fraction() < 1.0);
    }

    void rejectsBadInput()
    {
        Booster booster(m_synthetic, params(3), 5);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        const auto model = TreeEnsemble::fromJson(booster.json());
        QVERIFY(model);
        const auto shap = TreeShap::create(*model);
        QVERIFY(shap);
        // Extra trailing columns (features no tree can use) are explained as 0.
        const int cols = m_synthetic.cols;
        std::vector<float> wide;
        for (int r = 0; r < 50; ++r) {
            wide.insert(wide.end(), m_synthetic.x.begin() + r * cols, m_synthetic.x.begin() + (r + 1) * cols);
            wide.push_back(float(r));
        }
        const auto narrowShap = shap->explain(m_synthetic.x.data(), 50, cols, 1);
        const auto wideShap = shap->explain(wide.data(), 50, cols + 1, 1);
        QVERIFY(narrowShap && wideShap);
        QCOMPARE(wideShap->cols, cols + 1);
        for (int r = 0; r < 50; ++r) {
            for (int c = 0; c < cols; ++c)
                QCOMPARE(wideShap->at(r, c), narrowShap->at(r, c));
            QCOMPARE(wideShap->at(r, cols), 0.0);
            QCOMPARE(wideShap->base(r), narrowShap->base(r));
        }

        const auto wrong = shap->explain(m_synthetic.x.data(), 10, m_synthetic.cols - 1);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::BadInput);
        QVERIFY(wrong.error().message.contains(QString::number(m_synthetic.cols)));
        const auto none = shap->explain(nullptr, 0, m_synthetic.cols);
        QVERIFY(none);
        QCOMPARE(none->rows, 0);
        QVERIFY(!shap->explain(nullptr, 5, m_synthetic.cols));
    }

    void zeroCoverSplitIsRefused()
    {
        Booster booster(m_synthetic, params(2), 1);
        QVERIFY2(booster.ok(), qPrintable(booster.error()));
        QByteArray json = booster.json();
        const qsizetype at = json.indexOf("\"sum_hessian\":[");
        QVERIFY(at > 0);
        const qsizetype begin = at + qsizetype(qstrlen("\"sum_hessian\":["));
        json.replace(begin, json.indexOf(',', begin) - begin, "0.0");
        const auto model = TreeEnsemble::fromJson(json);
        QVERIFY(model);
        const auto shap = TreeShap::create(*model);
        QVERIFY(!shap);
        QCOMPARE(shap.error().code, ErrorCode::Model);
    }
};

QTEST_GUILESS_MAIN(TestTreeShap)
#include "tst_treeshap.moc"
