// Axis labels read as plain numbers: the tick format has the decimals the tick step needs and
// never an exponent (the Train area's importance axis once read "1E+02").
#include "common/axisformat.h"
#include "ml/trainreport.h"
#include "train/modelimportancechart.h"

#include <QApplication>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

#include <memory>

using namespace churnlens;

class TestAxisFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFollowsTheStep_data()
    {
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("format");
        QTest::newRow("100") << 100.0 << QStringLiteral("%.0f");
        QTest::newRow("20") << 20.0 << QStringLiteral("%.0f");
        QTest::newRow("2.5") << 2.5 << QStringLiteral("%.1f");
        QTest::newRow("1") << 1.0 << QStringLiteral("%.0f");
        QTest::newRow("0.5") << 0.5 << QStringLiteral("%.1f");
        QTest::newRow("0.25") << 0.25 << QStringLiteral("%.2f");
        QTest::newRow("0.05") << 0.05 << QStringLiteral("%.2f");
        QTest::newRow("0.001") << 0.001 << QStringLiteral("%.3f");
        QTest::newRow("1e6") << 1e6 << QStringLiteral("%.0f");
        QTest::newRow("zero") << 0.0 << QStringLiteral("%.0f");
    }
    void formatFollowsTheStep()
    {
        QFETCH(double, step);
        QFETCH(QString, format);
        QCOMPARE(axisLabelFormat(step), format);
    }

    // The gain importance of a tree model runs into the hundreds: its axis shows "100", not "1E+02".
    void importanceAxisHasNoExponent_data()
    {
        QTest::addColumn<double>("top");
        QTest::newRow("gain in the hundreds") << 143.0;
        QTest::newRow("gain in the thousands") << 4321.0;
        QTest::newRow("small gains") << 0.37;
    }
    void importanceAxisHasNoExponent()
    {
        QFETCH(double, top);
        ModelReport model;
        model.kind = ModelKind::XGBoost;
        model.importanceKind = QStringLiteral("gain");
        model.importance = {{QStringLiteral("Contract"), top}, {QStringLiteral("tenure"), top / 3.0}, {QStringLiteral("MonthlyCharges"), top / 7.0}};
        std::unique_ptr<QChart> chart(ModelImportanceChart::build(model, 10, nullptr));
        QValueAxis *x = nullptr;
        for (QAbstractAxis *a : chart->axes(Qt::Horizontal))
            x = qobject_cast<QValueAxis *>(a);
        QVERIFY(x);
        const QString format = x->labelFormat();
        QVERIFY2(format.endsWith(QLatin1Char('f')) && !format.contains(QLatin1Char('g')) && !format.contains(QLatin1Char('e')),
                 qPrintable(format));
        // The label of a tick at the top of the range, as QValueAxis prints it.
        const QString label = QString::asprintf(qPrintable(format), x->max());
        QVERIFY2(!label.contains(QLatin1Char('e'), Qt::CaseInsensitive), qPrintable(label));
    }
};

QTEST_MAIN(TestAxisFormat)
#include "tst_axisformat.moc"
