#pragma once

#include "workspace/preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace churnlens {

/*!
 * Edit → Preferences: language, theme, currency, threads, how customers are put in risk
 * levels, and the campaign assumptions new work starts from. Shows \a preferences and gives
 * back the edited ones (preferences()) once accepted; OK refuses values that do not make sense
 * and says why. Applying them is the caller's (Workspace::setPreferences()). A field left alone
 * keeps its value exactly, even when the field shows it rounded.
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    //! The preferences as the fields show them.
    Preferences preferences() const;

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    //! Editable: a listed currency, or any ISO 4217 code typed in.
    QComboBox *currencyBox() const { return m_currency; }
    QSpinBox *threadsBox() const { return m_threads; }
    QComboBox *riskRuleBox() const { return m_rule; }
    QDoubleSpinBox *highCutBox() const { return m_high; }
    QDoubleSpinBox *mediumCutBox() const { return m_medium; }
    QDoubleSpinBox *contactCostBox() const { return m_contactCost; }
    QDoubleSpinBox *acceptanceBox() const { return m_acceptance; }
    QDoubleSpinBox *monthsBox() const { return m_months; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    //! The ISO code in the currency field ("" = the locale's), or a null string when it is not one.
    QString currencyCode() const;

public Q_SLOTS:
    void accept() override;

private:
    QWidget *buildGeneral();
    QWidget *buildRisk();
    QWidget *buildCampaign();
    void fillCurrencies();
    void updateRiskFields();
    void updateMoneyLabel();

    Preferences m_initial;
    struct Filled
    {
        double high = 0, medium = 0, contactCost = 0, acceptance = 0, months = 0;
    } m_filled; //!< what the number fields showed when filled in
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_currency = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_rule = nullptr;
    QLabel *m_ruleHint = nullptr;
    QDoubleSpinBox *m_high = nullptr;
    QDoubleSpinBox *m_medium = nullptr;
    QLabel *m_contactCostLabel = nullptr;
    QDoubleSpinBox *m_contactCost = nullptr;
    QDoubleSpinBox *m_acceptance = nullptr;
    QDoubleSpinBox *m_months = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace churnlens
