#pragma once

#include "data/fieldlabels.h"

#include "common/charttable.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace churnlens {

class DataTable;
struct SampleExplanation;

/*!
 * The SHAP summary plot ("beeswarm"): one row per field, most important on top, one dot per
 * sampled customer at their SHAP value for that field, coloured by the customer's value of the
 * field from low (purple) to high (lime); categories are coloured by level in their training
 * order. Dots that would overlap are stacked sideways, so dense regions look dense. Hovering a
 * dot names the customer. Painted by hand: a few tens of thousands of dots would be slow as
 * chart items. GUI thread only.
 */
class BeeswarmWidget : public QWidget
{
    Q_OBJECT

public:
    explicit BeeswarmWidget(QWidget *parent = nullptr);
    ~BeeswarmWidget() override;

    //! Fields are named by \a labels (FieldLabels::label()).
    void setData(std::shared_ptr<const SampleExplanation> explanation, std::shared_ptr<const DataTable> table, int maxFields,
                 const FieldLabels &labels = {});
    //! Fields shown, top to bottom (positions in the explanation's fields).
    const std::vector<int> &fields() const { return m_fields; }
    //! The dots as a table (field, customer, value, SHAP) for "Copy data".
    ChartTable chartTable() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void prepare();
    void layoutDots();
    QRect plotRect() const;
    double toX(double v, const QRect &plot) const;

    std::shared_ptr<const SampleExplanation> m_explanation;
    std::shared_ptr<const DataTable> m_table;
    std::vector<int> m_fields;
    std::vector<std::vector<float>> m_color;  // per shown field, per sample row: value scale 0..1, NaN missing
    std::vector<std::vector<QPointF>> m_dots; // per shown field, per sample row
    double m_low = -1.0;
    double m_high = 1.0;
    int m_labelWidth = 120;
    bool m_dirty = true;
    FieldLabels m_labels;
};

} // namespace churnlens
