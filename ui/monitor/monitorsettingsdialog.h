#pragma once

#include "services/monitorsettings.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace churnlens {

/*!
 * When the Monitor recommends retraining: the drift thresholds (PSI, KL, JS, share of fields)
 * and the performance rule — relative to the model's own test figures with margins, or an
 * absolute accuracy (the original system's 85%). Shows \a settings; settings() is what the user
 * set. Open with open(); read settings() on accepted(). GUI thread only.
 */
class MonitorSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MonitorSettingsDialog(const MonitorSettings &settings, QWidget *parent = nullptr);

    MonitorSettings settings() const;
    void setSettings(const MonitorSettings &settings);
    //! A line under the form (where the settings are kept).
    void setNote(const QString &note);

    QDoubleSpinBox *psi() const { return m_psi; }
    QDoubleSpinBox *kl() const { return m_kl; }
    QDoubleSpinBox *js() const { return m_js; }
    QSpinBox *featureShare() const { return m_share; }
    QRadioButton *relative() const { return m_relative; }
    QRadioButton *absolute() const { return m_absolute; }
    QDoubleSpinBox *accuracyMargin() const { return m_accuracyMargin; }
    QDoubleSpinBox *aucMargin() const { return m_aucMargin; }
    QDoubleSpinBox *absoluteAccuracy() const { return m_absoluteAccuracy; }

private:
    void updateEnabled();

    QDoubleSpinBox *m_psi;
    QDoubleSpinBox *m_kl;
    QDoubleSpinBox *m_js;
    QSpinBox *m_share;
    QRadioButton *m_relative;
    QRadioButton *m_absolute;
    QDoubleSpinBox *m_accuracyMargin;
    QDoubleSpinBox *m_aucMargin;
    QDoubleSpinBox *m_absoluteAccuracy;
    QLabel *m_note;
};

} // namespace churnlens
