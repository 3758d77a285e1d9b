#include "common/error.h"
#include "data/schemaguess.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace churnlens;

namespace {

// Columns built by hand, so these tests depend on SchemaGuess alone (the CSV reader's own
// inference is exercised through DataLoader in tst_dataloader).
Column coded(const QString &name, const QStringList &values, ColumnType type = ColumnType::Categorical)
{
    Dictionary d;
    std::vector<int32_t> codes;
    if (type == ColumnType::Boolean) {
        // Boolean: code 0 = false, 1 = true; levels in that order.
        QStringList levels;
        for (const QString &v : values)
            if (!v.isEmpty() && !levels.contains(v))
                levels << v;
        std::sort(levels.begin(), levels.end(), [](const QString &a, const QString &b) {
            static const QStringList falsy = {QStringLiteral("No"), QStringLiteral("False"), QStringLiteral("0"),
                                              QStringLiteral("N"), QStringLiteral("false")};
            return falsy.contains(a) && !falsy.contains(b);
        });
        for (const QString &l : levels)
            d.insert(l.toStdString());
    }
    for (const QString &v : values) {
        if (v.isEmpty()) {
            codes.push_back(-1);
            continue;
        }
        const std::string s = v.toStdString();
        codes.push_back(d.insert(s));
    }
    return Column::coded(name, std::move(codes), std::move(d), type);
}

Column numeric(const QString &name, std::vector<double> values) { return Column::numeric(name, std::move(values)); }

// A small reader for the Telco file (no quoted fields): numbers where every present value
// parses, Yes/No-like pairs as Boolean, mostly-unique text as Text, the rest categorical.
DataTable readSimpleCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = f.readAll().split('\n');
    const QStringList header = QString::fromUtf8(lines[0].trimmed()).split(QLatin1Char(','));
    std::vector<QStringList> cells(size_t(header.size()));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(',');
        for (qsizetype c = 0; c < header.size(); ++c)
            cells[size_t(c)] << QString::fromUtf8(fields.value(c).trimmed());
    }
    DataTable t;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QStringList &v = cells[size_t(c)];
        std::vector<double> numbers;
        bool allNumbers = true;
        QStringList distinct;
        for (const QString &s : v) {
            bool ok = s.isEmpty();
            numbers.push_back(s.isEmpty() ? Column::missingValue() : s.toDouble(&ok));
            allNumbers = allNumbers && ok;
            if (!s.isEmpty() && distinct.size() < 3 && !distinct.contains(s))
                distinct << s;
        }
        const bool yesNo = distinct.size() == 2
                           && (distinct.contains(QStringLiteral("Yes")) || distinct.contains(QStringLiteral("True")));
        if (allNumbers)
            t.addColumn(numeric(header[c], std::move(numbers)));
        else if (yesNo)
            t.addColumn(coded(header[c], v, ColumnType::Boolean));
        else
            t.addColumn(coded(header[c], v));
    }
    for (int c = 0; c < t.columnCount(); ++c)
        if (t.column(c).isCoded() && t.column(c).distinctCount() * 2 > t.rowCount())
            t.replaceColumn(c, coded(t.column(c).name(), cells[size_t(c)], ColumnType::Text));
    t.setSourceName(path);
    return t;
}

QStringList namesWith(const DataTable &t, Semantic s)
{
    QStringList out;
    for (int i : t.semanticColumns(s))
        out << t.column(i).name();
    return out;
}

} // namespace

class TestSchemaGuess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void telco()
    {
        DataTable t = readSimpleCsv(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        QCOMPARE(t.rowCount(), 7043);
        QCOMPARE(t.columnCount(), 21);
        QCOMPARE(SchemaGuess::apply(t), QString());

        QCOMPARE(t.column(t.idIndex()).name(), QStringLiteral("customerID"));
        QCOMPARE(t.column(t.targetIndex()).name(), QStringLiteral("Churn"));
        QCOMPARE(t.positiveLabel(), QStringLiteral("Yes"));
        QCOMPARE(QString::number(t.churnRate() * 100, 'f', 2), QStringLiteral("26.54"));
        QCOMPARE(namesWith(t, Semantic::Tenure), QStringList{QStringLiteral("tenure")});
        QCOMPARE(namesWith(t, Semantic::MonthlyCharges), QStringList{QStringLiteral("MonthlyCharges")});
        QCOMPARE(namesWith(t, Semantic::TotalCharges), QStringList{QStringLiteral("TotalCharges")});
        QCOMPARE(namesWith(t, Semantic::Contract), QStringList{QStringLiteral("Contract")});
        QCOMPARE(namesWith(t, Semantic::SupportCalls), QStringList{});
        const QStringList services = {QStringLiteral("PhoneService"), QStringLiteral("MultipleLines"),
                                      QStringLiteral("OnlineSecurity"), QStringLiteral("OnlineBackup"),
                                      QStringLiteral("DeviceProtection"), QStringLiteral("TechSupport"),
                                      QStringLiteral("StreamingTV"), QStringLiteral("StreamingMovies")};
        QCOMPARE(namesWith(t, Semantic::Service), services);
        for (const char *plain : {"gender", "SeniorCitizen", "Partner", "Dependents", "InternetService",
                                  "PaperlessBilling", "PaymentMethod"}) {
            const Column &c = t.column(t.indexOf(QLatin1String(plain)));
            QCOMPARE(machineName(c.semantic()), machineName(Semantic::None));
            QCOMPARE(machineName(c.role()), machineName(ColumnRole::Feature));
        }
        // Clean real data: nothing to warn about (11 blank TotalCharges are 0.16%).
        const QList<Issue> warnings = SchemaGuess::qualityWarnings(t);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0).toString()));
    }

    void bankChurn_data()
    {
        QTest::addColumn<bool>("booleanTarget");
        QTest::newRow("numeric 0/1") << false;
        QTest::newRow("boolean 0/1") << true;
    }
    void bankChurn()
    {
        QFETCH(bool, booleanTarget);
        const int n = 3000;
        std::vector<double> rowNumber, customerId, tenure, balance, hasCard, exited;
        QStringList surname, geography, exitedText;
        const QStringList places = {QStringLiteral("France"), QStringLiteral("Spain"), QStringLiteral("Germany")};
        for (int i = 0; i < n; ++i) {
            rowNumber.push_back(i + 1);
            customerId.push_back(15634602 + i * 7);
            surname << QStringLiteral("Name%1").arg(i % 900); // thousands of rows, hundreds of names
            geography << places[i % 3];
            tenure.push_back(i % 11);
            balance.push_back((i * 37) % 1000 * 125.5);
            hasCard.push_back(i % 3 == 0 ? 0 : 1);
            exited.push_back(i % 5 == 0 ? 1 : 0);
            exitedText << (i % 5 == 0 ? QStringLiteral("1") : QStringLiteral("0"));
        }
        DataTable t;
        t.addColumn(numeric(QStringLiteral("RowNumber"), rowNumber));
        t.addColumn(numeric(QStringLiteral("CustomerId"), customerId));
        t.addColumn(coded(QStringLiteral("Surname"), surname));
        t.addColumn(coded(QStringLiteral("Geography"), geography));
        t.addColumn(numeric(QStringLiteral("Tenure"), tenure));
        t.addColumn(numeric(QStringLiteral("Balance"), balance));
        t.addColumn(numeric(QStringLiteral("HasCrCard"), hasCard));
        if (booleanTarget)
            t.addColumn(coded(QStringLiteral("Exited"), exitedText, ColumnType::Boolean));
        else
            t.addColumn(numeric(QStringLiteral("Exited"), exited));
        QCOMPARE(SchemaGuess::apply(t), QString());

        QCOMPARE(t.column(t.targetIndex()).name(), QStringLiteral("Exited"));
        QCOMPARE(t.positiveLabel(), QStringLiteral("1"));
        QCOMPARE(t.churnRate(), 0.2);
        QCOMPARE(t.column(t.idIndex()).name(), QStringLiteral("CustomerId"));
        QCOMPARE(machineName(t.column(0).role()), machineName(ColumnRole::Ignore)); // RowNumber
        QCOMPARE(machineName(t.column(2).role()), machineName(ColumnRole::Ignore)); // Surname
        QCOMPARE(machineName(t.column(3).role()), machineName(ColumnRole::Feature));
        QCOMPARE(machineName(t.column(4).semantic()), machineName(Semantic::Tenure));
        QCOMPARE(machineName(t.column(6).role()), machineName(ColumnRole::Feature));
        QCOMPARE(machineName(t.column(6).semantic()), machineName(Semantic::None));
    }

    void targetNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("isTarget");
        for (const char *yes : {"Churn", "churn", "CHURN", "Churned", "is_churn", "Is Churn", "churn_flag",
                                "Churn Label", "Exited", "Attrition", "Attrition_Flag", "attrited", "Cancelled",
                                "canceled", "left", "target", "Label", "has churned"})
            QTest::newRow(yes) << QString::fromLatin1(yes) << true;
        for (const char *no : {"Churn Score", "churn_probability", "Churn Reason", "Partner", "left_hand",
                               "PaperlessBilling", "Churn Date"})
            QTest::newRow(no) << QString::fromLatin1(no) << false;
    }
    void targetNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, isTarget);
        QStringList flags;
        for (int i = 0; i < 40; ++i)
            flags << (i % 4 == 0 ? QStringLiteral("Yes") : QStringLiteral("No"));
        DataTable t;
        t.addColumn(numeric(QStringLiteral("tenure"), std::vector<double>(40, 3.0)));
        t.addColumn(coded(name, flags, ColumnType::Boolean));
        QCOMPARE(SchemaGuess::guessTarget(t), isTarget ? 1 : -1);
    }

    void nonBinaryIsNeverGuessed()
    {
        DataTable t;
        t.addColumn(coded(QStringLiteral("Churn"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(SchemaGuess::guessTarget(t), -1);
        t.addColumn(numeric(QStringLiteral("Exited"), {0, 1, 2}));
        QCOMPARE(SchemaGuess::guessTarget(t), -1);
    }

    void targetFromValues()
    {
        DataTable t;
        t.addColumn(coded(QStringLiteral("Status"), {QStringLiteral("Stayed"), QStringLiteral("Churned"),
                                                     QStringLiteral("Stayed"), QStringLiteral("Stayed")}));
        t.addColumn(coded(QStringLiteral("Plan"), {QStringLiteral("Basic"), QStringLiteral("Pro"),
                                                   QStringLiteral("Basic"), QStringLiteral("Pro")}));
        QCOMPARE(SchemaGuess::guessTarget(t), 0);
        QCOMPARE(SchemaGuess::guessPositiveLabel(t.column(0)), QStringLiteral("Churned"));
    }

    void positiveLabel_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("expected");
        auto rows = [](const char *a, const char *b) {
            return QStringList{QString::fromUtf8(a), QString::fromUtf8(b), QString::fromUtf8(b), QString::fromUtf8(b)};
        };
        QTest::newRow("Yes/No") << rows("Yes", "No") << int(ColumnType::Boolean) << "Yes";
        QTest::newRow("No/Yes categorical") << rows("No", "Yes") << int(ColumnType::Categorical) << "Yes";
        QTest::newRow("True/False") << rows("True", "False") << int(ColumnType::Boolean) << "True";
        QTest::newRow("1/0") << rows("1", "0") << int(ColumnType::Boolean) << "1";
        QTest::newRow("Y/N") << rows("Y", "N") << int(ColumnType::Categorical) << "Y";
        QTest::newRow("attrition") << rows("Existing Customer", "Attrited Customer") << int(ColumnType::Categorical)
                                   << "Attrited Customer";
        QTest::newRow("exited word") << rows("Exited", "Retained") << int(ColumnType::Categorical) << "Exited";
        QTest::newRow("not churned") << rows("Not churned", "Churned") << int(ColumnType::Categorical) << "Churned";
        QTest::newRow("only No") << QStringList{QStringLiteral("No"), QStringLiteral("No")} << int(ColumnType::Boolean)
                                 << "Yes";
        QTest::newRow("only false") << QStringList{QStringLiteral("false")} << int(ColumnType::Boolean) << "true";
        QTest::newRow("unknown words: rarer") << rows("gold", "silver") << int(ColumnType::Categorical) << "gold";
    }
    void positiveLabel()
    {
        QFETCH(QStringList, values);
        QFETCH(int, type);
        QFETCH(QString, expected);
        QCOMPARE(SchemaGuess::guessPositiveLabel(coded(QStringLiteral("t"), values, ColumnType(type))), expected);
    }

    void semanticNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("semantic");
        const int tenure = int(Semantic::Tenure), monthly = int(Semantic::MonthlyCharges),
                  total = int(Semantic::TotalCharges), calls = int(Semantic::SupportCalls), none = int(Semantic::None);
        for (const char *n : {"tenure", "Tenure", "TENURE", "tenure_months", "Tenure Months", "months",
                              "Account length", "account_length", "Months_on_book"})
            QTest::newRow(n) << QString::fromLatin1(n) << tenure;
        for (const char *n : {"MonthlyCharges", "monthly_charges", "Monthly Charges", "monthly charge", "MONTHLY_FEE",
                              "monthly fee", "Monthly Bill", "charge_per_month"})
            QTest::newRow(n) << QString::fromLatin1(n) << monthly;
        for (const char *n : {"TotalCharges", "total_charges", "Total Charges", "total charge", "Total Spend"})
            QTest::newRow(n) << QString::fromLatin1(n) << total;
        for (const char *n : {"SupportCalls", "support_calls", "Customer service calls", "CustServ Calls",
                              "number_of_tickets", "tickets", "Support Tickets"})
            QTest::newRow(n) << QString::fromLatin1(n) << calls;
        for (const char *n : {"Total day charge", "Age", "Balance", "monthsold", "NumOfProducts"})
            QTest::newRow(n) << QString::fromLatin1(n) << none;
    }
    void semanticNames()
    {
        QFETCH(QString, name);
        QFETCH(int, semantic);
        QCOMPARE(int(SchemaGuess::guessSemantic(numeric(name, {1, 2, 3, 4, 5, 7}))), semantic);
    }

    void semanticContractAndServices()
    {
        const QStringList contract = {QStringLiteral("Month-to-month"), QStringLiteral("One year"),
                                      QStringLiteral("Two year")};
        for (const char *n : {"Contract", "contract_type", "CONTRACT TYPE", "Contract Length"})
            QCOMPARE(machineName(SchemaGuess::guessSemantic(coded(QLatin1String(n), contract))), machineName(Semantic::Contract));

        const QStringList yesNo = {QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("No")};
        for (const char *n : {"PhoneService", "online_security", "Tech Support", "streamingTV", "International plan",
                              "Voice mail plan", "device protection"})
            QCOMPARE(machineName(SchemaGuess::guessSemantic(coded(QLatin1String(n), yesNo, ColumnType::Boolean))), machineName(Semantic::Service));
        // The "No internet service" level marks an add-on even under an unknown name.
        QVERIFY(SchemaGuess::guessSemantic(coded(QStringLiteral("Extra"),
                                                 {QStringLiteral("Yes"), QStringLiteral("No internet service")}))
                == Semantic::Service);
        for (const char *n : {"Partner", "Dependents", "PaperlessBilling", "gender"})
            QCOMPARE(machineName(SchemaGuess::guessSemantic(coded(QLatin1String(n), yesNo, ColumnType::Boolean))), machineName(Semantic::None));
        // A service name with non-Yes/No values is not an add-on flag.
        QVERIFY(SchemaGuess::guessSemantic(coded(QStringLiteral("InternetService"),
                                                 {QStringLiteral("DSL"), QStringLiteral("Fiber optic"), QStringLiteral("No")}))
                == Semantic::None);
        // Support calls must be counts, not a Yes/No flag.
        QCOMPARE(machineName(SchemaGuess::guessSemantic(coded(QStringLiteral("support calls"), contract))), machineName(Semantic::None));
    }

    void idLike()
    {
        QStringList unique, few;
        std::vector<double> sequence, repeated;
        for (int i = 0; i < 100; ++i) {
            unique << QStringLiteral("C%1").arg(i * 13);
            few << QStringLiteral("F%1").arg(i % 4);
            sequence.push_back(i);
            repeated.push_back(i % 10);
        }
        QVERIFY(SchemaGuess::looksLikeId(coded(QStringLiteral("whatever"), unique, ColumnType::Text), 100));
        QVERIFY(SchemaGuess::looksLikeId(coded(QStringLiteral("code"), unique), 100));
        QVERIFY(!SchemaGuess::looksLikeId(coded(QStringLiteral("customer_id"), few), 100));
        QVERIFY(SchemaGuess::looksLikeId(numeric(QStringLiteral("Unnamed: 0"), sequence), 100));
        QVERIFY(SchemaGuess::looksLikeId(numeric(QStringLiteral("x"), sequence), 100)); // a running number
        QVERIFY(!SchemaGuess::looksLikeId(numeric(QStringLiteral("tenure"), repeated), 100));
        QVERIFY(!SchemaGuess::looksLikeId(numeric(QStringLiteral("MonthlyCharges"), {19.5, 20.25, 99.9}), 3));
        QVERIFY(SchemaGuess::looksLikeId(numeric(QStringLiteral("Customer ID"), {17, 4, 99}), 3));
        QVERIFY(!SchemaGuess::looksLikeId(coded(QStringLiteral("Churn"), {QStringLiteral("Yes"), QStringLiteral("No")},
                                                ColumnType::Boolean),
                                          2));
    }

    void targetHint()
    {
        DataTable t = readSimpleCsv(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
        QCOMPARE(SchemaGuess::apply(t, QStringLiteral("partner")), QString()); // case-insensitive
        QCOMPARE(t.column(t.targetIndex()).name(), QStringLiteral("Partner"));
        QCOMPARE(t.positiveLabel(), QStringLiteral("Yes"));
        QCOMPARE(machineName(t.column(t.indexOf(QStringLiteral("Churn"))).role()), machineName(ColumnRole::Feature));

        const QString error = SchemaGuess::apply(t, QStringLiteral("Chrun"));
        QVERIFY(error.contains(QStringLiteral("Chrun")));
        QVERIFY(error.contains(QStringLiteral("Churn"))); // lists the columns that exist
    }

    void qualityWarnings()
    {
        const int n = 200;
        QStringList ids, city, churn, constant;
        std::vector<double> sparse, tenure;
        for (int i = 0; i < n; ++i) {
            ids << QStringLiteral("ID-%1").arg(i);
            city << QStringLiteral("City %1").arg(i % 80);
            churn << (i < 10 ? QString() : (i % 3 == 0 ? QStringLiteral("Yes") : QStringLiteral("No")));
            constant << QStringLiteral("same");
            sparse.push_back(i % 4 == 0 ? double(i) : Column::missingValue());
            tenure.push_back(i % 50);
        }
        DataTable t;
        t.setSourceName(QStringLiteral("customers.csv"));
        t.addColumn(coded(QStringLiteral("account"), ids, ColumnType::Text));
        t.addColumn(coded(QStringLiteral("City"), city));
        t.addColumn(coded(QStringLiteral("Region"), constant));
        t.addColumn(numeric(QStringLiteral("Discount"), sparse));
        t.addColumn(numeric(QStringLiteral("tenure"), tenure));
        t.addColumn(coded(QStringLiteral("Churn"), churn, ColumnType::Boolean));
        QCOMPARE(SchemaGuess::apply(t), QString());
        QCOMPARE(machineName(t.column(0).role()), machineName(ColumnRole::Id));
        t.column(0).setRole(ColumnRole::Feature); // the user makes the id a feature

        const QList<Issue> w = SchemaGuess::qualityWarnings(t);
        auto about = [&w](const QString &column) {
            QStringList messages;
            for (const Issue &i : w)
                if (i.columnName == column)
                    messages << i.message;
            return messages.join(QLatin1Char('\n'));
        };
        QVERIFY2(about(QStringLiteral("account")).contains(QStringLiteral("identifier")), qPrintable(about("account")));
        QVERIFY(about(QStringLiteral("City")).contains(QStringLiteral("80 different")));
        QVERIFY(about(QStringLiteral("Region")).contains(QStringLiteral("same value")));
        QVERIFY(about(QStringLiteral("Discount")).contains(QStringLiteral("75.0%")));
        QVERIFY(about(QStringLiteral("Churn")).contains(QStringLiteral("empty in 10 rows")));
        QVERIFY(about(QStringLiteral("tenure")).isEmpty());
        QCOMPARE(w.size(), 5);
        for (const Issue &i : w) {
            QCOMPARE(i.file, QStringLiteral("customers.csv"));
            QCOMPARE(i.severity, Issue::Severity::Warning);
        }

        // Without a churn column the user is told to pick one.
        t.setTarget(-1);
        const QList<Issue> noTarget = SchemaGuess::qualityWarnings(t);
        QVERIFY(std::any_of(noTarget.begin(), noTarget.end(),
                            [](const Issue &i) { return i.message.contains(QStringLiteral("No churn column")); }));

        // A target where nobody churned.
        DataTable allStayed;
        allStayed.addColumn(coded(QStringLiteral("Churn"), {QStringLiteral("No"), QStringLiteral("No")}, ColumnType::Boolean));
        QCOMPARE(SchemaGuess::apply(allStayed), QString());
        QCOMPARE(allStayed.positiveLabel(), QStringLiteral("Yes"));
        const QList<Issue> nobody = SchemaGuess::qualityWarnings(allStayed);
        QCOMPARE(nobody.size(), 1);
        QVERIFY(nobody[0].message.contains(QStringLiteral("nobody churned")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaGuess)
#include "tst_schemaguess.moc"
