#include "howcomputedpanel.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace churnlens {

HowComputedPanel::HowComputedPanel(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_body(new QLabel(this))
{
    m_toggle->setObjectName(QStringLiteral("howComputedToggle"));
    m_toggle->setText(tr("How is this computed?"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    QFont bold = m_toggle->font();
    bold.setBold(true);
    m_toggle->setFont(bold);
    m_body->setObjectName(QStringLiteral("howComputedText"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setContentsMargins(22, 0, 0, 0);
    m_body->setMaximumWidth(1100); // lines of prose stay readable on a wide screen
    m_body->hide();
    connect(m_toggle, &QToolButton::toggled, this, &HowComputedPanel::setExpanded);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body);
}

void HowComputedPanel::setSections(const QList<std::pair<QString, QString>> &sections)
{
    QString html;
    for (const auto &[title, text] : sections)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_body->setText(html);
}

void HowComputedPanel::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded) {
        m_toggle->setChecked(expanded); // comes back here through toggled()
        return;
    }
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

bool HowComputedPanel::isExpanded() const
{
    return m_toggle->isChecked();
}

QString HowComputedPanel::text() const
{
    return m_body->text();
}

} // namespace churnlens
