#include "common/currency.h"
#include "explain/factorwriter.h"
#include "testtranslator.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <limits>
#include <random>

using namespace churnlens;

namespace {

const double NaN = std::numeric_limits<double>::quiet_NaN();

Column coded(const QString &name, const QStringList &levels, const std::vector<int32_t> &codes,
             Semantic semantic = Semantic::None, ColumnType type = ColumnType::Categorical)
{
    Dictionary d;
    for (const QString &l : levels)
        d.insert(l.toStdString());
    Column c = Column::coded(name, codes, d, type);
    c.setSemantic(semantic);
    return c;
}

Column numeric(const QString &name, const std::vector<double> &values, Semantic semantic = Semantic::None)
{
    Column c = Column::numeric(name, values);
    c.setSemantic(semantic);
    return c;
}

// Three customers; every kind of field the writer phrases differently.
DataTable customers()
{
    DataTable t;
    t.addColumn(numeric(QStringLiteral("tenure"), {58, 2, 1}, Semantic::Tenure));                                 // 0
    t.addColumn(numeric(QStringLiteral("MonthlyCharges"), {104.8, 20.05, 70.355}, Semantic::MonthlyCharges));     // 1
    t.addColumn(numeric(QStringLiteral("TotalCharges"), {6078.75, 40.1, NaN}, Semantic::TotalCharges));           // 2
    t.addColumn(coded(QStringLiteral("Contract"), {QStringLiteral("Month-to-month"), QStringLiteral("Two year")},  // 3
                      {0, 1, 0}, Semantic::Contract));
    t.addColumn(coded(QStringLiteral("PaymentMethod"),                                                             // 4
                      {QStringLiteral("Electronic check"), QStringLiteral("Bank transfer (automatic)"), QStringLiteral("PayPal")},
                      {0, 1, 2}));
    t.addColumn(coded(QStringLiteral("OnlineSecurity"),                                                            // 5
                      {QStringLiteral("No"), QStringLiteral("Yes"), QStringLiteral("No internet service")}, {0, 1, 2},
                      Semantic::Service));
    t.addColumn(coded(QStringLiteral("gender"), {QStringLiteral("Female"), QStringLiteral("Male")}, {0, 1, -1}));  // 6
    t.addColumn(coded(QStringLiteral("SeniorCitizen"), {QStringLiteral("0"), QStringLiteral("1")}, {1, 0, 0},     // 7
                      Semantic::None, ColumnType::Boolean));
    t.addColumn(numeric(QStringLiteral("SupportCalls"), {6, 0, 1}, Semantic::SupportCalls));                      // 8
    t.addColumn(numeric(QStringLiteral("NumDependents"), {3, 0, 1.25}));                                         // 9
    t.addColumn(numeric(QStringLiteral("StreamingTV"), {1, 0, 1}, Semantic::Service));                            // 10
    return t;
}

QHash<QString, NumericReference> quartiles()
{
    return {
        {QStringLiteral("tenure"), {9, 29, 55}},
        {QStringLiteral("MonthlyCharges"), {35.5, 70.35, 89.85}},
        {QStringLiteral("TotalCharges"), {401.45, 1397.47, 3794.74}},
        {QStringLiteral("SupportCalls"), {1, 2, 4}},
        {QStringLiteral("NumDependents"), {0.5, 1, 2}},
    };
}

} // namespace

class TestFactorWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Money in the sentences is in the currency of the preferences: dollars here, written
        // as English writes them (the C locale of a test run puts the symbol after the digits).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Currency::setCurrent(Currency::fromCode(QStringLiteral("USD")));
    }

    void sentences_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("row");
        QTest::addColumn<double>("contribution");
        QTest::addColumn<bool>("withQuartiles");
        QTest::addColumn<QString>("expected");
        auto add = [](const char *name, int column, int row, double c, bool q, const char *text) {
            QTest::newRow(name) << column << row << c << q << QString::fromUtf8(text);
        };
        add("long tenure", 0, 0, -0.9, true, "Long tenure (58 months) lowers churn risk");
        add("short tenure", 0, 1, 1.2, true, "Short tenure (2 months) raises churn risk");
        add("one month", 0, 2, 1.4, true, "Short tenure (1 month) raises churn risk");
        add("tenure, median only", 0, 0, -0.9, false, "Tenure of 58 months, above the usual 29, lowers churn risk");
        add("high charges", 1, 0, 0.4, true, "High monthly charges ($104.80) raise churn risk");
        add("low charges", 1, 1, -0.3, true, "Low monthly charges ($20.05) lower churn risk");
        add("typical charges", 1, 2, 0.1, true, "Monthly charges of $70.36 raise churn risk");
        add("total charges missing", 2, 2, 0.2, true, "Total charges is missing, which raises churn risk");
        add("month-to-month", 3, 0, 0.84, true, "Month-to-month contract raises churn risk");
        add("two year", 3, 1, -1.1, true, "Two year contract lowers churn risk");
        add("electronic check", 4, 0, 0.3, true, "Paying by electronic check raises churn risk");
        add("bank transfer", 4, 1, -0.2, true, "Paying by bank transfer (automatic) lowers churn risk");
        add("PayPal keeps its capitals", 4, 2, 0.2, true, "Paying by PayPal raises churn risk");
        add("no service", 5, 0, 0.5, true, "No online security raises churn risk");
        add("has service", 5, 1, -0.4, true, "Having online security lowers churn risk");
        add("no internet", 5, 2, -0.2, true, "No internet service (online security) lowers churn risk");
        add("generic category", 6, 0, -0.05, true, "Gender is Female, which lowers churn risk");
        add("generic missing", 6, 2, 0.05, true, "Gender is missing, which raises churn risk");
        add("boolean 1", 7, 0, 0.2, true, "Senior citizen is yes, which raises churn risk");
        add("boolean 0", 7, 1, -0.1, true, "Senior citizen is no, which lowers churn risk");
        add("many calls", 8, 0, 0.7, true, "Many support calls (6) raise churn risk");
        add("few calls", 8, 1, -0.3, true, "Few support calls (0) lower churn risk");
        add("one call", 8, 2, 0.1, true, "1 support call raises churn risk");
        add("generic high", 9, 0, 0.1, true, "Num dependents is high (3), which raises churn risk");
        add("generic low", 9, 1, -0.1, true, "Num dependents is low (0), which lowers churn risk");
        add("generic typical", 9, 2, 0.1, true, "Num dependents is 1.25, which raises churn risk");
        add("generic, median only", 9, 0, 0.1, false, "Num dependents is 3, above the usual 1, which raises churn risk");
        add("numeric service 1", 10, 0, 0.1, true, "Having streaming TV raises churn risk");
        add("numeric service 0", 10, 1, -0.1, true, "No streaming TV lowers churn risk");
        add("no effect", 3, 0, 0.0, true, "Month-to-month contract does not change churn risk");
    }
    void sentences()
    {
        QFETCH(int, column);
        QFETCH(int, row);
        QFETCH(double, contribution);
        QFETCH(bool, withQuartiles);
        QFETCH(QString, expected);
        const DataTable t = customers();
        QHash<QString, NumericReference> refs = quartiles();
        if (!withQuartiles) {
            for (auto it = refs.begin(); it != refs.end(); ++it)
                it.value() = NumericReference{NaN, it.value().median, NaN};
        }
        const FactorWriter writer(t, refs);
        QCOMPARE(writer.sentence(t, column, row, contribution), expected);
    }

    void withoutReferencesStatesTheValue()
    {
        const DataTable t = customers();
        const FactorWriter writer(t);
        QCOMPARE(writer.sentence(t, 0, 0, -0.5), QStringLiteral("Tenure of 58 months lowers churn risk"));
        QCOMPARE(writer.sentence(t, 1, 0, 0.5), QStringLiteral("Monthly charges of $104.80 raise churn risk"));
        QCOMPARE(writer.sentence(t, 99, 0, 0.5), QString());
    }

    void numbersInTheUsersLocale()
    {
        // The GUI shows reasons in the user's number format: "104,80" in German (no translator
        // loaded here, so the words stay English), "1,234.5"-style grouping in English.
        const DataTable t = customers();
        const FactorWriter writer(t);
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = writer.sentence(t, 1, 0, 0.5);
        QLocale::setDefault(previous);
        QCOMPARE(german, QStringLiteral("Monthly charges of 104,80\u00a0$ raise churn risk"));
        QCOMPARE(writer.sentence(t, 1, 0, 0.5), QStringLiteral("Monthly charges of $104.80 raise churn risk"));
        // In the currency of the preferences, read when the sentence is made.
        Currency::setCurrent(Currency::fromCode(QStringLiteral("EUR")));
        const QString euro = writer.sentence(t, 1, 0, 0.5);
        Currency::setCurrent(Currency::fromCode(QStringLiteral("USD")));
        QCOMPARE(euro, QStringLiteral("Monthly charges of €104.80 raise churn risk"));
    }

    void topFactorsStrongestFirst()
    {
        const DataTable t = customers();
        const FactorWriter writer(t, quartiles());
        // Field order as FieldAttribution gives it, with an "other" entry (-1) that is never a factor.
        const std::vector<int> columns{0, 1, 3, 4, 6, -1};
        const std::vector<double> c{-0.9, 0.4, 0.84, 0.3, 1e-9, 5.0};
        const auto top = writer.topFactors(t, 0, columns, c, 3);
        QCOMPARE(top.size(), size_t(3));
        QCOMPARE(top[0].field, QStringLiteral("tenure"));
        QCOMPARE(top[0].value, QStringLiteral("58"));
        QCOMPARE(top[0].contribution, -0.9);
        QCOMPARE(top[0].signedContribution(), QStringLiteral("-0.90"));
        QVERIFY(!top[0].raisesRisk());
        QCOMPARE(top[1].text, QStringLiteral("Month-to-month contract raises churn risk"));
        QCOMPARE(top[1].signedContribution(), QStringLiteral("+0.84"));
        QCOMPARE(top[2].column, 1);

        const auto raising = writer.topFactors(t, 0, columns, c, 10, FactorWriter::Direction::Raising);
        QCOMPARE(raising.size(), size_t(3)); // contract, charges, payment; not the negligible gender
        for (const Factor &f : raising)
            QVERIFY(f.raisesRisk());
        const auto lowering = writer.topFactors(t, 0, columns, c, 10, FactorWriter::Direction::Lowering);
        QCOMPARE(lowering.size(), size_t(1));
        QVERIFY(writer.topFactors(t, 0, columns, c, 0).empty());
    }

    // Every reason reaches the translator as one whole sentence: the output is that sentence with
    // its placeholders filled, so a translation can order and inflect all of it.
    void eachReasonIsOneSentence_data() { sentences_data(); }
    void eachReasonIsOneSentence()
    {
        QFETCH(int, column);
        QFETCH(int, row);
        QFETCH(double, contribution);
        QFETCH(QString, expected);
        TestTranslator recorder;
        const InstalledTranslator installed(&recorder);
        const DataTable t = customers();
        const FactorWriter writer(t, quartiles());
        recorder.clearRequests();
        const QString text = writer.sentence(t, column, row, contribution);
        QStringList sentences;
        for (const auto &request : recorder.requests()) {
            if (request.first.contains(QLatin1String("churn risk")))
                sentences << request.first;
        }
        QCOMPARE(sentences.size(), 1);
        QVERIFY2(!recorder.requests().back().second.isEmpty(), "a reason carries a comment for its translator");
        QStringList pieces = sentences.front().split(QRegularExpression(QStringLiteral("%[123]")));
        for (QString &piece : pieces)
            piece = QRegularExpression::escape(piece);
        const QString pattern = pieces.join(QStringLiteral("(.+)"));
        QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch(),
                 qPrintable(text + QStringLiteral(" <- ") + sentences.front()));
    }

    void germanReasons()
    {
        // A German translation of the sentences, labels and values involved (what the .ts gives).
        TestTranslator de;
        de.add("lowercase", QStringLiteral("keep"));
        de.add("Internet service", QStringLiteral("Internetanschluss"), "field label");
        de.add("Online security", QStringLiteral("Online-Sicherheit"), "field label");
        de.add("Contract", QStringLiteral("Vertrag"), "field label");
        de.add("Fiber optic", QStringLiteral("Glasfaser"), "value of the field Internet service");
        de.add("No internet service", QStringLiteral("kein Internetanschluss"), "value of a service field");
        de.add("Month-to-month", QStringLiteral("monatlich kündbar"), "value of the field Contract");
        de.add("%1 is %2, which raises churn risk", QStringLiteral("%1: „%2“ – das erhöht das Abwanderungsrisiko"),
               "reason; %1 = a field label, %2 = a value as in the data file (not translated)");
        de.add("%1 is %2, which raises churn risk", QStringLiteral("%1: %2 – das erhöht das Abwanderungsrisiko"),
               "reason; %1 = a field label, %2 = a number or a translated value");
        de.add("%1 is low (%2), which lowers churn risk", QStringLiteral("%1: niedrig (%2) – das senkt das Abwanderungsrisiko"),
               "reason; %1 = a field label, %2 = a number");
        de.add("No %1 raises churn risk", QStringLiteral("Ohne %1 steigt das Abwanderungsrisiko"),
               "reason; %1 = a service the customer does not have (a field label)");
        de.add("%1 (%2) lowers churn risk", QStringLiteral("%2: %1 – das senkt das Abwanderungsrisiko"),
               "reason; %1 = why a service is not in use, translated (\"No internet service\"), %2 = the service (a field label)");
        de.add("%1 contract raises churn risk", QStringLiteral("Vertrag: %1 – das erhöht das Abwanderungsrisiko"),
               "reason; %1 = the kind of contract, translated (\"Month-to-month\", \"One year\")");
        de.add("%1 contract raises churn risk", QStringLiteral("Vertrag: „%1“ – das erhöht das Abwanderungsrisiko"),
               "reason; %1 = the kind of contract as in the data file (not translated)");
        de.add("%1 months", QStringLiteral("%1 Monate"));
        const InstalledTranslator installed(&de);

        DataTable t;
        t.addColumn(coded(QStringLiteral("InternetService"),
                          {QStringLiteral("Fiber optic"), QStringLiteral("Satellite")}, {0, 1}));
        t.addColumn(coded(QStringLiteral("OnlineSecurity"), {QStringLiteral("No"), QStringLiteral("No internet service")},
                          {0, 1}, Semantic::Service));
        t.addColumn(coded(QStringLiteral("Contract"), {QStringLiteral("Month-to-month"), QStringLiteral("Monthly")}, {0, 1},
                          Semantic::Contract));
        t.addColumn(numeric(QStringLiteral("tenure"), {2, 40}, Semantic::Tenure));
        t.addColumn(coded(QStringLiteral("kanal_typ"), {QStringLiteral("Filiale")}, {0, 0}));
        const QHash<QString, NumericReference> refs{{QStringLiteral("tenure"), {9, 29, 55}}};
        const FactorWriter writer(t, refs);
        // Known label and known value: translated, no English left.
        QCOMPARE(writer.sentence(t, 0, 0, 0.5), QStringLiteral("Internetanschluss: Glasfaser – das erhöht das Abwanderungsrisiko"));
        // A value the application does not know stays as in the file, quoted.
        QCOMPARE(writer.sentence(t, 0, 1, 0.5), QStringLiteral("Internetanschluss: „Satellite“ – das erhöht das Abwanderungsrisiko"));
        QCOMPARE(writer.sentence(t, 1, 0, 0.5), QStringLiteral("Ohne Online-Sicherheit steigt das Abwanderungsrisiko"));
        QCOMPARE(writer.sentence(t, 1, 1, -0.5), QStringLiteral("Online-Sicherheit: kein Internetanschluss – das senkt das Abwanderungsrisiko"));
        QCOMPARE(writer.sentence(t, 2, 0, 0.5), QStringLiteral("Vertrag: monatlich kündbar – das erhöht das Abwanderungsrisiko"));
        QCOMPARE(writer.sentence(t, 2, 1, 0.5), QStringLiteral("Vertrag: „Monthly“ – das erhöht das Abwanderungsrisiko"));
        // A column nobody knows: its readable name (capital kept in German), its value quoted.
        QCOMPARE(writer.sentence(t, 4, 0, 0.5), QStringLiteral("Kanal typ: „Filiale“ – das erhöht das Abwanderungsrisiko"));
        QCOMPARE(writer.label(0), QStringLiteral("Internetanschluss"));

        // The user's labels win over the known ones, in every sentence of the field; a renamed
        // tenure field is no longer called "tenure" but keeps its unit.
        FieldLabels labels;
        labels.setUserLabel(QStringLiteral("InternetService"), QStringLiteral("Anschlussart"));
        labels.setUserLabel(QStringLiteral("OnlineSecurity"), QStringLiteral("Schutzpaket"));
        labels.setUserLabel(QStringLiteral("tenure"), QStringLiteral("Kunde seit"));
        const FactorWriter renamed(t, refs, {}, labels);
        QCOMPARE(renamed.sentence(t, 0, 0, 0.5), QStringLiteral("Anschlussart: Glasfaser – das erhöht das Abwanderungsrisiko"));
        QCOMPARE(renamed.sentence(t, 1, 0, 0.5), QStringLiteral("Ohne Schutzpaket steigt das Abwanderungsrisiko"));
        QCOMPARE(renamed.sentence(t, 3, 0, -0.5), QStringLiteral("Kunde seit: niedrig (2 Monate) – das senkt das Abwanderungsrisiko"));
        QCOMPARE(renamed.label(3), QStringLiteral("Kunde seit"));
        // Labels changed later (the user renamed a field after scoring).
        FactorWriter relabelled = writer;
        relabelled.setLabels(t, labels);
        QCOMPARE(relabelled.sentence(t, 0, 1, 0.5), QStringLiteral("Anschlussart: „Satellite“ – das erhöht das Abwanderungsrisiko"));
    }

    void userLabelInEnglish()
    {
        const DataTable t = customers();
        FieldLabels labels;
        labels.setUserLabel(QStringLiteral("tenure"), QStringLiteral("Customer for"));
        labels.setUserLabel(QStringLiteral("OnlineSecurity"), QStringLiteral("Secure Net"));
        labels.setUserLabel(QStringLiteral("MonthlyCharges"), QStringLiteral("Fee"));
        const FactorWriter writer(t, quartiles(), {}, labels);
        QCOMPARE(writer.sentence(t, 0, 1, 1.2), QStringLiteral("Customer for is low (2 months), which raises churn risk"));
        QCOMPARE(writer.sentence(t, 5, 0, 0.5), QStringLiteral("No Secure Net raises churn risk"));
        QCOMPARE(writer.sentence(t, 1, 0, 0.4), QStringLiteral("Fee is high (%1), which raises churn risk").arg(Currency::current().format(104.80)));
        // Fields without a label of the user's keep their wording.
        QCOMPARE(writer.sentence(t, 3, 0, 0.84), QStringLiteral("Month-to-month contract raises churn risk"));
    }

    void humanNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("human");
        QTest::newRow("camel") << QStringLiteral("OnlineSecurity") << QStringLiteral("online security");
        QTest::newRow("acronym end") << QStringLiteral("StreamingTV") << QStringLiteral("streaming TV");
        QTest::newRow("acronym id") << QStringLiteral("customerID") << QStringLiteral("customer ID");
        QTest::newRow("acronym start") << QStringLiteral("TVPackage") << QStringLiteral("TV package");
        QTest::newRow("snake") << QStringLiteral("num_support_calls") << QStringLiteral("num support calls");
        QTest::newRow("spaces") << QStringLiteral(" Monthly Charges ") << QStringLiteral("monthly charges");
        QTest::newRow("lower") << QStringLiteral("tenure") << QStringLiteral("tenure");
    }
    void humanNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, human);
        QCOMPARE(FactorWriter::humanName(name), human);
        // Labels start with a capital; the rest stays as in the sentence ("TV package", "Customer ID").
        QString label = human;
        label[0] = label[0].toUpper();
        QCOMPARE(FactorWriter::humanLabel(name), label);
    }

    void referenceFromColumn()
    {
        const Column c = Column::numeric(QStringLiteral("x"), {5, 1, NaN, 3, 2, 4});
        const NumericReference r = NumericReference::fromColumn(c);
        QCOMPARE(r.q1, 2.0);
        QCOMPARE(r.median, 3.0);
        QCOMPARE(r.q3, 4.0);
        QCOMPARE(int(r.position(1.5)), int(NumericReference::Position::Low));
        QCOMPARE(int(r.position(3.5)), int(NumericReference::Position::Typical));
        QCOMPARE(int(r.position(4.5)), int(NumericReference::Position::High));
        QCOMPARE(int(r.position(NaN)), int(NumericReference::Position::Unknown));
        const NumericReference even = NumericReference::fromColumn(Column::numeric(QStringLiteral("y"), {1, 2, 3, 4}));
        QCOMPARE(even.median, 2.5);
        QCOMPARE(even.q1, 1.75);
        QVERIFY(std::isnan(NumericReference::fromColumn(Column::numeric(QStringLiteral("z"), {NaN})).median));
    }

    // The one-pass selection of the strongest factors keeps exactly what a full sort would:
    // the same entries in the same order, ties by position, on random contributions with ties,
    // tiny values, fields without a column, either direction and any count.
    void strongestEqualsFullSort()
    {
        std::mt19937 rng(5);
        std::uniform_int_distribution<int> fieldCount(0, 30);
        std::uniform_int_distribution<int> pick(0, 9);
        std::normal_distribution<double> gauss;
        std::vector<size_t> fast;
        int checked = 0;
        for (int trial = 0; trial < 4000; ++trial) {
            const int n = fieldCount(rng);
            std::vector<int> columns(static_cast<size_t>(n));
            std::vector<double> contributions(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i) {
                const int kind = pick(rng);
                columns[size_t(i)] = kind == 0 ? -1 : kind == 1 ? 50 : i; // -1: no field; 50: past the limit
                // Rounded values tie often; some are below the 1e-6 floor.
                contributions[size_t(i)] = kind == 2 ? 1e-8 : std::round(gauss(rng) * 4.0) / 8.0;
            }
            for (const auto direction : {FactorWriter::Direction::Both, FactorWriter::Direction::Raising,
                                         FactorWriter::Direction::Lowering}) {
                for (const int count : {0, 1, 3, 5}) {
                    std::vector<size_t> full;
                    for (int i = 0; i < n; ++i) {
                        const double c = contributions[size_t(i)];
                        if (columns[size_t(i)] < 0 || columns[size_t(i)] >= 40 || !(std::abs(c) >= 1e-6))
                            continue;
                        if ((direction == FactorWriter::Direction::Raising && c < 0.0)
                            || (direction == FactorWriter::Direction::Lowering && c > 0.0))
                            continue;
                        full.push_back(size_t(i));
                    }
                    std::stable_sort(full.begin(), full.end(), [&](size_t a, size_t b) {
                        return std::abs(contributions[a]) > std::abs(contributions[b]);
                    });
                    full.resize(std::min(full.size(), size_t(count)));
                    FactorWriter::strongest(columns, contributions, count, direction, fast, 40);
                    QCOMPARE(fast, full);
                    checked += int(full.size());
                }
            }
        }
        QVERIFY(checked > 10000);
    }
};

QTEST_GUILESS_MAIN(TestFactorWriter)
#include "tst_factorwriter.moc"
