#include "whatifpanel.h"

#include "common/wheelguard.h"
#include "data/datatable.h"
#include "common/chartstyle.h"
#include "common/format.h"
#include "common/riskstyle.h"
#include "explain/factorwriter.h"
#include "jobs/taskrunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace churnlens {

namespace {

QString chip(RiskLevel level)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(RiskStyle::color(level).name(), RiskStyle::textColor(level).name(),
             // Unbreakable: a narrow panel broke "Hohes Risiko" over two lines inside its badge.
             RiskStyle::label(level).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
}

} // namespace

QString WhatIfPanel::columnLabel(const QString &column) const
{
    const int c = m_table ? m_table->indexOf(column) : -1;
    return c >= 0 ? m_labels.label(m_table->column(c)) : m_labels.label(column);
}

QString WhatIfPanel::valueText(const QString &column, const QString &value) const
{
    if (value.isEmpty())
        return tr("(missing)");
    const int c = m_table ? m_table->indexOf(column) : -1;
    const QString known = FieldLabels::knownValue(column, c >= 0 ? m_table->column(c).semantic() : Semantic::None, value);
    if (!known.isEmpty())
        return known;
    if (c >= 0 && m_table->column(c).isNumericStorage()) {
        bool ok = false;
        const double v = QLocale::c().toDouble(value, &ok);
        if (ok)
            return QLocale().toString(v, 'f', m_table->column(c).isInteger() ? 0 : 2);
    }
    return value;
}

QString WhatIfPanel::changeText(const std::vector<FieldChange> &changes) const
{
    QStringList parts;
    for (const FieldChange &c : changes)
        parts << QStringLiteral("%1 → %2").arg(columnLabel(c.column), valueText(c.column, c.value));
    return parts.join(QStringLiteral(" · "));
}

void WhatIfPanel::setFieldLabels(const FieldLabels &labels)
{
    m_labels = labels;
    for (Field &f : m_fields)
        relabel(f);
    if (!m_search.suggestions.empty() || !m_search.actionable.isEmpty())
        showSearch();
}

QString WhatIfPanel::fieldText(const QString &column) const
{
    for (const Field &f : m_fields)
        if (f.column.compare(column, Qt::CaseInsensitive) == 0)
            return f.label->text();
    return {};
}

void WhatIfPanel::relabel(Field &f)
{
    const QString label = m_labels.label(f.column, f.semantic);
    f.label->setText(f.actionable ? QStringLiteral("<b>✎ %1</b>").arg(label.toHtmlEscaped()) : label.toHtmlEscaped());
    f.label->setTextFormat(f.actionable ? Qt::RichText : Qt::PlainText);
    if (f.combo) {
        for (int i = 1; i < f.combo->count(); ++i) // item 0 is "(missing)"
            f.combo->setItemText(i, valueText(f.column, f.combo->itemData(i).toString()));
    }
}

WhatIfPanel::WhatIfPanel(QWidget *parent)
    : QWidget(parent)
    , m_rescoreRunner(new TaskRunner(this))
    , m_searchRunner(new TaskRunner(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120); // typing a number re-scores once it pauses
    connect(m_debounce, &QTimer::timeout, this, &WhatIfPanel::startRescore);
    // A search replaced and then canceled delivers nothing: give the button back here.
    connect(m_searchRunner, &TaskRunner::finished, this, [this]() {
        if (m_engine && !m_find->isEnabled()) {
            m_find->setEnabled(true);
            m_searchNote->clear();
        }
    });

    auto *title = new QLabel(tr("<b>What if…</b> change this customer's fields and see the churn probability follow. "
                                "<b>✎ Bold fields</b> are ones a retention team can change."),
                             this);
    title->setWordWrap(true);
    m_onlyActionable = new QCheckBox(tr("Only fields the team can change"), this);
    connect(m_onlyActionable, &QCheckBox::toggled, this, &WhatIfPanel::updateVisibility);
    m_reset = new QPushButton(tr("Reset"), this);
    m_reset->setToolTip(tr("Back to the customer's own values"));
    connect(m_reset, &QPushButton::clicked, this, &WhatIfPanel::reset);
    m_editors = new QWidget(this);
    m_form = new QFormLayout(m_editors);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editors);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("whatIfOutcome"));
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setWordWrap(true);
    m_moved = new QLabel(this);
    m_moved->setTextFormat(Qt::RichText);
    m_moved->setWordWrap(true);
    m_find = new QPushButton(tr("Find the Smallest Change"), this);
    m_find->setToolTip(tr("Try every change of the fields a team can act on (one at a time, then pairs) and list "
                          "those that bring the customer below the high-risk line"));
    connect(m_find, &QPushButton::clicked, this, &WhatIfPanel::findSmallestChange);
    m_searchNote = new QLabel(this);
    m_searchNote->setWordWrap(true);
    m_suggestions = new QListWidget(this);
    m_suggestions->setObjectName(QStringLiteral("whatIfSuggestions"));
    m_suggestions->setWordWrap(true);
    m_suggestions->setToolTip(tr("Double-click a suggestion to try it in the editor"));
    m_suggestions->setMaximumHeight(150);
    connect(m_suggestions, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { applySuggestion(item->data(Qt::UserRole).toInt()); });

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_onlyActionable, 1);
    tools->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addLayout(tools);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(m_moved);
    layout->addWidget(m_find);
    layout->addWidget(m_searchNote);
    layout->addWidget(m_suggestions);
    clear();
}

WhatIfPanel::~WhatIfPanel() = default;

bool WhatIfPanel::isBusy() const
{
    return m_rescoreRunner->isRunning() || m_searchRunner->isRunning() || m_debounce->isActive();
}

void WhatIfPanel::clear()
{
    m_engine.reset();
    m_table.reset();
    m_row = -1;
    m_result = {};
    m_search = {};
    m_debounce->stop();
    m_rescoreRunner->cancel();
    m_searchRunner->cancel();
    m_fields.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0); // deletes the row's label and editor
    m_outcome->setText(tr("Pick a customer to try changes."));
    m_moved->clear();
    m_searchNote->clear();
    m_suggestions->clear();
    m_suggestions->hide();
    m_find->setEnabled(false);
    m_reset->setEnabled(false);
}

void WhatIfPanel::setCustomer(std::shared_ptr<const WhatIf> engine, std::shared_ptr<const DataTable> table, qsizetype row,
                              const ModelBundle &model)
{
    clear();
    if (!engine || !table || row < 0 || row >= table->rowCount())
        return;
    m_engine = std::move(engine);
    m_table = std::move(table);
    m_row = row;
    buildEditors(model);
    m_find->setEnabled(true);
    m_reset->setEnabled(true);
    startRescore(); // the customer's own probability and risk, as the starting point
}

void WhatIfPanel::buildEditors(const ModelBundle &model)
{
    m_loading = true;
    QHash<QString, QJsonObject> fitted;
    for (const QJsonValue &v : model.preparation().toJson().value(QLatin1String("columns")).toArray())
        fitted.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject());
    const QStringList actionable = WhatIf::defaultActionable(model, *m_table);
    std::vector<Field> fields;
    for (const QString &name : model.preparation().inputColumns()) {
        const int c = m_table->indexOf(name);
        if (c < 0 || m_table->column(c).type() == ColumnType::Date)
            continue;
        const Column &column = m_table->column(c);
        Field f;
        f.column = column.name();
        f.actionable = actionable.contains(column.name());
        f.numeric = column.isNumericStorage();
        f.original = column.isMissing(m_row) ? QString() : column.text(m_row);
        if (f.numeric) {
            f.decimals = column.isInteger() ? 0 : 2;
            f.spin = new QDoubleSpinBox(m_editors);
            f.spin->setMaximumWidth(160);
            f.spin->setDecimals(f.decimals);
            const double low = std::isnan(column.minimum()) ? 0.0 : std::min(0.0, column.minimum() * 2.0);
            const double high = std::isnan(column.maximum()) ? 1000.0 : std::max(1.0, column.maximum() * 2.0);
            const double step = f.decimals == 0 ? 1.0 : std::pow(10.0, std::floor(std::log10(std::max(1.0, high / 2.0))) - 1.0);
            // The step below the range stands for "missing", so a missing value can be shown and set.
            f.spin->setRange(low - step, high);
            f.spin->setSingleStep(step);
            f.spin->setSpecialValueText(tr("(missing)"));
            f.spin->setGroupSeparatorShown(true);
            f.spin->setValue(column.isMissing(m_row) ? f.spin->minimum() : column.value(m_row));
            connect(f.spin, &QDoubleSpinBox::valueChanged, this, &WhatIfPanel::onEdited);
        } else {
            f.combo = new QComboBox(m_editors);
            // Long category names must not widen the panel past its column.
            f.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            f.combo->setMinimumContentsLength(12);
            QStringList levels;
            const QJsonObject fit = fitted.value(column.name());
            const QJsonArray saved = fit.value(QLatin1String("levels")).toArray();
            const bool pooled = fit.contains(QLatin1String("pooled"));
            for (qsizetype i = 0; i < saved.size(); ++i) {
                if (!(pooled && i == saved.size() - 1)) // "(other)" is not a value anyone can choose
                    levels << saved[i].toString();
            }
            if (levels.isEmpty()) {
                for (int32_t l = 0; l < column.dictionary().size(); ++l)
                    levels << column.dictionary().level(l);
            }
            if (!f.original.isEmpty() && !levels.contains(f.original))
                levels.prepend(f.original); // a category the model never saw: shown, and reported
            f.combo->addItem(tr("(missing)"), QString());
            for (const QString &level : levels)
                f.combo->addItem(valueText(column.name(), level), level);
            f.combo->setCurrentIndex(std::max(0, f.combo->findData(f.original)));
            connect(f.combo, &QComboBox::currentIndexChanged, this, &WhatIfPanel::onEdited);
        }
        f.semantic = column.semantic();
        f.label = new QLabel(m_editors);
        relabel(f);
        f.label->setToolTip((f.actionable ? tr("A retention team can change this (contract, payment, services, charges)")
                                          : tr("Describes the customer; changing it shows its effect, but no offer changes it"))
                            + QStringLiteral("\n") + tr("Column in the file: %1").arg(column.name()));
        fields.push_back(std::move(f));
    }
    // Actionable fields first: they are the point of the editor.
    std::stable_partition(fields.begin(), fields.end(), [](const Field &f) { return f.actionable; });
    for (Field &f : fields)
        m_form->addRow(f.label, f.numeric ? static_cast<QWidget *>(f.spin) : static_cast<QWidget *>(f.combo));
    // The wheel scrolls the fields; a value changes only once its field is clicked or tabbed into.
    WheelGuard::installOnChildren(m_editors);
    m_fields = std::move(fields);
    m_loading = false;
    updateVisibility();
}

void WhatIfPanel::updateVisibility()
{
    for (const Field &f : m_fields)
        m_form->setRowVisible(f.label, !m_onlyActionable->isChecked() || f.actionable);
}

QString WhatIfPanel::currentText(const Field &f) const
{
    if (f.numeric) {
        if (f.spin->value() <= f.spin->minimum())
            return {};
        return QString::number(f.spin->value(), 'f', f.decimals);
    }
    return f.combo->currentData().toString();
}

std::vector<FieldChange> WhatIfPanel::changes() const
{
    std::vector<FieldChange> out;
    for (const Field &f : m_fields) {
        const QString now = currentText(f);
        bool same = now == f.original;
        if (!same && f.numeric && !now.isEmpty() && !f.original.isEmpty())
            same = std::abs(now.toDouble() - f.original.toDouble()) < 0.5 * std::pow(10.0, -f.decimals);
        if (!same)
            out.push_back({f.column, now});
    }
    return out;
}

QWidget *WhatIfPanel::editor(const QString &column) const
{
    for (const Field &f : m_fields)
        if (f.column.compare(column, Qt::CaseInsensitive) == 0)
            return f.numeric ? static_cast<QWidget *>(f.spin) : static_cast<QWidget *>(f.combo);
    return nullptr;
}

bool WhatIfPanel::setValue(const QString &column, const QString &value)
{
    for (Field &f : m_fields) {
        if (f.column.compare(column, Qt::CaseInsensitive) != 0)
            continue;
        if (f.numeric) {
            bool ok = false;
            const double v = value.isEmpty() ? f.spin->minimum() : QLocale::c().toDouble(value, &ok);
            if (!value.isEmpty() && !ok)
                return false;
            if (v > f.spin->maximum())
                f.spin->setMaximum(v);
            f.spin->setValue(v);
            return true;
        }
        const int index = f.combo->findData(value);
        if (index < 0)
            return false;
        f.combo->setCurrentIndex(index);
        return true;
    }
    return false;
}

void WhatIfPanel::reset()
{
    m_loading = true;
    for (Field &f : m_fields)
        setValue(f.column, f.original);
    m_loading = false;
    onEdited();
}

void WhatIfPanel::onEdited()
{
    if (m_loading || !m_engine)
        return;
    for (const Field &f : m_fields) {
        const bool changed = currentText(f) != f.original;
        QFont font = f.label->font();
        font.setItalic(changed);
        f.label->setFont(font);
    }
    m_debounce->start();
}

void WhatIfPanel::findSmallestChange()
{
    if (!m_engine)
        return;
    m_find->setEnabled(false);
    m_searchNote->setText(tr("Trying changes…"));
    auto engine = m_engine;
    auto table = m_table;
    const qsizetype row = m_row;
    using Searched = Result<WhatIfSearch>;
    // Its own runner: an edit re-scoring the customer must not cancel a search (nor wait for it).
    m_searchRunner->startLatest<Searched>(
        tr("Looking for the smallest change"),
        [engine, table, row](Progress &progress) { return engine->search(*table, row, WhatIfOptions{}, &progress); },
        [this, engine, row](Searched &&r) {
            if (engine != m_engine || row != m_row)
                return;
            m_find->setEnabled(true);
            if (!r) {
                m_searchNote->setText(r.error().code == ErrorCode::Canceled ? QString() : r.error().message);
                return;
            }
            m_search = std::move(*r);
            showSearch();
            Q_EMIT searched();
        });
}

void WhatIfPanel::startRescore()
{
    if (!m_engine)
        return;
    auto engine = m_engine;
    auto table = m_table;
    const qsizetype row = m_row;
    const std::vector<FieldChange> edits = changes();
    using Rescored = Result<WhatIfResult>;
    // Latest wins: a re-scoring of edits made since is never shown.
    m_rescoreRunner->startLatest<Rescored>(
        tr("Re-scoring the customer"), [engine, table, row, edits](Progress &) { return engine->rescore(*table, row, edits); },
        [this, engine, row](Rescored &&r) {
            if (engine != m_engine || row != m_row)
                return;
            if (!r) {
                m_outcome->setText(tr("Could not re-score: %1").arg(r.error().message.toHtmlEscaped()));
                m_moved->clear();
                return;
            }
            m_result = std::move(*r);
            showResult();
            Q_EMIT rescored();
        });
}

void WhatIfPanel::showResult()
{
    const WhatIfResult &r = m_result;
    if (r.changes.empty()) {
        m_outcome->setText(tr("<span style=\"font-size:large\">Churn probability <b>%1</b></span> %2<br>Change a field above to see what it does.")
                               .arg(format::percent(r.probability, 1), chip(r.risk)));
        m_moved->clear();
        return;
    }
    const double delta = (r.probability - r.probabilityBefore) * 100.0;
    m_outcome->setText(tr("<span style=\"font-size:large\">Churn probability %1 → <b>%2</b></span> (%3 pts) %4 → %5")
                           .arg(format::percent(r.probabilityBefore, 1), format::percent(r.probability, 1),
                                (delta >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + QLocale().toString(std::abs(delta), 'f', 1),
                                chip(r.riskBefore), chip(r.risk)));
    QStringList lines;
    for (size_t i = 0; i < r.moved.size() && i < 6; ++i) {
        const FactorShift &s = r.moved[i];
        const QColor c = s.after > s.before ? ChartStyle::churned() : ChartStyle::stayed();
        lines << QStringLiteral("<span style=\"color:%1\">%2</span> %3 <small>(%4 → %5)</small>")
                     .arg(c.name(), s.after > s.before ? QStringLiteral("▲") : QStringLiteral("▼"), s.text.toHtmlEscaped(),
                          QString::number(s.before, 'f', 2), QString::number(s.after, 'f', 2));
    }
    for (const Issue &issue : r.issues)
        lines << QStringLiteral("⚠ ") + issue.message.toHtmlEscaped();
    m_moved->setText(lines.isEmpty() ? QString() : tr("<b>What moved:</b><br>") + lines.join(QStringLiteral("<br>")));
}

void WhatIfPanel::showSearch()
{
    const WhatIfSearch &s = m_search;
    m_suggestions->clear();
    if (s.suggestions.empty()) {
        QStringList fields;
        for (const QString &column : s.actionable)
            fields << columnLabel(column);
        m_searchNote->setText(tr("No change of %1 lowers this customer's risk.").arg(fields.join(QStringLiteral(", "))));
        m_suggestions->hide();
        return;
    }
    m_searchNote->setText(s.reachesTarget
                              ? tr("These changes bring the customer below %1 (tried %2 combinations); double-click one to try it:")
                                    .arg(format::percent(s.target, 1), format::count(s.candidatesTried))
                              : tr("No change brings the customer below %1; these lower the risk most (tried %2):")
                                    .arg(format::percent(s.target, 1), format::count(s.candidatesTried)));
    for (size_t i = 0; i < s.suggestions.size(); ++i) {
        const WhatIfResult &r = s.suggestions[i];
        auto *item = new QListWidgetItem(tr("%1: %2 → %3 (%4)").arg(changeText(r.changes), format::percent(r.probabilityBefore, 1),
                                                                  format::percent(r.probability, 1), RiskStyle::label(r.risk)),
                                         m_suggestions);
        item->setData(Qt::UserRole, int(i));
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(RiskStyle::color(r.risk));
        painter.drawEllipse(1, 1, 10, 10);
        item->setIcon(QIcon(dot));
    }
    m_suggestions->show();
}

void WhatIfPanel::applySuggestion(int index)
{
    if (index < 0 || size_t(index) >= m_search.suggestions.size())
        return;
    m_loading = true;
    for (const Field &f : m_fields)
        setValue(f.column, f.original);
    for (const FieldChange &c : m_search.suggestions[size_t(index)].changes)
        setValue(c.column, c.value);
    m_loading = false;
    onEdited();
}

} // namespace churnlens
