#pragma once

// Internal to core/prep: applies a FittedPreparation to the rows of one table.

#include "../common/error.h"
#include "../data/datatable.h"
#include "preparationstate.h"

#include <QList>

#include <utility>
#include <vector>

namespace churnlens {

/*!
 * Binds the fitted columns to a table's columns by name (once, with lookup tables from
 * the table's codes to the fitted levels), then fills feature rows chunk by chunk.
 * fill() is const and thread-safe; each thread passes its own Counters.
 */
class PreparationKernel
{
public:
    static constexpr qsizetype ChunkRows = 2048;

    struct Counters
    {
        std::vector<qsizetype> unseen;   //!< per fitted column: rows with a category not seen in training
        std::vector<qsizetype> unparsed; //!< per fitted column: rows whose text is not a number
        std::vector<int32_t> unseenCode; //!< per fitted column: one unseen table code, -1 if none
        void merge(const Counters &other);
    };

    //! \a collectIssues false: bindingIssues() stays empty (a caller that drops the issues, such as
    //! one customer scored by the service, does not pay for their translated text).
    PreparationKernel(const FittedPreparation::Private &state, const DataTable &table, bool collectIssues = true);

    //! Issues found while binding (missing columns, changed types).
    const QList<Issue> &bindingIssues() const { return m_issues; }
    //! Table column of fitted column \a c, -1 when the table lacks it.
    int tableColumn(int c) const { return m_bindings[size_t(c)].tableColumn; }

    Counters makeCounters() const;
    //! Rows \a count rows starting at \a first of \a rows (or rows first.. when \a rows is null)
    //! into \a out (count × featureCount, row-major). \a count <= ChunkRows.
    //! \a columns / \a engineered (one flag per fitted column / engineered feature, null = all)
    //! restrict the work to some features; the others are left unwritten.
    void fill(const qsizetype *rows, qsizetype first, qsizetype count, bool applyScaling, float *out,
              Counters &counters, const uint8_t *columns = nullptr, const uint8_t *engineered = nullptr) const;
    //! Adds issues for what the counters saw.
    void report(const Counters &counters, QList<Issue> *issues) const;

private:
    enum class Mode : uint8_t {
        Absent,           //!< the table has no such column: all missing
        Numbers,          //!< numeric fitted, numeric in the table
        NumbersFromCodes, //!< numeric fitted, text in the table: parsed per level
        Slots,            //!< coded fitted, coded in the table: code → slot
        SlotsFromNumbers  //!< coded fitted, numbers in the table: number → slot
    };
    struct Binding
    {
        int tableColumn = -1;
        Mode mode = Mode::Absent;
        const Column *column = nullptr;
        std::vector<double> codeValue;  //!< NumbersFromCodes: per table code, NaN = not a number
        std::vector<int32_t> codeSlot;  //!< Slots: per table code, -2 = unseen
        std::vector<std::pair<double, int>> numberSlot; //!< SlotsFromNumbers: sorted by number
    };

    void bind(int c, const FittedColumn &fc, const DataTable &table);
    void fillEngineered(const FittedEngineered &e, qsizetype count, const double *vals, float *out) const;

    const FittedPreparation::Private &m_state;
    std::vector<Binding> m_bindings;
    QList<Issue> m_issues;
    bool m_collectIssues = true;
};

} // namespace churnlens
