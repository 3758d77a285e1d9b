#include "recommendationbanner.h"

#include "monitorstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace churnlens {

RecommendationBanner::RecommendationBanner(QWidget *parent)
    : QFrame(parent)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_retrain(new QPushButton(tr("Retrain…"), this))
{
    setObjectName(QStringLiteral("monitorBanner"));
    m_headline->setObjectName(QStringLiteral("recommendationHeadline"));
    m_details->setObjectName(QStringLiteral("recommendationDetails"));
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_headline->setFont(f);
    for (QLabel *l : {m_headline, m_details}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_retrain->setObjectName(QStringLiteral("retrain"));
    connect(m_retrain, &QPushButton::clicked, this, &RecommendationBanner::retrainRequested);

    auto *text = new QVBoxLayout;
    text->setSpacing(3);
    text->addWidget(m_headline);
    text->addWidget(m_details);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(text, 1);
    layout->addWidget(m_retrain, 0, Qt::AlignVCenter);
    updateStyle();
}

void RecommendationBanner::setRecommendation(const MonitorRecommendation &recommendation)
{
    m_level = recommendation.level;
    m_lines = recommendation.lines;
    m_headline->setText(recommendation.headline());
    const QStringList rest = recommendation.lines.mid(1);
    m_details->setText(rest.isEmpty() ? QString() : QStringLiteral("• ") + rest.join(QStringLiteral("\n• ")));
    m_details->setVisible(!rest.isEmpty());
    updateStyle();
}

QString RecommendationBanner::headline() const
{
    return m_headline->text();
}

QString RecommendationBanner::details() const
{
    return m_lines.mid(1).join(QLatin1Char('\n'));
}

void RecommendationBanner::updateStyle()
{
    // A new style sheet changes the palette: only set it when it differs, or this never ends.
    const QString sheet = MonitorStyle::bannerStyleSheet(m_level);
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

void RecommendationBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateStyle();
    QFrame::changeEvent(event);
}

} // namespace churnlens
