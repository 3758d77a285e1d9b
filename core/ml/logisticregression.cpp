#include "logisticregression.h"

#include "common/parallel.h"
#include "common/progress.h"
#include "common/threads.h"

#include <QJsonArray>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

constexpr qsizetype BlockRows = 1024;

double log1pExp(double z)
{
    return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

double sigmoid(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

struct Problem
{
    const float *data;
    qsizetype rows;
    int cols;
    std::span<const float> labels;
    std::span<const float> weights;
    int threads;
};

// The data term of the objective (unscaled by C) and, on request, its gradient and Hessian
// with respect to beta = (w, intercept).
struct Pass
{
    double loss = 0.0;
    VectorXd gradient;
    MatrixXd hessian; // lower triangle filled
};

Pass passRange(const Problem &p, const VectorXd &beta, bool derivatives, qsizetype begin, qsizetype end)
{
    const int d = p.cols + 1;
    Pass out;
    if (derivatives) {
        out.gradient = VectorXd::Zero(d);
        out.hessian = MatrixXd::Zero(d, d);
    }
    MatrixXd block(BlockRows, d);
    VectorXd r(BlockRows), w(BlockRows);
    for (qsizetype start = begin; start < end; start += BlockRows) {
        const qsizetype m = std::min(BlockRows, end - start);
        for (qsizetype i = 0; i < m; ++i) {
            const float *row = p.data + size_t(start + i) * size_t(p.cols);
            for (int j = 0; j < p.cols; ++j)
                block(i, j) = double(row[j]);
            block(i, p.cols) = 1.0;
        }
        auto X = block.topRows(m);
        const VectorXd z = X * beta;
        for (qsizetype i = 0; i < m; ++i) {
            const double y = p.labels[size_t(start + i)];
            const double s = p.weights.empty() ? 1.0 : double(p.weights[size_t(start + i)]);
            out.loss += s * (log1pExp(z(i)) - y * z(i));
            if (derivatives) {
                const double q = sigmoid(z(i));
                r(i) = s * (q - y);
                w(i) = std::sqrt(s * q * (1.0 - q));
            }
        }
        if (derivatives) {
            out.gradient.noalias() += X.transpose() * r.head(m);
            const MatrixXd scaled = w.head(m).asDiagonal() * X;
            out.hessian.selfadjointView<Eigen::Lower>().rankUpdate(scaled.transpose());
        }
    }
    return out;
}

Pass evaluate(const Problem &p, const VectorXd &beta, bool derivatives)
{
    const int threads = threadCount(p.threads);
    if (threads == 1 || p.rows < 20000)
        return passRange(p, beta, derivatives, 0, p.rows);
    // One part per thread, summed in part order: the digits depend on the thread count only.
    std::vector<Pass> parts(static_cast<size_t>(threads));
    const qsizetype chunk = (p.rows + threads - 1) / threads;
    (void)parallelFor(threads, 1, threads, nullptr, [&](qsizetype t, qsizetype, int) {
        const qsizetype b = std::min(p.rows, t * chunk), e = std::min(p.rows, (t + 1) * chunk);
        parts[size_t(t)] = passRange(p, beta, derivatives, b, e);
        return true;
    });
    Pass total = std::move(parts[0]);
    for (size_t t = 1; t < parts.size(); ++t) {
        total.loss += parts[t].loss;
        if (derivatives) {
            total.gradient += parts[t].gradient;
            total.hessian += parts[t].hessian;
        }
    }
    return total;
}

double penalty(const VectorXd &beta, int cols, LogisticRegression::Penalty kind)
{
    const auto w = beta.head(cols);
    return kind == LogisticRegression::Penalty::L2 ? 0.5 * w.squaredNorm() : w.lpNorm<1>();
}

double softThreshold(double x, double t)
{
    return x > t ? x - t : (x < -t ? x + t : 0.0);
}

// Proximal Newton direction for the L1 penalty: coordinate descent on the quadratic model.
VectorXd l1Direction(const VectorXd &beta, const VectorXd &g, const MatrixXd &H, int cols)
{
    const int d = int(beta.size());
    VectorXd delta = VectorXd::Zero(d);
    VectorXd Hd = VectorXd::Zero(d);
    for (int sweep = 0; sweep < 2000; ++sweep) {
        double maxChange = 0.0;
        for (int j = 0; j < d; ++j) {
            const double a = H(j, j);
            if (a <= 0)
                continue;
            const double b = g(j) + Hd(j) - a * delta(j);
            const double updated = j < cols ? softThreshold(beta(j) - b / a, 1.0 / a) - beta(j) : -b / a;
            const double change = updated - delta(j);
            if (change != 0.0) {
                Hd += H.col(j) * change;
                delta(j) = updated;
                maxChange = std::max(maxChange, std::fabs(change));
            }
        }
        if (maxChange < 1e-13)
            break;
    }
    return delta;
}

// Largest component of the minimum-norm subgradient of C*loss + |w|_1.
double l1Optimality(const VectorXd &beta, const VectorXd &g, int cols)
{
    double worst = std::fabs(g(cols));
    for (int j = 0; j < cols; ++j) {
        const double v = beta(j) != 0.0 ? std::fabs(g(j) + (beta(j) > 0 ? 1.0 : -1.0)) : std::max(0.0, std::fabs(g(j)) - 1.0);
        worst = std::max(worst, v);
    }
    return worst;
}

} // namespace

Result<LogisticRegression> LogisticRegression::fit(const float *data, qsizetype rows, int cols, std::span<const float> labels,
                                                   std::span<const float> weights, const Options &options, Progress *progress)
{
    if (rows < 2 || cols < 1)
        return makeError(ErrorCode::BadInput, Tr::tr("Logistic regression needs at least 2 rows and 1 feature."));
    if (qsizetype(labels.size()) != rows || (!weights.empty() && qsizetype(weights.size()) != rows))
        return makeError(ErrorCode::Internal, Tr::tr("Labels or weights do not match the rows."));
    if (!(options.C > 0) || !std::isfinite(options.C))
        return makeError(ErrorCode::Usage, Tr::tr("C must be a positive number (got %1).").arg(options.C));
    for (size_t i = 0; i < size_t(rows) * size_t(cols); ++i) {
        if (!std::isfinite(data[i]))
            return makeError(ErrorCode::BadInput, Tr::tr("Logistic regression got a missing or infinite value (row %1, feature %2).")
                                                      .arg(qsizetype(i / size_t(cols)) + 1).arg(int(i % size_t(cols)) + 1),
                             Tr::tr("Impute missing values before training."));
    }
    double weightSum = 0.0;
    for (qsizetype i = 0; i < rows; ++i) {
        const float y = labels[size_t(i)];
        if (y != 0.0f && y != 1.0f)
            return makeError(ErrorCode::Internal, Tr::tr("Labels must be 0 or 1."));
        const float s = weights.empty() ? 1.0f : weights[size_t(i)];
        if (!std::isfinite(s) || s < 0.0f)
            return makeError(ErrorCode::BadInput, Tr::tr("A sample weight is negative or not a number."));
        weightSum += s;
    }

    const Problem problem{data, rows, cols, labels, weights, options.threads};
    const int d = cols + 1;
    const double C = options.C;
    const double scale = 1.0 + C * weightSum; // gradients grow with the data term
    VectorXd beta = VectorXd::Zero(d);
    Pass current = evaluate(problem, beta, true);
    double objective = C * current.loss + penalty(beta, cols, options.penalty);

    LogisticRegression model;
    model.m_options = options;
    for (int it = 0; it < options.maxIterations; ++it) {
        if (isCanceled(progress))
            return std::unexpected(Error::canceled());
        VectorXd g = C * current.gradient;
        MatrixXd H = C * current.hessian.selfadjointView<Eigen::Lower>();
        VectorXd direction;
        double expected; // predicted decrease term for the Armijo test (negative)
        if (options.penalty == Penalty::L2) {
            g.head(cols) += beta.head(cols);
            H.diagonal().head(cols).array() += 1.0;
            if (g.lpNorm<Eigen::Infinity>() <= options.tolerance * scale) {
                model.m_converged = true;
                break;
            }
            direction = -H.ldlt().solve(g);
            expected = g.dot(direction);
        } else {
            if (l1Optimality(beta, g, cols) <= options.tolerance * scale) {
                model.m_converged = true;
                break;
            }
            H.diagonal().array() += 1e-12 * (1.0 + H.diagonal().array().abs());
            direction = l1Direction(beta, g, H, cols);
            expected = g.dot(direction) + penalty(beta + direction, cols, options.penalty) - penalty(beta, cols, options.penalty);
        }
        if (!direction.allFinite())
            return makeError(ErrorCode::Model, Tr::tr("Logistic regression did not converge (singular system)."));
        if (expected >= 0) { // no descent left: at the optimum to machine precision
            model.m_converged = true;
            break;
        }
        double t = 1.0;
        VectorXd trial;
        double trialObjective = objective;
        bool accepted = false;
        for (int halving = 0; halving < 40; ++halving) {
            trial = beta + t * direction;
            trialObjective = C * evaluate(problem, trial, false).loss + penalty(trial, cols, options.penalty);
            if (trialObjective <= objective + 1e-4 * t * expected) {
                accepted = true;
                break;
            }
            t *= 0.5;
        }
        model.m_iterations = it + 1;
        if (!accepted) { // the objective cannot decrease any more in floating point
            model.m_converged = true;
            break;
        }
        const double stepSize = (t * direction).lpNorm<Eigen::Infinity>();
        beta = trial;
        objective = trialObjective;
        current = evaluate(problem, beta, true);
        if (progress)
            progress->setProgress(std::min(1.0, double(it + 1) / 20.0));
        if (stepSize < 1e-12 * (1.0 + beta.lpNorm<Eigen::Infinity>())) {
            model.m_converged = true;
            break;
        }
    }
    model.m_coefficients.assign(beta.data(), beta.data() + cols);
    model.m_intercept = beta(cols);
    return model;
}

std::vector<double> LogisticRegression::decisionFunction(const float *data, qsizetype rows) const
{
    std::vector<double> z(size_t(std::max<qsizetype>(rows, 0)));
    const int p = cols();
    for (qsizetype i = 0; i < rows; ++i) {
        const float *row = data + size_t(i) * size_t(p);
        double sum = m_intercept;
        for (int j = 0; j < p; ++j)
            sum += m_coefficients[size_t(j)] * double(row[j]);
        z[size_t(i)] = sum;
    }
    return z;
}

std::vector<double> LogisticRegression::predictProba(const float *data, qsizetype rows) const
{
    std::vector<double> z = decisionFunction(data, rows);
    for (double &v : z)
        v = std::isnan(v) ? v : sigmoid(v);
    return z;
}

QJsonObject LogisticRegression::toJson(const QStringList &featureNames) const
{
    QJsonArray coefficients;
    for (double c : m_coefficients)
        coefficients.append(c);
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("churnlens-logistic")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("C"), m_options.C},
                  {QStringLiteral("penalty"), m_options.penalty == Penalty::L1 ? QStringLiteral("l1") : QStringLiteral("l2")},
                  {QStringLiteral("intercept"), m_intercept},
                  {QStringLiteral("coefficients"), coefficients},
                  {QStringLiteral("iterations"), m_iterations},
                  {QStringLiteral("converged"), m_converged}};
    if (!featureNames.isEmpty())
        o.insert(QStringLiteral("features"), QJsonArray::fromStringList(featureNames));
    return o;
}

Result<LogisticRegression> LogisticRegression::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("churnlens-logistic"))
        return makeError(ErrorCode::Model, Tr::tr("This is not a ChurnLens logistic regression model."));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return makeError(ErrorCode::Model, Tr::tr("Unsupported logistic model version %1.").arg(json.value(QStringLiteral("version")).toInt()),
                         Tr::tr("Update ChurnLens to load this model."));
    const QJsonArray coefficients = json.value(QStringLiteral("coefficients")).toArray();
    const QJsonValue intercept = json.value(QStringLiteral("intercept"));
    if (coefficients.isEmpty() || !intercept.isDouble())
        return makeError(ErrorCode::Model, Tr::tr("The logistic model has no coefficients or no intercept."));
    LogisticRegression m;
    for (const QJsonValue &v : coefficients) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return makeError(ErrorCode::Model, Tr::tr("The logistic model has a coefficient that is not a number."));
        m.m_coefficients.push_back(v.toDouble());
    }
    m.m_intercept = intercept.toDouble();
    m.m_options.C = json.value(QStringLiteral("C")).toDouble(1.0);
    m.m_options.penalty = json.value(QStringLiteral("penalty")).toString() == QLatin1String("l1") ? Penalty::L1 : Penalty::L2;
    m.m_iterations = json.value(QStringLiteral("iterations")).toInt();
    m.m_converged = json.value(QStringLiteral("converged")).toBool(true);
    return m;
}

} // namespace churnlens
