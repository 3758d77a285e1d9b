#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <span>
#include <utility>
#include <vector>

namespace churnlens {

class XgbDMatrix;

//! Boosting rounds [iterationBegin, iterationEnd) of a model; end 0 = all.
struct XgbIterationRange
{
    int iterationBegin = 0;
    int iterationEnd = 0;
};

/*!
 * Owns one XGBoost booster handle (freed in the destructor). Move-only. The single wrapper of
 * XGBoost's booster API: every call's return code is checked and a failure becomes an Error
 * carrying XGBGetLastError()'s text, read on the calling thread.
 * Thread affinity: one booster is used from one thread at a time; different boosters may run
 * on different threads at once (give each its own "nthread").
 */
class XgbBooster
{
public:
    //! What a prediction returns.
    enum class Output { Probability, Margin };

    using Range = XgbIterationRange;

    XgbBooster() = default;
    ~XgbBooster();
    XgbBooster(XgbBooster &&other) noexcept;
    XgbBooster &operator=(XgbBooster &&other) noexcept;
    XgbBooster(const XgbBooster &) = delete;
    XgbBooster &operator=(const XgbBooster &) = delete;

    //! A new booster; \a cache lists the matrices it will train or evaluate on (may be empty).
    static Result<XgbBooster> create(std::span<const XgbDMatrix *const> cache = {});
    //! A booster from XGBoost's own JSON model format (as written by toJson()).
    static Result<XgbBooster> fromJson(const QByteArray &json);

    Result<void> setParam(const QString &name, const QString &value);
    Result<void> setParams(const std::vector<std::pair<QString, QString>> &params);

    //! One boosting round: the natural unit of progress and cancel.
    Result<void> updateOneIter(int iteration, const XgbDMatrix &train);
    /*!
     * One round from caller-given gradients and hessians (one per training row): a custom
     * objective. The random forest uses it to grow every tree from the same starting point.
     */
    Result<void> boostOneIter(const XgbDMatrix &train, std::span<float> gradients, std::span<float> hessians);
    /*!
     * Evaluates the model's "eval_metric" on \a sets after round \a iteration, using XGBoost's
     * prediction cache (cheap). Returns one value per set, in order.
     */
    Result<std::vector<double>> evalOneIter(int iteration, std::span<const XgbDMatrix *const> sets);

    Result<std::vector<float>> predict(const XgbDMatrix &data, Output output = Output::Probability, Range range = {});
    /*!
     * predict() of the whole model without a copy: XGBoost's own buffer, valid until the next
     * prediction on this thread (for per-round calls on the training matrix).
     */
    Result<std::span<const float>> predictView(const XgbDMatrix &data, Output output);
    //! In-place prediction straight from dense row-major floats (NaN = missing): no DMatrix, no copy.
    Result<std::vector<float>> predictDense(const float *data, qsizetype rows, int cols,
                                            Output output = Output::Probability, Range range = {}) const;

    //! Stores feature names in the model (saved in its JSON), so the file is self-describing.
    Result<void> setFeatureNames(const QStringList &names);

    Result<int> boostedRounds() const;
    Result<int> featureCount() const;

    //! The model in XGBoost's own JSON format (loadable by any XGBoost binding).
    Result<QByteArray> toJson() const;
    //! The learner's configuration (parameters actually used) as JSON.
    Result<QByteArray> configJson() const;

    /*!
     * Importance per feature: "gain", "total_gain", "weight", "cover" or "total_cover".
     * Features never used in a split get 0.
     */
    Result<std::vector<double>> featureScores(const QString &type, int featureCount) const;

    bool isNull() const { return m_handle == nullptr; }

    //! "1.7.4"
    static QString libraryVersion();

private:
    void reset();
    void *m_handle = nullptr;
};

} // namespace churnlens
