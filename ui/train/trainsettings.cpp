#include "trainsettings.h"

#include "data/fieldlabels.h"

#include "common/format.h"
#include "data/datatable.h"
#include "ml/autosearch.h"
#include "ml/searchspace.h"
#include "prep/engineeredfeatures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace churnlens {

namespace {

// The tuning entries carry their Tuning as data and, for Auto, the SearchEffort in this role.
constexpr int EffortRole = Qt::UserRole + 1;

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// Adds an entry whose tooltip explains it; \a data is what options() reads.
void addChoice(QComboBox *box, const QString &text, const QVariant &data, const QString &tip)
{
    box->addItem(text, data);
    box->setItemData(box->count() - 1, tip, Qt::ToolTipRole);
}

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(true);
    return box;
}

} // namespace

TrainSettings::TrainSettings(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildModels());
    layout->addWidget(buildImbalance());
    layout->addWidget(buildFeatures());
    layout->addWidget(buildValidation());
    layout->addWidget(buildThreshold());
    layout->addStretch(1);
    updateTexts();
    setTable(nullptr);
}

QWidget *TrainSettings::buildModels()
{
    auto *box = group(tr("Models"), this);
    m_models = new QComboBox(box);
    m_models->setObjectName(QStringLiteral("modelChoice"));
    addChoice(m_models, tr("Auto — compare all three, keep the best"), Auto,
              tr("Compares logistic regression, random forest and XGBoost with cross-validation on the same "
                 "customers and keeps the one that ranks churners best on customers it did not see "
                 "(highest cross-validated ROC AUC)."));
    addChoice(m_models, tr("Logistic regression"), Logistic,
              tr("A weighted sum of the customer's features turned into a probability. Fast, stable and easy to "
                 "explain; on customer data often as good as trees."));
    addChoice(m_models, tr("Random forest"), Forest,
              tr("Hundreds of deep decision trees, each grown on a random sample of customers and features; "
                 "the churn probability is their average vote."));
    addChoice(m_models, tr("XGBoost"), XGBoost,
              tr("Gradient-boosted trees: each small tree corrects the mistakes of the ones before. Often the most "
                 "accurate, and the slowest to tune."));
    m_models->setToolTip(tr("Which kind of model learns who churns. Hover an entry for what it does."));
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_models->setMinimumContentsLength(20);
    m_modelsNote = noteLabel(box);
    auto *l = new QVBoxLayout(box);
    l->addWidget(m_models);
    l->addWidget(m_modelsNote);
    connect(m_models, &QComboBox::currentIndexChanged, this, [this]() { updateTexts(); Q_EMIT changed(); });
    return box;
}

QWidget *TrainSettings::buildImbalance()
{
    auto *box = group(tr("Fewer churners than stayers"), this);
    box->setToolTip(tr("Churners are usually a minority. These strategies change only the training rows; the "
                       "customers used for testing are never altered."));
    m_imbalance = new QComboBox(box);
    m_imbalance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // elides, never widens the panel
    m_imbalance->setMinimumContentsLength(14);
    m_imbalance->setObjectName(QStringLiteral("imbalanceChoice"));
    addChoice(m_imbalance, tr("None (recommended)"), int(ImbalanceStrategy::None),
              tr("Train on the customers as they are; the threshold rule below decides how many to flag."));
    addChoice(m_imbalance, tr("Class weights"), int(ImbalanceStrategy::ClassWeights),
              tr("Each churner counts more in training, so churners and stayers weigh the same in total."));
    addChoice(m_imbalance, tr("Undersample"), int(ImbalanceStrategy::Undersample),
              tr("Leave random stayers out of training until both groups are the same size."));
    addChoice(m_imbalance, tr("SMOTE"), int(ImbalanceStrategy::Smote),
              tr("SMOTE (Synthetic Minority Over-sampling Technique) adds made-up churners between similar real "
                 "ones until both groups are the same size. It tends to inflate probabilities."));
    m_imbalanceNote = noteLabel(box);
    auto *l = new QVBoxLayout(box);
    l->addWidget(m_imbalance);
    l->addWidget(m_imbalanceNote);
    connect(m_imbalance, &QComboBox::currentIndexChanged, this, [this]() { updateTexts(); Q_EMIT changed(); });
    return box;
}

QWidget *TrainSettings::buildFeatures()
{
    auto *box = group(tr("Engineered features"), this);
    box->setToolTip(tr("Extra columns computed from the ones you mapped in the Data view (tenure, charges, contract, "
                       "support calls, services). They are computed inside each training fold, like everything else."));
    auto *l = new QVBoxLayout(box);
    l->setSpacing(2);
    for (int i = 0; i < EngineeredFeatureCount; ++i) {
        const auto f = EngineeredFeature(i);
        auto *check = new QCheckBox(toString(f), box);
        check->setObjectName(QStringLiteral("engineered_") + machineName(f));
        check->setChecked(true);
        auto *note = noteLabel(box);
        note->setContentsMargins(check->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 6, 0, 0, 4);
        m_engineered[size_t(i)] = check;
        m_engineeredNote[size_t(i)] = note;
        m_wanted[size_t(i)] = true;
        l->addWidget(check);
        l->addWidget(note);
        connect(check, &QCheckBox::toggled, this, [this, i](bool on) {
            if (m_available[size_t(i)])
                m_wanted[size_t(i)] = on;
            Q_EMIT changed();
        });
    }
    return box;
}

QWidget *TrainSettings::buildValidation()
{
    auto *box = group(tr("Validation and tuning"), this);
    m_testShare = new QSpinBox(box);
    m_testShare->setObjectName(QStringLiteral("testShare"));
    m_testShare->setRange(5, 50);
    m_testShare->setValue(int(std::lround(TrainOptions().testSize * 100.0))); // the CLI's defaults too
    m_testShare->setSuffix(QStringLiteral(" %"));
    m_testShare->setToolTip(tr("Customers set aside before any training (with the same churn rate as the rest) and "
                               "used once, at the end, to measure the final models on customers they never saw."));
    m_folds = new QComboBox(box);
    m_folds->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // elides, never widens the panel
    m_folds->setMinimumContentsLength(14);
    m_folds->setObjectName(QStringLiteral("foldsChoice"));
    addChoice(m_folds, tr("None — test rows only"), 0, tr("Train once on all training customers. Fastest; no spread."));
    addChoice(m_folds, tr("3 folds"), 3, tr("Three rounds of training; quicker, a little less reliable."));
    addChoice(m_folds, tr("5 folds (recommended)"), 5, tr("Five rounds of training, each tested on a fifth it did not see."));
    addChoice(m_folds, tr("10 folds"), 10, tr("Ten rounds; the most reliable estimate, twice the time of five."));
    m_folds->setCurrentIndex(m_folds->findData(TrainOptions().folds));
    m_folds->setToolTip(tr("Cross-validation: the training customers are split into k parts (\"folds\"); each model is "
                           "trained k times, each time tested on the part it did not see. The mean shows how good "
                           "the model is, the ± how much that varies."));
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(TrainOptions().seed));
    m_seed->setToolTip(tr("Starting number of every random draw (test rows, folds, sampling, trees). "
                          "The same seed on the same data gives the same results."));
    m_tuning = new QComboBox(box);
    m_tuning->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // elides, never widens the panel
    m_tuning->setMinimumContentsLength(14);
    m_tuning->setObjectName(QStringLiteral("tuningChoice"));
    addChoice(m_tuning, tr("Automatic — quick"), int(Tuning::Auto),
              tr("Tries a few promising settings on part of the folds, keeps the best third and finishes those on all "
                 "folds. XGBoost finds its number of trees itself (early stopping). A good result in little time."));
    m_tuning->setItemData(m_tuning->count() - 1, int(SearchEffort::Quick), EffortRole);
    addChoice(m_tuning, tr("Automatic — thorough"), int(Tuning::Auto),
              tr("Like quick, but starts from three times as many settings and narrows them down in three steps. "
                 "Slower; sometimes a little better."));
    m_tuning->setItemData(m_tuning->count() - 1, int(SearchEffort::Thorough), EffortRole);
    addChoice(m_tuning, tr("None — standard settings"), int(Tuning::None),
              tr("Each model uses its usual settings (tree depth, learning rate, regularisation)."));
    addChoice(m_tuning, tr("Grid search"), int(Tuning::Grid),
              tr("Tries every combination of a short list of settings and keeps the best by cross-validation."));
    addChoice(m_tuning, tr("Random search"), int(Tuning::Random),
              tr("Tries a number of random combinations from wider ranges; good when the grid is too coarse."));
    m_tuning->setCurrentIndex(m_tuning->findData(int(TrainOptions().tuning)));
    m_tuning->setToolTip(tr("Tuning: trying different model settings (\"hyper-parameters\" such as tree depth) and "
                            "keeping the ones that do best on the validation folds — never on the test rows."));
    m_timeLimit = new QComboBox(box);
    m_timeLimit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // elides, never widens the panel
    m_timeLimit->setMinimumContentsLength(14);
    m_timeLimit->setObjectName(QStringLiteral("timeLimitChoice"));
    m_timeLimit->addItem(tr("None"), 0);
    for (int seconds : {30, 60, 300, 900})
        m_timeLimit->addItem(format::seconds(seconds), seconds);
    m_timeLimit->setCurrentIndex(m_timeLimit->findData(int(TrainOptions().budgetSeconds)));
    m_timeLimit->setToolTip(tr("Automatic tuning only: about how long the whole run may take. When time runs short, fewer "
                               "settings are tried; the best one so far is always finished on every fold."));
    m_iterations = new QSpinBox(box);
    m_iterations->setRange(2, 200);
    m_iterations->setValue(TrainOptions().randomIterations);
    m_iterations->setSuffix(tr(" combinations"));
    m_iterations->setToolTip(tr("How many random combinations random search tries per model."));
    m_earlyStopping = new QSpinBox(box);
    m_earlyStopping->setObjectName(QStringLiteral("earlyStopping"));
    m_earlyStopping->setRange(0, 500);
    m_earlyStopping->setSingleStep(5);
    m_earlyStopping->setValue(TrainOptions().earlyStoppingRounds);
    m_earlyStopping->setSpecialValueText(tr("Off — grow every tree"));
    m_earlyStopping->setSuffix(tr(" rounds without gain"));
    m_earlyStopping->setToolTip(tr("XGBoost only: in each validation fold, stop adding trees once the ROC AUC has not improved "
                                   "for this many rounds; the final model gets the average number of trees that did best. "
                                   "Saves time on large files; needs cross-validation."));
    m_tuningNote = noteLabel(box);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // German labels are long: the field goes under them
    form->addRow(tr("Test customers:"), m_testShare);
    form->addRow(tr("Cross-validation:"), m_folds);
    form->addRow(tr("Tuning:"), m_tuning);
    form->addRow(QString(), m_iterations);
    form->addRow(tr("Time limit:"), m_timeLimit);
    form->addRow(m_tuningNote);
    form->addRow(tr("Stop early:"), m_earlyStopping);
    form->addRow(tr("Seed:"), m_seed);
    for (QWidget *field : std::initializer_list<QWidget *>{m_testShare, m_folds, m_tuning, m_timeLimit, m_earlyStopping, m_seed})
        if (QWidget *label = form->labelForField(field))
            label->setToolTip(field->toolTip());
    m_validationForm = form;
    for (QComboBox *c : {m_folds, m_tuning, m_timeLimit})
        connect(c, &QComboBox::currentIndexChanged, this, [this]() { updateTexts(); Q_EMIT changed(); });
    for (QSpinBox *s : {m_testShare, m_seed, m_iterations, m_earlyStopping})
        connect(s, &QSpinBox::valueChanged, this, [this]() { updateTexts(); Q_EMIT changed(); });
    return box;
}

QWidget *TrainSettings::buildThreshold()
{
    auto *box = group(tr("Who counts as \"will churn\""), this);
    box->setToolTip(tr("A model gives each customer a churn probability; the threshold is the probability from which "
                       "a customer is flagged. It is chosen on the training customers, never on the test rows."));
    m_threshold = new QComboBox(box);
    m_threshold->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // elides, never widens the panel
    m_threshold->setMinimumContentsLength(14);
    m_threshold->setObjectName(QStringLiteral("thresholdChoice"));
    addChoice(m_threshold, tr("Probability of 50 % or more"), int(ThresholdPolicy::Kind::Fixed),
              tr("Flags customers the model thinks more likely to leave than to stay. With few churners this "
                 "flags too few."));
    addChoice(m_threshold, tr("Best F1 (recommended)"), int(ThresholdPolicy::Kind::BestF1),
              tr("F1 balances precision (how many flagged customers really churn) and recall (how many churners "
                 "are flagged). The threshold with the highest F1 is used."));
    addChoice(m_threshold, tr("Best profit"), int(ThresholdPolicy::Kind::BestProfit),
              tr("Flags customers where a retention contact pays off most: value of the churners kept minus the "
                 "cost of every contact."));
    m_threshold->setCurrentIndex(m_threshold->findData(int(TrainOptions().threshold.kind)));
    m_contactCost = new QDoubleSpinBox(box);
    m_contactCost->setObjectName(QStringLiteral("contactCost"));
    m_contactCost->setRange(0.0, 1e7);
    m_contactCost->setDecimals(2);
    m_contactCost->setValue(ThresholdPolicy().contactCost);
    m_contactCost->setToolTip(tr("What one retention contact costs (a call, a discount offer)."));
    m_savedValue = new QDoubleSpinBox(box);
    m_savedValue->setObjectName(QStringLiteral("savedValue"));
    m_savedValue->setRange(0.0, 1e9);
    m_savedValue->setDecimals(2);
    m_savedValue->setValue(ThresholdPolicy().savedValue);
    m_savedValue->setToolTip(tr("What keeping one customer who would have left is worth (for example a year of margin)."));
    m_thresholdNote = noteLabel(box);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // German labels are long: the field goes under them
    form->addRow(m_threshold);
    form->addRow(tr("Cost per contact:"), m_contactCost);
    form->addRow(tr("Value of a saved customer:"), m_savedValue);
    form->addRow(m_thresholdNote);
    for (QWidget *field : std::initializer_list<QWidget *>{m_contactCost, m_savedValue})
        if (QWidget *label = form->labelForField(field))
            label->setToolTip(field->toolTip());
    connect(m_threshold, &QComboBox::currentIndexChanged, this, [this]() { updateTexts(); Q_EMIT changed(); });
    for (QDoubleSpinBox *s : {m_contactCost, m_savedValue})
        connect(s, &QDoubleSpinBox::valueChanged, this, [this]() { updateTexts(); Q_EMIT changed(); });
    return box;
}

void TrainSettings::setTable(const DataTable *table, const FieldLabels *labels)
{
    m_rows = table ? table->rowCount() : 0;
    for (int i = 0; i < EngineeredFeatureCount; ++i) {
        const auto f = EngineeredFeature(i);
        QCheckBox *check = m_engineered[size_t(i)];
        QLabel *note = m_engineeredNote[size_t(i)];
        if (!table) {
            m_available[size_t(i)] = false;
            check->setEnabled(false);
            const QSignalBlocker block(check);
            check->setChecked(false);
            note->setText(tr("Open data to see whether its columns allow this."));
            continue;
        }
        const EngineeredFeatureStatus s = EngineeredFeatures::status(*table, f);
        m_available[size_t(i)] = s.available;
        check->setEnabled(s.available);
        {
            // Unavailable switches show off (nothing is made), and come back as the user left them.
            const QSignalBlocker block(check);
            check->setChecked(s.available && m_wanted[size_t(i)]);
        }
        if (s.available) {
            // Named as the Data area names them ("Tenure (months)", not "tenure").
            QStringList inputs;
            for (const QString &column : s.inputs) {
                const int c = table->indexOf(column);
                inputs << (!labels ? column : c >= 0 ? labels->label(table->column(c)) : labels->label(column));
            }
            note->setText(tr("From %1").arg(inputs.join(QStringLiteral(", "))));
            check->setToolTip(tr("Computed from the mapped columns: %1").arg(inputs.join(QStringLiteral(", "))));
        } else {
            note->setText(s.reason + QLatin1Char(' ') + tr("Map it in the Data view to use this."));
            check->setToolTip(note->text());
        }
    }
    Q_EMIT changed();
}

QJsonObject TrainSettings::state() const
{
    QJsonObject o;
    o.insert(QStringLiteral("models"), m_models->currentIndex());
    o.insert(QStringLiteral("imbalance"), m_imbalance->currentIndex());
    o.insert(QStringLiteral("folds"), m_folds->currentIndex());
    // Tuning by name: an index would point at another mode whenever the list changes.
    const TrainOptions chosen = options();
    o.insert(QStringLiteral("tuning"), machineName(chosen.tuning));
    o.insert(QStringLiteral("effort"), machineName(chosen.effort));
    o.insert(QStringLiteral("time_limit"), m_timeLimit->currentData().toInt());
    o.insert(QStringLiteral("threshold"), m_threshold->currentIndex());
    o.insert(QStringLiteral("test_share"), m_testShare->value());
    o.insert(QStringLiteral("seed"), m_seed->value());
    o.insert(QStringLiteral("iterations"), m_iterations->value());
    o.insert(QStringLiteral("early_stopping"), m_earlyStopping->value());
    o.insert(QStringLiteral("contact_cost"), m_contactCost->value());
    o.insert(QStringLiteral("saved_value"), m_savedValue->value());
    QJsonObject engineered;
    for (int i = 0; i < EngineeredFeatureCount; ++i)
        engineered.insert(machineName(EngineeredFeature(i)), m_wanted[size_t(i)]);
    o.insert(QStringLiteral("engineered"), engineered);
    return o;
}

void TrainSettings::setState(const QJsonObject &state)
{
    auto index = [&state](const char *key, QComboBox *box) {
        const int i = state.value(QLatin1String(key)).toInt(-1);
        if (i >= 0 && i < box->count())
            box->setCurrentIndex(i);
    };
    auto value = [&state](const char *key, auto *spin) {
        const QJsonValue v = state.value(QLatin1String(key));
        if (v.isDouble())
            spin->setValue(decltype(spin->value())(v.toDouble())); // clamped to the box's range
    };
    index("models", m_models);
    index("imbalance", m_imbalance);
    index("folds", m_folds);
    restoreTuning(state);
    const int limit = m_timeLimit->findData(state.value(QStringLiteral("time_limit")).toInt(-1));
    if (limit >= 0)
        m_timeLimit->setCurrentIndex(limit);
    index("threshold", m_threshold);
    value("test_share", m_testShare);
    value("seed", m_seed);
    value("iterations", m_iterations);
    value("early_stopping", m_earlyStopping);
    value("contact_cost", m_contactCost);
    value("saved_value", m_savedValue);
    const QJsonObject engineered = state.value(QStringLiteral("engineered")).toObject();
    for (int i = 0; i < EngineeredFeatureCount; ++i) {
        const QJsonValue v = engineered.value(machineName(EngineeredFeature(i)));
        if (!v.isBool())
            continue;
        m_wanted[size_t(i)] = v.toBool();
        const QSignalBlocker block(m_engineered[size_t(i)]);
        m_engineered[size_t(i)]->setChecked(m_available[size_t(i)] && v.toBool());
    }
    updateTexts();
    Q_EMIT changed();
}

void TrainSettings::restoreTuning(const QJsonObject &state)
{
    const QJsonValue saved = state.value(QStringLiteral("tuning"));
    Tuning tuning = Tuning::None;
    SearchEffort effort = SearchEffort::Quick;
    if (saved.isString()) {
        if (!fromMachineName(saved.toString(), &tuning))
            return;
        fromMachineName(state.value(QStringLiteral("effort")).toString(), &effort); // quick unless known
    } else {
        // Saved before automatic tuning, as the index into None, Grid, Random.
        static constexpr Tuning Before[] = {Tuning::None, Tuning::Grid, Tuning::Random};
        const int i = saved.toInt(-1);
        if (i < 0 || i >= int(std::size(Before)))
            return;
        tuning = Before[i];
    }
    for (int i = 0; i < m_tuning->count(); ++i) {
        if (Tuning(m_tuning->itemData(i).toInt()) == tuning
            && (tuning != Tuning::Auto || SearchEffort(m_tuning->itemData(i, EffortRole).toInt()) == effort)) {
            m_tuning->setCurrentIndex(i);
            return;
        }
    }
}

TrainOptions TrainSettings::options() const
{
    TrainOptions o;
    switch (m_models->currentData().toInt()) {
    case Logistic: o.models = {ModelKind::Logistic}; break;
    case Forest: o.models = {ModelKind::Forest}; break;
    case XGBoost: o.models = {ModelKind::XGBoost}; break;
    default: o.models = {ModelKind::Logistic, ModelKind::Forest, ModelKind::XGBoost}; break; // quickest results first
    }
    o.imbalance = ImbalanceStrategy(m_imbalance->currentData().toInt());
    o.preparation.engineered = 0;
    for (int i = 0; i < EngineeredFeatureCount; ++i)
        o.preparation.setOn(EngineeredFeature(i), m_available[size_t(i)] && m_engineered[size_t(i)]->isChecked());
    o.testSize = m_testShare->value() / 100.0;
    o.folds = m_folds->currentData().toInt();
    o.seed = quint64(m_seed->value());
    o.tuning = Tuning(m_tuning->currentData().toInt());
    if (o.tuning == Tuning::Auto) {
        o.effort = SearchEffort(m_tuning->currentData(EffortRole).toInt());
        o.budgetSeconds = m_timeLimit->currentData().toDouble();
    }
    o.randomIterations = m_iterations->value();
    if (m_earlyStopping->isEnabledTo(this)) // not while the whole panel is disabled during a run
        o.earlyStoppingRounds = m_earlyStopping->value();
    o.threshold.kind = ThresholdPolicy::Kind(m_threshold->currentData().toInt());
    o.threshold.contactCost = m_contactCost->value();
    o.threshold.savedValue = m_savedValue->value();
    return o;
}

QString TrainSettings::problem() const
{
    const TrainOptions o = options();
    // Automatic tuning without folds trains the standard settings (the note says so); the others cannot.
    if ((o.tuning == Tuning::Grid || o.tuning == Tuning::Random) && o.folds < 2)
        return tr("Tuning compares settings on validation folds: choose 3 or more cross-validation folds.");
    return {};
}

QString TrainSettings::searchNote(const TrainOptions &o) const
{
    QStringList fits;
    for (ModelKind k : o.models) {
        const auto sets = qint64(SearchSpace::candidates(k, o.tuning, o.randomIterations, o.seed).size());
        fits << tr("%1: %n setting(s) × %2", nullptr, int(sets))
                    .arg(displayName(k), o.folds >= 2 ? tr("%n fold(s)", nullptr, o.folds) : tr("1 fit"));
    }
    return fits.join(QLatin1Char('\n'));
}

QString TrainSettings::automaticNote(const TrainOptions &o) const
{
    if (o.folds < 2)
        return tr("Without cross-validation there is nothing to compare settings on: each model is trained with its "
                  "standard settings.");
    // The rungs of AutoSearch: every set on the first folds, then the best third on more.
    const auto trainingRows = qsizetype(double(m_rows) * (1.0 - o.testSize));
    const std::vector<int> rungs = AutoSearch::rungFolds(o.effort, o.folds, trainingRows);
    QStringList lines;
    for (ModelKind k : o.models) {
        auto sets = qsizetype(AutoSearch::candidates(k, o.effort, o.seed, {}, trainingRows).size());
        QStringList steps;
        for (size_t r = 0; r < rungs.size(); ++r) {
            if (r == 0)
                steps << tr("%n setting(s)", nullptr, int(sets)) + QLatin1Char(' ') + tr("on %n fold(s)", nullptr, rungs[r]);
            else if (rungs[r] < o.folds)
                steps << tr("the best %n", nullptr, int(sets)) + QLatin1Char(' ') + tr("on %n fold(s)", nullptr, rungs[r]);
            else
                steps << tr("the best %n on all folds", nullptr, int(sets));
            sets = AutoSearch::promoted(sets);
        }
        QString line = displayName(k) + QStringLiteral(": ") + steps.join(QStringLiteral(", "));
        if (k == ModelKind::XGBoost)
            line += QStringLiteral("; ") + tr("trees chosen by early stopping");
        lines << line;
    }
    if (o.budgetSeconds > 0)
        lines << tr("Fewer settings if the time limit of %1 comes near.").arg(format::seconds(o.budgetSeconds));
    return lines.join(QLatin1Char('\n'));
}

void TrainSettings::updateTexts()
{
    const TrainOptions o = options();
    m_modelsNote->setText(m_models->itemData(m_models->currentIndex(), Qt::ToolTipRole).toString()
                          + (m_models->currentIndex() == Auto && o.folds < 2
                                 ? QLatin1Char(' ') + tr("Without cross-validation the comparison uses the test customers.")
                                 : QString()));
    m_imbalanceNote->setText(m_imbalance->itemData(m_imbalance->currentIndex(), Qt::ToolTipRole).toString());
    const bool automatic = o.tuning == Tuning::Auto;
    m_iterations->setVisible(o.tuning == Tuning::Random);
    m_validationForm->setRowVisible(m_timeLimit, automatic);
    m_timeLimit->setEnabled(o.folds >= 2);
    // Early stopping needs validation folds and a boosted model; automatic tuning always stops early.
    const bool boosting = std::find(o.models.begin(), o.models.end(), ModelKind::XGBoost) != o.models.end();
    m_earlyStopping->setEnabled(boosting && o.folds >= 2 && !automatic);
    m_validationForm->setRowVisible(m_earlyStopping, !automatic);
    // Always shown (the standard settings explained): a row shown again here could keep no height.
    if (automatic)
        m_tuningNote->setText(automaticNote(o));
    else if (o.tuning == Tuning::None)
        m_tuningNote->setText(m_tuning->itemData(m_tuning->currentIndex(), Qt::ToolTipRole).toString());
    else
        m_tuningNote->setText(searchNote(o));
    // Rows shown and hidden while the note's text grows can leave QFormLayout laying the note out
    // at a stale height (its last lines cut off) until it is invalidated again, after this layout pass.
    QMetaObject::invokeMethod(m_validationForm, [form = m_validationForm]() { form->invalidate(); }, Qt::QueuedConnection);
    const bool profit = o.threshold.kind == ThresholdPolicy::Kind::BestProfit;
    m_contactCost->setEnabled(profit);
    m_savedValue->setEnabled(profit);
    QString note = m_threshold->itemData(m_threshold->currentIndex(), Qt::ToolTipRole).toString();
    if (profit && o.threshold.savedValue <= o.threshold.contactCost)
        note += QLatin1Char(' ') + tr("A contact costs as much as a saved customer is worth: no one is worth contacting.");
    m_thresholdNote->setText(note);
}

} // namespace churnlens
