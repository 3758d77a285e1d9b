#include "modelcard.h"

#include "modelbundle.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <optional>

namespace churnlens {

namespace {

// Everything here is English and locale-free on purpose (see the class comment).

std::optional<double> number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

QString decimal(std::optional<double> v, int decimals = 3)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', decimals) : QStringLiteral("n/a");
}

QString general(double v)
{
    return QString::number(v, 'g', 6);
}

//! 5634 → "5,634"
QString count(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.trimmed();
}

//! Free text (a reason, a project name) as literal Markdown text, safe in a table cell too.
QString text(const QString &s)
{
    QString out;
    for (const QChar c : oneLine(s)) {
        if (QStringLiteral("\\`*_[]<>|#").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

//! A name (column, feature, level) as a code span, whatever backticks it holds.
QString code(const QString &s)
{
    const QString t = oneLine(s);
    if (t.isEmpty())
        return QStringLiteral("(empty)");
    if (!t.contains(QLatin1Char('`')))
        return QLatin1Char('`') + t + QLatin1Char('`');
    return QStringLiteral("`` ") + t + QStringLiteral(" ``");
}

QString familyText(const QString &model)
{
    if (model == QLatin1String("xgboost"))
        return QStringLiteral("XGBoost (gradient-boosted decision trees)");
    if (model == QLatin1String("forest"))
        return QStringLiteral("Random forest (trees grown with XGBoost)");
    if (model == QLatin1String("logistic"))
        return QStringLiteral("Logistic regression");
    return text(model);
}

QString imbalanceText(const QString &name)
{
    if (name == QLatin1String("none"))
        return QStringLiteral("none");
    if (name == QLatin1String("weights"))
        return QStringLiteral("class weights (churners weighted up to balance the classes)");
    if (name == QLatin1String("undersample"))
        return QStringLiteral("undersampling of the customers who stayed, inside the training folds");
    if (name == QLatin1String("smote"))
        return QStringLiteral("SMOTE-NC oversampling of churners, inside the training folds");
    if (name == QLatin1String("smote_plain"))
        return QStringLiteral("SMOTE oversampling of churners, inside the training folds");
    return text(name);
}

QString tuningText(const QString &name, int folds)
{
    const QString cv = folds > 1 ? QStringLiteral(" with %1-fold cross-validation").arg(folds) : QString();
    if (name == QLatin1String("grid"))
        return QStringLiteral("grid search") + cv;
    if (name == QLatin1String("random"))
        return QStringLiteral("random search") + cv;
    if (name == QLatin1String("auto"))
        return QStringLiteral("automatic search (successive halving, trees chosen by early stopping)") + cv;
    if (name == QLatin1String("none"))
        return QStringLiteral("none (parameters as given)") + (folds > 1 ? QStringLiteral("; %1-fold cross-validation").arg(folds) : QString());
    return text(name);
}

QString engineeredText(EngineeredFeature f)
{
    switch (f) {
    case EngineeredFeature::TenureBins: return QStringLiteral("tenure bins (0-12, 12-24, 24+ months)");
    case EngineeredFeature::ChargesPerMonth: return QStringLiteral("total charges per month of tenure");
    case EngineeredFeature::ContractNumber: return QStringLiteral("contract length as a number (month-to-month 0, one year 1, two year 2)");
    case EngineeredFeature::SupportCallsPerMonth: return QStringLiteral("support calls per month of tenure");
    case EngineeredFeature::ServiceCount: return QStringLiteral("number of services in use");
    }
    return {};
}

QString versionName(const QString &key)
{
    if (key == QLatin1String("churnlens"))
        return QStringLiteral("ChurnLens");
    if (key == QLatin1String("xgboost"))
        return QStringLiteral("XGBoost");
    if (key == QLatin1String("qt"))
        return QStringLiteral("Qt");
    if (key == QLatin1String("eigen"))
        return QStringLiteral("Eigen");
    return text(key);
}

struct Metric
{
    const char *key;
    const char *name;
};

// The order a reader expects: ranking quality first, then the counts at the threshold.
constexpr Metric metricRows[] = {
    {"roc_auc", "ROC AUC"},   {"pr_auc", "PR AUC"},     {"precision", "Precision"}, {"recall", "Recall"},
    {"f1", "F1"},             {"accuracy", "Accuracy"}, {"brier", "Brier score (lower is better)"},
    {"log_loss", "Log loss (lower is better)"},
};

class CardWriter
{
public:
    CardWriter(const ModelBundle &bundle, const ModelCardInfo &info)
        : m_bundle(bundle), m_meta(bundle.meta()), m_info(info),
          m_imported(m_meta.value(QLatin1String("origin")).toString() == QLatin1String("imported"))
    {
    }

    QString write()
    {
        header();
        model();
        data();
        metrics();
        calibration();
        threshold();
        features();
        versions();
        intendedUse();
        limitations();
        return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    void line(const QString &s = {}) { m_lines << s; }
    void section(const char *title)
    {
        line();
        line(QStringLiteral("## ") + QLatin1String(title));
        line();
    }
    QString str(const char *key) const { return m_meta.value(QLatin1String(key)).toString(); }
    QString target() const { return str("target"); }
    QString positive() const { return str("positive_label"); }
    QJsonObject testMetrics() const
    {
        return m_meta.value(QLatin1String("metrics")).toObject().value(QLatin1String("test")).toObject();
    }

    void header()
    {
        QString title = QStringLiteral("# Model card: churn model");
        if (!m_info.version.isEmpty())
            title += QLatin1Char(' ') + text(m_info.version);
        if (!m_info.project.isEmpty())
            title += QStringLiteral(" of ") + text(m_info.project);
        line(title);
        line();
        QString summary = familyText(str("model")) + QStringLiteral(" model that estimates, for each customer, the probability of churning");
        if (!target().isEmpty())
            summary += QStringLiteral(" (%1 = %2)").arg(code(target()), code(positive().isEmpty() ? QStringLiteral("?") : positive()));
        summary += QStringLiteral(". Customers with a probability of at least %1 are predicted to churn.").arg(decimal(number(m_meta.value(QLatin1String("threshold")))));
        if (const auto auc = number(testMetrics().value(QLatin1String("roc_auc"))))
            summary += QStringLiteral(" Test ROC AUC %1.").arg(decimal(auc));
        line(summary);
        line();
        line(QStringLiteral("| | |"));
        line(QStringLiteral("|---|---|"));
        auto row = [this](const char *name, const QString &value) {
            if (!value.isEmpty())
                line(QStringLiteral("| %1 | %2 |").arg(QLatin1String(name), value));
        };
        row("Version", text(m_info.version));
        row("Status", text(m_info.status));
        row("Project", text(m_info.project));
        if (m_info.registered.isValid())
            row("Registered", m_info.registered.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                                  + (m_info.registeredBy.isEmpty() ? QString() : QStringLiteral(" by ") + text(m_info.registeredBy)));
        else if (!m_info.registeredBy.isEmpty())
            row("Registered by", text(m_info.registeredBy));
        row("Reason", text(m_info.reason));
        row("Created", text(str("created")));
        row("Origin", m_imported ? QStringLiteral("imported") : QStringLiteral("trained in ChurnLens"));
        row("Note", text(str("note")));
    }

    void model()
    {
        section("Model");
        line(QStringLiteral("- Family: ") + familyText(str("model")));
        if (!str("probability").isEmpty())
            line(QStringLiteral("- Probability: ") + code(str("probability")));
        const QJsonObject params = m_meta.value(QLatin1String("params")).toObject();
        QStringList list;
        for (auto it = params.begin(); it != params.end(); ++it)
            list << QStringLiteral("%1 = %2").arg(code(it.key()), general(it.value().toDouble()));
        if (m_imported)
            line(QStringLiteral("- Parameters: %1. Only these can be read from the model file; the other training parameters were not recorded.")
                     .arg(list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "))));
        else if (!list.isEmpty())
            line(QStringLiteral("- Parameters: ") + list.join(QStringLiteral(", ")));
        if (m_meta.contains(QLatin1String("tuning")))
            line(QStringLiteral("- Tuning: ") + tuningText(str("tuning"), m_meta.value(QLatin1String("folds")).toInt()));
        if (m_meta.contains(QLatin1String("imbalance")))
            line(QStringLiteral("- Class imbalance handling: ") + imbalanceText(str("imbalance")));
        if (const auto seed = number(m_meta.value(QLatin1String("seed"))))
            line(QStringLiteral("- Random seed: %1").arg(qint64(*seed)));
    }

    void data()
    {
        section("Data");
        const QString notRecorded = QStringLiteral("not recorded");
        line(QStringLiteral("- Target: ") + (target().isEmpty() ? notRecorded : QStringLiteral("column %1").arg(code(target()))));
        line(QStringLiteral("- Positive label (churned): ") + (positive().isEmpty() ? notRecorded : code(positive())));
        const auto rows = number(m_meta.value(QLatin1String("train_rows")));
        line(QStringLiteral("- Training rows: ") + (rows ? count(qint64(*rows)) : notRecorded));
        line(QStringLiteral("- Data fingerprint (SHA-256 of the training data): ")
             + (str("data_fingerprint").isEmpty() ? notRecorded : code(str("data_fingerprint"))));
    }

    void metrics()
    {
        section("Test metrics");
        const QJsonObject test = testMetrics();
        const QJsonObject cv = m_meta.value(QLatin1String("metrics")).toObject().value(QLatin1String("cv")).toObject();
        if (test.isEmpty() && cv.isEmpty()) {
            line(m_imported ? QStringLiteral("None recorded: the model was trained outside ChurnLens. Check it on labelled customers of your own before using it.")
                            : QStringLiteral("None recorded: the model was trained without held-out test rows."));
            return;
        }
        line(QStringLiteral("Test: customers held out from training and from the choice of the threshold. "
                            "Precision, recall, F1 and accuracy are at the decision threshold."));
        line();
        line(QStringLiteral("| Metric | Test | Cross-validated (mean ± sd) |"));
        line(QStringLiteral("|---|---|---|"));
        for (const Metric &m : metricRows) {
            const QLatin1String key(m.key);
            if (!test.contains(key) && !cv.contains(key))
                continue;
            const QJsonObject c = cv.value(key).toObject();
            const QString cvText = cv.contains(key) ? QStringLiteral("%1 ± %2").arg(decimal(number(c.value(QLatin1String("mean")))),
                                                                                   decimal(number(c.value(QLatin1String("std")))))
                                                    : QStringLiteral("n/a");
            line(QStringLiteral("| %1 | %2 | %3 |").arg(QLatin1String(m.name), test.contains(key) ? decimal(number(test.value(key))) : QStringLiteral("n/a"), cvText));
        }
    }

    void calibration()
    {
        section("Probabilities");
        switch (m_bundle.calibration().method()) {
        case Calibration::Method::None:
            line(m_imported || !m_meta.contains(QLatin1String("calibration"))
                     ? QStringLiteral("The probabilities are the model's own; no calibration was fitted.")
                     : QStringLiteral("The probabilities are the model's own: on out-of-fold predictions of the training rows, "
                                      "neither Platt scaling nor isotonic regression made them more accurate (log loss and Brier score)."));
            break;
        case Calibration::Method::Platt:
        case Calibration::Method::Isotonic:
            line(QStringLiteral("The model's own probabilities are mapped by a calibration (%1), fitted on out-of-fold predictions of "
                                "the training rows because it lowered their log loss and Brier score. Every probability this model gives, "
                                "and every metric above, is after that map. Factors (SHAP values) add up in the model's own log-odds; "
                                "the probability they reach is then mapped the same way.")
                     .arg(m_bundle.calibration().method() == Calibration::Method::Platt ? QStringLiteral("Platt scaling")
                                                                                       : QStringLiteral("isotonic regression")));
            break;
        }
        line();
    }

    void threshold()
    {
        section("Decision threshold");
        const QString t = decimal(number(m_meta.value(QLatin1String("threshold"))));
        line(QStringLiteral("A customer is predicted to churn when the probability is at least %1.").arg(t));
        line();
        const QJsonObject policy = m_meta.value(QLatin1String("threshold_policy")).toObject();
        const QString kind = policy.value(QLatin1String("policy")).toString();
        if (m_imported)
            line(QStringLiteral("How it was chosen: set when the model was imported (0.5 unless the importer gave another)."));
        else if (kind == QLatin1String("f1"))
            line(QStringLiteral("How it was chosen: the threshold with the best F1 on out-of-fold predictions of the training rows (never on the test rows)."));
        else if (kind == QLatin1String("profit"))
            line(QStringLiteral("How it was chosen: the threshold with the highest expected profit on out-of-fold predictions of the training rows, "
                                "with a contact cost of %1, a value of %2 for a kept customer and a success rate of %3.")
                     .arg(general(policy.value(QLatin1String("contact_cost")).toDouble()),
                          general(policy.value(QLatin1String("saved_value")).toDouble()),
                          general(policy.value(QLatin1String("success_rate")).toDouble())));
        else if (kind == QLatin1String("fixed"))
            line(QStringLiteral("How it was chosen: fixed by the person who trained the model."));
        else
            line(QStringLiteral("How it was chosen: not recorded."));
        const QJsonObject confusion = testMetrics().value(QLatin1String("confusion")).toObject();
        if (!confusion.isEmpty()) {
            const qint64 tp = qint64(confusion.value(QLatin1String("tp")).toDouble());
            const qint64 fp = qint64(confusion.value(QLatin1String("fp")).toDouble());
            const qint64 tn = qint64(confusion.value(QLatin1String("tn")).toDouble());
            const qint64 fn = qint64(confusion.value(QLatin1String("fn")).toDouble());
            line();
            line(QStringLiteral("On the %1 test customers it flagged %2, of whom %3 churned; it missed %4 of the %5 who churned.")
                     .arg(count(tp + fp + tn + fn), count(tp + fp), count(tp), count(fn), count(tp + fn)));
        }
        line();
        line(QStringLiteral("The threshold can be changed in ChurnLens without retraining (for a campaign's budget, say); this card states the one saved with the model."));
    }

    void features()
    {
        section("Features");
        const FittedPreparation &prep = m_bundle.preparation();
        const QStringList inputs = prep.inputColumns();
        const QJsonArray names = m_meta.value(QLatin1String("features")).toArray();
        line(QStringLiteral("%1 model features made from %2 customer fields by the saved preparation (`preparation.json`).")
                 .arg(count(names.size()), count(inputs.size())));
        line();
        QStringList fields;
        for (const QString &c : inputs)
            fields << code(c);
        line(QStringLiteral("- Customer fields read: ") + fields.join(QStringLiteral(", ")));
        const PreparationOptions &o = prep.options();
        line(QStringLiteral("- Categories: %1 (at most %2 levels per field; rarer ones pooled as \"(other)\")")
                 .arg(o.encoding == CategoryEncoding::OneHot ? QStringLiteral("one 0/1 feature per level") : QStringLiteral("ordinal codes"))
                 .arg(o.maxCategories));
        line(QStringLiteral("- Missing values: ") + (o.impute ? QStringLiteral("filled with the training median (numbers) or most frequent level (categories)")
                                                              : QStringLiteral("left missing for the model")) +
             (o.missingIndicators ? QStringLiteral("; a 0/1 indicator for each field that had missing values in training") : QString()));
        line(QStringLiteral("- Scaling: ") + (o.scale ? QStringLiteral("standardised with the training mean and standard deviation") : QStringLiteral("none")));
        QStringList engineered;
        for (EngineeredFeature f : prep.engineeredFeatures())
            engineered << engineeredText(f);
        line(QStringLiteral("- Engineered features: ") + (engineered.isEmpty() ? QStringLiteral("none") : engineered.join(QStringLiteral("; "))));
        line();
        line(QStringLiteral("Model features, in the order the model reads them:"));
        line();
        int i = 0;
        for (const QJsonValue &v : names)
            line(QStringLiteral("%1. %2").arg(++i).arg(code(v.toString())));
    }

    void versions()
    {
        section("Library versions");
        const QJsonObject v = m_meta.value(QLatin1String("versions")).toObject();
        if (v.isEmpty()) {
            line(QStringLiteral("Not recorded."));
            return;
        }
        line(QStringLiteral("| Library | Version |"));
        line(QStringLiteral("|---|---|"));
        for (auto it = v.begin(); it != v.end(); ++it)
            line(QStringLiteral("| %1 | %2 |").arg(versionName(it.key()), text(it.value().toString())));
        if (m_imported)
            line(QStringLiteral("\nXGBoost is the version that wrote the model file; the others are those of the ChurnLens that imported it."));
    }

    void intendedUse()
    {
        section("Intended use");
        line(QStringLiteral("Ranks the customers of a subscription business by their risk of churning, so that a retention team can decide "
                            "whom to contact first within its budget. Meant for customer files of the same kind and source as the training "
                            "data, scored in batches and read by people who plan campaigns."));
        line();
        line(QStringLiteral("Not for:"));
        line();
        line(QStringLiteral("- decisions with legal or similarly significant effects on a person (credit, pricing, ending or refusing a contract, employment);"));
        line(QStringLiteral("- automated decisions about individual customers without human review;"));
        line(QStringLiteral("- customers, products, markets or periods unlike the training data;"));
        line(QStringLiteral("- estimating what an offer will do: the model predicts who is likely to leave, not who an offer would keep."));
    }

    void limitations()
    {
        section("Limitations");
        const auto rows = number(m_meta.value(QLatin1String("train_rows")));
        line(QStringLiteral("- Learned from past customers%1; behaviour and offers change, so watch the scores against what happens and retrain when they drift.")
                 .arg(rows ? QStringLiteral(" (%1 training rows)").arg(count(qint64(*rows))) : QString()));
        line(QStringLiteral("- Probabilities reflect the churn rate of the training data; where churn is more or less common, they are off by about that much even when the ranking holds."));
        line(QStringLiteral("- Factors and feature importance describe the model's arithmetic, not the causes of churn."));
        line(QStringLiteral("- Fields missing from a customer file are filled in as missing values, and categories not seen in training count as none of the known levels; "
                            "ChurnLens reports both, and scores of such customers are less reliable."));
        line(QStringLiteral("- Not checked for fairness across groups of customers; if fields such as gender or age are among the customer fields above, "
                            "check the results per group before acting on them."));
        if (m_imported)
            line(QStringLiteral("- Trained outside ChurnLens: its features were matched to the preparation by name at import, "
                                "and nothing here shows how it was trained or tested."));
    }

    const ModelBundle &m_bundle;
    const QJsonObject &m_meta;
    const ModelCardInfo &m_info;
    const bool m_imported;
    QStringList m_lines;
};

} // namespace

QString ModelCard::markdown(const ModelBundle &bundle, const ModelCardInfo &info)
{
    return CardWriter(bundle, info).write();
}

} // namespace churnlens
