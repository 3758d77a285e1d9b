#pragma once

#include "common/error.h"
#include "monitor/driftresult.h"

#include <QJsonObject>

namespace churnlens {

class ProjectFile;

/*!
 * When the Monitor recommends retraining, saved in the project (state key "monitor"):
 *  - drift: the thresholds of DriftThresholds (PSI 0.2, KL 0.3, JS 0.1, 30% of the fields);
 *  - performance: Relative (default) = retrain when accuracy falls more than accuracyMargin
 *    below the model's own test accuracy, or ROC AUC more than aucMargin below its test ROC AUC;
 *    Absolute = retrain when accuracy falls below absoluteAccuracy (the original system's 85%).
 * Realised metrics are used when the file has outcomes, estimated ones otherwise. Value type.
 */
struct MonitorSettings
{
    enum class Rule { Relative, Absolute };

    DriftThresholds drift;
    Rule rule = Rule::Relative;
    double accuracyMargin = 0.03;
    double aucMargin = 0.03;
    double absoluteAccuracy = 0.85;

    QJsonObject toJson() const;
    //! Missing keys keep the defaults; bad values are rejected naming the key.
    static Result<MonitorSettings> fromJson(const QJsonObject &json);
    //! The project's settings (defaults when it has none).
    static Result<MonitorSettings> load(const ProjectFile &project);
    Result<void> save(ProjectFile &project) const;
    bool operator==(const MonitorSettings &) const = default;
};

} // namespace churnlens
