#pragma once

#include <QWidget>

class QLabel;

namespace churnlens {

struct ImpactReport;

/*!
 * What the reader must know before trusting the money: whether the model's probabilities are
 * calibrated (a warning when its calibration error on its test rows is unknown or above 5%),
 * that the scored customers are the model's own training data, and the report's notes about
 * the values (missing or negative charges). GUI thread only.
 */
class ImpactNotes : public QWidget
{
    Q_OBJECT

public:
    explicit ImpactNotes(QWidget *parent = nullptr);

    void setReport(const ImpactReport *report);

    QString calibrationText() const;
    bool isWarning() const { return m_warn; }
    //! Empty when the scored file is not the training data.
    QString inSampleText() const;
    QString issuesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_calibration;
    QLabel *m_inSample;
    QLabel *m_issues;
    bool m_warn = false;
};

} // namespace churnlens
