#pragma once

// Test helpers for the Score & export and Explain areas: Telco loaded as the app loads it, and a
// small XGBoost model trained on it and saved to a folder, as a user would open it.

#include "data/dataloader.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"

#include <QString>

namespace churnlens::explaintest {

inline QString telcoPath()
{
    return QStringLiteral(CHURNLENS_TESTDATA "/telco.csv");
}

inline DataTable loadTelco()
{
    auto loaded = DataLoader::load(DataSource::fromPath(telcoPath()));
    if (!loaded)
        qFatal("cannot load telco.csv: %s", qPrintable(loaded.error().toString()));
    return std::move(loaded->table);
}

//! Trains a small XGBoost (60 trees, depth 4, no CV) on Telco and saves it into \a directory.
inline void saveTelcoModel(const QString &directory, ModelKind kind = ModelKind::XGBoost)
{
    const DataTable table = loadTelco();
    TrainOptions o;
    o.models = {kind};
    o.folds = 0;
    o.threads = 2;
    o.baseParams[ModelKind::XGBoost] = {{QStringLiteral("n_estimators"), 60.0}, {QStringLiteral("max_depth"), 4.0}};
    auto report = Trainer::run(table, o);
    if (!report)
        qFatal("training failed: %s", qPrintable(report.error().toString()));
    if (auto saved = ModelBundle::save(directory, *report); !saved)
        qFatal("saving failed: %s", qPrintable(saved.error().toString()));
}

} // namespace churnlens::explaintest
