// MODEL_CARD.md: what a reader of an exported model learns, the same bytes every time.
#include "ml/modelbundle.h"
#include "ml/modelcard.h"
#include "ml/modelfolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace churnlens;

namespace {

const QString DefaultModel = QStringLiteral(CHURNLENS_SOURCE "/models/default");

ModelBundle::Files defaultFiles()
{
    auto files = ModelBundle::read(DefaultModel);
    if (!files)
        qFatal("models/default: %s", qPrintable(files.error().toString()));
    return *files;
}

//! The default model with \a edit applied to its meta.json.
ModelBundle withMeta(const std::function<void(QJsonObject &)> &edit)
{
    ModelBundle::Files files = defaultFiles();
    QJsonObject meta = QJsonDocument::fromJson(files.meta).object();
    edit(meta);
    files.meta = QJsonDocument(meta).toJson();
    auto bundle = ModelBundle::decode(files);
    if (!bundle)
        qFatal("edited meta.json: %s", qPrintable(bundle.error().toString()));
    return *bundle;
}

ModelCardInfo registryInfo()
{
    ModelCardInfo info;
    info.version = QStringLiteral("v3");
    info.status = QStringLiteral("champion");
    info.project = QStringLiteral("Telco retention");
    info.registered = QDateTime(QDate(2026, 3, 3), QTime(14, 5, 9), Qt::UTC);
    info.registeredBy = QStringLiteral("analyst");
    info.reason = QStringLiteral("Better PR AUC than v2");
    return info;
}

} // namespace

class TestModelCard : public QObject
{
    Q_OBJECT

    ModelBundle m_default;

    //! The shipped model's creation time (rebuilding it changes only that and the versions).
    QString created() const { return m_default.meta()[QStringLiteral("created")].toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        auto bundle = ModelBundle::decode(defaultFiles());
        QVERIFY(bundle);
        m_default = *bundle;
    }

    void saysWhatTheModelIs()
    {
        const QString card = ModelCard::markdown(m_default, registryInfo());
        const QStringList expected{
            QStringLiteral("# Model card: churn model v3 of Telco retention\n"),
            QStringLiteral("XGBoost (gradient-boosted decision trees) model that estimates, for each customer, the probability of churning "
                           "(`Churn` = `Yes`). Customers with a probability of at least 0.301 are predicted to churn. Test ROC AUC 0.847."),
            QStringLiteral("| Status | champion |"),
            QStringLiteral("| Registered | 2026-03-03 14:05:09 UTC by analyst |"),
            QStringLiteral("| Reason | Better PR AUC than v2 |"),
            QStringLiteral("| Created | %1 |").arg(created()),
            QStringLiteral("| Origin | trained in ChurnLens |"),
            // model family and parameters
            QStringLiteral("`learning_rate` = 0.025"), QStringLiteral("`max_depth` = 4"), QStringLiteral("`n_estimators` = 170"),
            QStringLiteral("- Tuning: automatic search (successive halving, trees chosen by early stopping) with 5-fold cross-validation"),
            QStringLiteral("- Class imbalance handling: none"), QStringLiteral("- Random seed: 42"),
            // data
            QStringLiteral("- Target: column `Churn`"), QStringLiteral("- Positive label (churned): `Yes`"),
            QStringLiteral("- Training rows: 5,634"),
            QStringLiteral("`6d78c5a7a9379b10eebd8024ee447580390bc9d2966c975690e01164a354f520`"),
            // test metrics, with the cross-validated ones
            QStringLiteral("| ROC AUC | 0.847 | 0.851 ± 0.007 |"), QStringLiteral("| PR AUC | 0.663 | 0.671 ± 0.017 |"),
            QStringLiteral("| Precision | 0.541 |"), QStringLiteral("| Recall | 0.778 |"), QStringLiteral("| F1 | 0.638 |"),
            QStringLiteral("| Accuracy | 0.766 |"), QStringLiteral("| Brier score (lower is better) | 0.135 |"),
            // threshold and how it was chosen
            QStringLiteral("at least 0.301."), QStringLiteral("the best F1 on out-of-fold predictions of the training rows"),
            QStringLiteral("On the 1,409 test customers it flagged 538, of whom 291 churned; it missed 83 of the 374 who churned."),
            // features, versions, use
            QStringLiteral("47 model features made from 19 customer fields"), QStringLiteral("`PaymentMethod`"),
            QStringLiteral("1. `gender=Male`"), QStringLiteral("41. `TotalCharges missing`"), QStringLiteral("47. `number of services`"),
            QStringLiteral("| XGBoost | 1.7.4 |"), QStringLiteral("| Qt | 6.4.2 |"),
            QStringLiteral("## Probabilities"), QStringLiteral("neither Platt scaling nor isotonic regression"),
            QStringLiteral("## Intended use"), QStringLiteral("retention team"), QStringLiteral("Not for:"),
            QStringLiteral("## Limitations"), QStringLiteral("not the causes of churn"),
        };
        for (const QString &text : expected)
            QVERIFY2(card.contains(text), qPrintable(QStringLiteral("missing: %1\n\n%2").arg(text, card)));
        QVERIFY(!card.contains(QStringLiteral("n/a")));
        QVERIFY(!card.contains(QStringLiteral("imported")));
    }

    void isDeterministic()
    {
        const QString a = ModelCard::markdown(m_default, registryInfo());
        auto again = ModelBundle::decode(defaultFiles());
        QVERIFY(again);
        QCOMPARE(ModelCard::markdown(*again, registryInfo()), a);
        // Without registry fields, the table keeps only what the model knows.
        const QString bare = ModelCard::markdown(m_default);
        QVERIFY(bare.startsWith(QStringLiteral("# Model card: churn model\n")));
        QVERIFY(!bare.contains(QStringLiteral("| Status |")));
        QVERIFY(!bare.contains(QStringLiteral("| Registered")));
        QVERIFY(bare.contains(QStringLiteral("| Created | %1 |").arg(created())));
    }

    void freeTextCannotBreakTheMarkdown()
    {
        ModelCardInfo info;
        info.project = QStringLiteral("A|B");
        info.reason = QStringLiteral("line one\n## not a heading *really*");
        info.registeredBy = QStringLiteral("<script>");
        const QString card = ModelCard::markdown(m_default, info);
        QVERIFY2(card.contains(QStringLiteral("| Project | A\\|B |")), qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("| Reason | line one \\#\\# not a heading \\*really\\* |")));
        QVERIFY(card.contains(QStringLiteral("| Registered by | \\<script\\> |")));
        QVERIFY(!card.contains(QStringLiteral("\n## not a heading")));
    }

    void otherThresholdPoliciesAndMissingMetrics()
    {
        const ModelBundle profit = withMeta([](QJsonObject &m) {
            m.insert(QStringLiteral("threshold_policy"), QJsonObject{{QStringLiteral("policy"), QStringLiteral("profit")},
                                                                      {QStringLiteral("contact_cost"), 10.0},
                                                                      {QStringLiteral("saved_value"), 200.0},
                                                                      {QStringLiteral("success_rate"), 0.3}});
            m.remove(QStringLiteral("metrics"));
            m.remove(QStringLiteral("train_rows"));
        });
        const QString card = ModelCard::markdown(profit);
        QVERIFY2(card.contains(QStringLiteral("highest expected profit")), qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("a contact cost of 10, a value of 200 for a kept customer and a success rate of 0.3")));
        QVERIFY(card.contains(QStringLiteral("None recorded: the model was trained without held-out test rows.")));
        QVERIFY(card.contains(QStringLiteral("- Training rows: not recorded")));
        QVERIFY(!card.contains(QStringLiteral("Test ROC AUC")));
    }

    void importedModelsSayWhatIsUnknown()
    {
        const ModelBundle imported = withMeta([](QJsonObject &m) {
            m.insert(QStringLiteral("origin"), QStringLiteral("imported"));
            m.insert(QStringLiteral("note"), QStringLiteral("Trained outside ChurnLens with XGBoost 1.7.4"));
            m.insert(QStringLiteral("params"), QJsonObject{{QStringLiteral("n_estimators"), 60}});
            m.insert(QStringLiteral("threshold"), 0.5);
            for (const char *key : {"metrics", "tuning", "imbalance", "seed", "folds", "train_rows", "data_fingerprint"})
                m.remove(QLatin1String(key));
        });
        const QString card = ModelCard::markdown(imported);
        QVERIFY2(card.contains(QStringLiteral("| Origin | imported |")), qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("| Note | Trained outside ChurnLens with XGBoost 1.7.4 |")));
        QVERIFY(card.contains(QStringLiteral("- Parameters: `n_estimators` = 60. Only these can be read from the model file")));
        QVERIFY(card.contains(QStringLiteral("None recorded: the model was trained outside ChurnLens.")));
        QVERIFY(card.contains(QStringLiteral("set when the model was imported")));
        QVERIFY(card.contains(QStringLiteral("Trained outside ChurnLens: its features were matched")));
        QVERIFY(!card.contains(QStringLiteral("Tuning:")));
    }

    void exportWritesTheCardNextToTheModel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("v3"));
        QVERIFY(ModelFolder::exportModel(folder, defaultFiles(), registryInfo()));
        QFile card(folder + QStringLiteral("/MODEL_CARD.md"));
        QVERIFY(card.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(card.readAll()), ModelCard::markdown(m_default, registryInfo()));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("MODEL_CARD.md"), QStringLiteral("meta.json"), QStringLiteral("model.json"),
                              QStringLiteral("preparation.json")}));
    }
};

QTEST_GUILESS_MAIN(TestModelCard)
#include "tst_modelcard.moc"
