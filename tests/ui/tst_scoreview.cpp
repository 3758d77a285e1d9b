// The Score & export area driven offscreen like a retention manager: open Telco, open a saved
// model, see the scores and counts, filter and sort the risk table, pick the top 100, export
// them to CSV and Excel, read the file back, and double-click a customer to explain them.
#include "shell/areas.h"
#include "shell/dataopener.h"
#include "data/samplegenerator.h"
#include "score/campaignpanel.h"
#include "explain/explainview.h"
#include "ml/modellocator.h"
#include "score/risktablemodel.h"
#include "score/scoreview.h"
#include "workspace/scoringcontext.h"
#include "explaintestmodel.h"
#include "jobtesting.h"
#include "jobs/jobmanager.h"
#include "common/format.h"
#include "ml/trainreport.h"
#include "shell/progresspanel.h"
#include "shell/mainwindow.h"
#include "score/campaignplanner.h"
#include "export/exportlog.h"
#include "score/scoreresult.h"
#include "services/trainresults.h"
#include "workspace/workspace.h"
#include "jobs/taskrunner.h"
#include "../core/xlsxread.h"
#include "common/currency.h"
#include "ml/modelbundle.h"
#include "score/riskdefaults.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace churnlens;

namespace {

//! RFC 4180 fields of one CSV line (quotes, doubled quotes).
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

} // namespace

class TestScoreView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        qunsetenv("CHURNLENS_MODEL_DIR");
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings and the export log stay out of the user's files
        QFile::remove(ExportLog::defaultPath());
        QSettings().remove(QStringLiteral("workspace/labelsByData")); // labels an interrupted run left
        initUiResources();
        QVERIFY(m_model.isValid() && m_out.isValid());
        explaintest::saveTelcoModel(m_model.path());
    }

    void campaignSettingsAreRemembered()
    {
        {
            MainWindow window;
            installAreas(window);
            auto *view = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
            CampaignPanel *campaign = view->campaignPanel();
            campaign->setMode(CampaignOptions::Mode::TopN);
            campaign->setTopN(321);
            campaign->setBudget(4000.0, 12.5);
        }
        MainWindow later; // as after a restart
        installAreas(later);
        const CampaignOptions o = qobject_cast<ScoreView *>(later.areaView(AreaId::Score))->campaignPanel()->options();
        QCOMPARE(int(o.mode), int(CampaignOptions::Mode::TopN));
        QCOMPARE(o.topN, qsizetype(321));
        QCOMPARE(o.budget, 4000.0);
        QCOMPARE(o.contactCost, 12.5);
        // Back to the defaults for the tests that follow.
        QSettings().remove(QStringLiteral("workspace/campaign"));
    }

    void modelLocatorFindsShippedModel()
    {
        // The build tree layout: <build>/app/gui/churnlens → <build>/../models/default is not ours to
        // create, so check the candidates and the environment override instead.
        const QStringList candidates = ModelLocator::candidates();
        QVERIFY(candidates.contains(QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../../models/default"))));
        QVERIFY(candidates.contains(QStringLiteral("/usr/share/churnlens/models/default")));
        qputenv("CHURNLENS_MODEL_DIR", m_model.path().toLocal8Bit());
        QCOMPARE(ModelLocator::defaultModelDirectory(), QDir(m_model.path()).absolutePath());
        qputenv("CHURNLENS_MODEL_DIR", m_out.path().toLocal8Bit()); // a folder without meta.json is skipped
        QVERIFY(ModelLocator::defaultModelDirectory() != QDir(m_out.path()).absolutePath());
        qunsetenv("CHURNLENS_MODEL_DIR");
    }

    void scoreFilterExportAndExplain()
    {
        // The default model is the one just trained: what a first start finds in models/default.
        qputenv("CHURNLENS_MODEL_DIR", m_model.path().toLocal8Bit());
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.areaIds().contains(AreaId::Score));
        QVERIFY(window.areaIds().contains(AreaId::Explain));
        auto *view = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        QVERIFY(view);
        ScoringContext *context = view->context();
        QAbstractItemModelTester tester(view->riskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // File > Open Model… is in the menu.
        QAction *openModel = window.findChild<QAction *>(QStringLiteral("openModelAction"));
        QVERIFY(openModel);
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(openModel));

        // Step 1: open the customer file, go to Score & export; scoring starts by itself.
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(explaintest::telcoPath(), false);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.setCurrentArea(AreaId::Score));
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy() && !view->isOrdering(), 60000);
        QCOMPARE(context->origin(), ScoringContext::Origin::Default);
        QVERIFY(context->scoresSessionTable());
        auto scores = context->scores();
        const RiskCounts counts = scores->counts;
        QCOMPARE(counts.high + counts.medium + counts.low, qsizetype(7043));
        QCOMPARE(counts.unscored, qsizetype(0));
        QVERIFY(counts.high > 0 && counts.medium > 0 && counts.low > 0);
        QVERIFY(view->levelButton(RiskLevel::High)->text().contains(format::count(counts.high)));
        QVERIFY(view->levelButton(RiskLevel::Low)->text().contains(format::count(counts.low)));

        // Step 2: the riskiest customers first, with their reasons.
        RiskTableModel *model = view->riskModel();
        QCOMPARE(model->rowCount(), 7043);
        const double top = model->index(0, 0).data(RiskTableModel::ProbabilityRole).toDouble();
        QCOMPARE(top, *std::max_element(scores->probabilities.begin(), scores->probabilities.end()));
        QVERIFY(model->index(0, RiskTableModel::FirstFactorColumn).data().toString().size() > 10);
        // The main reasons of the customers at the top show in full (they were cut at an equal share).
        const QFontMetrics tableFont = view->riskTable()->fontMetrics();
        for (int row = 0; row < 20; ++row)
            QVERIFY(view->riskTable()->columnWidth(RiskTableModel::FirstFactorColumn)
                    > tableFont.horizontalAdvance(model->index(row, RiskTableModel::FirstFactorColumn).data().toString()));

        // The probability column is as wide as its header and percentages need, not as a long
        // header ("Abwanderungswahrscheinlichkeit" made it four times "91,0%"); the full name is the tooltip.
        {
            const QString header = model->headerData(RiskTableModel::ProbabilityColumn, Qt::Horizontal).toString();
            const int headerText = view->riskTable()->horizontalHeader()->fontMetrics().horizontalAdvance(header);
            const int valueText = tableFont.horizontalAdvance(model->index(0, RiskTableModel::ProbabilityColumn).data().toString());
            const int width = view->riskTable()->columnWidth(RiskTableModel::ProbabilityColumn);
            QVERIFY(width > headerText && width > valueText);
            QVERIFY2(headerText <= 2 * valueText, qPrintable(header));
            QVERIFY(width <= std::max(headerText, valueText) + 40);
            QVERIFY(model->headerData(RiskTableModel::ProbabilityColumn, Qt::Horizontal, Qt::ToolTipRole)
                        .toString().contains(QStringLiteral("Churn probability")));
        }

        // A click on a level's card shows only that level; another card switches to its level;
        // the shown card again shows everyone. Clicked with the mouse, as a user does.
        auto clickCard = [view](RiskLevel level) {
            QToolButton *card = view->levelButton(level);
            QTest::mouseClick(card, Qt::LeftButton, {}, card->rect().center());
        };
        auto onlyLevel = [model](RiskLevel level) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 0).data(RiskTableModel::RiskRole).toInt() != int(level))
                    return false;
            }
            return true;
        };
        clickCard(RiskLevel::High);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && model->rowCount() == int(counts.high), 20000);
        QVERIFY(onlyLevel(RiskLevel::High));
        QCOMPARE(view->levelFilter(), std::optional<RiskLevel>(RiskLevel::High));
        QVERIFY(view->levelButton(RiskLevel::High)->isChecked()); // the shown card looks selected
        QVERIFY(!view->levelButton(RiskLevel::Medium)->isChecked() && !view->levelButton(RiskLevel::Low)->isChecked());
        QVERIFY(view->levelButton(RiskLevel::High)->styleSheet() != view->levelButton(RiskLevel::Low)->styleSheet());
        clickCard(RiskLevel::Medium);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && model->rowCount() == int(counts.medium), 20000);
        QVERIFY(onlyLevel(RiskLevel::Medium));
        QVERIFY(view->levelButton(RiskLevel::Medium)->isChecked() && !view->levelButton(RiskLevel::High)->isChecked());
        clickCard(RiskLevel::Medium);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && model->rowCount() == 7043, 20000);
        QVERIFY(!view->levelFilter());
        for (RiskLevel level : {RiskLevel::High, RiskLevel::Medium, RiskLevel::Low})
            QVERIFY(!view->levelButton(level)->isChecked());

        // Find one customer by id.
        QTest::keyClicks(view->searchField(), QStringLiteral("7590-VHVEG"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && model->rowCount() == 1, 20000);
        QCOMPARE(model->index(0, RiskTableModel::IdColumn).data().toString(), QStringLiteral("7590-VHVEG"));
        view->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && model->rowCount() == 7043, 20000);

        // Sort by id with a header click.
        view->riskTable()->horizontalHeader()->setSortIndicator(RiskTableModel::IdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && model->sortColumn() == RiskTableModel::IdColumn, 20000);
        for (int r = 1; r < 200; ++r)
            QVERIFY(QString::compare(model->index(r - 1, 0).data().toString(), model->index(r, 0).data().toString(),
                                     Qt::CaseInsensitive) <= 0);

        // Step 3: the top 100, exported to CSV.
        CampaignPanel *campaign = view->campaignPanel();
        QTRY_VERIFY_WITH_TIMEOUT(campaign->isReady(), 20000);
        campaign->setMode(CampaignOptions::Mode::TopN);
        campaign->setTopN(100);
        QCOMPARE(campaign->summary().customers, qsizetype(100));
        QVERIFY(campaign->summary().expectedChurners > 50.0); // the riskiest customers
        QVERIFY(std::isfinite(campaign->summary().expectedValue)); // Telco has monthly charges
        const std::vector<qsizetype> list = campaign->rows();
        QCOMPARE(qsizetype(list.size()), qsizetype(100));

        const QString csv = m_out.filePath(QStringLiteral("top100.csv"));
        QSignalSpy exported(view, &ScoreView::exported);
        QVERIFY(view->exportTo(csv));
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.first().at(1).value<qsizetype>(), qsizetype(100));
        // The confirmation says how many and where, and offers the folder.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("exportConfirmation"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("100")));
        bool folderButton = false;
        for (QAbstractButton *b : box->buttons())
            folderButton |= b->text().contains(QStringLiteral("Folder"));
        QVERIFY(folderButton);
        box->close();

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        QStringList lines = text.split(QStringLiteral("\n"), Qt::SkipEmptyParts);
        for (QString &l : lines)
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
        QCOMPARE(lines.size(), 101); // header + 100 customers
        const QStringList header = csvFields(lines[0]);
        QVERIFY(header.contains(QStringLiteral("churn_probability")));
        // Ranked as the panel ranks: rank first, then the id, and the money columns of the key.
        QCOMPARE(header.first(), QStringLiteral("rank"));
        QVERIFY(header.contains(QStringLiteral("expected_value")) && header.contains(QStringLiteral("value_at_risk")));
        const int idAt = int(header.indexOf(scores->idColumn >= 0 ? context->scoredTable()->column(scores->idColumn).name()
                                                                   : QStringLiteral("row")));
        QCOMPARE(idAt, 1);
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList cells = csvFields(lines[i]);
            QCOMPARE(cells.size(), header.size());
            QCOMPARE(cells[idAt], scores->id(*context->scoredTable(), list[size_t(i - 1)])); // the list, in order
            for (const QString &cell : cells) {
                // No cell a spreadsheet would run as a formula: dangerous first characters only on numbers.
                if (cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()))
                    continue;
                bool number = false;
                cell.toDouble(&number);
                QVERIFY2(number, qPrintable(cell));
            }
        }
        // Recorded in the export log.
        auto records = ExportLog(ExportLog::defaultPath()).read();
        QVERIFY(records);
        QVERIFY(!records->isEmpty());
        QCOMPARE(records->last().rows, qsizetype(100));
        QCOMPARE(records->last().file, QFileInfo(csv).absoluteFilePath());

        // Excel too.
        const QString xlsx = m_out.filePath(QStringLiteral("top100.xlsx"));
        QVERIFY(view->exportTo(xlsx, false));
        QVERIFY(exported.wait(30000));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QCOMPARE(book.read(2), QByteArray("PK"));
        // Its Campaign sheet shows the panel's own figures.
        const auto notes = xlsxtest::notes(xlsxtest::readSheet(xlsx, 2));
        const CampaignSummary shown = campaign->summary();
        QCOMPARE(notes.value(QStringLiteral("Who is on the list")).text, campaign->options().describe());
        QCOMPARE(notes.value(QStringLiteral("Customers on the list")).number(), 100.0);
        QCOMPARE(notes.value(QStringLiteral("Expected churners reached")).number(), shown.expectedChurners);
        const QString net = notes.keys().filter(QStringLiteral("Expected net value")).value(0);
        QVERIFY(!net.isEmpty());
        QCOMPARE(notes.value(net).number(), shown.expectedValue);
        QVERIFY(!notes.value(QStringLiteral("Scores in-sample")).text.isEmpty());

        // Only the list in the table.
        auto *only = view->campaignPanel()->findChild<QCheckBox *>();
        QVERIFY(only);
        only->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && model->rowCount() == 100, 20000);
        only->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && model->rowCount() == 7043, 20000);

        // Stricter risk levels: re-labelled, still 7,043 in all, fewer high.
        RiskThresholds cuts = scores->riskThresholds;
        cuts.high = std::min(0.95, cuts.high + 0.2);
        context->setRiskThresholds(cuts);
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() != scores && !context->isBusy(), 20000);
        const RiskCounts stricter = context->scores()->counts;
        QCOMPARE(stricter.scored(), qsizetype(7043));
        QVERIFY(stricter.high < counts.high);
        QVERIFY(view->levelButton(RiskLevel::High)->text().contains(format::count(stricter.high)));

        // Double-click a customer: the Explain area opens on them.
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering(), 20000);
        const QModelIndex first = model->index(3, RiskTableModel::IdColumn);
        const qsizetype row = model->tableRow(3);
        const QPoint at = view->riskTable()->visualRect(first).center();
        QTest::mouseClick(view->riskTable()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view->riskTable()->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY(window.currentArea() == AreaId::Explain);
        auto *explain = qobject_cast<ExplainView *>(window.areaView(AreaId::Explain));
        QVERIFY(explain);
        QTRY_COMPARE_WITH_TIMEOUT(explain->customerRow(), row, 20000);
        qunsetenv("CHURNLENS_MODEL_DIR");
    }

    void theLatestFilterWins()
    {
        qputenv("CHURNLENS_MODEL_DIR", m_model.path().toLocal8Bit());
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        auto *view = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        QVERIFY(view);
        ScoringContext *context = view->context();
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(explaintest::telcoPath(), false);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.setCurrentArea(AreaId::Score));
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy() && !view->isOrdering(), 60000);
        const RiskCounts counts = context->scores()->counts;
        RiskTableModel *model = view->riskModel();
        QCOMPARE(model->rowCount(), 7043);

        // Two filters while every thread is busy: the second replaces the first, which never shows.
        testing::StartedJobs started;
        QSignalSpy updated(view, &ScoreView::rowsUpdated);
        {
            testing::JobBlocker blocker;
            QVERIFY(blocker.holdsAll());
            view->levelButton(RiskLevel::Low)->click(); // low only
            QTRY_VERIFY(view->orderRunner()->isWaiting());
            view->levelButton(RiskLevel::High)->click(); // high only
            QTRY_VERIFY(view->orderRunner()->isCanceling());
            QVERIFY(view->isOrdering());
            blocker.release();
            QVERIFY(blocker.released());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering(), 20000);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(model->rowCount(), int(counts.high));
        QCOMPARE(started.of(view->orderRunner()), 2);
        qunsetenv("CHURNLENS_MODEL_DIR");
    }

    void riskLevelsFollowTheRuleAndSayHow()
    {
        qputenv("CHURNLENS_MODEL_DIR", m_model.path().toLocal8Bit());
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        auto *view = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        ScoringContext *context = view->context();
        Workspace *workspace = window.workspace();
        QCOMPARE(workspace->preferences().riskTiers.kind, RiskTierRule::Kind::Likelihood); // the default rule
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(explaintest::telcoPath(), false);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.setCurrentArea(AreaId::Score));
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy() && !view->isOrdering(), 60000);

        // High = more likely to leave than to stay; medium = above the training data's churn rate.
        const double trainRate = context->model()->meta().value(QStringLiteral("train_churn_rate")).toDouble();
        QVERIFY(trainRate > 0.2 && trainRate < 0.35); // Telco: about 26.5 %
        QCOMPARE(trainingChurnRate(*context->model()), trainRate);
        QCOMPARE(context->scores()->riskThresholds.high, 0.5);
        QCOMPARE(context->scores()->riskThresholds.medium, trainRate);
        QVERIFY(!context->riskThresholdsPinned());
        const RiskCounts likelihood = context->scores()->counts;
        QCOMPARE(likelihood.high, qsizetype(std::count_if(context->scores()->probabilities.begin(), context->scores()->probabilities.end(),
                                                          [](double p) { return p >= 0.5; })));
        // The cards and the cut points say how the levels are chosen.
        const QString tip = view->levelButton(RiskLevel::High)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("more likely to leave than to stay")), qPrintable(tip));
        QVERIFY2(tip.contains(format::percent(trainRate, 1)), qPrintable(tip));
        QVERIFY(view->findChild<QToolButton *>(QStringLiteral("defaultRiskCuts"))->isHidden());

        // Another rule in Preferences: the same scores re-labelled by it.
        Preferences prefs = workspace->preferences();
        prefs.riskTiers.kind = RiskTierRule::Kind::ModelThreshold;
        workspace->setPreferences(prefs);
        const RiskThresholds byThreshold = RiskThresholds::fromModelThreshold(context->threshold());
        QTRY_VERIFY_WITH_TIMEOUT(context->scores()->riskThresholds == byThreshold && !context->isBusy(), 20000);
        QVERIFY(context->scores()->counts.high > likelihood.high); // the model's threshold is below 50 %
        QVERIFY(view->levelButton(RiskLevel::High)->text().contains(format::count(context->scores()->counts.high)));
        QVERIFY(view->levelButton(RiskLevel::High)->toolTip().contains(QStringLiteral("decision threshold")));

        // Cut points the user sets stay when the rule changes, until "Default".
        const RiskThresholds mine{0.2, 0.7};
        context->setRiskThresholds(mine);
        QTRY_VERIFY_WITH_TIMEOUT(context->scores()->riskThresholds == mine && !context->isBusy(), 20000);
        QVERIFY(context->riskThresholdsPinned());
        QCOMPARE(context->modelChoice().risk, std::optional<RiskThresholds>(mine)); // a project saves them
        prefs.riskTiers.kind = RiskTierRule::Kind::Likelihood;
        workspace->setPreferences(prefs);
        QTest::qWait(100);
        QTRY_VERIFY_WITH_TIMEOUT(!context->isBusy(), 20000);
        QCOMPARE(context->scores()->riskThresholds, mine);
        auto *reset = view->findChild<QToolButton *>(QStringLiteral("defaultRiskCuts"));
        QVERIFY(!reset->isHidden());
        QTest::mouseClick(reset, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(context->scores()->riskThresholds == RiskThresholds({trainRate, 0.5}) && !context->isBusy(), 20000);
        QVERIFY(!context->riskThresholdsPinned());
        QVERIFY(!context->modelChoice().risk); // the rule's cut points are not pinned in a project
        QCOMPARE(context->scores()->counts.high, likelihood.high);
        workspace->setPreferences(Preferences{});
        qunsetenv("CHURNLENS_MODEL_DIR");
    }

    void saysWhenTheCustomersTrainedTheModel()
    {
        // The model was trained on telco.csv: scoring that very file is in-sample, and the area says so.
        qputenv("CHURNLENS_MODEL_DIR", m_model.path().toLocal8Bit());
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        auto *view = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        ScoringContext *context = view->context();
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(explaintest::telcoPath(), false);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.setCurrentArea(AreaId::Score));
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy(), 60000);
        QVERIFY(context->scoresTrainingData());
        QVERIFY(view->inSampleNote()->isVisible());
        QVERIFY2(view->inSampleNote()->text().contains(QStringLiteral("in-sample")), qPrintable(view->inSampleNote()->text()));
        QVERIFY(view->inSampleNote()->text().contains(format::count(7043)));

        // The same customers with one monthly charge changed are other data: no note.
        QFile in(explaintest::telcoPath());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const int charges = int(lines[0].split(QLatin1Char(',')).indexOf(QStringLiteral("MonthlyCharges")));
        QVERIFY(charges > 0);
        QStringList cells = lines[1].split(QLatin1Char(','));
        cells[charges] = QStringLiteral("99.99");
        lines[1] = cells.join(QLatin1Char(','));
        const QString other = m_out.filePath(QStringLiteral("telco-next-month.csv"));
        QFile out(other);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.join(QLatin1Char('\n')).toUtf8() + "\n");
        out.close();
        context->scoreFile(other);
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy() && !context->scoresSessionTable(), 60000);
        QCOMPARE(context->scores()->rows, qsizetype(7043));
        QVERIFY(!context->scoresTrainingData());
        QVERIFY(view->inSampleNote()->isHidden());
        // Back to the training file: the note again.
        context->scoreSessionTable();
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy() && context->scoresSessionTable(), 60000);
        QVERIFY(view->inSampleNote()->isVisible());
        qunsetenv("CHURNLENS_MODEL_DIR");
    }

    void moneyInTheChosenCurrency()
    {
        qputenv("CHURNLENS_MODEL_DIR", m_model.path().toLocal8Bit());
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        auto *view = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        ScoringContext *context = view->context();
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(explaintest::telcoPath(), false);
        QVERIFY(loaded.wait(30000));
        QVERIFY(window.setCurrentArea(AreaId::Score));
        CampaignPanel *campaign = view->campaignPanel();
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy() && campaign->isReady(), 60000);
        // The value column is named by its label, as the reasons name it, not "MonthlyCharges".
        bool valueNamed = false;
        for (QLabel *l : campaign->findChildren<QLabel *>())
            valueNamed = valueNamed || l->text() == QStringLiteral("Value: Monthly charges ×");
        QVERIFY(valueNamed);
        QCOMPARE(campaign->valueLabelText(), QStringLiteral("Value: Monthly charges ×"));
        // The user's own label wins, as soon as it is typed in the Data area, and goes when cleared.
        Workspace *workspace = context->workspace();
        workspace->setFieldLabel(QStringLiteral("MonthlyCharges"), QStringLiteral("Monthly bill"));
        QCOMPARE(campaign->valueLabelText(), QStringLiteral("Value: Monthly bill ×"));
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy() && campaign->isReady(), 60000);
        QCOMPARE(campaign->valueLabelText(), QStringLiteral("Value: Monthly bill ×")); // still after the scores were relabelled
        workspace->setFieldLabel(QStringLiteral("MonthlyCharges"), QString());
        QCOMPARE(campaign->valueLabelText(), QStringLiteral("Value: Monthly charges ×"));
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy() && campaign->isReady(), 60000);
        auto moneyLabels = [campaign](const QString &symbol) {
            int n = 0;
            for (QLabel *l : campaign->findChildren<QLabel *>())
                n += l->text().contains(symbol);
            return n;
        };
        auto costBox = [campaign]() {
            for (QDoubleSpinBox *box : campaign->findChildren<QDoubleSpinBox *>()) {
                if (box->decimals() == 2)
                    return box; // the cost per contact
            }
            return static_cast<QDoubleSpinBox *>(nullptr);
        };
        // Euros from the preferences: the contact cost, the value at risk and the expected value,
        // the money fields, and the reasons that name monthly charges.
        Preferences prefs = window.workspace()->preferences();
        prefs.currency = QStringLiteral("EUR");
        window.workspace()->setPreferences(prefs);
        QCOMPARE(Currency::current().code, QStringLiteral("EUR"));
        QVERIFY2(moneyLabels(QStringLiteral("€")) >= 3, qPrintable(QString::number(moneyLabels(QStringLiteral("€")))));
        QVERIFY(costBox() && (costBox()->prefix() + costBox()->suffix()).contains(QStringLiteral("€")));
        QVERIFY(costBox()->text().contains(QStringLiteral("€")));
        const ScoreResult &scores = *context->scores();
        const int charges = context->scoredTable()->indexOf(QStringLiteral("MonthlyCharges"));
        bool sentence = false;
        for (qsizetype row = 0; row < scores.rows && !sentence; ++row) {
            for (const Factor &f : scores.factors(*context->scoredTable(), row)) {
                if (f.column == charges) {
                    QVERIFY2(f.text.contains(QStringLiteral("€")), qPrintable(f.text));
                    sentence = true;
                }
            }
        }
        QVERIFY(sentence);
        // Dollars: the same figures, written again at once.
        prefs.currency = QStringLiteral("USD");
        window.workspace()->setPreferences(prefs);
        QCOMPARE(moneyLabels(QStringLiteral("€")), 0);
        QVERIFY(moneyLabels(QStringLiteral("$")) >= 3);
        window.workspace()->setPreferences(Preferences{});
        qunsetenv("CHURNLENS_MODEL_DIR");
    }

    void usesAModelFromATrainingRun()
    {
        MainWindow window;
        installAreas(window);
        window.show();
        auto *view = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        ScoringContext *context = view->context();
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(explaintest::telcoPath(), false);
        QVERIFY(loaded.wait(30000));
        // What the Train area publishes when a training run ends.
        TrainOptions o;
        o.models = {ModelKind::Logistic};
        o.folds = 0;
        auto report = Trainer::run(*window.workspace()->table(), o);
        QVERIFY(report);
        // What the Train area's "Use this model" does with a finished run.
        auto run = std::make_shared<TrainResults>();
        run->report = *report;
        run->runId = 7;
        run->dataName = QStringLiteral("telco.csv");
        run->running = false;
        QVERIFY(window.setCurrentArea(AreaId::Score));
        context->useTrainedModel(run, 0);
        QTRY_VERIFY_WITH_TIMEOUT(context->origin() == ScoringContext::Origin::Trained && context->scores() && !context->isBusy(), 60000);
        QCOMPARE(context->model()->kind(), ModelKind::Logistic);
        QVERIFY(context->modelTitle().contains(QStringLiteral("training run 7")));
        QCOMPARE(context->threshold(), report->bestModel().threshold);
        QCOMPARE(context->scores()->counts.scored(), qsizetype(7043));
        // The same probabilities the trained model gives (scored through its saved form).
        auto direct = report->bestModel().model.predictProba(*report->bestModel().preparation.transform(*window.workspace()->table()));
        QVERIFY(direct);
        for (size_t r = 0; r < direct->size(); r += 101)
            QVERIFY(std::abs((*direct)[r] - context->scores()->probabilities[r]) < 1e-6);
    }

    void warnsAboutMissingColumns()
    {
        // A file without the Contract column: scored, and the gap said plainly.
        QFile in(explaintest::telcoPath());
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const int contract = int(lines[0].split(QLatin1Char(',')).indexOf(QStringLiteral("Contract")));
        QVERIFY(contract > 0);
        const QString path = m_out.filePath(QStringLiteral("nocontract.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QString &line : lines) {
            QStringList cells = line.trimmed().split(QLatin1Char(',')); // Telco has no quoted commas
            cells.removeAt(contract);
            out.write(cells.join(QLatin1Char(',')).toUtf8() + "\n");
        }
        out.close();

        MainWindow window;
        installAreas(window);
        window.show();
        auto *view = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        ScoringContext *context = view->context();
        context->openModel(m_model.path());
        QTRY_VERIFY_WITH_TIMEOUT(context->model() && !context->isBusy(), 20000);
        QCOMPARE(context->origin(), ScoringContext::Origin::Folder);
        context->scoreFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy(), 60000);
        QVERIFY(!context->scoresSessionTable());
        QCOMPARE(context->scores()->rows, qsizetype(7043));
        QVERIFY(context->scores()->missingColumns.contains(QStringLiteral("Contract")));
        auto *warnings = view->findChild<QLabel *>(QStringLiteral("scoringWarnings"));
        QVERIFY(warnings);
        QVERIFY(!warnings->isHidden());
        QVERIFY(warnings->text().contains(QStringLiteral("Contract")));

        // A folder that is not a model: the old model stays, the reason is given.
        QSignalSpy failed(context, &ScoringContext::modelFailed);
        context->openModel(m_out.path());
        QVERIFY(failed.wait(10000));
        QCOMPARE(context->origin(), ScoringContext::Origin::Folder);
        QVERIFY(context->model());
    }

    void millionCustomersStaySmooth()
    {
        // A model trained on generated customers scores a million of them; every step the user
        // takes (scoring, sorting, filtering, planning, exporting) leaves the GUI thread free.
        QTemporaryDir dir;
        const QString train = dir.filePath(QStringLiteral("train.csv"));
        const QString big = dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(SampleGenerator::writeCsv(train, 20'000, 7).has_value());
        QVERIFY(SampleGenerator::writeCsv(big, 1'000'000, 42).has_value());
        {
            auto loaded = DataLoader::load(DataSource::fromPath(train));
            QVERIFY(loaded);
            TrainOptions o;
            o.folds = 0;
            o.baseParams[ModelKind::XGBoost] = {{QStringLiteral("n_estimators"), 100.0}, {QStringLiteral("max_depth"), 6.0}};
            auto report = Trainer::run(loaded->table, o);
            QVERIFY(report);
            QVERIFY(ModelBundle::save(dir.filePath(QStringLiteral("model")), *report));
        }
        MainWindow window;
        installAreas(window);
        window.resize(1400, 900);
        window.show();
        auto *view = qobject_cast<ScoreView *>(window.areaView(AreaId::Score));
        ScoringContext *context = view->context();
        context->openModel(dir.filePath(QStringLiteral("model")));
        QTRY_VERIFY_WITH_TIMEOUT(context->model() && !context->isBusy(), 20000);
        QSignalSpy loaded(window.opener(), &DataOpener::loaded);
        window.opener()->openPath(big, false);
        QVERIFY(loaded.wait(60000));

        qint64 longest = 0;
        QElapsedTimer gap;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&]() { longest = std::max(longest, gap.restart()); });
        auto measure = [&]() {
            longest = 0;
            gap.start();
            ticker.start();
        };
        measure();
        QElapsedTimer wall;
        wall.start();
        QVERIFY(window.setCurrentArea(AreaId::Score));
        QTRY_VERIFY_WITH_TIMEOUT(context->scores() && !context->isBusy() && !view->isOrdering()
                                     && view->campaignPanel()->isReady(), 120000);
        QTest::qWait(50);
        ticker.stop();
        const qint64 scoring = longest;
        qInfo("1,000,000 customers scored with factors in %.2f s (%lld ms to a sorted table); longest GUI freeze %lld ms",
              context->scores()->seconds, wall.elapsed(), scoring);
        QCOMPARE(view->riskModel()->rowCount(), 1'000'000);
        QCOMPARE(context->scores()->counts.scored(), qsizetype(1'000'000));

        // Sort by id, filter by a reason, scroll to the end: each a worker's job.
        measure();
        wall.restart();
        view->riskTable()->horizontalHeader()->setSortIndicator(RiskTableModel::IdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && view->riskModel()->sortColumn() == RiskTableModel::IdColumn, 30000);
        const qint64 sortMs = wall.elapsed();
        wall.restart();
        QTest::keyClicks(view->searchField(), QStringLiteral("contract"));
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && view->riskModel()->rowCount() < 1'000'000, 30000);
        const qint64 filterMs = wall.elapsed();
        view->riskTable()->scrollToBottom();
        QTest::qWait(50);
        view->searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isOrdering() && view->riskModel()->rowCount() == 1'000'000, 30000);
        // The campaign list answers at once: a threshold over a million customers.
        view->campaignPanel()->setMode(CampaignOptions::Mode::Threshold);
        view->campaignPanel()->setThresholdPercent(40.0);
        QVERIFY(view->campaignPanel()->summary().customers > 0);
        ticker.stop();
        qInfo("sort by id %lld ms, filter %lld ms; longest GUI freeze %lld ms", sortMs, filterMs, longest);

        // Exporting everyone, canceled half-way from the status bar: no half-written file.
        view->campaignPanel()->setThresholdPercent(0.0);
        QCOMPARE(view->campaignPanel()->summary().customers, qsizetype(1'000'000));
        const QString all = dir.filePath(QStringLiteral("everyone.csv"));
        QVERIFY(view->exportTo(all, false));
        QTRY_VERIFY_WITH_TIMEOUT(window.progressPanel()->current() == view->exportRunner(), 5000);
        QTest::qWait(100);
        window.progressPanel()->cancelCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(!view->exportRunner()->isRunning(), 20000);
        QVERIFY(!QFileInfo::exists(all));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("everyone")).isEmpty()); // no temporary left
        // The goal for the freezes is under 100 ms (measured: about 45 ms); they go to the log, not into
        // an assertion: machines are shared and noisy.
        qInfo("longest GUI freeze while scoring: %lld ms", scoring);
    }

private:
    QTemporaryDir m_model;
    QTemporaryDir m_out;
};

QTEST_MAIN(TestScoreView)
#include "tst_scoreview.moc"
