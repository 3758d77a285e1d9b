#include "chartpanel.h"

#include "shell/errorpresenter.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

namespace churnlens {

namespace {
const QString LastDirKey = QStringLiteral("explore/exportDir");
}

ChartPanel::ChartPanel(const QString &name, QWidget *parent)
    : QFrame(parent)
    , m_name(name)
    , m_layout(new QVBoxLayout(this))
    , m_png(new QToolButton(this))
    , m_svg(new QToolButton(this))
    , m_csv(new QToolButton(this))
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_png->setText(tr("PNG"));
    m_png->setToolTip(tr("Save this chart as a PNG image"));
    m_svg->setText(tr("SVG"));
    m_svg->setToolTip(tr("Save this chart as an SVG drawing (scales without blur)"));
    m_csv->setText(tr("Copy data"));
    m_csv->setToolTip(tr("Copy the numbers behind this chart as CSV"));
    for (QToolButton *b : {m_png, m_svg, m_csv}) {
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
    }
    connect(m_png, &QToolButton::clicked, this, &ChartPanel::exportPng);
    connect(m_svg, &QToolButton::clicked, this, &ChartPanel::exportSvg);
    connect(m_csv, &QToolButton::clicked, this, &ChartPanel::copyCsv);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(2);
    bar->addStretch(1);
    bar->addWidget(m_png);
    bar->addWidget(m_svg);
    bar->addWidget(m_csv);
    m_layout->setContentsMargins(4, 2, 4, 4);
    m_layout->setSpacing(0);
    m_layout->addLayout(bar);
    updateActions();
}

QChart *ChartPanel::chart() const
{
    return m_view ? m_view->chart() : nullptr;
}

void ChartPanel::replaceContent(QWidget *widget)
{
    if (m_content) {
        m_layout->removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = widget;
    m_view = qobject_cast<QChartView *>(widget);
    if (widget)
        m_layout->addWidget(widget, 1);
    updateActions();
}

void ChartPanel::setChart(QChart *chart)
{
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(200);
    replaceContent(view);
}

void ChartPanel::setWidget(QWidget *widget)
{
    widget->setParent(this);
    replaceContent(widget);
}

void ChartPanel::setMessage(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMinimumHeight(120);
    m_table = {};
    replaceContent(label);
}

void ChartPanel::updateActions()
{
    const bool drawable = m_content && !qobject_cast<QLabel *>(m_content);
    m_png->setEnabled(drawable);
    m_svg->setEnabled(drawable);
    m_csv->setEnabled(!m_table.isEmpty());
}

bool ChartPanel::savePng(const QString &path, QString *error) const
{
    if (!m_content) {
        if (error)
            *error = tr("There is no chart to save.");
        return false;
    }
    const qreal scale = 2.0;
    QImage image(m_content->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(m_content->palette().color(QPalette::Base));
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        m_content->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool ChartPanel::saveSvg(const QString &path, QString *error) const
{
    if (!m_content) {
        if (error)
            *error = tr("There is no chart to save.");
        return false;
    }
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(m_content->size());
    svg.setViewBox(QRect(QPoint(0, 0), m_content->size()));
    svg.setTitle(chart() ? chart()->title() : m_name);
    svg.setDescription(tr("Created with ChurnLens"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    p.fillRect(QRect(QPoint(0, 0), m_content->size()), m_content->palette().color(QPalette::Base));
    m_content->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.end();
    return true;
}

QString ChartPanel::suggestedPath(const QString &suffix) const
{
    QSettings settings;
    QString dir = settings.value(LastDirKey).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return QDir(dir).filePath(m_name + QLatin1Char('.') + suffix);
}

void ChartPanel::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"), suggestedPath(QStringLiteral("png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
    QString error;
    if (!savePng(path, &error)) {
        Error e;
        e.code = ErrorCode::Io;
        e.message = error;
        e.file = path;
        ErrorPresenter::show(this, tr("Save chart"), e);
    }
}

void ChartPanel::exportSvg()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart as SVG"), suggestedPath(QStringLiteral("svg")),
                                                      tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
    QString error;
    if (!saveSvg(path, &error)) {
        Error e;
        e.code = ErrorCode::Io;
        e.message = error;
        e.file = path;
        ErrorPresenter::show(this, tr("Save chart"), e);
    }
}

void ChartPanel::copyCsv() const
{
    if (!m_table.isEmpty())
        QApplication::clipboard()->setText(m_table.toCsv());
}

} // namespace churnlens
