#include "helpwindow.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QUrl>

#include <algorithm>

namespace churnlens {

namespace {
QString pagePath(AreaId area, const QString &language)
{
    return QStringLiteral(":/help/%1/%2.html").arg(language, machineName(area));
}
} // namespace

HelpWindow::HelpWindow(const QList<Topic> &topics, const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_topics(topics)
    , m_language(language.isEmpty() ? QStringLiteral("en") : language)
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("ChurnLens User Guide"));
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(16);
    for (const Topic &topic : m_topics) {
        auto *item = new QListWidgetItem(topic.title, m_contents);
        item->setData(Qt::UserRole, machineName(topic.area));
        item->setSizeHint(QSize(0, m_contents->fontMetrics().height() + 12));
    }
    int widest = 0;
    for (const Topic &topic : m_topics)
        widest = std::max(widest, m_contents->fontMetrics().horizontalAdvance(topic.title));
    m_contents->setFixedWidth(widest + 56);

    m_contents->setFrameShape(QFrame::NoFrame);
    m_contents->setSpacing(3); // a margin around each entry, as in the window's navigation
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_contents);
    layout->addWidget(line);
    layout->addWidget(m_browser, 1);
    // Fits a 1366×768 laptop next to the window it explains.
    resize(880, 620);

    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_topics.size())
            m_browser->setSource(pageUrl(m_topics[row].area, m_language));
    });
    // A link from one page to another selects that page in the contents too.
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::onSourceChanged);
}

QUrl HelpWindow::pageUrl(AreaId area, const QString &language)
{
    const QString lang = hasPage(area, language) ? language : QStringLiteral("en");
    return QUrl(QStringLiteral("qrc") + pagePath(area, lang));
}

bool HelpWindow::hasPage(AreaId area, const QString &language)
{
    const QFileInfo page(pagePath(area, language));
    return page.exists() && page.size() > 0;
}

void HelpWindow::showArea(AreaId area)
{
    for (int row = 0; row < m_topics.size(); ++row) {
        if (m_topics[row].area == area) {
            if (m_contents->currentRow() == row)
                m_browser->setSource(pageUrl(area, m_language));
            else
                m_contents->setCurrentRow(row); // loads the page
            return;
        }
    }
    m_browser->setSource(pageUrl(area, m_language)); // an area without a contents entry
}

std::optional<AreaId> HelpWindow::currentArea() const
{
    return areaFromName(QFileInfo(m_browser->source().path()).completeBaseName());
}

void HelpWindow::onSourceChanged(const QUrl &url)
{
    const std::optional<AreaId> area = areaFromName(QFileInfo(url.path()).completeBaseName());
    if (!area)
        return;
    for (int row = 0; row < m_topics.size(); ++row) {
        if (m_topics[row].area == *area) {
            const QSignalBlocker block(m_contents); // the page is loaded already
            m_contents->setCurrentRow(row);
            return;
        }
    }
}

} // namespace churnlens
