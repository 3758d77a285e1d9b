#include "preferencesdialog.h"

#include "common/currency.h"
#include "common/threads.h"
#include "common/wheelguard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

//! The currencies most customer files are kept in; any other ISO code can be typed.
constexpr const char *Currencies[] = {"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "INR", "CAD", "AUD",
                                      "SEK", "NOK", "DKK", "PLN", "CZK", "BRL", "MXN", "ZAR", "TRY"};

QString currencyText(const QString &code)
{
    const Currency c = Currency::fromCode(code);
    return c.symbol.isEmpty() || c.symbol == c.code ? c.code : QStringLiteral("%1 (%2)").arg(c.code, c.symbol);
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QDoubleSpinBox *percentBox(double minimum, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(minimum, 100.0);
    box->setDecimals(1);
    box->setSingleStep(1.0);
    box->setSuffix(QStringLiteral(" %"));
    WheelGuard::install(box);
    return box;
}

//! The value of a field showing \a original × \a scale: \a original itself while the field still shows
//! what it was filled with (\a filled), so a value it rounds (24.13% as 24.1%) is kept exactly
//! when the user did not touch it; else \a shown / \a scale.
double unlessUnchanged(double shown, double filled, double original, double scale)
{
    return shown == filled ? original : shown / scale;
}

int comboIndex(const QComboBox *box, const QString &data)
{
    const int i = box->findData(data);
    return i < 0 ? 0 : i;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_initial(preferences)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildGeneral());
    layout->addWidget(buildRisk());
    layout->addWidget(buildCampaign());
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Fill in after every field exists: the money label follows the currency field.
    m_language->setCurrentIndex(comboIndex(m_language, preferences.language));
    m_theme->setCurrentIndex(comboIndex(m_theme, preferences.theme));
    fillCurrencies();
    m_threads->setValue(preferences.threads);
    m_rule->setCurrentIndex(comboIndex(m_rule, machineName(preferences.riskTiers.kind)));
    m_high->setValue(100.0 * preferences.riskTiers.high);
    m_medium->setValue(100.0 * preferences.riskTiers.medium);
    m_contactCost->setValue(preferences.campaign.contactCost);
    m_acceptance->setValue(100.0 * preferences.campaign.acceptanceRate);
    m_months->setValue(preferences.months);
    // Remember what the fields show now, to tell a touched field from a rounded one.
    m_filled = {m_high->value(), m_medium->value(), m_contactCost->value(), m_acceptance->value(), m_months->value()};
    updateRiskFields();
    updateMoneyLabel();
    // Wide enough for the wrapped hints to take two lines at most (German included); the height
    // then follows the width.
    const int width = std::max(600, fontMetrics().averageCharWidth() * 86);
    setMinimumSize(width, layout->totalHeightForWidth(width));
    resize(minimumSize());
}

QWidget *PreferencesDialog::buildGeneral()
{
    auto *box = new QGroupBox(tr("General"), this);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself, so that anyone can find their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_theme = new QComboBox(box);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_currency = new QComboBox(box);
    m_currency->setObjectName(QStringLiteral("currencyBox"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->lineEdit()->setPlaceholderText(tr("ISO code, e.g. EUR"));
    connect(m_currency, &QComboBox::currentTextChanged, this, &PreferencesDialog::updateMoneyLabel);
    m_threads = new QSpinBox(box);
    m_threads->setObjectName(QStringLiteral("threadsBox"));
    m_threads->setRange(0, MaxThreadsPerCore * coreCount());
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(coreCount()));
    for (QWidget *w : std::initializer_list<QWidget *>{m_language, m_theme, m_currency, m_threads})
        WheelGuard::install(w);

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), hint(tr("A new language shows after you restart ChurnLens."), box));
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Currency:"), m_currency);
    form->addRow(tr("T&hreads:"), m_threads);
    // The less surprising fields explain themselves in tooltips, so the dialog fits a laptop screen.
    m_currency->setToolTip(tr("Used for every amount of money on screen, in exports and in reports."));
    m_threads->setToolTip(tr("How many processor cores long jobs (loading, training, scoring, explaining) may use. "
                             "Fewer keep the computer responsive for other work."));
    return box;
}

QWidget *PreferencesDialog::buildRisk()
{
    auto *box = new QGroupBox(tr("Risk levels"), this);
    m_rule = new QComboBox(box);
    m_rule->setObjectName(QStringLiteral("riskRuleBox"));
    m_rule->addItem(tr("By likelihood (recommended)"), machineName(RiskTierRule::Kind::Likelihood));
    m_rule->addItem(tr("From the model's decision threshold"), machineName(RiskTierRule::Kind::ModelThreshold));
    m_rule->addItem(tr("Fixed cut points"), machineName(RiskTierRule::Kind::Fixed));
    WheelGuard::install(m_rule);
    m_ruleHint = hint(QString(), box);
    m_high = percentBox(0.1, box);
    m_high->setObjectName(QStringLiteral("highCutBox"));
    m_medium = percentBox(0.0, box);
    m_medium->setObjectName(QStringLiteral("mediumCutBox"));
    connect(m_rule, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRiskFields);

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Rule:"), m_rule);
    form->addRow(QString(), m_ruleHint);
    form->addRow(tr("&High risk from:"), m_high);
    form->addRow(tr("&Medium risk from:"), m_medium);
    form->addRow(QString(), hint(tr("A project's or model's own risk levels win over these."), box));
    return box;
}

QWidget *PreferencesDialog::buildCampaign()
{
    auto *box = new QGroupBox(tr("New campaigns start from"), this);
    m_contactCost = new QDoubleSpinBox(box);
    m_contactCost->setObjectName(QStringLiteral("contactCostBox"));
    m_contactCost->setRange(0.0, 1e6);
    m_contactCost->setDecimals(2);
    m_contactCost->setSingleStep(1.0);
    WheelGuard::install(m_contactCost);
    m_acceptance = percentBox(0.0, box);
    m_acceptance->setObjectName(QStringLiteral("acceptanceBox"));
    m_months = new QDoubleSpinBox(box);
    m_months->setObjectName(QStringLiteral("monthsBox"));
    m_months->setRange(1.0, 120.0);
    m_months->setDecimals(0);
    m_months->setSuffix(tr(" months"));
    WheelGuard::install(m_months);
    m_contactCostLabel = new QLabel(box);
    m_contactCostLabel->setBuddy(m_contactCost);

    auto *form = new QFormLayout(box);
    form->addRow(m_contactCostLabel, m_contactCost);
    form->addRow(tr("&Acceptance rate:"), m_acceptance);
    form->addRow(tr("Months of &revenue:"), m_months);
    m_acceptance->setToolTip(tr("Of the contacted customers who would have left, the share who take the offer and stay."));
    m_months->setToolTip(tr("How many months of charges a customer who stays is worth."));
    return box;
}

void PreferencesDialog::fillCurrencies()
{
    m_currency->addItem(tr("As the system: %1").arg(currencyText(QString())), QString());
    QStringList codes;
    for (const char *code : Currencies)
        codes << QString::fromLatin1(code);
    const QString saved = m_initial.currency.trimmed().toUpper();
    if (!saved.isEmpty() && !codes.contains(saved))
        codes << saved; // a code typed in earlier stays choosable
    for (const QString &code : codes)
        m_currency->addItem(currencyText(code), code);
    m_currency->setCurrentIndex(comboIndex(m_currency, saved));
}

QString PreferencesDialog::currencyCode() const
{
    const QString text = m_currency->currentText().trimmed();
    // A listed entry as shown; anything else is what the user typed ("nok", "NOK (kr)").
    const int listed = m_currency->findText(text, Qt::MatchExactly);
    if (listed >= 0) {
        const QString code = m_currency->itemData(listed).toString();
        return code.isNull() ? QStringLiteral("") : code; // "" (not null): the system's currency
    }
    static const QRegularExpression code(QStringLiteral("^([A-Za-z]{3})(\\s.*)?$"));
    const QRegularExpressionMatch m = code.match(text);
    if (!m.hasMatch())
        return {};
    return m.captured(1).toUpper();
}

void PreferencesDialog::updateRiskFields()
{
    RiskTierRule::Kind kind = RiskTierRule::Kind::Likelihood;
    fromMachineName(m_rule->currentData().toString(), &kind);
    switch (kind) {
    case RiskTierRule::Kind::Likelihood:
        m_ruleHint->setText(tr("High: customers at least this likely to leave (50% = more likely to leave than to stay). "
                               "Medium: more likely to leave than the average customer the model learned from."));
        break;
    case RiskTierRule::Kind::ModelThreshold:
        m_ruleHint->setText(tr("High: the customers the model predicts to leave (from the threshold chosen when it was "
                               "trained). Medium: from half of that threshold."));
        break;
    case RiskTierRule::Kind::Fixed:
        m_ruleHint->setText(tr("High and Medium start at the probabilities you set here, for every model."));
        break;
    }
    m_high->setEnabled(kind != RiskTierRule::Kind::ModelThreshold);
    m_medium->setEnabled(kind == RiskTierRule::Kind::Fixed);
}

void PreferencesDialog::updateMoneyLabel()
{
    const QString code = currencyCode();
    const QString label = tr("C&ontact cost:");
    m_contactCostLabel->setText(code.isNull() ? label : Currency::fromCode(code).labelled(label.chopped(1)) + QLatin1Char(':'));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_initial;
    p.language = m_language->currentData().toString();
    p.theme = m_theme->currentData().toString();
    const QString code = currencyCode();
    if (!code.isNull())
        p.currency = code;
    p.threads = m_threads->value();
    fromMachineName(m_rule->currentData().toString(), &p.riskTiers.kind);
    p.riskTiers.high = unlessUnchanged(m_high->value(), m_filled.high, m_initial.riskTiers.high, 100.0);
    p.riskTiers.medium = unlessUnchanged(m_medium->value(), m_filled.medium, m_initial.riskTiers.medium, 100.0);
    p.campaign.contactCost = unlessUnchanged(m_contactCost->value(), m_filled.contactCost, m_initial.campaign.contactCost, 1.0);
    p.campaign.acceptanceRate = unlessUnchanged(m_acceptance->value(), m_filled.acceptance, m_initial.campaign.acceptanceRate, 100.0);
    p.months = unlessUnchanged(m_months->value(), m_filled.months, m_initial.months, 1.0);
    return p;
}

void PreferencesDialog::accept()
{
    if (currencyCode().isNull()) {
        QMessageBox::warning(this, tr("Preferences"),
                             tr("\"%1\" is not a currency code. Type the three letters of an ISO 4217 code, such as EUR, USD or CHF.")
                                 .arg(m_currency->currentText()));
        m_currency->setFocus();
        return;
    }
    const Preferences p = preferences();
    if (auto ok = p.riskTiers.validate(); !ok) {
        QMessageBox::warning(this, tr("Preferences"), ok.error().message);
        m_medium->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace churnlens
