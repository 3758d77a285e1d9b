// RunComparison's labels: key paths in words.
#include "runcomparison.h"

#include "modelstext.h"

#include <QHash>

namespace churnlens {

namespace {

QString humanize(QString segment)
{
    segment.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!segment.isEmpty())
        segment[0] = segment[0].toUpper();
    return segment;
}

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(" · "));
}

QString fromTable(const QHash<QString, QString> &table, const QString &key)
{
    const auto it = table.find(key);
    return it == table.end() ? humanize(key) : it.value();
}

} // namespace

QString RunComparison::metricLabel(const QString &name)
{
    // Lower case where it reads inside a label ("Test accuracy", "CV accuracy").
    static const QHash<QString, QString> names{
        {QStringLiteral("accuracy"), tr("accuracy")},      {QStringLiteral("precision"), tr("precision")},
        {QStringLiteral("recall"), tr("recall")},          {QStringLiteral("f1"), tr("F1")},
        {QStringLiteral("roc_auc"), tr("ROC AUC")},        {QStringLiteral("pr_auc"), tr("PR AUC")},
        {QStringLiteral("log_loss"), tr("log loss")},      {QStringLiteral("brier"), tr("Brier score")},
    };
    return fromTable(names, name);
}

QString RunComparison::parameterLabel(const QString &name)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("n_estimators"), tr("Number of trees")},
        {QStringLiteral("learning_rate"), tr("Learning rate")},
        {QStringLiteral("max_depth"), tr("Tree depth (0 = no limit)")},
        {QStringLiteral("min_child_weight"), tr("Smallest group in a leaf (weight)")},
        {QStringLiteral("subsample"), tr("Share of customers per tree")},
        {QStringLiteral("colsample_bytree"), tr("Share of fields per tree")},
        {QStringLiteral("reg_lambda"), tr("Regularisation (L2)")},
        {QStringLiteral("reg_alpha"), tr("Regularisation (L1)")},
        {QStringLiteral("gamma"), tr("Smallest gain for a split")},
        {QStringLiteral("scale_pos_weight"), tr("Weight of churners")},
        {QStringLiteral("C"), tr("Fit strength C")},
        {QStringLiteral("penalty"), tr("Penalty type (1 = L1, 2 = L2)")},
        {QStringLiteral("max_features"), tr("Share of fields per split (0 = usual)")},
        {QStringLiteral("min_samples_leaf"), tr("Fewest customers in a leaf")},
    };
    const auto it = names.find(name);
    return it == names.end() ? name : it.value();
}

QString RunComparison::label(const QString &key)
{
    static const QHash<QString, QString> exact{
        {QStringLiteral("run.data"), tr("Data")},
        {QStringLiteral("run.created"), tr("When")},
        {QStringLiteral("run.target"), tr("Churn column")},
        {QStringLiteral("run.customers.train"), tr("Customers to learn from")},
        {QStringLiteral("run.customers.test"), tr("Customers kept aside for the test")},
        {QStringLiteral("run.status"), tr("Status")},
        {QStringLiteral("run.seconds"), tr("Training time")},
        {QStringLiteral("run.note"), tr("Note")},
        {QStringLiteral("run.tags"), tr("Tags")},
        {QStringLiteral("best"), tr("Best model")},
        {QStringLiteral("tuning"), tr("Tuning")},
        {QStringLiteral("imbalance"), tr("Imbalance handling")},
        {QStringLiteral("seed"), tr("Random seed")},
        {QStringLiteral("features"), tr("Inputs after preparation")},
        {QStringLiteral("positive_label"), tr("Churn value")},
        {QStringLiteral("data_fingerprint"), tr("Data fingerprint")},
        {QStringLiteral("issues"), tr("Notes from training")},
        {QStringLiteral("threshold_policy.policy"), tr("Threshold chosen by")},
        {QStringLiteral("threshold_policy.value"), tr("Fixed threshold")},
        {QStringLiteral("threshold_policy.contact_cost"), tr("Cost of contacting a customer")},
        {QStringLiteral("threshold_policy.saved_value"), tr("Value of a customer kept")},
        {QStringLiteral("threshold_policy.success_rate"), tr("Share of contacted churners who stay")},
        {QStringLiteral("split.method"), tr("Test customers chosen as")},
        {QStringLiteral("split.test_size"), tr("Share kept aside for the test")},
        {QStringLiteral("split.folds"), tr("Cross-validation folds")},
        {QStringLiteral("split.train_churners"), tr("Churners to learn from")},
        {QStringLiteral("split.test_churners"), tr("Churners among the test customers")},
    };
    if (const auto it = exact.find(key); it != exact.end())
        return it.value();

    QStringList parts = key.split(QLatin1Char('.'));
    if (parts.size() >= 3 && parts[0] == QLatin1String("models")) {
        const QString family = ModelsText::family(parts[1]);
        const QString section = parts[2];
        const QStringList rest = parts.mid(3);
        if (section == QLatin1String("params") && rest.size() == 1)
            return joined({family, parameterLabel(rest[0])});
        if (section == QLatin1String("cv") && rest.size() == 1)
            return joined({family, tr("CV %1 (mean ± spread)").arg(metricLabel(rest[0]))});
        if (section == QLatin1String("test") && rest.size() == 1)
            return joined({family, rest[0] == QLatin1String("threshold") ? tr("Threshold") : tr("Test %1").arg(metricLabel(rest[0]))});
        if (section == QLatin1String("test") && rest.size() == 2 && rest[0] == QLatin1String("confusion")) {
            static const QHash<QString, QString> cells{{QStringLiteral("tp"), tr("Test: churners caught")},
                                                       {QStringLiteral("fn"), tr("Test: churners missed")},
                                                       {QStringLiteral("fp"), tr("Test: stayers flagged")},
                                                       {QStringLiteral("tn"), tr("Test: stayers not flagged")}};
            return joined({family, fromTable(cells, rest[1])});
        }
        if (section == QLatin1String("search"))
            return joined({family, tr("Parameter sets tried")});
        if (section == QLatin1String("importance"))
            return joined({family, tr("Most important fields")});
        if (section == QLatin1String("seconds"))
            return joined({family, tr("Training time")});
    }
    if (parts.size() >= 3 && parts[0] == QLatin1String("settings")) {
        const QString section = parts[1];
        const QString name = parts.mid(2).join(QLatin1Char('.'));
        if (section == QLatin1String("preparation")) {
            static const QHash<QString, QString> prep{
                {QStringLiteral("impute"), tr("Fill in missing values")},
                {QStringLiteral("missing_indicators"), tr("Mark values that were missing")},
                {QStringLiteral("scale"), tr("Scale numbers")},
                {QStringLiteral("encoding"), tr("Categories encoded as")},
                {QStringLiteral("max_categories"), tr("Most categories per field")},
                {QStringLiteral("engineered"), tr("Engineered features")},
            };
            return joined({tr("Preparation"), fromTable(prep, name)});
        }
        if (section == QLatin1String("environment")) {
            static const QHash<QString, QString> env{
                {QStringLiteral("churnlens"), tr("ChurnLens version")}, {QStringLiteral("xgboost"), tr("XGBoost version")},
                {QStringLiteral("qt"), tr("Qt version")},               {QStringLiteral("os"), tr("Operating system")},
                {QStringLiteral("cpu"), tr("Processor")},               {QStringLiteral("cores"), tr("Processor cores")},
                {QStringLiteral("machine"), tr("Computer")},            {QStringLiteral("user"), tr("User")},
            };
            return joined({tr("Environment"), fromTable(env, name)});
        }
        if (section == QLatin1String("roles"))
            return joined(QStringList{tr("Columns")} + parts.mid(2));
    }
    if (parts.size() > 1 && parts[0] == QLatin1String("settings"))
        parts.removeFirst();
    QStringList words;
    for (const QString &p : parts)
        words << humanize(p);
    return joined(words);
}

} // namespace churnlens
