// The Explain area driven offscreen: scores Telco with a model trained here, draws importance,
// the beeswarm and dependence plots from a sample, explains one customer (waterfall adds up to
// their probability) and edits the customer in the what-if editor (Contract changes the
// probability; the smallest-change search finds a suggestion that can be applied).
#include "shell/areas.h"
#include "shell/dataopener.h"
#include "explain/beeswarmwidget.h"
#include "explain/explainview.h"
#include "explain/sampleexplanation.h"
#include "workspace/scoringcontext.h"
#include "explain/waterfallwidget.h"
#include "explain/whatifpanel.h"
#include "explaintestmodel.h"
#include "../core/testtranslator.h"
#include "jobtesting.h"
#include "jobs/jobmanager.h"
#include "jobs/taskrunner.h"
#include "common/chartpanel.h"
#include "common/riskstyle.h"
#include "shell/mainwindow.h"
#include "score/scoreresult.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace churnlens;

class TestExplainView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("workspace/labelsByData")); // labels an interrupted run left
        initUiResources();
        QVERIFY(m_model.isValid());
        explaintest::saveTelcoModel(m_model.path());
    }

    void explainsAndEditsCustomers()
    {
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        auto *view = qobject_cast<ExplainView *>(window.areaView(AreaId::Explain));
        QVERIFY(view);
        ScoringContext *context = view->context();
        context->openModel(m_model.path());
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(explaintest::telcoPath(), false);
        QVERIFY(loaded.wait(30000));
        QSignalSpy sampleReady(view, &ExplainView::sampleReady);
        QVERIFY(window.setCurrentArea(AreaId::Explain));
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && view->sample() && !view->isBusy(), 60000);
        auto scores = context->scores();
        auto table = context->scoredTable();

        // The whole file: a sample of 2,000 for drawing, importance over all 7,043.
        const SampleExplanation &sample = *view->sample();
        QCOMPARE(sample.totalRows, qsizetype(7043));
        QCOMPARE(qsizetype(sample.rows.size()), SampleExplanation::DefaultSample);
        QCOMPARE(sample.shap.rows, SampleExplanation::DefaultSample);
        QCOMPARE(sample.meanAbs, scores->meanAbsContribution);
        // The sample's SHAP values add up to each customer's margin: base + fields = logit(p).
        for (size_t i = 0; i < sample.rows.size(); i += 199) {
            const double p = scores->probabilities[size_t(sample.rows[i])];
            QVERIFY(std::abs(sample.shap.margin(qsizetype(i)) - std::log(p / (1.0 - p))) < 1e-4);
        }
        // Gain per field exists for the trees and ranks Contract or tenure near the top by SHAP.
        QVERIFY(std::any_of(sample.gain.begin(), sample.gain.end(), [](double g) { return g > 0; }));
        const std::vector<int> ranking = sample.ranking();
        QStringList topThree;
        for (int i = 0; i < 3; ++i)
            topThree << sample.fieldNames[ranking[size_t(i)]];
        QVERIFY2(topThree.contains(QStringLiteral("Contract")) || topThree.contains(QStringLiteral("tenure")),
                 qPrintable(topThree.join(QStringLiteral(", "))));
        view->showAllCustomers(); // the charts are drawn when seen
        QVERIFY(view->importancePanel()->chart());
        QVERIFY(!view->importancePanel()->table().isEmpty());
        // The share axis ticks on round percentages (Contract's ~55% gave 0, 11, 22, …).
        auto *share = qobject_cast<QValueAxis *>(view->importancePanel()->chart()->axes(Qt::Horizontal).constFirst());
        QVERIFY(share);
        const double tickStep = (share->max() - share->min()) / (share->tickCount() - 1);
        QVERIFY2(QList<double>({5.0, 10.0, 20.0, 25.0}).contains(tickStep), qPrintable(QString::number(tickStep)));
        QVERIFY(!view->beeswarm()->fields().empty());
        QVERIFY(view->beeswarm()->fields().size() <= 12);
        QCOMPARE(view->beeswarm()->chartTable().rows.size(), qsizetype(view->beeswarm()->fields().size() * 2000));
        // A dependence plot per field: pick Contract.
        const int contractItem = view->dependenceField()->findText(QStringLiteral("contract"), Qt::MatchContains);
        QVERIFY(contractItem >= 0);
        view->dependenceField()->setCurrentIndex(contractItem);
        QVERIFY(view->dependencePanel()->chart());
        QVERIFY(view->dependencePanel()->chart()->title().contains(QStringLiteral("contract"), Qt::CaseInsensitive));
        QCOMPARE(view->dependencePanel()->table().rows.size(), qsizetype(2000));

        // One customer by id: the waterfall goes from the base to their probability.
        QVERIFY(view->showCustomerId(QStringLiteral("7590-VHVEG")));
        QCOMPARE(view->tabs()->currentIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->waterfall()->explanation() && !view->isBusy(), 20000);
        const qsizetype row = view->customerRow();
        QCOMPARE(scores->id(*table, row), QStringLiteral("7590-VHVEG"));
        const CustomerExplanation &e = *view->waterfall()->explanation();
        QVERIFY(std::abs(view->waterfall()->toProbability(e.margin) - scores->probabilities[size_t(row)]) < 1e-5);
        QVERIFY(!e.factors.empty());
        QVERIFY(!e.factors.front().text.isEmpty());
        QVERIFY(!view->waterfall()->chartTable().isEmpty());
        QVERIFY(!view->showCustomerId(QStringLiteral("no-such-customer")));

        // What-if: a month-to-month customer moved to a two-year contract.
        qsizetype monthly = -1;
        const int contract = table->indexOf(QStringLiteral("Contract"));
        for (qsizetype r = 0; r < table->rowCount() && monthly < 0; ++r)
            if (table->column(contract).text(r) == QLatin1String("Month-to-month") && scores->probabilities[size_t(r)] > 0.6)
                monthly = r;
        QVERIFY(monthly >= 0);
        view->showCustomer(monthly);
        WhatIfPanel *whatIf = view->whatIfPanel();
        QTRY_VERIFY_WITH_TIMEOUT(view->customerRow() == monthly && !view->isBusy() && whatIf->editor(QStringLiteral("Contract")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!std::isnan(whatIf->result().probability), 20000);
        QVERIFY(std::abs(whatIf->result().probability - scores->probabilities[size_t(monthly)]) < 1e-6);
        auto *combo = qobject_cast<QComboBox *>(whatIf->editor(QStringLiteral("Contract")));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("Month-to-month"));
        QSignalSpy rescored(whatIf, &WhatIfPanel::rescored);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Two year"))); // as a user picks it
        QVERIFY(rescored.wait(20000));
        const WhatIfResult &r = whatIf->result();
        QCOMPARE(r.changes.size(), size_t(1));
        QCOMPARE(r.changes.front().column, QStringLiteral("Contract"));
        QVERIFY(std::abs(r.probability - r.probabilityBefore) > 0.01);
        QVERIFY(r.probability < r.probabilityBefore); // a long contract keeps customers
        bool contractMoved = false;
        for (const FactorShift &s : r.moved)
            contractMoved |= s.field == QLatin1String("Contract");
        QVERIFY(contractMoved);
        // The risk badges do not break inside ("Hohes / Risiko" wrapped in a narrow panel).
        {
            auto *outcome = whatIf->findChild<QLabel *>(QStringLiteral("whatIfOutcome"));
            QVERIFY(outcome);
            for (RiskLevel level : {r.riskBefore, r.risk}) {
                const QString label = RiskStyle::label(level).toHtmlEscaped();
                QVERIFY2(outcome->text().contains(QString(label).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))), qPrintable(outcome->text()));
            }
        }

        // The smallest change, applied from the list.
        whatIf->reset();
        QVERIFY(rescored.wait(20000));
        QVERIFY(whatIf->changes().empty());
        QSignalSpy searched(whatIf, &WhatIfPanel::searched);
        whatIf->findSmallestChange();
        QVERIFY(searched.wait(30000));
        QVERIFY(!whatIf->search().suggestions.empty());
        const WhatIfResult suggestion = whatIf->search().suggestions.front();
        whatIf->applySuggestion(0);
        QVERIFY(rescored.wait(20000));
        QCOMPARE(whatIf->changes().size(), suggestion.changes.size());
        QVERIFY(std::abs(whatIf->result().probability - suggestion.probability) < 1e-4);
    }

    void whatIfNamesFieldsByTheirLabels()
    {
        // Known fields by their translated labels and values, as the charts name them.
        TestTranslator translator;
        translator.add("Phone service", QStringLiteral("Telefonanschluss"), "field label");
        translator.add("Two year", QStringLiteral("Zwei Jahre"), "value of the field Contract");
        QCoreApplication::installTranslator(&translator);
        MainWindow window;
        ExplainView *view = openExplainArea(window);
        QVERIFY(view);
        WhatIfPanel *whatIf = view->whatIfPanel();
        QTRY_VERIFY_WITH_TIMEOUT(whatIf->editor(QStringLiteral("Contract")) && !view->isBusy(), 20000);
        QCOMPARE(whatIf->fieldText(QStringLiteral("PhoneService")), QStringLiteral("<b>✎ Telefonanschluss</b>"));
        QCOMPARE(whatIf->fieldText(QStringLiteral("OnlineSecurity")), QStringLiteral("<b>✎ Online security</b>"));
        QCOMPARE(whatIf->fieldText(QStringLiteral("SeniorCitizen")), QStringLiteral("Senior citizen"));
        auto *combo = qobject_cast<QComboBox *>(whatIf->editor(QStringLiteral("Contract")));
        QVERIFY(combo);
        const int twoYears = combo->findText(QStringLiteral("Zwei Jahre"));
        QVERIFY(twoYears > 0);
        QCOMPARE(combo->itemData(twoYears).toString(), QStringLiteral("Two year")); // the model still gets the file's value
        QCOMPARE(combo->findText(QStringLiteral("Two year")), -1);
        QVERIFY(combo->findText(QStringLiteral("Month-to-month")) > 0);
        QSignalSpy rescored(whatIf, &WhatIfPanel::rescored);
        combo->setCurrentIndex(twoYears); // as a user picks it
        QVERIFY(rescored.wait(20000));
        QCOMPARE(whatIf->result().changes.front().value, QStringLiteral("Two year"));
        QCoreApplication::removeTranslator(&translator);

        // The user's own label, followed as soon as it is typed in the Data area.
        Workspace *workspace = view->context()->workspace();
        workspace->setFieldLabel(QStringLiteral("Contract"), QStringLiteral("Commitment"));
        workspace->setFieldLabel(QStringLiteral("tenure"), QStringLiteral("Months with us"));
        QTRY_VERIFY_WITH_TIMEOUT(whatIf->fieldText(QStringLiteral("Contract")) == QStringLiteral("<b>✎ Commitment</b>"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(whatIf->fieldText(QStringLiteral("tenure")) == QStringLiteral("Months with us"), 20000);
        for (const QString &raw : {QStringLiteral("PhoneService"), QStringLiteral("OnlineSecurity"), QStringLiteral("MonthlyCharges")})
            QVERIFY2(!whatIf->fieldText(raw).contains(raw), qPrintable(whatIf->fieldText(raw)));
        // Taken back, so that no later test (nor a later run: labels are remembered per file) sees them.
        workspace->setFieldLabel(QStringLiteral("Contract"), QString());
        workspace->setFieldLabel(QStringLiteral("tenure"), QString());
        QTRY_VERIFY_WITH_TIMEOUT(whatIf->fieldText(QStringLiteral("Contract")) == QStringLiteral("<b>✎ Contract</b>"), 20000);
    }

    // Pictures for the docs: CHURNLENS_SCREENSHOTS=DIR ./tst_explainview screenshots
    // The long reasons of the waterfall were cut on a laptop ("…, raise chur…"): the label column
    // takes the room they need, and a German reason longer than that wraps onto a second line.
    void waterfallLabelsShowInFull()
    {
        CustomerExplanation e;
        e.baseValue = -1.1;
        const QStringList texts{QStringLiteral("Total charges of $101.19, below the usual $1,398.13, raise churn risk"),
                                QStringLiteral("Monthly charges of $98.77, above the usual $70.50, raise churn risk"),
                                QStringLiteral("Month-to-month contract raises churn risk")};
        double contribution = 0.9;
        for (const QString &text : texts) {
            Factor f;
            f.contribution = contribution;
            f.text = text;
            e.factors.push_back(f);
            contribution /= 2.0;
        }
        e.margin = e.baseValue + 0.9 + 0.45 + 0.225;
        e.probability = 1.0 / (1.0 + std::exp(-e.margin));
        WaterfallWidget waterfall;
        waterfall.setExplanation(e, QStringLiteral("2906-RTXUW"), ModelKind::Logistic);
        // The waterfall's width in the Explain area on a 1366x768 screen.
        waterfall.resize(830, 560);
        const QFontMetrics fm(waterfall.font());
        QVERIFY(waterfall.labelColumnWidth() - 8 >= fm.horizontalAdvance(texts.front()));
        QVERIFY(waterfall.labelsFit());
        // The bars keep room.
        QVERIFY(waterfall.width() - waterfall.labelColumnWidth() >= waterfall.width() * 38 / 100);
        // Longer than the column (a German reason): two lines, not cut.
        e.factors.front().text = QStringLiteral("Gesamtgebühren von 101,19 $, unter den üblichen 1.398,13 $, erhöhen das Abwanderungsrisiko");
        waterfall.setExplanation(e, QStringLiteral("2906-RTXUW"), ModelKind::Logistic);
        waterfall.resize(600, 560);
        QVERIFY(fm.horizontalAdvance(e.factors.front().text) > waterfall.labelColumnWidth());
        QVERIFY(waterfall.labelsFit());
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("CHURNLENS_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set CHURNLENS_SCREENSHOTS=DIR to save explain-all-customers.png and explain-importance.png");
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        auto *view = qobject_cast<ExplainView *>(window.areaView(AreaId::Explain));
        QVERIFY(view);
        view->context()->openModel(m_model.path());
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(explaintest::telcoPath(), false);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.setCurrentArea(AreaId::Explain));
        QTRY_VERIFY_WITH_TIMEOUT(view->context()->scores() && view->sample() && !view->isBusy(), 60000);
        view->showAllCustomers();
        QVERIFY(view->importancePanel()->chart());
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + QStringLiteral("/explain-all-customers.png")));
        QVERIFY(view->importancePanel()->savePng(dir + QStringLiteral("/explain-importance.png")));
    }

    void theLatestRequestWins()
    {
        MainWindow window;
        ExplainView *view = openExplainArea(window);
        QVERIFY(view);
        ScoringContext *context = view->context();
        auto scores = context->scores();
        testing::StartedJobs started;

        // The scores are announced twice in a row: the second whole-file run replaces the first.
        QSignalSpy sampleReady(view, &ExplainView::sampleReady);
        Q_EMIT context->scoresChanged();
        QVERIFY(view->runner()->isRunning());
        Q_EMIT context->scoresChanged();
        QTRY_VERIFY_WITH_TIMEOUT(view->sample() && !view->isBusy(), 60000);
        QCOMPARE(sampleReady.count(), 1);
        QCOMPARE(started.of(view->runner()), 2);

        // Three customers asked for in a row: only the last one is explained.
        std::vector<qsizetype> rows;
        for (qsizetype r = 0; r < scores->rows && rows.size() < 3; ++r) {
            const double p = scores->probabilities[size_t(r)];
            if (std::none_of(rows.begin(), rows.end(), [&](qsizetype o) { return std::abs(scores->probabilities[size_t(o)] - p) < 0.01; }))
                rows.push_back(r);
        }
        QCOMPARE(rows.size(), size_t(3));
        started.clear();
        QSignalSpy customerReady(view, &ExplainView::customerReady);
        for (qsizetype r : rows)
            view->showCustomer(r);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 20000);
        QCOMPARE(customerReady.count(), 1);
        QCOMPARE(view->customerRow(), rows.back());
        QVERIFY(view->waterfall()->explanation());
        QVERIFY(std::abs(view->waterfall()->toProbability(view->waterfall()->explanation()->margin)
                         - scores->probabilities[size_t(rows.back())]) < 1e-5);
        QCOMPARE(started.of(view->customerRunner()), 2); // the middle one never ran
    }

    void whatIfEditsReplaceEachOtherNotTheSearch()
    {
        MainWindow window;
        ExplainView *view = openExplainArea(window);
        QVERIFY(view);
        WhatIfPanel *whatIf = view->whatIfPanel();
        QTRY_VERIFY_WITH_TIMEOUT(whatIf->editor(QStringLiteral("Contract")) && !view->isBusy(), 20000);
        auto *combo = qobject_cast<QComboBox *>(whatIf->editor(QStringLiteral("Contract")));
        QVERIFY(combo);
        QList<int> others;
        for (int i = 1; i < combo->count(); ++i) // 0 is "(missing)"
            if (i != combo->currentIndex())
                others << i;
        QVERIFY(others.size() >= 2);

        // A search, then two edits while every thread is busy: the second edit replaces the
        // first; neither cancels the search (they have separate runners).
        testing::StartedJobs started;
        QSignalSpy rescored(whatIf, &WhatIfPanel::rescored);
        QSignalSpy searched(whatIf, &WhatIfPanel::searched);
        {
            testing::JobBlocker blocker;
            QVERIFY(blocker.holdsAll());
            whatIf->findSmallestChange();
            QVERIFY(whatIf->searchRunner()->isWaiting());
            combo->setCurrentIndex(others[0]);
            QTRY_VERIFY(whatIf->rescoreRunner()->isWaiting()); // after the typing pause
            combo->setCurrentIndex(others[1]);
            QTRY_VERIFY(whatIf->rescoreRunner()->isCanceling()); // replaced by the newer edit
            QVERIFY(!whatIf->searchRunner()->isCanceling());
            QVERIFY(whatIf->isBusy());
            blocker.release();
            QVERIFY(blocker.released());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!whatIf->isBusy(), 30000);
        QCOMPARE(rescored.count(), 1);
        QCOMPARE(whatIf->result().changes.size(), size_t(1));
        QCOMPARE(whatIf->result().changes.front().value, combo->itemData(others[1]).toString());
        QCOMPARE(searched.count(), 1);
        QCOMPARE(started.of(whatIf->rescoreRunner()), 2);
        QCOMPARE(started.of(whatIf->searchRunner()), 1);
    }

private:
    //! Telco opened, scored with the test model and explained, in the Explain area of \a window.
    ExplainView *openExplainArea(MainWindow &window)
    {
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        auto *view = qobject_cast<ExplainView *>(window.areaView(AreaId::Explain));
        if (!view)
            return nullptr;
        ScoringContext *context = view->context();
        context->openModel(m_model.path());
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(explaintest::telcoPath(), false);
        if (!loaded.wait(30000) || !window.setCurrentArea(AreaId::Explain))
            return nullptr;
        const bool ready = QTest::qWaitFor([&]() { return context->scores() && view->sample() && !view->isBusy(); }, 60000);
        return ready ? view : nullptr;
    }

    QTemporaryDir m_model;
};

QTEST_MAIN(TestExplainView)
#include "tst_explainview.moc"
