#pragma once

#include "common/error.h"
#include "data/fieldlabels.h"
#include "explain/whatif.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace churnlens {

class DataTable;
class TaskRunner;

/*!
 * The what-if editor for one customer: every field the model reads, editable (a list of the
 * training categories for categories, a number box for numbers), the fields a retention team
 * can act on marked and listed first. Each edit re-scores the customer through the saved
 * preparation and model (WhatIf, on a worker) and shows the new probability and the factors
 * that moved. "Find the smallest change" asks WhatIf::search() for the fewest actionable
 * changes that bring the customer below the high-risk line, and applies one on a double-click.
 * Fields are named by their labels (FieldLabels: the user's, else the known field's, else a
 * readable name) and known values are shown in the user's language, as the charts show them.
 * GUI thread only.
 */
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPanel(QWidget *parent = nullptr);
    ~WhatIfPanel() override;

    //! Shows \a row of \a table; \a engine re-scores it (null: nothing to edit).
    void setCustomer(std::shared_ptr<const WhatIf> engine, std::shared_ptr<const DataTable> table, qsizetype row,
                     const ModelBundle &model);
    void clear();
    //! Names the fields by \a labels (Workspace::fieldLabels()); the editors keep their values.
    void setFieldLabels(const FieldLabels &labels);
    //! The text shown for the field \a column ("✎ Monthly charges"), empty when not shown.
    QString fieldText(const QString &column) const;

    //! The edits made so far (fields whose value differs from the customer's).
    std::vector<FieldChange> changes() const;
    //! Sets the editor of \a column to \a value (a category label, or a number as C-locale text).
    bool setValue(const QString &column, const QString &value);
    //! The editor widget of \a column (QComboBox or QDoubleSpinBox), or null.
    QWidget *editor(const QString &column) const;
    //! The last re-scoring (empty probability while none).
    const WhatIfResult &result() const { return m_result; }
    const WhatIfSearch &search() const { return m_search; }
    //! True while an edit waits for the debounce, or a re-scoring or search is running or waiting.
    bool isBusy() const;
    TaskRunner *rescoreRunner() const { return m_rescoreRunner; }
    TaskRunner *searchRunner() const { return m_searchRunner; }

public Q_SLOTS:
    void reset();
    void findSmallestChange();
    //! Puts suggestion \a index of the last search into the editors.
    void applySuggestion(int index);

Q_SIGNALS:
    //! A re-scoring finished (result() holds it).
    void rescored();
    //! A search finished (search() holds it).
    void searched();

private:
    struct Field
    {
        QString column;
        Semantic semantic = Semantic::None;
        bool actionable = false;
        bool numeric = false;
        int decimals = 2;
        QString original; //!< the customer's value as text ("" = missing)
        QComboBox *combo = nullptr;
        QDoubleSpinBox *spin = nullptr;
        QLabel *label = nullptr;
    };
    void buildEditors(const ModelBundle &model);
    QString currentText(const Field &field) const;
    void onEdited();
    void startRescore();
    void showResult();
    void showSearch();
    void updateVisibility();
    void relabel(Field &field);
    //! \a value of \a column as shown: the known value in the user's language, else as in the file.
    QString valueText(const QString &column, const QString &value) const;
    QString changeText(const std::vector<FieldChange> &changes) const;
    QString columnLabel(const QString &column) const;

    std::shared_ptr<const WhatIf> m_engine;
    std::shared_ptr<const DataTable> m_table;
    FieldLabels m_labels;
    qsizetype m_row = -1;
    std::vector<Field> m_fields;
    TaskRunner *m_rescoreRunner;
    TaskRunner *m_searchRunner;
    QTimer *m_debounce;
    bool m_loading = false;
    WhatIfResult m_result;
    WhatIfSearch m_search;

    QWidget *m_editors = nullptr;
    QFormLayout *m_form = nullptr;
    QCheckBox *m_onlyActionable = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_moved = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_searchNote = nullptr;
    QListWidget *m_suggestions = nullptr;
};

} // namespace churnlens
