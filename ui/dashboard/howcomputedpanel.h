#pragma once

#include <QWidget>

#include <utility>

class QLabel;
class QToolButton;

namespace churnlens {

/*!
 * "How is this computed?": the report's figures explained in plain words with their formulas
 * (ImpactService::howComputed), folded away until asked for. GUI thread only.
 */
class HowComputedPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HowComputedPanel(QWidget *parent = nullptr);

    //! One (title, text) pair per figure.
    void setSections(const QList<std::pair<QString, QString>> &sections);
    void setExpanded(bool expanded);
    bool isExpanded() const;
    QToolButton *toggle() const { return m_toggle; }
    QString text() const;

private:
    QToolButton *m_toggle;
    QLabel *m_body;
};

} // namespace churnlens
