#pragma once

#include "services/monitorservice.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace churnlens {

/*!
 * What the Monitor advises, at the top of the page: the headline in bold and the reasons under
 * it, coloured by level (no action, watch, retrain) in both themes, and the Retrain… button.
 * GUI thread only.
 */
class RecommendationBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RecommendationBanner(QWidget *parent = nullptr);

    void setRecommendation(const MonitorRecommendation &recommendation);
    MonitorRecommendation::Level level() const { return m_level; }
    QString headline() const;
    //! The lines under the headline, as plain text.
    QString details() const;
    QPushButton *retrainButton() const { return m_retrain; }
    /*!
     * Takes the colours of the theme in use. Its style sheet keeps the application's palette
     * changes from reaching it, so the page calls this when the theme changes.
     */
    void updateStyle();

Q_SIGNALS:
    void retrainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:

    QLabel *m_headline;
    QLabel *m_details;
    QPushButton *m_retrain;
    MonitorRecommendation::Level m_level = MonitorRecommendation::Level::NoAction;
    QStringList m_lines;
};

} // namespace churnlens
