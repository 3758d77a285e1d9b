#include "welcomepage.h"

#include "recentfiles.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace churnlens {

namespace {
QPushButton *bigButton(const QIcon &icon, const QString &title, const QString &description, QWidget *parent)
{
    auto *button = new QCommandLinkButton(title, description, parent);
    button->setIcon(icon);
    button->setIconSize(QSize(32, 32));
    return button;
}
// A command link draws no frame until hovered; a card around it makes the three ways in
// look like something to press, not like text.
QWidget *card(QPushButton *button)
{
    auto *frame = new QFrame(button->parentWidget());
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(2, 2, 2, 2);
    button->setParent(frame);
    layout->addWidget(button);
    return frame;
}
} // namespace

WelcomePage::WelcomePage(RecentFiles *recent, QWidget *parent)
    : QWidget(parent)
    , m_recent(recent)
    , m_recentTitle(new QLabel(tr("Recent files"), this))
    , m_recentList(new QVBoxLayout)
    , m_projectsTitle(new QLabel(tr("Recent projects"), this))
    , m_projectsList(new QVBoxLayout)
{
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/churnlens.svg")).pixmap(72, 72));
    auto *title = new QLabel(tr("Welcome to ChurnLens"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    auto *subtitle = new QLabel(tr("See which customers are about to leave, why, and what it is worth to act."), this);
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(subtitle);
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(logo, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto *open = bigButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("Open a customer file…"),
                           tr("CSV, TSV or text export from your CRM or billing system (Ctrl+O)"), this);
    auto *database = bigButton(QIcon(QStringLiteral(":/icons/database.svg")), tr("Connect to a database…"),
                               tr("SQLite file, PostgreSQL or another SQL server (Ctrl+Shift+O)"), this);
    auto *sample = bigButton(QIcon(QStringLiteral(":/icons/sample.svg")), tr("Try with sample data"),
                             tr("20,000 realistic telecom customers, made up on this computer"), this);
    auto *project = bigButton(QIcon(QStringLiteral(":/icons/churnlens.svg")), tr("Open a project…"),
                              tr("Your saved work: data set-up, models and their history (Ctrl+Shift+P)"), this);
    project->setObjectName(QStringLiteral("openProjectButton"));
    connect(project, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
    open->setObjectName(QStringLiteral("openButton"));
    database->setObjectName(QStringLiteral("databaseButton"));
    sample->setObjectName(QStringLiteral("sampleButton"));
    connect(open, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(database, &QPushButton::clicked, this, &WelcomePage::openDatabaseRequested);
    connect(sample, &QPushButton::clicked, this, &WelcomePage::sampleRequested);

    QFont bold = m_recentTitle->font();
    bold.setWeight(QFont::DemiBold);
    m_recentTitle->setFont(bold);
    m_recentList->setSpacing(0);
    m_projectsTitle->setFont(bold);
    m_projectsList->setSpacing(0);
    m_projectsTitle->hide();

    auto *hint = new QLabel(tr("Tip: drop a file or a project anywhere on this window to open it."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addLayout(top);
    column->addSpacing(18);
    column->addWidget(card(open));
    column->addWidget(card(database));
    column->addWidget(card(sample));
    column->addWidget(card(project));
    column->addSpacing(18);
    column->addWidget(m_projectsTitle);
    column->addLayout(m_projectsList);
    column->addWidget(m_recentTitle);
    column->addLayout(m_recentList);
    column->addSpacing(12);
    column->addWidget(hint);

    auto *content = new QWidget(this);
    content->setLayout(column);
    content->setMaximumWidth(640);
    content->setMinimumWidth(480);
    auto *outer = new QHBoxLayout;
    outer->addStretch(1);
    outer->addWidget(content, 3);
    outer->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(outer);
    layout->addStretch(2);

    connect(recent, &RecentFiles::changed, this, &WelcomePage::refreshRecent);
    refreshRecent();
}

void WelcomePage::setRecentProjects(RecentFiles *projects)
{
    m_projects = projects;
    connect(projects, &RecentFiles::changed, this, &WelcomePage::refreshRecent);
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    fill(m_recentList, m_recentTitle, m_recent->files(), false);
    // A few projects are enough here; the File menu has them all.
    fill(m_projectsList, m_projectsTitle, m_projects ? m_projects->files().mid(0, 4) : QStringList(), true);
}

void WelcomePage::fill(QVBoxLayout *list, QLabel *title, const QStringList &files, bool projects)
{
    while (QLayoutItem *item = list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    title->setVisible(!files.isEmpty());
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *button = new QPushButton(this);
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setText(QStringLiteral("%1   —   %2").arg(projects ? info.completeBaseName() : info.fileName(),
                                                         QDir::toNativeSeparators(info.absolutePath())));
        button->setToolTip(QDir::toNativeSeparators(path));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 6px;"));
        button->setEnabled(info.exists());
        connect(button, &QPushButton::clicked, this, [this, path, projects]() {
            if (projects)
                Q_EMIT recentProjectRequested(path);
            else
                Q_EMIT recentFileRequested(path);
        });
        list->addWidget(button);
    }
}

} // namespace churnlens
