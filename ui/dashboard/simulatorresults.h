#pragma once

#include <QWidget>

#include <array>

class QGridLayout;
class QLabel;

namespace churnlens {

struct ImpactReport;

/*!
 * What the campaign simulator recommends, for the report it is given: customers to contact
 * (and their share), expected leavers reached, customers kept, revenue saved, campaign cost,
 * net saving and return, each with its 10–90% range when the acceptance is a range, and a
 * recommendation in plain words. GUI thread only.
 */
class SimulatorResults : public QWidget
{
    Q_OBJECT

public:
    enum Row { Contact, Reached, Saved, Revenue, Cost, Net, Roi, RowCount };

    explicit SimulatorResults(QWidget *parent = nullptr);

    void setReport(const ImpactReport *report);

    QString value(Row row) const;
    //! The 10–90% range of \a row; empty without an acceptance range.
    QString range(Row row) const;
    bool showsRange() const { return m_showsRange; }
    QString recommendation() const;

private:
    void set(Row row, const QString &value, const QString &range = {});

    QGridLayout *m_grid;
    QLabel *m_rangeHeader;
    QLabel *m_expectedHeader;
    std::array<QLabel *, RowCount> m_names{};
    std::array<QLabel *, RowCount> m_values{};
    std::array<QLabel *, RowCount> m_ranges{};
    QLabel *m_recommendation;
    bool m_showsRange = false;
};

} // namespace churnlens
