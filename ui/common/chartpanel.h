#pragma once

#include "charttable.h"

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace churnlens {

/*!
 * A frame around one chart (a QChart, or any widget that paints itself such as the
 * heatmap) with the actions every chart has: export as PNG or SVG, and copy the numbers
 * behind it as CSV. The panel owns its chart and its table. GUI thread only.
 */
class ChartPanel : public QFrame
{
    Q_OBJECT

public:
    //! \a name is used for default file names ("churn-by-contract") and object names.
    explicit ChartPanel(const QString &name, QWidget *parent = nullptr);

    //! Shows \a chart (ownership taken; the previous chart is deleted).
    void setChart(QChart *chart);
    //! Shows \a widget instead of a chart (ownership taken).
    void setWidget(QWidget *widget);
    //! Shows a plain message instead of a chart ("No churn column: …").
    void setMessage(const QString &text);
    void setTable(ChartTable table) { m_table = std::move(table); updateActions(); }
    void setFileName(const QString &name) { m_name = name; }

    const ChartTable &table() const { return m_table; }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QWidget *content() const { return m_content; }
    bool hasContent() const { return m_content != nullptr; }

    //! Renders at twice the on-screen resolution. False (with \a error) if the file cannot be written.
    bool savePng(const QString &path, QString *error = nullptr) const;
    //! Vector output through QSvgGenerator.
    bool saveSvg(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void exportPng();
    void exportSvg();
    void copyCsv() const;

private:
    void replaceContent(QWidget *widget);
    void updateActions();
    QString suggestedPath(const QString &suffix) const;

    QString m_name;
    ChartTable m_table;
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    QChartView *m_view = nullptr;
    QToolButton *m_png;
    QToolButton *m_svg;
    QToolButton *m_csv;
};

} // namespace churnlens
