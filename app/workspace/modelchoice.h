#pragma once

#include "common/error.h"
#include "score/riskthresholds.h"

#include <QJsonObject>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>

namespace churnlens {

/*!
 * Which model is in use for scoring, said so that it can be saved in a project and put in use
 * again: the shipped default, a model folder, a registered version (v3) or a model of a run
 * recorded in the project, with the decision threshold and the risk levels' cut points.
 * A model trained in this session is saved as the project run it was recorded as. Value type.
 */
struct ModelChoice
{
    enum class Kind { Default, Folder, Version, Run };

    Kind kind = Kind::Default;
    QString folder;      //!< Kind::Folder
    int version = 0;     //!< Kind::Version
    qint64 run = 0;      //!< Kind::Run: the project's run id (0 while the run is being recorded)
    int index = 0;       //!< Kind::Run: which model of the run
    QString family;      //!< Kind::Run: the model's family (machine name), to check and to name it
    double threshold = std::numeric_limits<double>::quiet_NaN(); //!< NaN: the model's own
    std::optional<RiskThresholds> risk; //!< cut points the user set; unset: the preferences' rule (RiskTierRule)

    QJsonObject toJson() const;
    static Result<ModelChoice> fromJson(const QJsonObject &json);
};

QString machineName(ModelChoice::Kind kind); //!< "default", "folder", "version", "run"

} // namespace churnlens
