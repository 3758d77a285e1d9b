#pragma once

// Internal to core/score: one batch of changed copies of a customer, scored and explained together.

#include "data/datatable.h"
#include "factorwriter.h"
#include "score/modelpredictor.h"
#include "whatif.h"

#include <QHash>

#include <vector>

namespace churnlens {

struct WhatIf::Candidate
{
    std::vector<FieldChange> changes;
};

struct WhatIf::Batch
{
    //! One model input column of the customer's table, copied to every row of the batch.
    struct Input
    {
        QString name;
        ColumnType type = ColumnType::Numeric;
        Semantic semantic = Semantic::None;
        int source = -1;            //!< its index in the customer's table
        std::vector<double> values; //!< numeric storage
        std::vector<int32_t> codes; //!< coded storage
        Dictionary dictionary;
        bool isNumeric() const { return type == ColumnType::Numeric || type == ColumnType::Date; }
    };
    std::vector<Input> inputs;

    DataTable table;                   //!< made by finish(); row 0: the customer as is, row i: candidate i - 1
    std::vector<double> probabilities; //!< per row
    FactorWriter writer;
    std::vector<int> fieldColumns;     //!< explained fields as table columns (-1 = combined features)
    int fieldStride = 0;               //!< fields + 1 (0 when not explained)
    std::vector<double> fieldShap;     //!< rows * fieldStride
    QList<Issue> issues;

    //! Copies the model's input columns of \a source at \a row into \a rows rows.
    void copy(const QStringList &modelInputs, const DataTable &source, qsizetype row, qsizetype rows);
    //! The input called \a name (as the table finds names), or -1.
    int input(const QString &name) const;
    //! Sets input \a index at \a row from text; false if the text is not a value of that column.
    bool set(int index, qsizetype row, const QString &value);
    //! Makes the table, prepares, predicts and (with \a explain) explains every row.
    Result<void> finish(const ModelBundle &model, const ModelPredictor &predictor, const ModelExplainer &explainer,
                        const QHash<QString, NumericReference> &references, const QHash<QString, Semantic> &semantics,
                        bool explain);
};

} // namespace churnlens
