#pragma once

// Test helpers for core/score: the Telco file, and small models trained on it and saved to a
// model folder, loaded back the way `churnlens-cli score` loads them.

#include "data/dataloader.h"
#include "ml/modelbundle.h"
#include "ml/trainer.h"

#include <QTemporaryDir>

namespace churnlens::scoretest {

inline DataTable loadTelco()
{
    DataSource source = DataSource::fromPath(QStringLiteral(CHURNLENS_TESTDATA "/telco.csv"));
    source.targetHint = QStringLiteral("Churn");
    auto loaded = DataLoader::load(source);
    if (!loaded)
        qFatal("cannot load telco.csv: %s", qPrintable(loaded.error().toString()));
    return std::move(loaded->table);
}

//! Trains one model of \a kind on \a table (no CV, 20% holdout), saves and reloads it.
inline ModelBundle trainBundle(const DataTable &table, ModelKind kind, const QString &directory,
                               PreparationOptions preparation = {}, int trees = 60)
{
    TrainOptions o;
    o.models = {kind};
    o.folds = 0;
    o.threads = 2;
    o.preparation = preparation;
    o.baseParams[ModelKind::XGBoost] = {{QStringLiteral("n_estimators"), double(trees)}, {QStringLiteral("max_depth"), 4.0}};
    o.baseParams[ModelKind::Forest] = {{QStringLiteral("n_estimators"), double(trees)}, {QStringLiteral("max_depth"), 6.0}};
    auto report = Trainer::run(table, o);
    if (!report)
        qFatal("training failed: %s", qPrintable(report.error().toString()));
    if (auto saved = ModelBundle::save(directory, *report); !saved)
        qFatal("saving failed: %s", qPrintable(saved.error().toString()));
    auto bundle = ModelBundle::load(directory);
    if (!bundle)
        qFatal("loading failed: %s", qPrintable(bundle.error().toString()));
    return std::move(*bundle);
}

//! \a table without the columns called \a names.
inline DataTable withoutColumns(const DataTable &table, const QStringList &names)
{
    DataTable out;
    out.setSourceName(table.sourceName());
    out.setPositiveLabel(table.positiveLabel());
    for (const Column &c : table.columns()) {
        if (!names.contains(c.name()))
            out.addColumn(c);
    }
    return out;
}

//! \a table with column \a name replaced by \a column (same position).
inline DataTable withColumn(const DataTable &table, const QString &name, Column column)
{
    DataTable out = table;
    const int index = out.indexOf(name);
    column.setRole(out.column(index).role());
    column.setSemantic(out.column(index).semantic());
    out.replaceColumn(index, std::move(column));
    return out;
}

} // namespace churnlens::scoretest
