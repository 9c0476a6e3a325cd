#include "core/generator/PopulationGenerator.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/FileDialog.h"
#include "ui/render/AggregateChart.h"
#include "ui/statistics/AggregateTableModel.h"
#include "ui/statistics/DashboardView.h"
#include "ui/statistics/ExportDialog.h"
#include "ui/statistics/ReportDialog.h"

#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QValueAxis>

// The coordinator's screens, driven like a person would, over a generated population.
class TestStatisticsGui : public QObject
{
    Q_OBJECT

    TestDatabase m_t;

    int exports()
    {
        QSqlQuery q(m_t.db().connection());
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'statistics.export'"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_t);
        QVERIFY(PopulationGenerator(m_t.db(), m_t.clock()).generate({1500, 4}));
    }

    void theDashboardShowsProtectedCharts()
    {
        MainWindow window(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator));
        window.resize(1200, 800);
        window.show();
        auto* dashboard = window.findChild<DashboardView*>();
        QVERIFY(dashboard);
        auto* period = child<QComboBox>(dashboard, "dashboardPeriod");
        period->setCurrentIndex(period->count() - 1); // all records
        QVERIFY(dashboard->chartCount() >= 3);
        auto* summary = child<QLabel>(dashboard, "dashboardSummary");
        QVERIFY(summary->text().contains(QStringLiteral("below 5 is hidden")));
        keepScreenshot(&window, QStringLiteral("statistics-dashboard.png"));
        // One site only: fewer people, the same protection.
        auto* site = child<QComboBox>(dashboard, "dashboardSite");
        site->setCurrentIndex(1);
        int sections = 0;
        while (dashboard->findChild<QWidget*>(QStringLiteral("dashboardSection%1").arg(sections)))
            ++sections;
        QCOMPARE(sections, 13);
        closeDiscarding(window);
    }

    void onlyAnAdministratorRaisesTheThreshold()
    {
        DashboardView coordinator(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator));
        QVERIFY(!child<QPushButton>(&coordinator, "dashboardThresholdButton")
                     ->isVisibleTo(&coordinator));
        DashboardView admin(m_t.db(), m_t.clock(), m_t.admin());
        QVERIFY(child<QPushButton>(&admin, "dashboardThresholdButton")->isVisibleTo(&admin));
        QVERIFY(admin.setOrganisationThreshold(20));
        QVERIFY(
            child<QLabel>(&admin, "dashboardSummary")->text().contains(QStringLiteral("below 20")));
        MessageBox::setNextAnswer(MessageBox::Answer::Ok);
        QVERIFY(!admin.setOrganisationThreshold(3));
        QCOMPARE(MessageBox::lastText().contains(QStringLiteral("between 5")), true);
        QVERIFY(admin.setOrganisationThreshold(5));
    }

    void anExportIsPreviewedThenSavedAndAudited()
    {
        QTemporaryDir dir;
        ExportDialog dialog(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator));
        dialog.show();
        auto* dimensions = child<QListWidget>(&dialog, "exportDimensions");
        for (int i = 0; i < dimensions->count(); ++i) {
            const auto d = Dimension(dimensions->item(i)->data(Qt::UserRole).toInt());
            if (d == Dimension::Sex || d == Dimension::AgeGroup)
                dimensions->item(i)->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(child<QPushButton>(&dialog, "exportPreviewButton"), Qt::LeftButton);
        auto* preview = child<QTableView>(&dialog, "exportPreview");
        QVERIFY(preview->model()->rowCount() > 10);
        QCOMPARE(preview->model()->index(preview->model()->rowCount() - 1, 2).data().toString(),
                 QLocale().toString(1500));
        keepScreenshot(&dialog, QStringLiteral("statistics-export.png"));

        // Too fine: refused with a sentence, the choices kept.
        for (int i = 0; i < dimensions->count(); ++i) {
            const auto d = Dimension(dimensions->item(i)->data(Qt::UserRole).toInt());
            if (d == Dimension::Month || d == Dimension::Nationality)
                dimensions->item(i)->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(child<QPushButton>(&dialog, "exportPreviewButton"), Qt::LeftButton);
        QVERIFY(
            child<QLabel>(&dialog, "exportStatus")->text().contains(QStringLiteral("Leave out")));
        QCOMPARE(dialog.definition().dimensions.size(), 4);

        // Back to sex by age, saved as CSV: the file and its audit entry.
        for (int i = 0; i < dimensions->count(); ++i) {
            const auto d = Dimension(dimensions->item(i)->data(Qt::UserRole).toInt());
            if (d == Dimension::Month || d == Dimension::Nationality)
                dimensions->item(i)->setCheckState(Qt::Unchecked);
        }
        const int before = exports();
        const QString csv = dir.filePath(QStringLiteral("sex-age.csv"));
        FileDialog::setNextFileName(csv);
        QTest::mouseClick(child<QPushButton>(&dialog, "exportCsvButton"), Qt::LeftButton);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("#sex,#age+range,#affected+ind"));
        QCOMPARE(exports(), before + 1);
    }

    void countAxesStepByWholeNumbers_data()
    {
        QTest::addColumn<int>("largest");
        QTest::addColumn<int>("step");
        for (const auto& [largest, step] : std::initializer_list<std::pair<int, int>>{
                 {1, 1}, {4, 1}, {5, 1}, {6, 2}, {10, 2}, {11, 5}, {25, 5}, {26, 10}, {99, 20},
                 {101, 50}, {1000, 200}, {123456, 50000}})
            QTest::addRow("%d", largest) << largest << step;
    }

    void countAxesStepByWholeNumbers()
    {
        QFETCH(int, largest);
        QFETCH(int, step);
        QCOMPARE(AggregateChart::wholeStep(largest), step);
    }

    // A chart never repeats a tick label ("1, 1, 0, 0"), and a table whose counts are all
    // hidden gets a sentence instead of an empty chart.
    void chartsDrawOnlyWhatCanBeShown()
    {
        StatisticsReport::Section section;
        section.title = QStringLiteral("By sex");
        section.definition.measure = Measure::Persons;
        section.definition.dimensions = {Dimension::Sex};
        section.table = AggregateTable::fromCounts(
            section.definition, {{{QStringLiteral("F")}, 7}, {{QStringLiteral("M")}, 12}});
        std::unique_ptr<QChart> chart(AggregateChart::create(section));
        QVERIFY(chart);
        auto* axis = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(axis->tickInterval(), 5.0);
        QCOMPARE(axis->max(), 15.0);
        QStringList labels;
        for (double v = axis->min(); v <= axis->max(); v += axis->tickInterval())
            labels.append(QString::asprintf(qPrintable(axis->labelFormat()), int(v)));
        QCOMPARE(labels, (QStringList{QStringLiteral("0"), QStringLiteral("5"),
                                      QStringLiteral("10"), QStringLiteral("15")}));

        for (AggregateTable::Cell& c : section.table->cells)
            c.suppressed = c.count < 100;
        QVERIFY(!AggregateChart::create(section));
        QVERIFY(section.nothingToDraw().contains(QStringLiteral("nothing to draw")));
    }

    void theReportIsAPdfInTheLanguageChosen()
    {
        QTemporaryDir dir;
        ReportDialog dialog(m_t.db(), m_t.clock(), m_t.session(Role::Coordinator));
        dialog.show();
        auto* period = child<QLineEdit>(&dialog, "reportPeriod");
        period->setText(QStringLiteral("March"));
        QVERIFY(!dialog.save());
        QVERIFY(child<QLabel>(&dialog, "reportError")->text().contains(QStringLiteral("2026-Q1")));
        period->setText(QStringLiteral("2026-Q1"));
        auto* language = child<QComboBox>(&dialog, "reportLanguage");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        FileDialog::setNextFileName(pdf);
        QVERIFY(dialog.save());
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("Informe estadístico · 2026-Q1")),
                 qPrintable(content.left(300)));
        QVERIFY(content.contains(QStringLiteral("Mujer")));
        QVERIFY(content.contains(QStringLiteral("Total")));
        if (const QString keep = qEnvironmentVariable("AMPARO_SCREENSHOT_DIR"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("statistics-report.pdf")));
    }
};

QTEST_MAIN(TestStatisticsGui)
#include "tst_statisticsgui.moc"
