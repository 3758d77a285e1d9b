#pragma once

#include "ml/binarymetrics.h"
#include "services/trainresults.h"

#include <QWidget>

#include <array>
#include <memory>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;

namespace churnlens {

/*!
 * The confusion matrix of one model on the test customers at a threshold the user moves:
 * caught churners, missed churners, false alarms and stayers left alone, with precision,
 * recall, F1, accuracy (and the expected profit when the profit rule is on) updated live.
 * Counts come from the model's ThresholdCurve in O(log n), so the slider never stalls.
 * GUI thread only.
 */
class ConfusionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionPanel(QWidget *parent = nullptr);

    //! Shows model \a index of \a results at its chosen threshold (null results: empty).
    void setModel(std::shared_ptr<const TrainResults> results, int index);
    double threshold() const { return m_threshold; }
    ConfusionMatrix counts() const { return m_counts; }

    QSlider *slider() const { return m_slider; }
    QDoubleSpinBox *spinBox() const { return m_spin; }
    //! The figures shown, for tests: "tp", "fn", "fp", "tn", "precision", "recall", "f1", "accuracy".
    QString shownText(const QString &what) const;

public Q_SLOTS:
    void setThreshold(double threshold);
    //! Back to the threshold chosen at training time.
    void resetThreshold();

Q_SIGNALS:
    void thresholdChanged(double threshold, const churnlens::ConfusionMatrix &counts);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    std::shared_ptr<const TrainResults> m_results;
    int m_index = -1;
    double m_threshold = 0.5;
    ConfusionMatrix m_counts;
    QLabel *m_title;
    QSlider *m_slider;
    QDoubleSpinBox *m_spin;
    QPushButton *m_reset;
    std::array<QLabel *, 4> m_cells{}; // tp, fn, fp, tn
    std::array<QLabel *, 4> m_metrics{}; // precision, recall, f1, accuracy
    QLabel *m_flagged;
    QLabel *m_profit;
};

} // namespace churnlens
