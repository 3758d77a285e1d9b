#pragma once

#include "area.h"

#include <QList>
#include <QWidget>

#include <optional>

class QListWidget;
class QTextBrowser;

namespace churnlens {

/*!
 * The user guide: one short page per area (what it is for, the steps, what the numbers mean,
 * tips), with the areas as a contents list on the left. The pages are HTML resources,
 * :/help/<language>/<area>.html; a language without its own page shows the English one.
 * Help → User Guide (F1) opens it at the area shown. A top-level window owned by the main
 * window; GUI thread only.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    struct Topic
    {
        AreaId area;
        QString title; //!< as in the navigation
    };

    //! \a topics in contents order; \a language as uiLanguage() gives it ("de", "en").
    HelpWindow(const QList<Topic> &topics, const QString &language, QWidget *parent = nullptr);

    //! The page of \a area in \a language ("qrc:/help/de/score.html"), the English one when that
    //! language has none.
    static QUrl pageUrl(AreaId area, const QString &language);
    //! True when \a language has its own page for \a area.
    static bool hasPage(AreaId area, const QString &language);

    //! Shows \a area's page and selects it in the contents.
    void showArea(AreaId area);
    //! The area whose page is shown.
    std::optional<AreaId> currentArea() const;
    //! The language the pages are shown in.
    QString language() const { return m_language; }

    QListWidget *contents() const { return m_contents; }
    QTextBrowser *browser() const { return m_browser; }

private:
    void onSourceChanged(const QUrl &url);

    QList<Topic> m_topics;
    QString m_language;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
};

} // namespace churnlens
