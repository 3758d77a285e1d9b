#include "common/progress.h"
#include "score/scorer.h"
#include "explain/whatif.h"
#include "scoretestmodels.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace churnlens;
using namespace churnlens::scoretest;

namespace {

Column category(const QString &name, const QStringList &levels, const std::vector<int32_t> &codes,
                Semantic semantic = Semantic::None)
{
    Dictionary d;
    for (const QString &l : levels)
        d.insert(l.toStdString());
    Column c = Column::coded(name, codes, d);
    c.setSemantic(semantic);
    return c;
}

/*
 * Customers whose churn follows a known rule, so the right answer of a what-if search is known.
 * Single: churn = month-to-month contract and monthly charges above 50 (one change of contract
 * suffices). Pair: churn = month-to-month contract or electronic check (a customer with both
 * needs both changed).
 */
DataTable ruleTable(int rows, bool needPair)
{
    QRandomGenerator rng(5);
    std::vector<int32_t> contract, payment, security, churn;
    std::vector<double> charges, tenure;
    for (int i = 0; i < rows; ++i) {
        const int c = int(rng.bounded(3));        // 0 month-to-month, 1 one year, 2 two year
        const int p = int(rng.bounded(3));        // 0 electronic check, 1 mailed check, 2 credit card
        const int s = int(rng.bounded(3));        // 0 No, 1 Yes, 2 No internet service
        const double m = 20.0 + rng.generateDouble() * 90.0;
        bool churned;
        if (needPair) // either route alone keeps the customer at risk: contract AND payment must change
            churned = c == 0 || p == 0;
        else          // the contract alone decides
            churned = c == 0 && m > 50.0;
        contract.push_back(c);
        payment.push_back(p);
        security.push_back(s);
        charges.push_back(std::round(m * 100.0) / 100.0);
        tenure.push_back(double(rng.bounded(72)));
        churn.push_back(churned ? 1 : 0);
    }
    DataTable t;
    t.addColumn(category(QStringLiteral("Contract"), {QStringLiteral("Month-to-month"), QStringLiteral("One year"),
                                                      QStringLiteral("Two year")}, contract, Semantic::Contract));
    t.addColumn(category(QStringLiteral("PaymentMethod"), {QStringLiteral("Electronic check"), QStringLiteral("Mailed check"),
                                                           QStringLiteral("Credit card (automatic)")}, payment));
    t.addColumn(category(QStringLiteral("OnlineSecurity"), {QStringLiteral("No"), QStringLiteral("Yes"),
                                                            QStringLiteral("No internet service")}, security, Semantic::Service));
    Column m = Column::numeric(QStringLiteral("MonthlyCharges"), charges);
    m.setSemantic(Semantic::MonthlyCharges);
    t.addColumn(m);
    Column ten = Column::numeric(QStringLiteral("tenure"), tenure);
    ten.setSemantic(Semantic::Tenure);
    t.addColumn(ten);
    t.addColumn(category(QStringLiteral("Churn"), {QStringLiteral("No"), QStringLiteral("Yes")}, churn));
    t.setTarget(t.indexOf(QStringLiteral("Churn")));
    t.setPositiveLabel(QStringLiteral("Yes"));
    return t;
}

//! A one-customer table with the given values (same layout as ruleTable).
DataTable customer(const DataTable &like, int contract, int payment, int security, double charges)
{
    DataTable t;
    auto level = [&](const char *column, int code) {
        const Column &c = like.column(like.indexOf(QString::fromLatin1(column)));
        return category(c.name(), {c.dictionary().level(0), c.dictionary().level(1), c.dictionary().level(2)}, {code},
                        c.semantic());
    };
    t.addColumn(level("Contract", contract));
    t.addColumn(level("PaymentMethod", payment));
    t.addColumn(level("OnlineSecurity", security));
    Column m = Column::numeric(QStringLiteral("MonthlyCharges"), {charges});
    m.setSemantic(Semantic::MonthlyCharges);
    t.addColumn(m);
    Column ten = Column::numeric(QStringLiteral("tenure"), {10.0});
    ten.setSemantic(Semantic::Tenure);
    t.addColumn(ten);
    return t;
}

QString changed(const WhatIfResult &r, const QString &column)
{
    for (const FieldChange &c : r.changes) {
        if (c.column == column)
            return c.value;
    }
    return {};
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    DataTable m_single, m_pair;
    ModelBundle m_singleModel, m_pairModel;

private Q_SLOTS:
    void initTestCase()
    {
        m_single = ruleTable(4000, false);
        m_pair = ruleTable(4000, true);
        m_singleModel = trainBundle(m_single, ModelKind::XGBoost, m_dir.filePath(QStringLiteral("single")), {}, 80);
        m_pairModel = trainBundle(m_pair, ModelKind::XGBoost, m_dir.filePath(QStringLiteral("pair")), {}, 80);
    }

    void defaultActionableFields()
    {
        const QStringList a = WhatIf::defaultActionable(m_singleModel, m_single);
        QCOMPARE(a, (QStringList{QStringLiteral("Contract"), QStringLiteral("PaymentMethod"), QStringLiteral("OnlineSecurity"),
                                 QStringLiteral("MonthlyCharges")}));
    }

    void rescoreMatchesScoringTheChangedCustomer()
    {
        auto w = WhatIf::create(m_singleModel);
        QVERIFY(w);
        const DataTable c = customer(m_single, 0, 1, 0, 95.0);
        auto r = w->rescore(c, 0, {FieldChange{QStringLiteral("Contract"), QStringLiteral("Two year")}});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        auto before = m_singleModel.predictProba(c);
        auto after = m_singleModel.predictProba(customer(m_single, 2, 1, 0, 95.0));
        QVERIFY(before && after);
        QVERIFY(std::abs(r->probabilityBefore - (*before)[0]) < 1e-6);
        QVERIFY(std::abs(r->probability - (*after)[0]) < 1e-6);
        QVERIFY(r->probabilityBefore > 0.8);
        QVERIFY(r->probability < 0.2);
        QCOMPARE(int(r->riskBefore), int(RiskLevel::High));
        QCOMPARE(int(r->risk), int(RiskLevel::Low));
        QCOMPARE(r->previousValues, QStringList{QStringLiteral("Month-to-month")});
        // The contract's factor moved the most, and now reads as lowering the risk.
        QVERIFY(!r->moved.empty());
        QCOMPARE(r->moved[0].field, QStringLiteral("Contract"));
        QVERIFY(r->moved[0].before > 0.0 && r->moved[0].after < 0.0);
        QCOMPARE(r->moved[0].text, QStringLiteral("Two year contract lowers churn risk"));
        QCOMPARE(r->moved[0].column, 0);
    }

    void rescoreRejectsBadChanges()
    {
        auto w = WhatIf::create(m_singleModel);
        QVERIFY(w);
        const DataTable c = customer(m_single, 0, 1, 0, 95.0);
        auto r = w->rescore(c, 0, {FieldChange{QStringLiteral("MonthlyCharges"), QStringLiteral("cheap")}});
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Usage);
        r = w->rescore(c, 0, {FieldChange{QStringLiteral("Shoe size"), QStringLiteral("42")}});
        QVERIFY(!r);
        QVERIFY(!w->rescore(c, 5, {}));
        // A category the model never saw is accepted and reported, as in scoring.
        r = w->rescore(c, 0, {FieldChange{QStringLiteral("PaymentMethod"), QStringLiteral("Bitcoin")}});
        QVERIFY(r);
        bool reported = false;
        for (const Issue &i : r->issues)
            reported = reported || i.message.contains(QStringLiteral("Bitcoin"));
        QVERIFY(reported);
    }

    void singleChangeIsFound()
    {
        auto w = WhatIf::create(m_singleModel);
        QVERIFY(w);
        const DataTable c = customer(m_single, 0, 0, 0, 95.0);
        auto s = w->search(c, 0);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(s->probability > 0.8);
        QVERIFY(s->reachesTarget);
        QVERIFY(!s->suggestions.empty());
        // Every suggestion changes one field and ends below the target, lowest probability first.
        for (size_t i = 0; i < s->suggestions.size(); ++i) {
            const WhatIfResult &r = s->suggestions[i];
            QCOMPARE(r.changes.size(), size_t(1));
            QVERIFY(r.probability < s->target);
            if (i > 0)
                QVERIFY(s->suggestions[i - 1].probability <= r.probability);
        }
        // The rule: a longer contract, or charges of at most 50 (a discount of 30% leaves 66.50: not enough).
        for (const WhatIfResult &r : s->suggestions)
            QVERIFY2(!changed(r, QStringLiteral("Contract")).isEmpty(), qPrintable(r.changes[0].column + '=' + r.changes[0].value));
        // Tried: 2 other contracts, 2 other payments, security "Yes" (never "No internet service",
        // which follows from another service) and 3 discounts.
        QCOMPARE(s->candidatesTried, qsizetype(2 + 2 + 1 + 3));
    }

    void pairIsSearchedWhenNoSingleChangeSuffices()
    {
        auto w = WhatIf::create(m_pairModel);
        QVERIFY(w);
        const DataTable c = customer(m_pair, 0, 0, 0, 60.0); // month-to-month and electronic check
        WhatIfOptions o;
        o.suggestions = 10;
        auto s = w->search(c, 0, o);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(s->reachesTarget);
        QVERIFY(!s->suggestions.empty());
        for (const WhatIfResult &r : s->suggestions) {
            QCOMPARE(r.changes.size(), size_t(2));
            QVERIFY(r.probability < s->target);
            // Both routes to churn closed: a contract other than month-to-month and another payment.
            QVERIFY(!changed(r, QStringLiteral("Contract")).isEmpty());
            QVERIFY(!changed(r, QStringLiteral("PaymentMethod")).isEmpty());
            QVERIFY(changed(r, QStringLiteral("PaymentMethod")) != QStringLiteral("Electronic check"));
        }
        // 2 contracts x 2 payments = 4 pairs reach it.
        QCOMPARE(s->suggestions.size(), size_t(4));

        // Single changes only: the target is out of reach; the best partial changes come back.
        o.maxFieldsChanged = 1;
        s = w->search(c, 0, o);
        QVERIFY(s);
        QVERIFY(!s->reachesTarget);
        for (const WhatIfResult &r : s->suggestions) {
            QCOMPARE(r.changes.size(), size_t(1));
            QVERIFY(r.probability < s->probability);
        }
    }

    void lowRiskCustomerNeedsNothing()
    {
        auto w = WhatIf::create(m_pairModel);
        QVERIFY(w);
        const DataTable c = customer(m_pair, 2, 2, 1, 30.0);
        auto s = w->search(c, 0);
        QVERIFY(s);
        QVERIFY(s->probability < s->target);
        // Every single change that lowers the probability still "reaches" the target.
        QVERIFY(s->reachesTarget);
    }

    void telcoCustomer()
    {
        // A real customer: month-to-month, fiber, electronic check. The what-if starts from exactly
        // the probability scoring gave, and never proposes a service for a customer without internet.
        const DataTable telco = loadTelco();
        const ModelBundle model = trainBundle(telco, ModelKind::XGBoost, m_dir.filePath(QStringLiteral("telco")));
        auto scores = Scorer::score(model, telco);
        QVERIFY(scores);
        auto w = WhatIf::create(model, &scores->explainer);
        QVERIFY(w);
        const QStringList actionable = WhatIf::defaultActionable(model, telco);
        for (const char *name : {"Contract", "PaymentMethod", "OnlineSecurity", "TechSupport", "MonthlyCharges"})
            QVERIFY2(actionable.contains(QString::fromLatin1(name)), name);
        QVERIFY(!actionable.contains(QStringLiteral("tenure")));
        QVERIFY(!actionable.contains(QStringLiteral("gender")));

        qsizetype riskiest = 0, noInternet = -1;
        const Column &security = telco.column(telco.indexOf(QStringLiteral("OnlineSecurity")));
        for (qsizetype i = 0; i < telco.rowCount(); ++i) {
            if (scores->probabilities[size_t(i)] > scores->probabilities[size_t(riskiest)])
                riskiest = i;
            if (noInternet < 0 && security.text(i) == QStringLiteral("No internet service"))
                noInternet = i;
        }
        // The whole explanation of one customer: base + all contributions = the margin of their probability.
        auto e = w->explain(telco, riskiest);
        QVERIFY(e);
        QCOMPARE(e->probability, scores->probabilities[size_t(riskiest)]);
        QVERIFY(std::abs(e->margin - std::log(e->probability / (1.0 - e->probability))) < 1e-4);
        QVERIFY(e->factors.size() >= 5);
        QVERIFY(std::abs(e->factors.front().contribution - double(scores->factorContributions[size_t(riskiest) * 3])) < 1e-6);
        QCOMPARE(e->factors.front().text, scores->factor(telco, riskiest, 0).text);

        auto s = w->search(telco, riskiest);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(s->probability, scores->probabilities[size_t(riskiest)]);
        QVERIFY(!s->suggestions.empty());
        for (const WhatIfResult &r : s->suggestions) {
            QVERIFY(r.probability < s->probability);
            QVERIFY(!r.moved.empty());
            for (const FieldChange &c : r.changes)
                QVERIFY(c.value != QStringLiteral("No internet service"));
        }
        QVERIFY(noInternet >= 0);
        auto n = w->search(telco, noInternet);
        QVERIFY(n);
        for (const WhatIfResult &r : n->suggestions) {
            for (const FieldChange &c : r.changes)
                QVERIFY2(c.column != QStringLiteral("OnlineSecurity"), "a service that needs internet is not suggested alone");
        }
    }

    void badSearchOptions()
    {
        auto w = WhatIf::create(m_singleModel);
        QVERIFY(w);
        const DataTable c = customer(m_single, 0, 0, 0, 95.0);
        WhatIfOptions o;
        o.actionable = {QStringLiteral("Shoe size")};
        QVERIFY(!w->search(c, 0, o));
        o = {};
        o.target = 1.5;
        QVERIFY(!w->search(c, 0, o));
        o = {};
        o.maxFieldsChanged = 0;
        QVERIFY(!w->search(c, 0, o));
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
