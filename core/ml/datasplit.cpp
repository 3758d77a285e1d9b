#include "datasplit.h"

#include "data/datatable.h"
#include "numpyrandom.h"

#include <QFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace churnlens {

namespace {

// scikit-learn's _approximate_mode: per-class draws whose sum is nDraws, ties broken at random.
std::vector<qint64> approximateMode(const std::vector<qint64> &classCounts, qint64 nDraws, NumpyRandom &rng)
{
    qint64 total = 0;
    for (qint64 c : classCounts)
        total += c;
    std::vector<double> continuous(classCounts.size());
    std::vector<qint64> floored(classCounts.size());
    double flooredSum = 0.0;
    for (size_t i = 0; i < classCounts.size(); ++i) {
        continuous[i] = double(classCounts[i]) / double(total) * double(nDraws);
        floored[i] = qint64(std::floor(continuous[i]));
        flooredSum += std::floor(continuous[i]);
    }
    qint64 needToAdd = qint64(double(nDraws) - flooredSum);
    if (needToAdd > 0) {
        std::vector<double> remainder(classCounts.size());
        for (size_t i = 0; i < classCounts.size(); ++i)
            remainder[i] = continuous[i] - std::floor(continuous[i]);
        std::vector<double> values = remainder;
        std::sort(values.begin(), values.end(), std::greater<double>());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        for (double value : values) {
            std::vector<qint64> inds;
            for (size_t i = 0; i < remainder.size(); ++i) {
                if (remainder[i] == value)
                    inds.push_back(qint64(i));
            }
            const qint64 addNow = std::min<qint64>(qint64(inds.size()), needToAdd);
            // rng.choice(inds, addNow, replace=False) = inds[permutation(len(inds))[:addNow]]
            const std::vector<qint64> perm = rng.permutation(qint64(inds.size()));
            for (qint64 j = 0; j < addNow; ++j)
                ++floored[size_t(inds[size_t(perm[size_t(j)])])];
            needToAdd -= addNow;
            if (needToAdd == 0)
                break;
        }
    }
    return floored;
}

} // namespace

Result<DataSplit> DataSplit::stratifiedHoldout(std::span<const int8_t> labels, double testFraction, quint32 seed)
{
    if (!(testFraction > 0.0 && testFraction < 1.0))
        return makeError(ErrorCode::Usage, Tr::tr("The test share must be between 0 and 1 (got %1).").arg(testFraction));
    // Labelled rows only; their positions stand in for scikit-learn's 0..n-1.
    std::vector<qsizetype> rows;
    std::vector<qint64> classCounts(2, 0);
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == 0 || labels[i] == 1) {
            rows.push_back(qsizetype(i));
            ++classCounts[size_t(labels[i])];
        }
    }
    const qint64 n = qint64(rows.size());
    const qint64 nTest = qint64(std::ceil(testFraction * double(n)));
    const qint64 nTrain = n - nTest;
    if (classCounts[0] < 2 || classCounts[1] < 2)
        return std::unexpected(Error::make(ErrorCode::BadInput, Tr::tr("Both churners and non-churners need at least 2 rows to split (found %1 and %2).")
                                              .arg(classCounts[1]).arg(classCounts[0]), {}));
    if (nTrain < 2 || nTest < 2)
        return std::unexpected(Error::make(ErrorCode::BadInput, Tr::tr("Too few rows (%1) for a %2% test share.").arg(n).arg(testFraction * 100.0), {}));

    // Class 0 rows then class 1 rows, each in ascending order (np.argsort(kind="mergesort")).
    std::vector<std::vector<qint64>> classIndices(2);
    for (qint64 i = 0; i < n; ++i)
        classIndices[size_t(labels[size_t(rows[size_t(i)])])].push_back(i);

    NumpyRandom rng(seed);
    const std::vector<qint64> nI = approximateMode(classCounts, nTrain, rng);
    std::vector<qint64> remaining{classCounts[0] - nI[0], classCounts[1] - nI[1]};
    const std::vector<qint64> tI = approximateMode(remaining, nTest, rng);

    std::vector<qint64> train, test;
    for (size_t c = 0; c < 2; ++c) {
        const std::vector<qint64> perm = rng.permutation(classCounts[c]);
        for (qint64 j = 0; j < nI[c]; ++j)
            train.push_back(classIndices[c][size_t(perm[size_t(j)])]);
        for (qint64 j = nI[c]; j < nI[c] + tI[c]; ++j)
            test.push_back(classIndices[c][size_t(perm[size_t(j)])]);
    }
    rng.shuffle(std::span<qint64>(train));
    rng.shuffle(std::span<qint64>(test));

    DataSplit split;
    split.train.reserve(train.size());
    split.test.reserve(test.size());
    for (qint64 i : train)
        split.train.push_back(rows[size_t(i)]);
    for (qint64 i : test)
        split.test.push_back(rows[size_t(i)]);
    return split;
}

Result<std::vector<int>> DataSplit::stratifiedKFold(std::span<const int8_t> labels, int k, quint32 seed)
{
    if (k < 2)
        return makeError(ErrorCode::Usage, Tr::tr("Cross-validation needs at least 2 folds (got %1).").arg(k));
    // Classes are numbered by first appearance, as scikit-learn does.
    int firstClass = -1;
    std::vector<qint64> counts(2, 0); // by encoded class
    for (int8_t y : labels) {
        if (y != 0 && y != 1)
            continue;
        if (firstClass < 0)
            firstClass = y;
        ++counts[y == firstClass ? 0 : 1];
    }
    if (std::min(counts[0], counts[1]) < k) {
        const qint64 churners = firstClass == 1 ? counts[0] : counts[1];
        return std::unexpected(Error::make(ErrorCode::BadInput, Tr::tr("%1-fold cross-validation needs at least %1 churners and %1 non-churners (found %2 and %3).")
                                              .arg(k).arg(churners).arg(counts[0] + counts[1] - churners), {}, Tr::tr("Use fewer folds or more data.")));
    }
    // Round-robin allocation over the sorted encoded labels: fold i gets y_order[i::k].
    const qint64 total = counts[0] + counts[1];
    std::vector<std::vector<qint64>> allocation(size_t(k), std::vector<qint64>(2, 0));
    for (qint64 pos = 0; pos < total; ++pos)
        ++allocation[size_t(pos % k)][pos < counts[0] ? 0 : 1];

    NumpyRandom rng(seed);
    std::vector<int> folds(labels.size(), -1);
    for (int c = 0; c < 2; ++c) {
        std::vector<int> foldsForClass;
        foldsForClass.reserve(size_t(counts[size_t(c)]));
        for (int f = 0; f < k; ++f)
            foldsForClass.insert(foldsForClass.end(), size_t(allocation[size_t(f)][size_t(c)]), f);
        rng.shuffle(std::span<int>(foldsForClass));
        size_t next = 0;
        for (size_t i = 0; i < labels.size(); ++i) {
            if ((labels[i] == 0 || labels[i] == 1) && (labels[i] == firstClass) == (c == 0))
                folds[i] = foldsForClass[next++];
        }
    }
    return folds;
}

Result<std::vector<DataSplit>> DataSplit::kFoldSplits(std::span<const int8_t> labels, int k, quint32 seed)
{
    auto folds = stratifiedKFold(labels, k, seed);
    if (!folds)
        return std::unexpected(folds.error());
    std::vector<DataSplit> splits(static_cast<size_t>(k));
    for (size_t i = 0; i < folds->size(); ++i) {
        const int f = (*folds)[i];
        if (f < 0)
            continue;
        for (int j = 0; j < k; ++j)
            (j == f ? splits[size_t(j)].test : splits[size_t(j)].train).push_back(qsizetype(i));
    }
    return splits;
}

Result<DataSplit> DataSplit::byTestIds(const DataTable &table, const QStringList &ids, QList<Issue> *issues)
{
    const int idColumn = table.idIndex();
    if (idColumn < 0)
        return makeError(ErrorCode::BadInput, Tr::tr("The data has no Id column to match test ids against."),
                         Tr::tr("Mark the customer id column as Id."));
    QSet<QString> wanted;
    for (const QString &id : ids) {
        const QString t = id.trimmed();
        if (!t.isEmpty())
            wanted.insert(t);
    }
    const std::vector<int8_t> labels = table.targetLabels();
    if (labels.empty())
        return makeError(ErrorCode::BadInput, Tr::tr("The data has no target column."));
    const Column &column = table.column(idColumn);
    wanted.remove(column.name()); // a header line in the id file
    QSet<QString> found;
    DataSplit split;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const QString id = column.text(row).trimmed();
        const bool isTest = wanted.contains(id);
        if (isTest)
            found.insert(id);
        if (labels[size_t(row)] != 0 && labels[size_t(row)] != 1)
            continue;
        (isTest ? split.test : split.train).push_back(row);
    }
    if (split.test.empty())
        return makeError(ErrorCode::BadInput,
                         Tr::tr("None of the %1 test ids was found in column \"%2\".").arg(wanted.size()).arg(column.name()),
                         Tr::tr("Check that the id file belongs to this data."));
    if (found.size() < wanted.size() && issues) {
        QStringList missing;
        for (const QString &id : std::as_const(wanted)) {
            if (!found.contains(id))
                missing << id;
        }
        std::sort(missing.begin(), missing.end());
        Issue issue;
        issue.severity = Issue::Severity::Warning;
        issue.columnName = column.name();
        issue.message = Tr::tr("%1 of %2 test ids were not found (e.g. %3).")
                            .arg(missing.size()).arg(wanted.size()).arg(missing.mid(0, 3).join(QStringLiteral(", ")));
        issues->append(issue);
    }
    if (split.train.empty())
        return makeError(ErrorCode::BadInput, Tr::tr("Every labelled row is a test row: nothing is left to train on."));
    return split;
}

Result<QStringList> DataSplit::readIdFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        Error e;
        e.code = ErrorCode::Io;
        e.file = path;
        e.message = Tr::tr("Cannot read the id file: %1").arg(file.errorString());
        return std::unexpected(e);
    }
    QStringList ids;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (!line.isEmpty())
            ids << line;
    }
    return ids;
}

} // namespace churnlens
