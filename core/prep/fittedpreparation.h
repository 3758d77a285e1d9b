#pragma once

#include "../common/error.h"
#include "../common/progress.h"
#include "../data/datatable.h"
#include "featurematrix.h"
#include "preparationoptions.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <memory>
#include <span>

namespace churnlens {

/*!
 * The preparation learned from training rows: imputation values, missing indicators,
 * category levels, engineered features and scaling statistics. It turns any table with
 * the same column names (a CV fold, the test rows, a new customer file, one customer in
 * the what-if editor) into the same features, in the same order.
 *
 * Only columns with role Feature are used (Text columns are skipped with an issue).
 * Columns are matched by name at transform time; what does not fit is handled and
 * reported as Issues, never fatal:
 *  - a missing column is treated as all-missing (imputed, indicator 1);
 *  - an unseen category gives all-zero one-hot columns (a one-column encoding treats it
 *    as missing);
 *  - a numeric column that arrives as text uses the values that parse, others are missing;
 *    a categorical column that arrives as numbers is matched by the numbers' text.
 *
 * Value type; cheap to copy (shares its immutable state). Safe to use from several
 * threads at once. transform() runs on `options().threads` threads.
 */
class FittedPreparation
{
public:
    static constexpr int FormatVersion = 1;

    FittedPreparation();
    ~FittedPreparation();
    FittedPreparation(const FittedPreparation &);
    FittedPreparation &operator=(const FittedPreparation &);
    FittedPreparation(FittedPreparation &&) noexcept;
    FittedPreparation &operator=(FittedPreparation &&) noexcept;

    //! Learns everything from \a trainRows only (row indices into \a table). Issues: columns
    //! skipped, engineered features not available. Fails on no usable feature column, bad
    //! row indices, no training rows, or cancel.
    static Result<FittedPreparation> fit(const DataTable &table, std::span<const qsizetype> trainRows,
                                         const PreparationOptions &options = {},
                                         QList<Issue> *issues = nullptr, Progress *progress = nullptr);
    //! fit() on all rows of \a table.
    static Result<FittedPreparation> fit(const DataTable &table, const PreparationOptions &options = {},
                                         QList<Issue> *issues = nullptr, Progress *progress = nullptr);

    //! Features of \a rows (indices into \a table) in that order. Issues as described above.
    Result<FeatureMatrix> transform(const DataTable &table, std::span<const qsizetype> rows,
                                    QList<Issue> *issues = nullptr, Progress *progress = nullptr) const;
    //! Features of every row of \a table.
    Result<FeatureMatrix> transform(const DataTable &table, QList<Issue> *issues = nullptr,
                                    Progress *progress = nullptr) const;

    bool isValid() const { return bool(d); }
    const PreparationOptions &options() const;
    int featureCount() const;
    QStringList featureNames() const;
    //! Names of the table columns it reads, in the order used.
    QStringList inputColumns() const;
    //! Whether input column \a column (its index in inputColumns()) is read as categories (false: numbers).
    bool isCategorical(int column) const;
    //! The training categories of input column \a column, in slot order (empty for a number column).
    QStringList categories(int column) const;
    /*!
     * Whether input column \a column knows the category \a text, matched as scoring matches it:
     * the exact text, then ignoring case and surrounding spaces, then a yes/no word for a yes/no
     * column. Scoring reads an unknown one by the rule above (no one-hot column set; one-column
     * encodings treat it as missing). False for number columns and out-of-range \a column.
     */
    bool knowsCategory(int column, const QString &text) const;
    //! Engineered features actually produced (switched on and available at fit time).
    QList<EngineeredFeature> engineeredFeatures() const;

    QJsonObject toJson() const;
    static Result<FittedPreparation> fromJson(const QJsonObject &json);

    struct Private;

private:
    explicit FittedPreparation(std::shared_ptr<const Private> p);
    std::shared_ptr<const Private> d;
};

} // namespace churnlens
