#pragma once

#include "common/charttable.h"
#include "ml/calibration.h"
#include "ml/modelspec.h"
#include "explain/whatif.h"

#include <QWidget>

#include <optional>

namespace churnlens {

/*!
 * One customer's churn probability taken apart: from the model's starting point (the average
 * customer) each field in turn, strongest first, moves the probability up (churned colour) or
 * down (stayed colour) until it arrives at the customer's own probability. Each step is labelled
 * with its factor in words. The steps add up in log-odds, the model's own scale, and are drawn
 * in probability, the scale people read (after the model's calibration, so the last step is the
 * customer's score); the smallest fields are combined in one step.
 * GUI thread only.
 */
class WaterfallWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WaterfallWidget(QWidget *parent = nullptr);

    /*!
     * Shows \a explanation of the customer called \a id, scored by a model of \a kind (which maps
     * margins to probabilities) whose probabilities \a calibration maps (the bundle's).
     */
    void setExplanation(std::optional<CustomerExplanation> explanation, const QString &id = {},
                        ModelKind kind = ModelKind::XGBoost, const Calibration &calibration = {});
    //! The model's (calibrated) probability for margin \a m.
    double toProbability(double m) const;
    const std::optional<CustomerExplanation> &explanation() const { return m_explanation; }
    //! The steps (label, probability before and after, contribution) for "Copy data".
    ChartTable chartTable() const;

    static constexpr int MaxSteps = 10;

    //! The width of the label column at the widget's current width: the longest label when
    //! the bars keep room enough, else a share of the width (longer labels then wrap).
    int labelColumnWidth() const;
    //! True when every step's label shows in full (on one line, or wrapped onto two).
    bool labelsFit() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Step
    {
        QString label;
        double from = 0.0; //!< probability before
        double to = 0.0;   //!< and after
        double contribution = 0.0;
        enum class Kind { Start, Factor, Rest, End } kind = Kind::Factor;
    };
    void buildSteps();

    std::optional<CustomerExplanation> m_explanation;
    QString m_id;
    ModelKind m_kind = ModelKind::XGBoost;
    Calibration m_calibration;
    std::vector<Step> m_steps;
};

} // namespace churnlens
