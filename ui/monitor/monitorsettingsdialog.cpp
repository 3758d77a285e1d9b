#include "monitorsettingsdialog.h"

#include "common/wheelguard.h"
#include "monitortext.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <initializer_list>

#include <cmath>

namespace churnlens {

namespace {

QDoubleSpinBox *spin(double low, double high, double step, int decimals, QWidget *parent, const QString &name)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(name);
    s->setRange(low, high);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    s->setAccelerated(true);
    return s;
}

} // namespace

MonitorSettingsDialog::MonitorSettingsDialog(const MonitorSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_psi(spin(0.01, 10.0, 0.05, 2, this, QStringLiteral("psiThreshold")))
    , m_kl(spin(0.01, 10.0, 0.05, 2, this, QStringLiteral("klThreshold")))
    , m_js(spin(0.01, 1.0, 0.01, 2, this, QStringLiteral("jsThreshold")))
    , m_share(new QSpinBox(this))
    , m_relative(new QRadioButton(tr("Compared with the model's own test figures"), this))
    , m_absolute(new QRadioButton(tr("A fixed accuracy"), this))
    , m_accuracyMargin(spin(0.0, 50.0, 0.5, 1, this, QStringLiteral("accuracyMargin")))
    , m_aucMargin(spin(0.0, 0.5, 0.01, 2, this, QStringLiteral("aucMargin")))
    , m_absoluteAccuracy(spin(1.0, 100.0, 1.0, 1, this, QStringLiteral("absoluteAccuracy")))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("When to Retrain"));
    setObjectName(QStringLiteral("monitorSettingsDialog"));
    m_share->setObjectName(QStringLiteral("featureShare"));
    for (QWidget *field : std::initializer_list<QWidget *>{m_psi, m_kl, m_js, m_share, m_accuracyMargin, m_aucMargin, m_absoluteAccuracy})
        WheelGuard::install(field); // a value changes on the wheel only once its field is clicked
    m_share->setRange(1, 100);
    m_share->setSuffix(tr(" %"));
    m_accuracyMargin->setSuffix(tr(" points"));
    m_absoluteAccuracy->setSuffix(tr(" %"));
    m_relative->setObjectName(QStringLiteral("ruleRelative"));
    m_absolute->setObjectName(QStringLiteral("ruleAbsolute"));
    m_psi->setToolTip(MonitorText::psiHelp());
    m_kl->setToolTip(MonitorText::klHelp());
    m_js->setToolTip(MonitorText::jsHelp());
    m_share->setToolTip(tr("The file counts as drifted when at least this share of the fields is flagged (or the "
                           "predictions are)."));

    auto *drift = new QGroupBox(tr("A field has drifted when any of these is passed"), this);
    auto *driftForm = new QFormLayout(drift);
    driftForm->addRow(tr("PSI above:"), m_psi);
    driftForm->addRow(tr("KL divergence above:"), m_kl);
    driftForm->addRow(tr("JS distance above:"), m_js);
    driftForm->addRow(tr("The file has drifted from this share of fields:"), m_share);

    auto *performance = new QGroupBox(tr("The model has become worse when"), this);
    auto *group = new QButtonGroup(this);
    group->addButton(m_relative);
    group->addButton(m_absolute);
    auto *relForm = new QFormLayout;
    relForm->setContentsMargins(24, 0, 0, 0);
    relForm->addRow(tr("Accuracy falls by more than:"), m_accuracyMargin);
    relForm->addRow(tr("or ROC AUC falls by more than:"), m_aucMargin);
    auto *absForm = new QFormLayout;
    absForm->setContentsMargins(24, 0, 0, 0);
    absForm->addRow(tr("Accuracy below:"), m_absoluteAccuracy);
    auto *perf = new QVBoxLayout(performance);
    perf->addWidget(m_relative);
    perf->addLayout(relForm);
    perf->addWidget(m_absolute);
    perf->addLayout(absForm);
    auto *perfNote = new QLabel(tr("Measured accuracy when the file has the outcomes, estimated otherwise."), performance);
    perfNote->setWordWrap(true);
    perfNote->setForegroundRole(QPalette::PlaceholderText);
    perf->addWidget(perfNote);
    connect(m_relative, &QRadioButton::toggled, this, &MonitorSettingsDialog::updateEnabled);

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this]() { setSettings(MonitorSettings{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(drift);
    layout->addWidget(performance);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    setSettings(settings);
}

void MonitorSettingsDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void MonitorSettingsDialog::setSettings(const MonitorSettings &s)
{
    m_psi->setValue(s.drift.psi);
    m_kl->setValue(s.drift.kl);
    m_js->setValue(s.drift.js);
    m_share->setValue(int(std::lround(s.drift.featureShare * 100.0)));
    (s.rule == MonitorSettings::Rule::Relative ? m_relative : m_absolute)->setChecked(true);
    m_accuracyMargin->setValue(s.accuracyMargin * 100.0);
    m_aucMargin->setValue(s.aucMargin);
    m_absoluteAccuracy->setValue(s.absoluteAccuracy * 100.0);
    updateEnabled();
}

MonitorSettings MonitorSettingsDialog::settings() const
{
    MonitorSettings s;
    s.drift.psi = m_psi->value();
    s.drift.kl = m_kl->value();
    s.drift.js = m_js->value();
    s.drift.featureShare = m_share->value() / 100.0;
    s.rule = m_relative->isChecked() ? MonitorSettings::Rule::Relative : MonitorSettings::Rule::Absolute;
    s.accuracyMargin = m_accuracyMargin->value() / 100.0;
    s.aucMargin = m_aucMargin->value();
    s.absoluteAccuracy = m_absoluteAccuracy->value() / 100.0;
    return s;
}

void MonitorSettingsDialog::updateEnabled()
{
    const bool relative = m_relative->isChecked();
    m_accuracyMargin->setEnabled(relative);
    m_aucMargin->setEnabled(relative);
    m_absoluteAccuracy->setEnabled(!relative);
}

} // namespace churnlens
