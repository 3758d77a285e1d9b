#include "calibration.h"

#include "datasplit.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace churnlens {

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double plattClip = 1e-6;     // raw p is clipped to [1e-6, 1 - 1e-6] before the logit
constexpr double isotonicClip = 1e-4;  // isotonic outputs are clipped to [1e-4, 1 - 1e-4]
constexpr double logLossClip = 1e-15;  // as scikit-learn's log_loss
constexpr qsizetype minimumPerClass = 20; // choose(): fewer rows of a class → identity

const char *const methodNames[] = {"none", "platt", "isotonic"};

//! The rows fitting uses: label 0/1 and a finite probability.
struct Rows
{
    std::vector<double> p;
    std::vector<int8_t> y;
    qsizetype positives = 0;
    qsizetype negatives() const { return qsizetype(y.size()) - positives; }
};

Rows usableRows(std::span<const int8_t> labels, std::span<const double> probabilities)
{
    Rows rows;
    const size_t n = std::min(labels.size(), probabilities.size());
    rows.p.reserve(n);
    rows.y.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if ((labels[i] != 0 && labels[i] != 1) || !std::isfinite(probabilities[i]))
            continue;
        rows.p.push_back(std::clamp(probabilities[i], 0.0, 1.0));
        rows.y.push_back(labels[i]);
        rows.positives += labels[i];
    }
    return rows;
}

double logit(double p)
{
    const double c = std::clamp(p, plattClip, 1.0 - plattClip);
    return std::log(c / (1.0 - c));
}

double sigmoid(double f)
{
    if (f >= 0)
        return 1.0 / (1.0 + std::exp(-f));
    const double e = std::exp(f);
    return e / (1.0 + e);
}

//! log(1 + e^f) without overflow.
double softplus(double f)
{
    return std::max(f, 0.0) + std::log1p(std::exp(-std::fabs(f)));
}

struct PlattFit
{
    double a = 1.0, b = 0.0;
    bool ok = false;
};

/*!
 * Platt's maximum-likelihood fit of sigmoid(a z + b) to 0/1 labels with smoothed targets, by Newton's
 * method with a backtracking line search (Lin, Lin & Weng 2007). \a z are the logits of the raw p.
 */
PlattFit fitPlatt(std::span<const double> z, std::span<const int8_t> y)
{
    PlattFit fit;
    const size_t n = z.size();
    qsizetype positives = 0;
    for (int8_t v : y)
        positives += v;
    const qsizetype negatives = qsizetype(n) - positives;
    if (positives == 0 || negatives == 0)
        return fit;
    const double hi = (double(positives) + 1.0) / (double(positives) + 2.0);
    const double lo = 1.0 / (double(negatives) + 2.0);

    auto loss = [&](double a, double b) {
        double sum = 0.0;
        for (size_t i = 0; i < n; ++i) {
            const double f = a * z[i] + b;
            sum += softplus(f) - (y[i] == 1 ? hi : lo) * f;
        }
        return sum;
    };

    double a = 0.0;
    double b = std::log((double(positives) + 1.0) / (double(negatives) + 1.0));
    double current = loss(a, b);
    constexpr double ridge = 1e-12; // keeps the Hessian invertible when z hardly varies
    for (int iteration = 0; iteration < 100; ++iteration) {
        double gA = 0.0, gB = 0.0, hAA = ridge, hAB = 0.0, hBB = ridge;
        for (size_t i = 0; i < n; ++i) {
            const double q = sigmoid(a * z[i] + b);
            const double d = q - (y[i] == 1 ? hi : lo);
            const double w = q * (1.0 - q);
            gA += d * z[i];
            gB += d;
            hAA += w * z[i] * z[i];
            hAB += w * z[i];
            hBB += w;
        }
        if (std::fabs(gA) < 1e-9 * double(n) && std::fabs(gB) < 1e-9 * double(n))
            break;
        const double det = hAA * hBB - hAB * hAB;
        if (!(det > 0) || !std::isfinite(det))
            break;
        const double dA = -(hBB * gA - hAB * gB) / det;
        const double dB = -(hAA * gB - hAB * gA) / det;
        const double slope = gA * dA + gB * dB; // < 0 for a descent direction
        // Newton decrement: the loss cannot fall by more than -slope / 2; below rounding, done.
        if (!(-slope > 1e-12 * double(n)))
            break;
        double step = 1.0;
        bool moved = false;
        while (step >= 1e-10) {
            const double na = a + step * dA, nb = b + step * dB;
            const double next = loss(na, nb);
            if (next <= current + 1e-4 * step * slope) {
                a = na;
                b = nb;
                current = next;
                moved = true;
                break;
            }
            step *= 0.5;
        }
        if (!moved)
            break;
    }
    if (std::isfinite(a) && std::isfinite(b) && a > 0) {
        fit.a = a;
        fit.b = b;
        fit.ok = true;
    }
    return fit;
}

struct IsotonicFit
{
    std::vector<double> x, y;
};

/*!
 * Pool-adjacent-violators on rows sorted by p (ascending): equal p are pooled first, then adjacent
 * blocks whose rates are not strictly increasing; rates are clipped and blocks that become equal
 * after clipping are pooled too, so the centres' values are strictly increasing.
 */
IsotonicFit fitIsotonicSorted(std::span<const double> p, std::span<const int8_t> y)
{
    struct Block
    {
        double sumP = 0.0, sumY = 0.0, count = 0.0;
    };
    std::vector<Block> blocks;
    const size_t n = p.size();
    for (size_t i = 0; i < n;) {
        Block block;
        const double value = p[i];
        for (; i < n && p[i] == value; ++i) {
            block.sumP += p[i];
            block.sumY += double(y[i]);
            block.count += 1.0;
        }
        blocks.push_back(block);
        // Rates compared by cross-multiplication: sums and counts are whole numbers, so exact.
        while (blocks.size() >= 2) {
            const Block &last = blocks.back();
            const Block &prev = blocks[blocks.size() - 2];
            if (prev.sumY * last.count < last.sumY * prev.count)
                break;
            Block merged{prev.sumP + last.sumP, prev.sumY + last.sumY, prev.count + last.count};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    IsotonicFit fit;
    std::vector<double> counts;
    for (const Block &block : blocks) {
        const double x = block.sumP / block.count;
        const double rate = std::clamp(block.sumY / block.count, isotonicClip, 1.0 - isotonicClip);
        if (!fit.y.empty() && rate <= fit.y.back()) { // only where clipping made two rates equal
            const double total = counts.back() + block.count;
            fit.x.back() = (fit.x.back() * counts.back() + block.sumP) / total;
            counts.back() = total;
            continue;
        }
        fit.x.push_back(x);
        fit.y.push_back(rate);
        counts.push_back(block.count);
    }
    return fit;
}

double isotonicValue(const std::vector<double> &xs, const std::vector<double> &ys, double p)
{
    if (p <= xs.front())
        return ys.front();
    if (p >= xs.back())
        return ys.back();
    // xs.front() < p < xs.back(): the first centre above p has one below it.
    const size_t hi = size_t(std::upper_bound(xs.begin(), xs.end(), p) - xs.begin());
    const size_t lo = hi - 1;
    const double t = (p - xs[lo]) / (xs[hi] - xs[lo]);
    return ys[lo] + t * (ys[hi] - ys[lo]);
}

double brierOf(std::span<const int8_t> y, std::span<const double> p)
{
    double sum = 0.0;
    for (size_t i = 0; i < y.size(); ++i) {
        const double d = p[i] - double(y[i]);
        sum += d * d;
    }
    return y.empty() ? NaN : sum / double(y.size());
}

Error badInput(const QString &message)
{
    return Error::make(ErrorCode::BadInput, message, {}, Tr::tr("The model's calibration map is damaged; retrain the model."));
}

//! Reads a JSON array of finite numbers in [0, 1] named \a key.
Result<std::vector<double>> readUnitArray(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        return std::unexpected(badInput(Tr::tr("The isotonic calibration has no \"%1\" list of numbers.").arg(key)));
    const QJsonArray array = value.toArray();
    std::vector<double> out;
    out.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        const double d = v.toDouble(NaN);
        if (!v.isDouble() || !std::isfinite(d))
            return std::unexpected(badInput(Tr::tr("Value %1 of the isotonic calibration's \"%2\" is not a finite number.").arg(i + 1).arg(key)));
        if (d < 0.0 || d > 1.0)
            return std::unexpected(badInput(Tr::tr("Value %1 of the isotonic calibration's \"%2\" (%3) is outside [0, 1].").arg(i + 1).arg(key).arg(d)));
        out.push_back(d);
    }
    return out;
}
} // namespace

QString Calibration::machineName(Method method)
{
    return QString::fromLatin1(methodNames[int(method)]);
}

bool Calibration::fromMachineName(const QString &name, Method *method)
{
    for (size_t i = 0; i < std::size(methodNames); ++i) {
        if (name.compare(QLatin1String(methodNames[i]), Qt::CaseInsensitive) == 0) {
            *method = Method(i);
            return true;
        }
    }
    return false;
}

Calibration Calibration::platt(std::span<const int8_t> labels, std::span<const double> probabilities)
{
    const Rows rows = usableRows(labels, probabilities);
    std::vector<double> z(rows.p.size());
    std::transform(rows.p.begin(), rows.p.end(), z.begin(), logit);
    const PlattFit fit = fitPlatt(z, rows.y);
    Calibration c;
    if (fit.ok) {
        c.m_method = Method::Platt;
        c.m_a = fit.a;
        c.m_b = fit.b;
    }
    return c;
}

Calibration Calibration::isotonic(std::span<const int8_t> labels, std::span<const double> probabilities)
{
    Rows rows = usableRows(labels, probabilities);
    Calibration c;
    if (rows.positives == 0 || rows.negatives() == 0)
        return c; // one class: nothing to calibrate against
    std::vector<size_t> order(rows.p.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t i, size_t j) { return rows.p[i] < rows.p[j]; });
    std::vector<double> p(order.size());
    std::vector<int8_t> y(order.size());
    for (size_t k = 0; k < order.size(); ++k) {
        p[k] = rows.p[order[k]];
        y[k] = rows.y[order[k]];
    }
    IsotonicFit fit = fitIsotonicSorted(p, y);
    c.m_method = Method::Isotonic;
    c.m_x = std::move(fit.x);
    c.m_y = std::move(fit.y);
    return c;
}

Calibration Calibration::fit(Method method, std::span<const int8_t> labels, std::span<const double> probabilities)
{
    switch (method) {
    case Method::Platt:
        return platt(labels, probabilities);
    case Method::Isotonic:
        return isotonic(labels, probabilities);
    case Method::None:
        break;
    }
    return {};
}

Calibration Calibration::choose(std::span<const int8_t> labels, std::span<const double> probabilities, int folds, quint64 seed,
                                Choice *choice)
{
    Rows rows = usableRows(labels, probabilities);
    Choice measured;
    for (int m = 0; m < 3; ++m)
        measured.logLoss[m] = measured.brier[m] = NaN; // not measured
    measured.logLoss[0] = logLoss(rows.y, rows.p);
    measured.brier[0] = brierOf(rows.y, rows.p);
    const qsizetype smaller = std::min(rows.positives, rows.negatives());
    if (smaller < minimumPerClass) {
        if (choice)
            *choice = measured;
        return {};
    }
    const int k = int(std::clamp<qsizetype>(folds, 2, smaller));
    const quint32 seed32 = quint32(seed ^ (seed >> 32)); // the seed itself when it fits 32 bits
    const auto foldOf = DataSplit::stratifiedKFold(rows.y, k, seed32);
    if (!foldOf) { // cannot happen: each class has at least k rows
        if (choice)
            *choice = measured;
        return {};
    }

    // Sort once; every fold's training rows are then a subsequence in p order.
    const size_t n = rows.p.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t i, size_t j) { return rows.p[i] < rows.p[j]; });
    std::vector<double> z(n);
    std::transform(rows.p.begin(), rows.p.end(), z.begin(), logit);

    std::vector<double> plattOut(n), isotonicOut(n);
    std::vector<double> trainZ, trainP;
    std::vector<int8_t> trainY;
    trainZ.reserve(n);
    trainP.reserve(n);
    trainY.reserve(n);
    for (int f = 0; f < k; ++f) {
        trainZ.clear();
        trainP.clear();
        trainY.clear();
        for (size_t i : order) {
            if ((*foldOf)[i] == f)
                continue;
            trainZ.push_back(z[i]);
            trainP.push_back(rows.p[i]);
            trainY.push_back(rows.y[i]);
        }
        Calibration plattMap;
        if (const PlattFit fit = fitPlatt(trainZ, trainY); fit.ok) {
            plattMap.m_method = Method::Platt;
            plattMap.m_a = fit.a;
            plattMap.m_b = fit.b;
        }
        Calibration isotonicMap;
        IsotonicFit fit = fitIsotonicSorted(trainP, trainY); // each fold has both classes
        isotonicMap.m_method = Method::Isotonic;
        isotonicMap.m_x = std::move(fit.x);
        isotonicMap.m_y = std::move(fit.y);
        for (size_t i = 0; i < n; ++i) {
            if ((*foldOf)[i] != f)
                continue;
            plattOut[i] = plattMap.apply(rows.p[i]);
            isotonicOut[i] = isotonicMap.apply(rows.p[i]);
        }
    }
    measured.folds = k;
    measured.logLoss[int(Method::Platt)] = logLoss(rows.y, plattOut);
    measured.brier[int(Method::Platt)] = brierOf(rows.y, plattOut);
    measured.logLoss[int(Method::Isotonic)] = logLoss(rows.y, isotonicOut);
    measured.brier[int(Method::Isotonic)] = brierOf(rows.y, isotonicOut);

    // Lowest log loss wins, among the methods that also lower the Brier score; ties keep the simpler.
    Method best = Method::None;
    for (Method m : {Method::Platt, Method::Isotonic}) {
        const int i = int(m);
        if (measured.logLoss[i] < measured.logLoss[int(best)] && measured.brier[i] < measured.brier[0])
            best = m;
    }
    const Calibration result = fit(best, rows.y, rows.p);
    measured.method = result.method(); // a refit refused on all rows (Platt a <= 0) is the identity
    if (choice)
        *choice = measured;
    return result;
}

double Calibration::apply(double p) const
{
    if (std::isnan(p))
        return p;
    switch (m_method) {
    case Method::None:
        return p;
    case Method::Platt:
        return sigmoid(m_a * logit(p) + m_b);
    case Method::Isotonic:
        return m_x.empty() ? p : isotonicValue(m_x, m_y, p);
    }
    return p;
}

void Calibration::apply(std::span<double> probabilities) const
{
    if (m_method == Method::None)
        return;
    for (double &p : probabilities)
        p = apply(p);
}

QJsonObject Calibration::toJson() const
{
    QJsonObject json{{QStringLiteral("method"), machineName(m_method)}};
    if (m_method == Method::Platt) {
        json.insert(QStringLiteral("a"), m_a);
        json.insert(QStringLiteral("b"), m_b);
    } else if (m_method == Method::Isotonic) {
        QJsonArray x, y;
        for (double v : m_x)
            x.append(v);
        for (double v : m_y)
            y.append(v);
        json.insert(QStringLiteral("x"), x);
        json.insert(QStringLiteral("y"), y);
    }
    return json;
}

Result<Calibration> Calibration::fromJson(const QJsonObject &json)
{
    if (json.isEmpty())
        return Calibration();
    const QJsonValue methodValue = json.value(QStringLiteral("method"));
    if (!methodValue.isString())
        return std::unexpected(badInput(Tr::tr("The calibration has no \"method\" text (none, platt or isotonic).")));
    Method method = Method::None;
    if (!fromMachineName(methodValue.toString(), &method))
        return std::unexpected(badInput(Tr::tr("Unknown calibration method \"%1\" (expected none, platt or isotonic).").arg(methodValue.toString())));

    Calibration c;
    c.m_method = method;
    switch (method) {
    case Method::None:
        break;
    case Method::Platt: {
        const QJsonValue a = json.value(QStringLiteral("a")), b = json.value(QStringLiteral("b"));
        if (!a.isDouble() || !b.isDouble() || !std::isfinite(a.toDouble()) || !std::isfinite(b.toDouble()))
            return std::unexpected(badInput(Tr::tr("The Platt calibration needs finite numbers \"a\" and \"b\".")));
        if (!(a.toDouble() > 0))
            return std::unexpected(badInput(Tr::tr("The Platt calibration's slope \"a\" must be positive (got %1).").arg(a.toDouble())));
        c.m_a = a.toDouble();
        c.m_b = b.toDouble();
        break;
    }
    case Method::Isotonic: {
        auto x = readUnitArray(json, QStringLiteral("x"));
        if (!x)
            return std::unexpected(x.error());
        auto y = readUnitArray(json, QStringLiteral("y"));
        if (!y)
            return std::unexpected(y.error());
        if (x->size() != y->size())
            return std::unexpected(badInput(Tr::tr("The isotonic calibration has %1 \"x\" values but %2 \"y\" values.").arg(x->size()).arg(y->size())));
        if (x->empty())
            return std::unexpected(badInput(Tr::tr("The isotonic calibration has no points.")));
        for (size_t i = 1; i < x->size(); ++i) {
            if (!((*x)[i] > (*x)[i - 1]))
                return std::unexpected(badInput(Tr::tr("The isotonic calibration's \"x\" values are not strictly ascending (value %1).").arg(i + 1)));
            if ((*y)[i] < (*y)[i - 1])
                return std::unexpected(badInput(Tr::tr("The isotonic calibration's \"y\" values decrease (value %1).").arg(i + 1)));
        }
        c.m_x = std::move(*x);
        c.m_y = std::move(*y);
        break;
    }
    }
    return c;
}

double Calibration::expectedCalibrationError(std::span<const int8_t> labels, std::span<const double> probabilities, int bins)
{
    bins = std::max(bins, 1);
    std::vector<double> count(size_t(bins), 0.0), sumP(size_t(bins), 0.0), sumY(size_t(bins), 0.0);
    double total = 0.0;
    const size_t n = std::min(labels.size(), probabilities.size());
    for (size_t i = 0; i < n; ++i) {
        const double p = probabilities[i];
        if ((labels[i] != 0 && labels[i] != 1) || std::isnan(p))
            continue;
        // Bin b is [b/bins, (b+1)/bins); the last one also holds p == 1.
        const double clamped = std::clamp(p, 0.0, 1.0);
        int b = std::min(int(clamped * bins), bins - 1);
        if (b > 0 && clamped < double(b) / bins)
            --b;
        else if (b + 1 < bins && clamped >= double(b + 1) / bins)
            ++b;
        count[size_t(b)] += 1.0;
        sumP[size_t(b)] += p;
        sumY[size_t(b)] += double(labels[i]);
        total += 1.0;
    }
    if (total == 0)
        return NaN;
    double ece = 0.0;
    for (size_t b = 0; b < size_t(bins); ++b) {
        if (count[b] > 0)
            ece += std::fabs(sumY[b] - sumP[b]) / total; // (n_b / N) · |mean y − mean p|
    }
    return ece;
}

double Calibration::logLoss(std::span<const int8_t> labels, std::span<const double> probabilities)
{
    const size_t n = std::min(labels.size(), probabilities.size());
    double sum = 0.0;
    size_t used = 0;
    for (size_t i = 0; i < n; ++i) {
        if ((labels[i] != 0 && labels[i] != 1) || std::isnan(probabilities[i]))
            continue;
        const double p = std::clamp(probabilities[i], logLossClip, 1.0 - logLossClip);
        sum -= labels[i] == 1 ? std::log(p) : std::log1p(-p);
        ++used;
    }
    return used ? sum / double(used) : NaN;
}

} // namespace churnlens
