#pragma once
// Test and benchmark helpers for core/explain: small datasets and a bare XGBoost booster
// driven through the C API, so the explain tests do not depend on core/prep or core/ml.

#include <xgboost/c_api.h>

#include <QFile>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <random>
#include <utility>
#include <vector>

namespace explaintest {

struct Dataset
{
    int rows = 0;
    int cols = 0;
    std::vector<float> x; // rows * cols, NaN = missing
    std::vector<float> y;
    QStringList names;
    std::vector<int> sourceColumn; // CSV column each feature came from
    QString error;
};

/*!
 * Telco CSV, prepared by hand: customerID and Churn left out, numeric columns kept as numbers
 * (blank TotalCharges -> NaN), every other column one-hot encoded (levels sorted).
 * \a resampleRows > 0 draws that many rows with replacement and a little noise on the numbers
 * (the way ../shared/anchors/make_big.py grows the file).
 */
inline Dataset loadTelco(const QString &path, int resampleRows = 0, unsigned seed = 42)
{
    Dataset d;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        d.error = QStringLiteral("cannot open ") + path;
        return d;
    }
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
    std::vector<QStringList> cells;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
        if (line.isEmpty())
            continue;
        QStringList c = line.split(QLatin1Char(','));
        if (c.size() != header.size()) {
            d.error = QStringLiteral("bad line: ") + line;
            return d;
        }
        cells.push_back(c);
    }
    const int idCol = int(header.indexOf(QStringLiteral("customerID")));
    const int yCol = int(header.indexOf(QStringLiteral("Churn")));
    struct Spec { int col; bool numeric; QStringList levels; };
    std::vector<Spec> specs;
    for (int c = 0; c < header.size(); ++c) {
        if (c == idCol || c == yCol)
            continue;
        Spec s{c, true, {}};
        for (const auto &row : cells) {
            const QString v = row[c].trimmed();
            bool ok = false;
            v.toDouble(&ok);
            if (!v.isEmpty() && !ok)
                s.numeric = false;
            if (!s.levels.contains(v))
                s.levels << v;
        }
        s.levels.sort();
        specs.push_back(s);
        if (s.numeric) {
            d.names << header[c];
            d.sourceColumn.push_back(c);
        } else {
            for (const QString &l : s.levels) {
                d.names << header[c] + QLatin1Char('=') + l;
                d.sourceColumn.push_back(c);
            }
        }
    }
    d.cols = int(d.names.size());
    std::mt19937 rng(seed);
    const int n = resampleRows > 0 ? resampleRows : int(cells.size());
    std::uniform_int_distribution<int> pick(0, int(cells.size()) - 1);
    std::normal_distribution<double> noise(0.0, 0.02);
    d.rows = n;
    d.x.reserve(size_t(n) * size_t(d.cols));
    for (int r = 0; r < n; ++r) {
        const QStringList &row = cells[size_t(resampleRows > 0 ? pick(rng) : r)];
        for (const Spec &s : specs) {
            const QString v = row[s.col].trimmed();
            if (s.numeric) {
                double value = v.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
                if (resampleRows > 0 && std::isfinite(value) && value > 1.5)
                    value = std::round(value * (1.0 + noise(rng)) * 100.0) / 100.0;
                d.x.push_back(float(value));
            } else {
                for (const QString &l : s.levels)
                    d.x.push_back(v == l ? 1.0f : 0.0f);
            }
        }
        d.y.push_back(row[yCol].trimmed() == QLatin1String("Yes") ? 1.0f : 0.0f);
    }
    return d;
}

//! Mixed features with many missing values, many ties and a label that depends on missingness.
inline Dataset makeSynthetic(int rows, int cols, double missingRate, unsigned seed)
{
    Dataset d;
    d.rows = rows;
    d.cols = cols;
    std::mt19937 rng(seed);
    std::normal_distribution<double> gauss;
    std::uniform_real_distribution<double> unit;
    for (int c = 0; c < cols; ++c) {
        d.names << QStringLiteral("f%1").arg(c);
        d.sourceColumn.push_back(c);
    }
    d.x.resize(size_t(rows) * size_t(cols));
    for (int r = 0; r < rows; ++r) {
        float *x = d.x.data() + size_t(r) * size_t(cols);
        for (int c = 0; c < cols; ++c) {
            double v = gauss(rng);
            if (c % 3 == 1)
                v = std::floor(v * 2.0); // ties
            else if (c % 3 == 2)
                v = unit(rng) < 0.4 ? 1.0 : 0.0; // binary
            x[c] = float(v);
            if (c % 2 == 0 && unit(rng) < missingRate)
                x[c] = std::numeric_limits<float>::quiet_NaN();
        }
        auto val = [&](int c) { return std::isnan(x[c % cols]) ? 0.0 : double(x[c % cols]); };
        const double logit = 1.2 * val(0) - 0.8 * val(1) + 0.9 * val(2) * val(3) + (std::isnan(x[0]) ? 1.0 : 0.0)
                             + 0.5 * std::sin(3.0 * val(4)) + 0.3 * gauss(rng);
        d.y.push_back(unit(rng) < 1.0 / (1.0 + std::exp(-logit)) ? 1.0f : 0.0f);
    }
    return d;
}

//! A trained XGBoost booster (C API, RAII). ok() is false with error() set when a call failed.
class Booster
{
public:
    using Params = std::vector<std::pair<QString, QString>>;

    Booster(const Dataset &data, const Params &params, int rounds)
    {
        if (!check(XGDMatrixCreateFromMat(data.x.data(), bst_ulong(data.rows), bst_ulong(data.cols),
                                          std::numeric_limits<float>::quiet_NaN(), &m_train))
            || !check(XGDMatrixSetFloatInfo(m_train, "label", data.y.data(), bst_ulong(data.rows)))
            || !check(XGBoosterCreate(&m_train, 1, &m_booster)))
            return;
        for (const auto &[k, v] : params) {
            if (!check(XGBoosterSetParam(m_booster, k.toUtf8().constData(), v.toUtf8().constData())))
                return;
        }
        for (int i = 0; i < rounds; ++i) {
            if (!check(XGBoosterUpdateOneIter(m_booster, i, m_train)))
                return;
        }
    }
    ~Booster()
    {
        if (m_booster)
            XGBoosterFree(m_booster);
        if (m_train)
            XGDMatrixFree(m_train);
    }
    Booster(const Booster &) = delete;
    Booster &operator=(const Booster &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    BoosterHandle handle() const { return m_booster; }

    QByteArray json()
    {
        bst_ulong len = 0;
        const char *s = nullptr;
        if (!check(XGBoosterSaveModelToBuffer(m_booster, R"({"format":"json"})", &len, &s)))
            return {};
        return QByteArray(s, qsizetype(len));
    }

    //! type 0 = output, 1 = margin, 2 = contributions (rows x (cols + 1)).
    std::vector<float> predict(const float *x, int rows, int cols, int type)
    {
        DMatrixHandle m = nullptr;
        std::vector<float> out;
        if (!check(XGDMatrixCreateFromMat(x, bst_ulong(rows), bst_ulong(cols),
                                          std::numeric_limits<float>::quiet_NaN(), &m)))
            return out;
        const QByteArray config = QStringLiteral(R"({"type": %1, "training": false, "iteration_begin": 0,
            "iteration_end": 0, "strict_shape": false})").arg(type).toUtf8();
        const bst_ulong *shape = nullptr;
        bst_ulong dim = 0;
        const float *result = nullptr;
        if (check(XGBoosterPredictFromDMatrix(m_booster, m, config.constData(), &shape, &dim, &result))) {
            bst_ulong n = 1;
            for (bst_ulong i = 0; i < dim; ++i)
                n *= shape[i];
            out.assign(result, result + n);
        }
        XGDMatrixFree(m);
        return out;
    }

    //! In-place prediction from a dense float matrix (no DMatrix): probabilities.
    std::vector<float> predictInplace(const float *x, qsizetype rows, int cols)
    {
        const QByteArray array = QStringLiteral(R"({"data": [%1, true], "shape": [%2, %3], "typestr": "<f4", "version": 3})")
                                     .arg(quintptr(x)).arg(rows).arg(cols).toUtf8();
        const char *config = R"({"type": 0, "training": false, "iteration_begin": 0, "iteration_end": 0,
            "strict_shape": false, "missing": NaN, "cache_id": 0})";
        const bst_ulong *shape = nullptr;
        bst_ulong dim = 0;
        const float *result = nullptr;
        if (!check(XGBoosterPredictFromDense(m_booster, array.constData(), config, nullptr, &shape, &dim, &result)))
            return {};
        return std::vector<float>(result, result + rows);
    }

    //! XGBoost's feature importance: feature index -> score.
    std::map<int, double> featureScore(const char *type)
    {
        std::map<int, double> out;
        const QByteArray config = QStringLiteral(R"({"importance_type": "%1"})").arg(QLatin1String(type)).toUtf8();
        bst_ulong nFeatures = 0, dim = 0;
        const char **names = nullptr;
        const bst_ulong *shape = nullptr;
        const float *scores = nullptr;
        if (!check(XGBoosterFeatureScore(m_booster, config.constData(), &nFeatures, &names, &dim, &shape, &scores)))
            return out;
        for (bst_ulong i = 0; i < nFeatures; ++i)
            out[QString::fromUtf8(names[i]).mid(1).toInt()] = scores[i];
        return out;
    }

private:
    bool check(int rc)
    {
        if (rc != 0 && m_error.isEmpty())
            m_error = QString::fromUtf8(XGBGetLastError());
        return rc == 0;
    }

    DMatrixHandle m_train = nullptr;
    BoosterHandle m_booster = nullptr;
    QString m_error;
};

} // namespace explaintest
