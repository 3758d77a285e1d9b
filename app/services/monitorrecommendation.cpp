#include "monitorservice.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString auc(double value)
{
    return QLocale().toString(value, 'f', 3);
}

} // namespace

MonitorRecommendation MonitorService::recommend(const MonitorReport &report, const MonitorSettings &settings,
                                               const FieldNamer &fieldName)
{
    auto named = [&fieldName](const QString &column) { return fieldName ? fieldName(column) : column; };
    using Level = MonitorRecommendation::Level;
    QStringList triggers; // reasons to retrain
    QStringList notes;    // worth knowing, not a reason to retrain

    // Performance: realised when the file has outcomes, estimated otherwise.
    const bool estimate = report.accuracyIsEstimate();
    const double accuracy = report.accuracy();
    const double rocAuc = report.rocAuc();
    const QString accuracyName = estimate ? Tr::tr("estimated accuracy") : Tr::tr("accuracy");
    const QString aucName = estimate ? Tr::tr("estimated ROC AUC") : Tr::tr("ROC AUC");
    if (settings.rule == MonitorSettings::Rule::Relative) {
        if (std::isfinite(accuracy) && std::isfinite(report.testAccuracy)) {
            const double floor = report.testAccuracy - settings.accuracyMargin;
            if (accuracy < floor)
                triggers << Tr::tr("%1 %2 < %3 (the model's test accuracy %4 minus %5 points)")
                                .arg(accuracyName, percent(accuracy), percent(floor), percent(report.testAccuracy))
                                .arg(settings.accuracyMargin * 100.0, 0, 'g', 3);
        }
        if (std::isfinite(rocAuc) && std::isfinite(report.testRocAuc)) {
            const double floor = report.testRocAuc - settings.aucMargin;
            if (rocAuc < floor)
                triggers << Tr::tr("%1 %2 < %3 (the model's test ROC AUC %4 minus %5)")
                                .arg(aucName, auc(rocAuc), auc(floor), auc(report.testRocAuc), auc(settings.aucMargin));
        }
    } else if (std::isfinite(accuracy) && accuracy < settings.absoluteAccuracy) {
        triggers << Tr::tr("%1 %2 < %3 (the fixed floor)").arg(accuracyName, percent(accuracy), percent(settings.absoluteAccuracy));
    }

    // Drift: the predictions, then the share of drifted fields, then each drifted field.
    const DriftResult &drift = report.drift;
    if (report.drift.predictionCompared && drift.prediction.flagged)
        triggers << Tr::tr("the predicted probabilities shifted (%1)").arg(drift.prediction.reasons.join(QStringLiteral(", ")));
    if (drift.comparedFeatures > 0 && drift.driftedShare >= settings.drift.featureShare && drift.driftedFeatures > 0)
        triggers << Tr::tr("%1 of %2 fields drifted (%3 ≥ %4)")
                        .arg(drift.driftedFeatures)
                        .arg(drift.comparedFeatures)
                        .arg(percent(drift.driftedShare), percent(settings.drift.featureShare));
    std::vector<const FeatureDrift *> flagged;
    for (const FeatureDrift &f : drift.features) {
        if (f.flagged)
            flagged.push_back(&f);
    }
    std::stable_sort(flagged.begin(), flagged.end(), [](const FeatureDrift *a, const FeatureDrift *b) { return a->psi > b->psi; });
    for (const FeatureDrift *f : flagged)
        notes << Tr::tr("%1 drifted (%2)").arg(named(f->name), f->reasons.join(QStringLiteral(", ")));
    for (const FeatureDrift &f : drift.features) {
        if (f.unseenShare >= 0.01)
            notes << Tr::tr("%1: %2 of the values are categories the model never saw (%3)")
                         .arg(named(f.name), percent(f.unseenShare), f.unseenLevels.mid(0, 3).join(QStringLiteral(", ")));
        if (f.missingColumn)
            notes << Tr::tr("%1 is missing from the file: the model scores as if it were unknown").arg(named(f.name));
    }
    if (report.inSample)
        notes << Tr::tr("This file is the model's own training data: the comparison is in-sample and says little.");

    MonitorRecommendation r;
    if (!triggers.isEmpty()) {
        r.level = Level::Retrain;
        r.lines << Tr::tr("Retrain recommended: %1").arg(triggers.first());
        for (qsizetype i = 1; i < triggers.size(); ++i)
            r.lines << Tr::tr("Also: %1").arg(triggers[i]);
    } else if (!flagged.empty()) {
        r.level = Level::Watch;
        r.lines << Tr::tr("Keep an eye on it: %n field(s) drifted, below the %1 of fields that calls for retraining", nullptr,
                          int(flagged.size()))
                       .arg(percent(settings.drift.featureShare));
    } else {
        r.level = Level::NoAction;
        const QString performance = std::isfinite(accuracy)
            ? Tr::tr("%1 %2 (the model's test accuracy %3)").arg(accuracyName, percent(accuracy), percent(report.testAccuracy))
            : QString();
        r.lines << (performance.isEmpty() ? Tr::tr("No action needed: no field drifted.")
                                          : Tr::tr("No action needed: no field drifted; %1.").arg(performance));
    }
    r.lines << notes;
    return r;
}

void MonitorService::reapply(MonitorReport &report, const MonitorSettings &settings)
{
    report.settings = settings;
    report.drift.applyThresholds(settings.drift);
    report.recommendation = recommend(report, settings);
}

} // namespace churnlens
