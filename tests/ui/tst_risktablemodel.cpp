// The risk table: RiskTableModel checked by QAbstractItemModelTester, and RiskTableOrder's sorting
// and filtering (done off the GUI thread in the app) checked against straightforward rules on
// the scored Telco customers.
#include "score/riskdelegate.h"
#include "score/risktablemodel.h"
#include "score/risktableorder.h"
#include "explaintestmodel.h"
#include "explain/factorwriter.h"
#include "score/scorer.h"

#include <QAbstractItemModelTester>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace churnlens;

class TestRiskTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        explaintest::saveTelcoModel(m_dir.path());
        auto model = ModelBundle::load(m_dir.path());
        QVERIFY2(model, qPrintable(model ? QString() : model.error().toString()));
        m_table = std::make_shared<const DataTable>(explaintest::loadTelco());
        auto scored = Scorer::score(*model, *m_table);
        QVERIFY2(scored, qPrintable(scored ? QString() : scored.error().toString()));
        m_scores = std::make_shared<const ScoreResult>(std::move(*scored));
        QCOMPARE(m_scores->rows, qsizetype(7043));
        QCOMPARE(m_scores->factorCount, 3);
    }

    void modelPassesTester()
    {
        RiskTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScores(m_table, m_scores);
        QCOMPARE(model.rowCount(), 7043);
        QCOMPARE(model.columnCount(), RiskTableModel::FirstFactorColumn + 3);
        RiskTableQuery q;
        auto rows = RiskTableOrder::compute(*m_scores, *m_table, q);
        QVERIFY(rows);
        model.setRows(std::make_shared<const std::vector<qsizetype>>(std::move(*rows)));
        QCOMPARE(model.rowCount(), 7043);
        model.setScores(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void cellsReadForPeople()
    {
        RiskTableModel model;
        model.setScores(m_table, m_scores);
        const int id = m_table->indexOf(QStringLiteral("customerID"));
        QCOMPARE(model.index(0, RiskTableModel::IdColumn).data().toString(), m_table->column(id).text(0));
        const double p = m_scores->probabilities[0];
        QVERIFY(model.index(0, RiskTableModel::ProbabilityColumn).data().toString().contains(QLocale().toString(p * 100.0, 'f', 1)));
        QCOMPARE(model.index(0, RiskTableModel::RiskColumn).data(RiskTableModel::RiskRole).toInt(), int(m_scores->risk[0]));
        // The main reason reads as a sentence, with its direction, and is the strongest factor.
        const QString reason = model.index(0, RiskTableModel::FirstFactorColumn).data().toString();
        const Factor f = m_scores->factor(*m_table, 0, 0);
        QVERIFY(!f.text.isEmpty());
        QCOMPARE(reason, (f.contribution > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + f.text);
        QVERIFY(!reason.contains(QLatin1Char('_')));
        // The tooltip has every reason in full, in words: no log-odds, no contribution numbers.
        for (qsizetype row : {qsizetype(0), qsizetype(17), qsizetype(4242)}) {
            const int at = model.viewRow(row);
            const QString tip = model.index(at, RiskTableModel::FirstFactorColumn + 1).data(Qt::ToolTipRole).toString();
            const auto factors = m_scores->factors(*m_table, row);
            QCOMPARE(factors.size(), size_t(3));
            for (const Factor &factor : factors) {
                QVERIFY2(tip.contains(factor.text), qPrintable(tip));
                QVERIFY2(tip.contains(RiskTableModel::strength(factor.contribution)), qPrintable(tip));
                QVERIFY2(!tip.contains(factor.signedContribution()), qPrintable(tip));
            }
            QVERIFY2(!tip.contains(QStringLiteral("log-odds"), Qt::CaseInsensitive) && !tip.contains(QStringLiteral("SHAP")), qPrintable(tip));
        }
        QCOMPARE(RiskTableModel::strength(1.2), QStringLiteral("strong"));
        QCOMPARE(RiskTableModel::strength(-0.4), QStringLiteral("moderate"));
        QCOMPARE(RiskTableModel::strength(0.05), QStringLiteral("slight"));
        // Sorting only asks for it: the owner computes the order off the GUI thread.
        QSignalSpy sort(&model, &RiskTableModel::sortRequested);
        model.sort(RiskTableModel::IdColumn, Qt::AscendingOrder);
        QCOMPARE(sort.count(), 1);
        QCOMPARE(model.sortColumn(), int(RiskTableModel::IdColumn));
        QCOMPARE(model.tableRow(5), qsizetype(5)); // not reordered by sort() itself
    }

    void reasonsAreCutAfterAWord()
    {
        // "…raises c…" reads as a typo: a sentence too long for its cell ends after a whole word.
        const QFontMetrics fm(QGuiApplication::font());
        const QString sentence = QStringLiteral("Tenure of 2 months, below the usual 29, raises churn risk");
        QCOMPARE(RiskDelegate::elideWords(fm, sentence, fm.horizontalAdvance(sentence) + 2), sentence);
        int cuts = 0;
        for (int width = fm.horizontalAdvance(QStringLiteral("Tenure of…")); width < fm.horizontalAdvance(sentence); width += 3) {
            const QString shown = RiskDelegate::elideWords(fm, sentence, width);
            QVERIFY2(shown.endsWith(QStringLiteral("…")), qPrintable(shown));
            QVERIFY2(fm.horizontalAdvance(shown) <= width, qPrintable(shown));
            const QString kept = shown.chopped(1);
            QVERIFY2(sentence.startsWith(kept), qPrintable(shown));
            const QChar next = sentence.at(kept.size());
            QVERIFY2(next == QLatin1Char(' ') || next == QLatin1Char(','), qPrintable(shown)); // a whole word
            QVERIFY2(!kept.endsWith(QLatin1Char(',')) && !kept.endsWith(QLatin1Char(' ')), qPrintable(shown));
            ++cuts;
        }
        QVERIFY(cuts > 10);
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int c = 0; c < RiskTableModel::FirstFactorColumn + 3; ++c) {
            QTest::addRow("column %d desc", c) << c << true;
            QTest::addRow("column %d asc", c) << c << false;
        }
    }

    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        RiskTableQuery q;
        q.sortColumn = column;
        q.descending = descending;
        auto rows = RiskTableOrder::compute(*m_scores, *m_table, q);
        QVERIFY(rows);
        QCOMPARE(qsizetype(rows->size()), qsizetype(7043));
        std::vector<char> seen(7043, 0);
        for (qsizetype r : *rows)
            seen[size_t(r)]++;
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](char c) { return c == 1; }));
        const auto &p = m_scores->probabilities;
        for (size_t i = 1; i < rows->size(); ++i) {
            const qsizetype a = (*rows)[i - 1], b = (*rows)[i];
            switch (column) {
            case RiskTableModel::IdColumn: {
                const int c = QString::compare(m_scores->id(*m_table, a), m_scores->id(*m_table, b), Qt::CaseInsensitive);
                QVERIFY2(descending ? c >= 0 : c <= 0, qPrintable(QStringLiteral("row %1").arg(i)));
                break;
            }
            case RiskTableModel::ProbabilityColumn:
            case RiskTableModel::RiskColumn:
                QVERIFY(descending ? p[size_t(a)] >= p[size_t(b)] : p[size_t(a)] <= p[size_t(b)]);
                if (p[size_t(a)] == p[size_t(b)])
                    QVERIFY(a < b); // ties keep file order
                break;
            default: {
                // Grouped by the factor's field, strongest first within a field.
                const int k = column - RiskTableModel::FirstFactorColumn;
                const Factor fa = m_scores->factor(*m_table, a, k), fb = m_scores->factor(*m_table, b, k);
                if (fa.column < 0) {
                    QVERIFY(fb.column < 0); // customers without such a factor last
                    break;
                }
                if (fb.column < 0)
                    break;
                const int c = QString::compare(fa.field, fb.field, Qt::CaseInsensitive);
                QVERIFY(descending ? c >= 0 : c <= 0);
                if (c == 0)
                    QVERIFY(fa.contribution >= fb.contribution - 1e-6);
            }
            }
        }
    }

    void filtersByLevelTextAndList()
    {
        RiskTableQuery q;
        q.levels = {false, false, true}; // high only
        auto high = RiskTableOrder::compute(*m_scores, *m_table, q);
        QVERIFY(high);
        QCOMPARE(qsizetype(high->size()), m_scores->counts.high);
        for (qsizetype r : *high)
            QVERIFY(m_scores->risk[size_t(r)] == RiskLevel::High);

        q = {};
        q.text = QStringLiteral("7590-vhveg"); // case-insensitive id
        auto one = RiskTableOrder::compute(*m_scores, *m_table, q);
        QVERIFY(one);
        QCOMPARE(qsizetype(one->size()), qsizetype(1));
        QCOMPARE(m_scores->id(*m_table, one->front()), QStringLiteral("7590-VHVEG"));

        // A reason: every customer shown has a top factor on the contract, and none is left out.
        q.text = QStringLiteral("contract");
        auto contract = RiskTableOrder::compute(*m_scores, *m_table, q);
        QVERIFY(contract);
        qsizetype expected = 0;
        for (qsizetype r = 0; r < m_scores->rows; ++r) {
            bool has = false;
            for (const Factor &f : m_scores->factors(*m_table, r))
                has = has || f.field.contains(QStringLiteral("contract"), Qt::CaseInsensitive)
                      || f.value.contains(QStringLiteral("contract"), Qt::CaseInsensitive);
            expected += has;
        }
        QVERIFY(expected > 0);
        QCOMPARE(qsizetype(contract->size()), expected);

        // Only a given list, kept in the list's order when asked not to sort.
        q = {};
        q.only = std::make_shared<const std::vector<qsizetype>>(std::vector<qsizetype>{42, 7, 99, 7042});
        q.sortColumn = -1;
        auto list = RiskTableOrder::compute(*m_scores, *m_table, q);
        QVERIFY(list);
        QCOMPARE(*list, (std::vector<qsizetype>{42, 7, 99, 7042}));
    }

    void cancels()
    {
        Progress progress;
        progress.cancel();
        RiskTableQuery q;
        q.text = QStringLiteral("fiber");
        auto rows = RiskTableOrder::compute(*m_scores, *m_table, q, &progress);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, ErrorCode::Canceled);
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const DataTable> m_table;
    std::shared_ptr<const ScoreResult> m_scores;
};

QTEST_MAIN(TestRiskTableModel)
#include "tst_risktablemodel.moc"
