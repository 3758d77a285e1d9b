#include "common/progress.h"
#include "explain/fieldattribution.h"
#include "scoretestmodels.h"
#include "explain/modelexplainer.h"
#include "score/riskdefaults.h"
#include "score/scorer.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace churnlens;
using namespace churnlens::scoretest;

namespace {

// Cancels once progress passes \a at.
class CancelAt final : public Progress
{
public:
    explicit CancelAt(double at) : m_at(at) {}
    void setProgress(double fraction) override
    {
        Progress::setProgress(fraction);
        if (fraction >= m_at)
            cancel();
    }

private:
    double m_at;
};

bool hasIssue(const QList<Issue> &issues, const QString &needle, Issue::Severity atLeast = Issue::Severity::Warning)
{
    for (const Issue &i : issues) {
        if (int(i.severity) >= int(atLeast) && (i.message.contains(needle) || i.columnName == needle))
            return true;
    }
    return false;
}

Column textColumn(const QString &name, const QStringList &values)
{
    Dictionary d;
    std::vector<int32_t> codes;
    for (const QString &v : values)
        codes.push_back(v.isEmpty() ? -1 : d.insert(v.toStdString()));
    return Column::coded(name, codes, d, ColumnType::Text);
}

double logit(double p) { return std::log(p / (1.0 - p)); }

} // namespace

class TestScorer : public QObject
{
    Q_OBJECT
    DataTable m_telco;
    QTemporaryDir m_dir;
    ModelBundle m_xgb;
    ModelBundle m_logistic;
    ModelBundle m_forest;

private Q_SLOTS:
    void initTestCase()
    {
        m_telco = loadTelco();
        m_xgb = trainBundle(m_telco, ModelKind::XGBoost, m_dir.filePath(QStringLiteral("xgb")));
        m_logistic = trainBundle(m_telco, ModelKind::Logistic, m_dir.filePath(QStringLiteral("logistic")),
                                 PreparationOptions::forLinearModel());
        m_forest = trainBundle(m_telco, ModelKind::Forest, m_dir.filePath(QStringLiteral("forest")));
    }

    void scoresEveryCustomer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("xgboost") << int(ModelKind::XGBoost);
        QTest::newRow("logistic") << int(ModelKind::Logistic);
        QTest::newRow("forest") << int(ModelKind::Forest);
    }
    void scoresEveryCustomer()
    {
        QFETCH(int, kind);
        const ModelBundle &model = kind == int(ModelKind::Logistic) ? m_logistic : kind == int(ModelKind::Forest) ? m_forest : m_xgb;
        // The margin (SHAP's scale) behind a probability.
        auto margin = [&](double p) { return kind == int(ModelKind::Forest) ? 4.0 * (p - 0.5) : logit(p); };
        Progress progress;
        auto r = Scorer::score(model, m_telco, {}, &progress);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(progress.fraction(), 1.0);
        QCOMPARE(r->rows, m_telco.rowCount());
        QVERIFY(r->missingColumns.isEmpty());
        QVERIFY(r->extraColumns.isEmpty()); // customerID is the id, Churn the target

        // The same probabilities as the bundle's own prediction; 0/1 and risk follow from them.
        auto expected = model.predictProba(m_telco);
        QVERIFY(expected);
        QCOMPARE(r->threshold, model.threshold());
        // The default rule: high from 50 % (more likely to leave than to stay), medium from the training churn rate.
        QCOMPARE(r->riskThresholds, defaultRiskThresholds(model));
        QCOMPARE(r->riskThresholds.high, 0.5);
        QCOMPARE(r->riskThresholds.medium, trainingChurnRate(model));
        QVERIFY(r->riskThresholds.medium > 0.2 && r->riskThresholds.medium < 0.35);
        qsizetype high = 0;
        double worst = 0.0;
        for (qsizetype i = 0; i < r->rows; ++i) {
            const double p = r->probabilities[size_t(i)];
            worst = std::max(worst, std::abs(p - (*expected)[size_t(i)]));
            QCOMPARE(r->predictions[size_t(i)], uint8_t(p >= model.threshold()));
            QCOMPARE(int(r->risk[size_t(i)]), int(r->riskThresholds.level(p)));
            high += r->risk[size_t(i)] == RiskLevel::High;
        }
        // Trees are scored by TreeScorer in double; XGBoost sums in float.
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
        QCOMPARE(r->counts.high, high);
        QCOMPARE(r->counts.scored(), r->rows);
        QVERIFY(r->counts.high > 500 && r->counts.low > 1000);

        // Ids from the id column; three factors per customer, strongest first, in words.
        QCOMPARE(r->id(m_telco, 0), QStringLiteral("7590-VHVEG"));
        QCOMPARE(r->factorCount, 3);
        for (qsizetype i = 0; i < r->rows; i += 701) {
            const auto factors = r->factors(m_telco, i);
            QCOMPARE(factors.size(), size_t(3));
            for (size_t k = 0; k < factors.size(); ++k) {
                QVERIFY(!factors[k].text.isEmpty());
                QVERIFY(factors[k].text.contains(QStringLiteral("churn risk")));
                if (k > 0)
                    QVERIFY(std::abs(factors[k - 1].contribution) >= std::abs(factors[k].contribution));
            }
        }
        // The kept factors are the largest of the customer's exact per-field SHAP values, which add
        // up to the model's margin.
        auto matrix = model.preparation().transform(m_telco);
        QVERIFY(matrix);
        auto fields = FieldAttribution::create(*matrix);
        QVERIFY(fields);
        std::vector<double> shap(size_t(matrix->cols) + 1), perField(fields->fields().size() + 1);
        for (qsizetype i : {qsizetype(0), qsizetype(1), qsizetype(4242), qsizetype(7042)}) {
            r->explainer.explainRow(matrix->row(i), shap.data());
            fields->aggregateRow(shap.data(), perField.data());
            double sum = 0.0;
            for (double v : perField)
                sum += v;
            QVERIFY2(std::abs(sum - margin(r->probabilities[size_t(i)])) < 1e-4,
                     qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(margin(r->probabilities[size_t(i)]))));
            double strongest = 0.0;
            for (size_t f = 0; f + 1 < perField.size(); ++f) {
                if (fields->fields()[f] >= 0)
                    strongest = std::max(strongest, std::abs(perField[f]));
            }
            QVERIFY(std::abs(std::abs(r->factor(m_telco, i, 0).contribution) - strongest) < 1e-5);
        }
        // Global importance on the file: contract and tenure are among the strongest fields.
        QCOMPARE(r->meanAbsContribution.size(), r->fieldColumns.size());
        std::vector<size_t> order(r->fieldColumns.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return r->meanAbsContribution[a] > r->meanAbsContribution[b]; });
        QStringList top;
        for (size_t j = 0; j < 5 && j < order.size(); ++j) {
            if (r->fieldColumns[order[j]] >= 0)
                top << m_telco.column(r->fieldColumns[order[j]]).name();
        }
        QVERIFY2(top.contains(QStringLiteral("Contract")) || top.contains(QStringLiteral("tenure")), qPrintable(top.join(',')));
    }

    // explain --json's mean |SHAP| differed in the last digits between identical runs: the sums
    // depended on which thread took which rows. Now they are the same for any thread count.
    void meanAbsShapDoesNotDependOnThreads()
    {
        std::vector<double> first;
        for (int threads : {1, 2, 3, 7}) {
            ScoreOptions options;
            options.threads = threads;
            auto r = Scorer::score(m_xgb, m_telco, options);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
            QVERIFY(!r->meanAbsContribution.empty());
            if (first.empty())
                first = r->meanAbsContribution;
            for (size_t f = 0; f < first.size(); ++f)
                QVERIFY2(r->meanAbsContribution[f] == first[f],
                         qPrintable(QStringLiteral("field %1, %2 threads: %3 vs %4").arg(f).arg(threads)
                                        .arg(r->meanAbsContribution[f], 0, 'g', 17).arg(first[f], 0, 'g', 17)));
        }
    }

    void probabilitiesOnly()
    {
        ScoreOptions o;
        o.factors = 0;
        o.risk = RiskThresholds{0.1, 0.9};
        auto r = Scorer::score(m_xgb, m_telco, o);
        QVERIFY(r);
        QCOMPARE(r->factorCount, 0);
        QVERIFY(r->factorsText(m_telco, 0).isEmpty());
        QCOMPARE(r->riskThresholds.high, 0.9);
        QCOMPARE(r->counts.high, qsizetype(std::count_if(r->probabilities.begin(), r->probabilities.end(),
                                                         [](double p) { return p >= 0.9; })));
    }

    void missingColumnIsReported()
    {
        const DataTable t = withoutColumns(m_telco, {QStringLiteral("Contract")});
        auto r = Scorer::score(m_xgb, t);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->missingColumns, QStringList{QStringLiteral("Contract")});
        QVERIFY(hasIssue(r->issues, QStringLiteral("Contract")));
        // Scores change: the model no longer sees each customer's contract.
        auto full = Scorer::score(m_xgb, m_telco);
        QVERIFY(full);
        QVERIFY(r->probabilities != full->probabilities);
    }

    void extraColumnIsReported()
    {
        DataTable t = m_telco;
        t.addColumn(Column::numeric(QStringLiteral("Shoe size"), std::vector<double>(size_t(t.rowCount()), 42.0)));
        auto r = Scorer::score(m_xgb, t);
        QVERIFY(r);
        QCOMPARE(r->extraColumns, QStringList{QStringLiteral("Shoe size")});
        QVERIFY(hasIssue(r->issues, QStringLiteral("Shoe size"), Issue::Severity::Info));
    }

    void unseenCategoryIsReported()
    {
        const Column &pay = m_telco.column(m_telco.indexOf(QStringLiteral("PaymentMethod")));
        QStringList values;
        for (qsizetype i = 0; i < m_telco.rowCount(); ++i)
            values << (i == 3 ? QStringLiteral("Bitcoin") : pay.text(i));
        Column changed = textColumn(QStringLiteral("PaymentMethod"), values);
        Dictionary d = changed.dictionary();
        changed = Column::coded(QStringLiteral("PaymentMethod"), std::vector<int32_t>(changed.codes().begin(), changed.codes().end()), d);
        const DataTable t = withColumn(m_telco, QStringLiteral("PaymentMethod"), changed);
        auto r = Scorer::score(m_xgb, t);
        QVERIFY(r);
        QVERIFY(hasIssue(r->issues, QStringLiteral("Bitcoin")));
    }

    void textInNumberColumnIsReported()
    {
        const Column &tenure = m_telco.column(m_telco.indexOf(QStringLiteral("tenure")));
        QStringList values;
        for (qsizetype i = 0; i < m_telco.rowCount(); ++i)
            values << (i % 1000 == 7 ? QStringLiteral("twelve") : tenure.text(i));
        const DataTable t = withColumn(m_telco, QStringLiteral("tenure"), textColumn(QStringLiteral("tenure"), values));
        auto r = Scorer::score(m_xgb, t);
        QVERIFY(r);
        bool counted = false;
        for (const Issue &i : r->issues)
            counted = counted || (i.columnName == QStringLiteral("tenure") && i.severity == Issue::Severity::Warning
                                  && i.message.contains(QStringLiteral("8")));
        QVERIFY2(counted, "the 8 unreadable tenure values are reported");
        // Rows whose tenure did read are scored exactly as before.
        auto full = Scorer::score(m_xgb, m_telco);
        QCOMPARE(r->probabilities[0], full->probabilities[0]);
    }

    void unusableFilesAreRefused()
    {
        // Nothing the model knows.
        DataTable unrelated;
        unrelated.addColumn(Column::numeric(QStringLiteral("a"), {1, 2, 3}));
        auto r = Scorer::score(m_xgb, unrelated);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadInput);

        // Most columns missing: refused unless allowed.
        QStringList drop = m_xgb.preparation().inputColumns().mid(0, 12);
        const DataTable thin = withoutColumns(m_telco, drop);
        r = Scorer::score(m_xgb, thin);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadInput);
        QVERIFY(r.error().message.contains(QStringLiteral("missing")));
        ScoreOptions anyway;
        anyway.allowMostColumnsMissing = true;
        QVERIFY(Scorer::score(m_xgb, thin, anyway));
    }

    void requiredColumnWithoutImputationIsAnError()
    {
        // A logistic regression saved without imputation cannot fill a missing column in.
        const DataTable complete = withoutColumns(m_telco, {QStringLiteral("TotalCharges")}); // the one column with gaps
        PreparationOptions noImpute = PreparationOptions::forLinearModel();
        noImpute.impute = false;
        const ModelBundle model = trainBundle(complete, ModelKind::Logistic, m_dir.filePath(QStringLiteral("noimpute")), noImpute);
        QVERIFY(Scorer::score(model, complete));
        auto r = Scorer::score(model, withoutColumns(complete, {QStringLiteral("tenure")}));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::BadInput);
        QVERIFY(r.error().message.contains(QStringLiteral("tenure")));
    }

    void badOptions()
    {
        ScoreOptions o;
        o.risk = RiskThresholds{0.8, 0.2};
        QVERIFY(!Scorer::score(m_xgb, m_telco, o));
        o = {};
        o.idColumn = QStringLiteral("nope");
        QVERIFY(!Scorer::score(m_xgb, m_telco, o));
        o = {};
        o.factors = -1;
        QVERIFY(!Scorer::score(m_xgb, m_telco, o));
    }

    void cancels()
    {
        CancelAt progress(0.5);
        auto r = Scorer::score(m_xgb, m_telco, {}, &progress);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Canceled);
    }
};

QTEST_GUILESS_MAIN(TestScorer)
#include "tst_scorer.moc"
