#pragma once

#include "score/campaignoptions.h"
#include "score/risktierrule.h"

#include <QJsonObject>
#include <QString>

namespace churnlens {

/*!
 * What a user sets once for every session and project (Edit → Preferences): the language,
 * the theme, the currency of every money figure, the number of threads long jobs use, how
 * customers are put in risk levels, and the campaign assumptions new work starts from.
 * Kept in QSettings under "preferences" (one JSON object), so the GUI and the CLI read the
 * same values. A project's own settings (its campaign, a model's saved cut points) win over
 * these defaults. Value type; load()/save() are thread-safe (QSettings is).
 */
struct Preferences
{
    //! "" = the system's language; else a language code with a bundled translation ("en", "de").
    QString language;
    //! "system", "light" or "dark" (themeMachineName() of ui/shell/theme.h).
    QString theme = QStringLiteral("system");
    //! ISO 4217 code ("EUR", "USD"); "" = the locale's currency.
    QString currency;
    //! Threads for long jobs; 0 = every core (threadCount()).
    int threads = 0;
    //! How probabilities become Low / Medium / High.
    RiskTierRule riskTiers;
    //! Contact cost and acceptance new campaigns start from (mode, threshold, top N, budget too).
    CampaignOptions campaign;
    //! Months of revenue a saved customer is counted for in money figures.
    double months = 12.0;

    QJsonObject toJson() const;
    //! Missing or invalid entries keep their defaults.
    static Preferences fromJson(const QJsonObject &json);

    //! The saved preferences (defaults when none were saved).
    static Preferences load();
    void save() const;

    bool operator==(const Preferences &) const = default;
};

} // namespace churnlens
