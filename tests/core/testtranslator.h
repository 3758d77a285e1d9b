#pragma once

// Translators for tests of translated text (the shipped .ts files are not loaded in tests).

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QTranslator>

//! Translates the sources it was given (by source and disambiguation); records every request.
class TestTranslator : public QTranslator
{
public:
    void add(const char *source, const QString &translation, const char *disambiguation = nullptr)
    {
        m_texts.insert(key(source, disambiguation), translation);
    }
    //! Marks every text of context "churnlens" it has no translation for as "[source]" (%1 kept).
    void setMarkOthers(bool mark) { m_mark = mark; }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(n);
        if (QLatin1String(context) != QLatin1String("churnlens"))
            return {};
        m_requests.append({QString::fromUtf8(source), QString::fromUtf8(disambiguation)});
        const auto it = m_texts.constFind(key(source, disambiguation));
        if (it != m_texts.cend())
            return *it;
        const auto any = m_texts.constFind(key(source, nullptr));
        if (any != m_texts.cend())
            return *any;
        return m_mark ? QLatin1Char('[') + QString::fromUtf8(source) + QLatin1Char(']') : QString();
    }
    //! (source, disambiguation) of every text asked for since the last clearRequests().
    const QList<QPair<QString, QString>> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

private:
    static QString key(const char *source, const char *disambiguation)
    {
        return QString::fromUtf8(source) + QChar(4) + QString::fromUtf8(disambiguation ? disambiguation : "");
    }
    QHash<QString, QString> m_texts;
    bool m_mark = false;
    mutable QList<QPair<QString, QString>> m_requests;
};

//! Installs \a translator for the lifetime of this object.
class InstalledTranslator
{
public:
    explicit InstalledTranslator(QTranslator *translator) : m_translator(translator)
    {
        QCoreApplication::installTranslator(translator);
    }
    ~InstalledTranslator() { QCoreApplication::removeTranslator(m_translator); }
    InstalledTranslator(const InstalledTranslator &) = delete;
    InstalledTranslator &operator=(const InstalledTranslator &) = delete;

private:
    QTranslator *m_translator;
};
