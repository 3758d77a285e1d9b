#include "whatifbatch.h"

#include "fieldattribution.h"
#include "prep/featurematrix.h"

#include <QDate>
#include <QLocale>

namespace churnlens {

void WhatIf::Batch::copy(const QStringList &modelInputs, const DataTable &source, qsizetype row, qsizetype rows)
{
    for (const QString &name : modelInputs) {
        const int c = source.indexOf(name);
        if (c < 0)
            continue; // stays missing, as when the file was scored
        const Column &src = source.column(c);
        Input in;
        in.name = src.name();
        in.type = src.type();
        in.semantic = src.semantic();
        in.source = c;
        if (src.isNumericStorage()) {
            in.values.assign(size_t(rows), src.value(row));
        } else if (src.type() == ColumnType::Text) {
            // Text columns may hold a level per customer: keep only this customer's.
            const int32_t base = src.isMissing(row) ? Column::MissingCode : in.dictionary.insert(src.dictionary().view(src.code(row)));
            in.codes.assign(size_t(rows), base);
        } else {
            // The codes keep their meaning (a Yes/No column's code 0 is "false"), so keep the levels.
            in.dictionary = src.dictionary();
            in.codes.assign(size_t(rows), src.code(row));
        }
        inputs.push_back(std::move(in));
    }
}

int WhatIf::Batch::input(const QString &name) const
{
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].name == name)
            return int(i);
    }
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool WhatIf::Batch::set(int index, qsizetype row, const QString &value)
{
    Input &in = inputs[size_t(index)];
    const QString t = value.trimmed();
    if (!in.isNumeric()) {
        in.codes[size_t(row)] = t.isEmpty() ? Column::MissingCode : in.dictionary.insert(t.toStdString());
        return true;
    }
    if (t.isEmpty()) {
        in.values[size_t(row)] = Column::missingValue();
        return true;
    }
    if (in.type == ColumnType::Date) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return false;
        in.values[size_t(row)] = double(d.toJulianDay() - 2440588);
        return true;
    }
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return false;
    in.values[size_t(row)] = v;
    return true;
}

Result<void> WhatIf::Batch::finish(const ModelBundle &model, const ModelPredictor &predictor, const ModelExplainer &explainer,
                                   const QHash<QString, NumericReference> &references,
                                   const QHash<QString, Semantic> &semantics, bool explain)
{
    for (Input &in : inputs) {
        Column c = in.isNumeric() ? Column::numeric(in.name, std::move(in.values), in.type)
                                  : Column::coded(in.name, std::move(in.codes), std::move(in.dictionary), in.type);
        c.setSemantic(in.semantic);
        table.addColumn(std::move(c));
    }
    auto features = model.preparation().transform(table, &issues);
    if (!features)
        return std::unexpected(features.error());
    probabilities.resize(size_t(features->rows));
    // One thread: batches are small, and the GUI may run several what-ifs at once.
    if (auto ok = predictor.predict(features->values.data(), features->rows, features->cols, probabilities.data(), 1); !ok)
        return std::unexpected(ok.error());
    writer = FactorWriter(table, references, semantics);
    if (!explain || !explainer.isValid())
        return {};
    auto fields = FieldAttribution::create(*features);
    if (!fields)
        return std::unexpected(fields.error());
    const FeatureMatrix &m = *features;
    std::vector<double> shap(size_t(m.rows) * size_t(m.cols + 1));
    if (auto ok = explainer.explainInto(m.values.data(), m.rows, m.cols, shap.data(), 1); !ok)
        return std::unexpected(ok.error());
    fieldColumns = fields->fields();
    fieldStride = int(fieldColumns.size()) + 1;
    fieldShap.resize(size_t(m.rows) * size_t(fieldStride));
    for (qsizetype r = 0; r < m.rows; ++r)
        fields->aggregateRow(shap.data() + size_t(r) * size_t(m.cols + 1), fieldShap.data() + size_t(r) * size_t(fieldStride));
    return {};
}

} // namespace churnlens
