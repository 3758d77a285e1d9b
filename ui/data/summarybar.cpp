#include "summarybar.h"

#include "common/format.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace churnlens {

SummaryBar::SummaryBar(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_source(new QLabel(this))
{
    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (const Card &c : {addCard(QStringLiteral("rows"), tr("Customers")),
                          addCard(QStringLiteral("columns"), tr("Columns")),
                          addCard(QStringLiteral("churn"), tr("Churn rate")),
                          addCard(QStringLiteral("missing"), tr("Rows with missing values"))}) {
        m_cards.append(c);
        cards->addWidget(c.frame, 1);
    }
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(cards);
    layout->addWidget(m_source);
    restyle();
    connect(workspace, &Workspace::tableChanged, this, &SummaryBar::refresh);
    refresh();
}

SummaryBar::Card SummaryBar::addCard(const QString &id, const QString &caption)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *value = new QLabel(frame);
    auto *label = new QLabel(caption, frame);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 8, 14, 10);
    layout->setSpacing(0);
    layout->addWidget(value);
    layout->addWidget(label);
    return {id, value, label, frame};
}

void SummaryBar::restyle()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setWeight(QFont::DemiBold);
    for (const Card &c : std::as_const(m_cards))
        c.value->setFont(big);
}

void SummaryBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        restyle();
    QWidget::changeEvent(event);
}

QString SummaryBar::value(const QString &card) const
{
    for (const Card &c : m_cards)
        if (c.id == card)
            return c.value->text();
    return {};
}

void SummaryBar::refresh()
{
    const auto table = m_workspace->table();
    auto set = [this](const QString &id, const QString &text, const QString &tip = {}) {
        for (const Card &c : std::as_const(m_cards)) {
            if (c.id == id) {
                c.value->setText(text);
                c.frame->setToolTip(tip);
            }
        }
    };
    if (!table) {
        for (const Card &c : std::as_const(m_cards))
            c.value->setText(format::missing());
        m_source->clear();
        return;
    }
    const qsizetype rows = table->rowCount();
    set(QStringLiteral("rows"), format::count(rows));
    set(QStringLiteral("columns"), format::count(table->columnCount()));
    const int target = table->targetIndex();
    if (target < 0) {
        set(QStringLiteral("churn"), format::missing(),
            tr("No churn column is chosen. Pick one in the column list (role \"Target\")."));
    } else {
        set(QStringLiteral("churn"), format::percent(m_workspace->stats().churnRate, 1),
            tr("Share of customers with %1 = %2").arg(table->column(target).name(), table->positiveLabel()));
    }
    const qsizetype missing = m_workspace->stats().rowsWithMissing;
    set(QStringLiteral("missing"),
        rows ? tr("%1 (%2)").arg(format::count(missing), format::percent(double(missing) / double(rows), 1))
             : format::count(missing),
        tr("Customers with at least one empty value in a column that is used"));

    const DataSource &src = m_workspace->source();
    QString where = src.kind == DataSource::Kind::Sql ? src.displayName() : QFileInfo(src.path).absoluteFilePath();
    if (where.isEmpty())
        where = table->sourceName();
    m_source->setText(tr("%1 · loaded in %2").arg(where, format::seconds(m_workspace->loadSeconds())));
}

} // namespace churnlens
