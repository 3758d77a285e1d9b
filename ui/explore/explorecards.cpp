#include "explorecards.h"

#include "eda/profile.h"
#include "common/format.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace churnlens {

ExploreCards::ExploreCards(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    addCard(QStringLiteral("rows"), tr("Customers"));
    addCard(QStringLiteral("churn"), tr("Churn rate"));
    addCard(QStringLiteral("missing"), tr("With a missing value"));
    addCard(QStringLiteral("duplicates"), tr("Duplicate rows"));
    addCard(QStringLiteral("warnings"), tr("Data-quality warnings"));
    restyle();
    setProfile(nullptr);
}

void ExploreCards::addCard(const QString &id, const QString &title)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *value = new QLabel(frame);
    auto *name = new QLabel(title, frame);
    auto *caption = new QLabel(frame);
    caption->setForegroundRole(QPalette::PlaceholderText);
    // Five cards share one row: long (German) titles and captions wrap rather than widen the window.
    name->setWordWrap(true);
    caption->setWordWrap(true);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(14, 8, 14, 10);
    v->setSpacing(0);
    v->addWidget(name);
    v->addWidget(value);
    v->addWidget(caption);
    static_cast<QHBoxLayout *>(layout())->addWidget(frame, 1);
    m_cards.append({id, value, name, caption});
}

void ExploreCards::restyle()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setWeight(QFont::DemiBold);
    for (const Card &c : std::as_const(m_cards))
        c.value->setFont(big);
}

void ExploreCards::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        restyle();
    QWidget::changeEvent(event);
}

void ExploreCards::set(const QString &id, const QString &value, const QString &caption, const QString &tip)
{
    for (const Card &c : std::as_const(m_cards)) {
        if (c.id != id)
            continue;
        c.value->setText(value);
        c.caption->setText(caption);
        c.value->parentWidget()->setToolTip(tip);
    }
}

QString ExploreCards::value(const QString &card) const
{
    for (const Card &c : m_cards)
        if (c.id == card)
            return c.value->text();
    return {};
}

QString ExploreCards::caption(const QString &card) const
{
    for (const Card &c : m_cards)
        if (c.id == card)
            return c.caption->text();
    return {};
}

void ExploreCards::setProfile(const Profile *p)
{
    const QString none = format::missing();
    if (!p) {
        for (const Card &c : std::as_const(m_cards))
            set(c.id, none, QString());
        return;
    }
    set(QStringLiteral("rows"), format::count(p->rows), tr("%n column(s)", nullptr, p->columnCount));
    if (p->target >= 0) {
        set(QStringLiteral("churn"), format::percent(p->churnRate()),
            tr("%1 churned · %2 stayed").arg(format::count(p->churned), format::count(p->stayed)),
            tr("Churn column “%1”, churned when “%2”").arg(p->targetName, p->positiveLabel));
    } else {
        set(QStringLiteral("churn"), none, tr("no churn column chosen"));
    }
    set(QStringLiteral("missing"), format::percent(p->rowsWithMissingShare(), p->rowsWithMissingShare() < 0.01 && p->rowsWithMissing ? 2 : 1),
        tr("%1 rows").arg(format::count(p->rowsWithMissing)));
    if (p->duplicates.computed) {
        set(QStringLiteral("duplicates"), format::count(p->duplicates.duplicateRows),
            p->duplicates.ignoredColumns.isEmpty()
                ? tr("%1 of rows").arg(format::percent(p->rows ? double(p->duplicates.duplicateRows) / double(p->rows) : 0.0, 2))
                : tr("%1 of rows, ignoring %2")
                      .arg(format::percent(p->rows ? double(p->duplicates.duplicateRows) / double(p->rows) : 0.0, 2),
                           p->duplicates.ignoredColumns.join(QStringLiteral(", "))));
    } else {
        set(QStringLiteral("duplicates"), none, tr("not checked"));
    }
    int warnings = 0, leakage = 0;
    for (const ProfileWarning &w : p->warnings) {
        warnings += w.severity != Issue::Severity::Info;
        leakage += w.kind == ProfileWarning::Kind::Leakage;
    }
    const int notes = int(p->warnings.size()) - warnings;
    QString caption;
    if (leakage)
        caption = tr("%n possible leak(s) of the outcome", nullptr, leakage);
    else if (warnings)
        caption = notes ? tr("plus %n note(s)", nullptr, notes) : tr("see Drivers and quality");
    else
        caption = notes ? tr("nothing serious; %n note(s)", nullptr, notes) : tr("nothing to fix");
    set(QStringLiteral("warnings"), QString::number(warnings), caption);
}

} // namespace churnlens
