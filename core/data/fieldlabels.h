#pragma once

#include "column.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace churnlens {

/*!
 * What business users read for a column: its label in headings and tables ("Online security"),
 * its name inside a sentence ("online security" in English, "Online-Sicherheit" in German) and,
 * for a few well-known fields, their values in words ("Fiber optic" → "Glasfaser").
 *
 * A column's label is, in this order: the label the user gave it (userLabel()), the translated
 * label of a known field (a well-known churn column name such as "InternetService" or
 * "PaymentMethod", else the column's meaning: tenure, monthly charges, …), else a readable form
 * of its name ("num_support_calls" → "Num support calls"). Values are translated only for the
 * known fields and their known values (Telco's Yes/No, contract and payment kinds, …); any other
 * value stays as in the file.
 *
 * Translated through Tr::tr at the time of the call. Value type; const access is thread-safe.
 */
class FieldLabels
{
public:
    FieldLabels() = default;

    //! Sets the user's label of the column named \a column; an empty (or blank) label removes it.
    void setUserLabel(const QString &column, const QString &label);
    //! The user's label of \a column; empty when none was set.
    QString userLabel(const QString &column) const { return m_user.value(column); }
    bool hasUserLabel(const QString &column) const { return m_user.contains(column); }
    const QHash<QString, QString> &userLabels() const { return m_user; }
    bool isEmpty() const { return m_user.isEmpty(); }
    //! Labels of \a other win over these.
    void merge(const FieldLabels &other);

    //! The label for headings and tables: user label, else known-field label, else readable name.
    QString label(const QString &column, Semantic semantic = Semantic::None) const;
    QString label(const Column &column) const { return label(column.name(), column.semantic()); }
    /*!
     * The label as written inside a sentence: a user's label as typed; otherwise the label with
     * its first word in lower case where the language writes so ("online security", "streaming
     * TV" in English; German keeps its capitalised nouns).
     */
    QString phrase(const QString &column, Semantic semantic = Semantic::None) const;

    //! The translated label of a known field; empty for other columns.
    static QString knownLabel(const QString &column, Semantic semantic = Semantic::None);
    /*!
     * \a value of the known field \a column (meaning \a semantic) in the user's language
     * ("Fiber optic" → "Glasfaser", "Yes" → "Ja"); empty when the field or the value is not known.
     */
    static QString knownValue(const QString &column, Semantic semantic, const QString &value);

    //! "OnlineSecurity" → "online security", "StreamingTV" → "streaming TV", "num_calls" → "num calls".
    static QString humanName(const QString &columnName);
    //! humanName() starting with a capital: "Online security", "Streaming TV".
    static QString humanLabel(const QString &columnName);
    //! Whether names inside a sentence start in lower case in the user's language (English: yes).
    static bool lowerCaseInSentences();

    //! {"column name": "label", …}
    QJsonObject toJson() const;
    static FieldLabels fromJson(const QJsonObject &json);

    bool operator==(const FieldLabels &other) const = default;

private:
    QHash<QString, QString> m_user;
};

} // namespace churnlens
