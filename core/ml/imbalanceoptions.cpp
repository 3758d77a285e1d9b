#include "imbalanceoptions.h"

#include "../common/error.h"

namespace churnlens {

namespace {
struct Names
{
    const char *machine;
    const char *human;
};
constexpr Names strategyNames[] = {
    {"none", QT_TRANSLATE_NOOP("churnlens", "None")},
    {"weights", QT_TRANSLATE_NOOP("churnlens", "Class weights")},
    {"undersample", QT_TRANSLATE_NOOP("churnlens", "Random undersampling")},
    {"smote", QT_TRANSLATE_NOOP("churnlens", "SMOTE (SMOTE-NC with categories)")},
    {"smote_plain", QT_TRANSLATE_NOOP("churnlens", "SMOTE on all features")},
};
} // namespace

QString machineName(ImbalanceStrategy strategy)
{
    return QString::fromLatin1(strategyNames[int(strategy)].machine);
}

QString toString(ImbalanceStrategy strategy)
{
    return Tr::tr(strategyNames[int(strategy)].human);
}

bool fromMachineName(const QString &name, ImbalanceStrategy *strategy)
{
    for (size_t i = 0; i < std::size(strategyNames); ++i) {
        if (name.compare(QLatin1String(strategyNames[i].machine), Qt::CaseInsensitive) == 0) {
            *strategy = ImbalanceStrategy(i);
            return true;
        }
    }
    return false;
}

} // namespace churnlens
