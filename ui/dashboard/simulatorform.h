#pragma once

#include "workspace/impactassumptions.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace churnlens {

class DataTable;

/*!
 * The campaign simulator's assumptions: offer cost, contact cost, acceptance from–to (a
 * single value when both are equal), months a kept customer is worth, an optional budget, and
 * where a customer's monthly value comes from (the mapped monthly charges column, any numeric
 * column, or a fixed amount). The wheel only changes a field that has the focus.
 * GUI thread only.
 */
class SimulatorForm : public QWidget
{
    Q_OBJECT

public:
    explicit SimulatorForm(QWidget *parent = nullptr);

    //! The fields' values (segmentColumn stays empty: the charts own it).
    ImpactAssumptions assumptions() const;
    //! Shows \a assumptions without emitting changed().
    void setAssumptions(const ImpactAssumptions &assumptions);
    //! Offers \a table's numeric columns as value columns (null: only what was chosen).
    void setColumns(const DataTable *table);
    //! Shows the money fields in Currency::current() (again, after the preferences changed).
    void refreshMoney();

    QDoubleSpinBox *offerCost() const { return m_offer; }
    QDoubleSpinBox *contactCost() const { return m_contact; }
    QDoubleSpinBox *acceptanceFrom() const { return m_acceptLow; }
    QDoubleSpinBox *acceptanceTo() const { return m_acceptHigh; }
    QSpinBox *months() const { return m_months; }
    //! 0 = no limit.
    QDoubleSpinBox *budget() const { return m_budget; }
    QComboBox *valueSource() const { return m_value; }
    QDoubleSpinBox *fixedValue() const { return m_fixed; }

Q_SIGNALS:
    //! The user changed an assumption.
    void changed();

private:
    void onAcceptanceChanged(QDoubleSpinBox *edited);
    void selectValueSource();
    void updateFixedVisibility();
    void emitChanged();

    QDoubleSpinBox *m_offer;
    QDoubleSpinBox *m_contact;
    QDoubleSpinBox *m_acceptLow;
    QDoubleSpinBox *m_acceptHigh;
    QSpinBox *m_months;
    QDoubleSpinBox *m_budget;
    QComboBox *m_value;
    QDoubleSpinBox *m_fixed;
    QLabel *m_fixedLabel;
    //! The value source as chosen (kept while a table without that column is shown).
    QString m_valueColumn;
    bool m_useFixed = false;
    bool m_hasMapped = false;
    bool m_updating = false;
};

} // namespace churnlens
