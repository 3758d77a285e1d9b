#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace churnlens {

namespace {
QString &shownLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // Built-in (resource) first, then next to the binary (build tree), then the installed share folder.
    const QStringList dirs{QStringLiteral(":/i18n"), QCoreApplication::applicationDirPath() + QStringLiteral("/../translations"),
                           QCoreApplication::applicationDirPath() + QStringLiteral("/../share/churnlens/translations")};
    auto *own = new QTranslator(&app);
    for (const QString &dir : dirs) {
        if (own->load(locale, QStringLiteral("churnlens"), QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(own);
            // "de_DE" or "de": the language part names the help pages' folder.
            const QString loaded = own->language().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
            shownLanguage() = loaded.isEmpty() ? QStringLiteral("en") : loaded.toLower();
            return;
        }
    }
    delete own;
    shownLanguage() = QStringLiteral("en");
}

QString uiLanguage()
{
    return shownLanguage();
}

} // namespace churnlens
