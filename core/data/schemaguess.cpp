#include "schemaguess.h"

#include "../common/error.h"
#include "columnname.h"

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

bool isYesNoLevel(const QString &norm)
{
    static const QStringList levels = {
        QStringLiteral("yes"), QStringLiteral("no"), QStringLiteral("y"), QStringLiteral("n"),
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("1"), QStringLiteral("0"),
        QStringLiteral("nointernetservice"), QStringLiteral("nophoneservice"), QStringLiteral("noservice")};
    return levels.contains(norm);
}

bool isPresentLevel(const QString &norm)
{
    return norm == QLatin1String("yes") || norm == QLatin1String("y") || norm == QLatin1String("true")
           || norm == QLatin1String("1");
}

// Two distinct present values at most, and at least one: what a churn flag looks like.
bool isBinary(const Column &c)
{
    if (c.distinctCount() < 1 || c.distinctCount() > 2)
        return false;
    return c.type() != ColumnType::Date && c.type() != ColumnType::Text;
}

// Levels that are present in the column's codes (a dictionary may hold unused levels).
std::vector<qsizetype> levelCounts(const Column &c)
{
    std::vector<qsizetype> counts(size_t(c.dictionary().size()), 0);
    for (int32_t code : c.codes())
        if (code >= 0)
            ++counts[size_t(code)];
    return counts;
}

int targetNameScore(const QString &name)
{
    const QString n = ColumnName::normalized(name);
    static const QStringList exact = {
        QStringLiteral("churn"), QStringLiteral("churned"), QStringLiteral("churnflag"), QStringLiteral("churnlabel"),
        QStringLiteral("churnstatus"), QStringLiteral("churnvalue"), QStringLiteral("ischurn"),
        QStringLiteral("ischurned"), QStringLiteral("haschurned"), QStringLiteral("churnyn"),
        QStringLiteral("exited"), QStringLiteral("exit"), QStringLiteral("hasexited"), QStringLiteral("attrition"),
        QStringLiteral("attrited"), QStringLiteral("attritionflag"), QStringLiteral("cancelled"),
        QStringLiteral("canceled"), QStringLiteral("cancellation"), QStringLiteral("iscancelled"),
        QStringLiteral("iscanceled"), QStringLiteral("left"), QStringLiteral("hasleft"),
        QStringLiteral("customerleft"), QStringLiteral("churnlabelyes")};
    if (exact.contains(n))
        return 100;
    static const QStringList stems = {QStringLiteral("churn"), QStringLiteral("attrit"), QStringLiteral("exited"),
                                      QStringLiteral("cancel")};
    // "Churn Score", "Churn Reason", "churn_probability" describe churn but are not the outcome.
    static const QStringList notOutcome = {QStringLiteral("score"), QStringLiteral("prob"), QStringLiteral("reason"),
                                           QStringLiteral("category"), QStringLiteral("date"), QStringLiteral("risk"),
                                           QStringLiteral("predict"), QStringLiteral("month"), QStringLiteral("count"),
                                           QStringLiteral("rate")};
    const bool stem = std::any_of(stems.begin(), stems.end(), [&n](const QString &s) { return n.contains(s); });
    const bool describes = std::any_of(notOutcome.begin(), notOutcome.end(), [&n](const QString &s) { return n.contains(s); });
    if (stem && !describes)
        return 80;
    static const QStringList generic = {QStringLiteral("target"), QStringLiteral("label"), QStringLiteral("class"),
                                        QStringLiteral("outcome"), QStringLiteral("y")};
    if (generic.contains(n))
        return 60;
    return 0;
}

// +2 a word for churned, -2 a word for stayed; ±1 when it only contains such a stem.
int positiveScore(const QString &level)
{
    const QString n = ColumnName::normalized(level);
    bool isNumber = false;
    const double v = level.trimmed().toDouble(&isNumber);
    if (isNumber)
        return v == 1.0 ? 2 : (v == 0.0 ? -2 : 0);
    static const QStringList positive = {
        QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("t"),
        QStringLiteral("churn"), QStringLiteral("churned"), QStringLiteral("churner"), QStringLiteral("exited"),
        QStringLiteral("exit"), QStringLiteral("attrited"), QStringLiteral("attritedcustomer"),
        QStringLiteral("cancelled"), QStringLiteral("canceled"), QStringLiteral("left"), QStringLiteral("lost"),
        QStringLiteral("gone"), QStringLiteral("closed"), QStringLiteral("terminated"), QStringLiteral("positive")};
    static const QStringList negative = {
        QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"), QStringLiteral("f"),
        QStringLiteral("stayed"), QStringLiteral("stay"), QStringLiteral("retained"), QStringLiteral("existing"),
        QStringLiteral("existingcustomer"), QStringLiteral("active"), QStringLiteral("current"),
        QStringLiteral("remained"), QStringLiteral("notchurned"), QStringLiteral("nochurn"), QStringLiteral("negative")};
    if (positive.contains(n))
        return 2;
    if (negative.contains(n))
        return -2;
    static const QStringList negation = {QStringLiteral("not"), QStringLiteral("non"), QStringLiteral("never"),
                                         QStringLiteral("existing"), QStringLiteral("retain"), QStringLiteral("stay"),
                                         QStringLiteral("active"), QStringLiteral("current")};
    if (n.startsWith(QLatin1String("no"))
        || std::any_of(negation.begin(), negation.end(), [&n](const QString &s) { return n.contains(s); }))
        return -1;
    static const QStringList stems = {QStringLiteral("churn"), QStringLiteral("exit"), QStringLiteral("attrit"),
                                      QStringLiteral("cancel"), QStringLiteral("left"), QStringLiteral("leav"),
                                      QStringLiteral("lost")};
    if (std::any_of(stems.begin(), stems.end(), [&n](const QString &s) { return n.contains(s); }))
        return 1;
    return 0;
}

// A binary column whose values read like an outcome ("Churned"/"Stayed", "Attrited Customer").
bool valuesLookLikeChurn(const Column &c)
{
    if (!c.isCoded() || !isBinary(c))
        return false;
    const std::vector<qsizetype> counts = levelCounts(c);
    for (int32_t code = 0; code < c.dictionary().size(); ++code) {
        if (counts[size_t(code)] == 0)
            continue;
        const QString n = ColumnName::normalized(c.dictionary().level(code));
        if (isYesNoLevel(n) || n == QLatin1String("t") || n == QLatin1String("f"))
            continue;
        if (positiveScore(c.dictionary().level(code)) != 0)
            return true;
    }
    return false;
}

// Which id-like column becomes the customer id: "customerID" before "RowNumber" before "Surname".
int idPreference(const QString &name)
{
    const QStringList t = ColumnName::tokens(name);
    if (t.isEmpty())
        return 0;
    static const QStringList who = {QStringLiteral("customer"), QStringLiteral("client"), QStringLiteral("account"),
                                    QStringLiteral("subscriber"), QStringLiteral("member"), QStringLiteral("user"),
                                    QStringLiteral("cust")};
    const bool isIdWord = ColumnName::isIdName(name);
    if (isIdWord && std::any_of(who.begin(), who.end(), [&t](const QString &w) { return t.contains(w); }))
        return 3;
    if (t.last() == QLatin1String("id") || t.last() == QLatin1String("uuid") || t.last() == QLatin1String("guid"))
        return 2;
    return isIdWord ? 1 : 0;
}

} // namespace

int SchemaGuess::guessTarget(const DataTable &table)
{
    int best = -1, bestScore = 0;
    for (int i = 0; i < table.columnCount(); ++i) {
        const Column &c = table.column(i);
        if (!isBinary(c))
            continue;
        int score = targetNameScore(c.name());
        if (score == 0 && valuesLookLikeChurn(c))
            score = 50;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

QString SchemaGuess::guessPositiveLabel(const Column &target)
{
    if (target.isNumericStorage()) {
        double lo = target.minimum(), hi = target.maximum();
        if (std::isnan(hi))
            return QStringLiteral("1");
        if (lo == 0.0 && hi == 0.0)
            return QStringLiteral("1"); // everyone stayed: the missing level is the positive one
        return QString::number(hi, 'g', 15);
    }
    const Dictionary &d = target.dictionary();
    const std::vector<qsizetype> counts = levelCounts(target);
    std::vector<int32_t> present;
    for (int32_t code = 0; code < d.size(); ++code)
        if (counts[size_t(code)] > 0)
            present.push_back(code);
    if (present.empty())
        return d.size() > 1 ? d.level(1) : (d.size() == 1 ? d.level(0) : QString());

    int32_t best = -1;
    int bestScore = 0;
    bool tie = false;
    for (int32_t code : present) {
        const int s = positiveScore(d.level(code));
        if (s > bestScore) {
            best = code;
            bestScore = s;
            tie = false;
        } else if (s == bestScore && s > 0) {
            tie = true;
        }
    }
    if (best >= 0 && !tie)
        return d.level(best);
    if (present.size() == 1) {
        // Only "No" (or "False", "0"…) occurs: name the level that would mean churn.
        const QString only = d.level(present[0]).trimmed();
        const QString n = ColumnName::normalized(only);
        const bool upper = only == only.toUpper();
        if (n == QLatin1String("no"))
            return upper ? QStringLiteral("YES") : QStringLiteral("Yes");
        if (n == QLatin1String("n"))
            return upper ? QStringLiteral("Y") : QStringLiteral("y");
        if (n == QLatin1String("false"))
            return upper ? QStringLiteral("TRUE") : (only.front().isUpper() ? QStringLiteral("True") : QStringLiteral("true"));
        if (n == QLatin1String("0"))
            return QStringLiteral("1");
        return d.level(present[0]);
    }
    if (target.type() == ColumnType::Boolean && d.size() > 1 && counts[1] > 0)
        return d.level(1); // code 1 means true
    // Otherwise churn is the rarer outcome in practically every business.
    const auto rarer = std::min_element(present.begin(), present.end(),
                                        [&counts](int32_t a, int32_t b) { return counts[size_t(a)] < counts[size_t(b)]; });
    return d.level(*rarer);
}

bool SchemaGuess::looksLikeId(const Column &column, qsizetype rows)
{
    const qsizetype present = std::min(rows, column.size()) - column.missingCount();
    if (present < 2 || column.type() == ColumnType::Boolean || column.type() == ColumnType::Date)
        return false;
    const qsizetype distinct = column.distinctCount();
    const bool idName = ColumnName::isIdName(column.name());
    if (column.type() == ColumnType::Numeric) {
        if (!column.isInteger() || distinct != present)
            return false;
        // A running number (1..n, 0..n-1) is an index even without a telling name.
        const bool sequence = column.maximum() - column.minimum() + 1 == double(present);
        return (idName && present >= 2) || (sequence && present >= 20);
    }
    if (idName && distinct * 10 >= present * 9)
        return true;
    if (ColumnName::isPersonalName(column.name()) && distinct * 10 >= present && distinct >= 20)
        return true;
    if (distinct == present && present >= 20)
        return true;
    if (distinct * 10 >= present * 9 && present >= 50)
        return true;
    return column.type() == ColumnType::Text && distinct * 2 >= present && present >= 20;
}

Semantic SchemaGuess::guessSemantic(const Column &column)
{
    const QString n = ColumnName::normalized(column.name());
    const QStringList t = ColumnName::tokens(column.name());
    auto has = [&t](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(), [&t](const char *w) { return t.contains(QLatin1String(w)); });
    };
    const bool numeric = column.type() == ColumnType::Numeric;
    static const QStringList money = {QStringLiteral("charge"), QStringLiteral("charges"), QStringLiteral("fee"),
                                      QStringLiteral("fees"), QStringLiteral("bill"), QStringLiteral("billing"),
                                      QStringLiteral("billed"), QStringLiteral("amount"), QStringLiteral("payment"),
                                      QStringLiteral("cost"), QStringLiteral("costs"), QStringLiteral("spend"),
                                      QStringLiteral("spent"), QStringLiteral("price"), QStringLiteral("revenue"),
                                      QStringLiteral("paid")};
    const bool isMoney = std::any_of(money.begin(), money.end(), [&t](const QString &w) { return t.contains(w); });

    if (numeric) {
        static const QStringList tenure = {
            QStringLiteral("months"), QStringLiteral("monthsactive"), QStringLiteral("accountlength"),
            QStringLiteral("accountage"), QStringLiteral("monthsonbook"), QStringLiteral("monthswithcompany"),
            QStringLiteral("monthswithservice"), QStringLiteral("lengthofservice"), QStringLiteral("customermonths"),
            QStringLiteral("subscriptionmonths"), QStringLiteral("monthssubscribed"), QStringLiteral("lifetimemonths"),
            QStringLiteral("customerlifetime"), QStringLiteral("serviceduration"), QStringLiteral("monthsascustomer")};
        if (n.contains(QLatin1String("tenure")) || tenure.contains(n))
            return Semantic::Tenure;
        static const QStringList monthly = {QStringLiteral("mrc"), QStringLiteral("arpu")};
        if ((isMoney && has({"monthly", "month", "mo", "mthly", "pm"})) || monthly.contains(n))
            return Semantic::MonthlyCharges;
        // "Total day charge" (per period) is not the lifetime total.
        if (isMoney && has({"total", "lifetime", "cumulative", "totals"})
            && !has({"day", "eve", "evening", "night", "intl", "international", "minutes", "calls"}))
            return Semantic::TotalCharges;
        static const QStringList calls = {QStringLiteral("supportcalls"), QStringLiteral("custservcalls"),
                                          QStringLiteral("servicecalls"), QStringLiteral("callstosupport"),
                                          QStringLiteral("tickets"), QStringLiteral("complaints")};
        if (calls.contains(n) || has({"ticket", "tickets", "complaint", "complaints"})
            || (has({"support", "service", "care", "helpdesk", "cs", "custserv"})
                && has({"call", "calls", "contacts", "contact", "requests", "request"})))
            return Semantic::SupportCalls;
    }
    if (has({"contract", "contracts"}) && column.type() != ColumnType::Text && column.type() != ColumnType::Date)
        return Semantic::Contract;

    // Service: a Yes/No add-on ("OnlineSecurity", "International plan"); "No internet service"
    // levels give it away even without a telling name.
    bool yesNo = false, noServiceLevel = false;
    if (column.isCoded() && column.type() != ColumnType::Text) {
        yesNo = column.dictionary().size() > 0;
        bool hasYes = false;
        for (int32_t code = 0; code < column.dictionary().size(); ++code) {
            const QString level = ColumnName::normalized(column.dictionary().level(code));
            yesNo = yesNo && isYesNoLevel(level);
            hasYes = hasYes || isPresentLevel(level);
            noServiceLevel = noServiceLevel
                             || (level.startsWith(QLatin1String("no")) && level.endsWith(QLatin1String("service")));
        }
        yesNo = yesNo && (hasYes || column.type() == ColumnType::Boolean);
    } else if (numeric) {
        yesNo = column.distinctCount() <= 2 && column.minimum() >= 0 && column.maximum() <= 1 && column.isInteger();
    }
    if (yesNo) {
        static const QStringList known = {
            QStringLiteral("phoneservice"), QStringLiteral("multiplelines"), QStringLiteral("onlinesecurity"),
            QStringLiteral("onlinebackup"), QStringLiteral("deviceprotection"), QStringLiteral("techsupport"),
            QStringLiteral("streamingtv"), QStringLiteral("streamingmovies"), QStringLiteral("streamingmusic"),
            QStringLiteral("unlimiteddata"), QStringLiteral("premiumtechsupport"), QStringLiteral("internationalplan"),
            QStringLiteral("voicemailplan"), QStringLiteral("intlplan"), QStringLiteral("vmailplan")};
        const bool hint = has({"service", "services", "streaming", "stream", "backup", "security", "protection",
                               "support", "plan", "lines", "addon", "insurance", "premium", "tv", "movies", "music",
                               "subscription", "package", "vmail", "voicemail"});
        if (noServiceLevel || known.contains(n) || hint)
            return Semantic::Service;
    }
    return Semantic::None;
}

QString SchemaGuess::apply(DataTable &table, const QString &targetHint)
{
    int target = -1;
    if (!targetHint.isEmpty()) {
        target = table.indexOf(targetHint);
        if (target < 0)
            return Tr::tr("There is no column called “%1”. The columns are: %2.")
                .arg(targetHint, table.columnNames().join(QStringLiteral(", ")));
    }
    for (int i = 0; i < table.columnCount(); ++i) {
        table.column(i).setRole(ColumnRole::Feature);
        table.column(i).setSemantic(Semantic::None);
    }
    if (target < 0)
        target = guessTarget(table);
    table.setTarget(target);
    table.setPositiveLabel(target >= 0 ? guessPositiveLabel(table.column(target)) : QString());

    int id = -1;
    std::vector<int> idLike;
    for (int i = 0; i < table.columnCount(); ++i) {
        if (i == target || !looksLikeId(table.column(i), table.rowCount()))
            continue;
        idLike.push_back(i);
        if (id < 0 || idPreference(table.column(i).name()) > idPreference(table.column(id).name()))
            id = i;
    }
    for (int i : idLike)
        table.column(i).setRole(i == id ? ColumnRole::Id : ColumnRole::Ignore);

    for (int i = 0; i < table.columnCount(); ++i) {
        Column &c = table.column(i);
        if (c.role() != ColumnRole::Feature)
            continue;
        const Semantic s = guessSemantic(c);
        // Only Service may map to several columns; the others name one column each.
        if (s != Semantic::None && (s == Semantic::Service || table.semanticIndex(s) < 0))
            c.setSemantic(s);
    }
    return {};
}

} // namespace churnlens
