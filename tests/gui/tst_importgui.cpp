#include "core/services/CaseService.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/common/FileDialog.h"
#include "ui/import/ImportDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

// The import dialog driven like a person would: choose a file, check the columns, see the
// problems and the possible duplicates, decide, import, keep the report.
class TestImportGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    static void click(QWidget* dialog, const char* button)
    {
        auto* b = child<QPushButton>(dialog, button);
        QVERIFY(b);
        QVERIFY2(b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }

    static QString text(QTableWidget* table, int row, int column)
    {
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }

private slots:
    void aSpreadsheetIsCheckedThenImported()
    {
        TestDatabase t;
        const Site site = Fixtures::cucutaSite(t);
        Person known = Fixtures::person(QStringLiteral("Yusmary"), QStringLiteral("Contreras"), {},
                                        Sex::Female, PartialDate::exact(QDate(1985, 3, 3)));
        known.documents = {Fixtures::document(QStringLiteral("V-777"))};
        CaseService(t.db(), t.clock(), t.admin()).save(Fixtures::caseFor(site.id, known)).value();
        const QString csv = t.writeFile(
            QStringLiteral("registro 2025.csv"),
            QStringLiteral("Nombres;Apellidos;Sexo;Fecha de nacimiento;Nacionalidad;Cédula;Hogar;"
                           "Parentesco;Vence;Acepta búsqueda familiar\n"
                           "Yusmary;Contreras;F;03/03/1985;Venezolana;V-777;H1;Jefa de hogar;;sí\n"
                           "Samuel;Contreras;M;04/04/2016;Venezolana;;H1;Hijo;;\n"
                           "Ana;Rojas;Mujer;31/02/2020;Colombiana;;;;;\n"
                           "Luis;Mora;Hombre;12/12/1990;Venezolana;V-778;;;30/06/2028;no\n"
                           "Rosa;Díaz;1;01/01/1990;Venezolana;;;;;\n"));

        MainWindow window(t.db(), t.clock(), t.legal());
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto* dialog = visibleDialog<ImportDialog>();
        QVERIFY(dialog);
        QSignalSpy imported(dialog, &ImportDialog::imported);

        FileDialog::setNextFileName(csv);
        click(dialog, "importChooseFileButton");
        QVERIFY(
            child<QLabel>(dialog, "importFileDescription")->text().contains(QStringLiteral(";")));
        keepScreenshot(dialog, QStringLiteral("import-1-file.png"));
        click(dialog, "importNextButton");

        auto* columns = child<QTableWidget>(dialog, "importColumnsTable");
        QCOMPARE(columns->rowCount(), 10);
        QCOMPARE(child<QComboBox>(dialog, "importFieldCombo5")->currentText(),
                 QStringLiteral("Document number"));
        QCOMPARE(child<QComboBox>(dialog, "importFieldCombo8")->currentText(),
                 QStringLiteral("Document valid until"));
        QCOMPARE(child<QComboBox>(dialog, "importFieldCombo9")->currentText(),
                 QStringLiteral("Agrees to be contacted about family tracing (yes or no)"));
        QVERIFY(text(columns, 1, 1).contains(QStringLiteral("Contreras")));
        keepScreenshot(dialog, QStringLiteral("import-2-columns.png"));
        click(dialog, "importNextButton");

        auto* issues = child<QTableWidget>(dialog, "importIssuesTable");
        QTRY_VERIFY_WITH_TIMEOUT(issues->isVisible(), 10000);
        auto* summary = child<QLabel>(dialog, "importSummary");
        QVERIFY2(summary->text().startsWith(QStringLiteral("Rows read: 5")),
                 qPrintable(summary->text()));
        QCOMPARE(issues->rowCount(), 2);
        QCOMPARE(text(issues, 0, 0), QStringLiteral("4"));
        QCOMPARE(text(issues, 0, 1), QStringLiteral("Fecha de nacimiento"));
        QCOMPARE(text(issues, 1, 0), QStringLiteral("6"));
        keepScreenshot(dialog, QStringLiteral("import-3-problems.png"));

        // "1" for sex is explained on the Values tab, and the row checked again.
        auto* tabs = child<QTabWidget>(dialog, "importPreviewTabs");
        tabs->setCurrentIndex(2);
        auto* values = child<QTableWidget>(dialog, "importValuesTable");
        QCOMPARE(text(values, 0, 1), QStringLiteral("1"));
        auto* meaning = child<QComboBox>(dialog, "importValueMeaning0");
        meaning->setCurrentIndex(meaning->findData(QStringLiteral("F")));
        emit meaning->activated(meaning->currentIndex());
        keepScreenshot(dialog, QStringLiteral("import-4-values.png"));
        QCOMPARE(meaning->accessibleName(), QStringLiteral("What “1” means"));
        QCOMPARE(child<QComboBox>(dialog, "importFieldCombo8")->accessibleName(),
                 QStringLiteral("What the column “Vence” holds"));
        click(dialog, "importCheckAgainButton");
        QTRY_COMPARE_WITH_TIMEOUT(issues->rowCount(), 1, 10000);
        QTRY_VERIFY(child<QPushButton>(dialog, "importNextButton")->isEnabled());

        // Yusmary is registered already (same document): linked, so the new case holds her.
        tabs->setCurrentIndex(1);
        auto* duplicates = child<QTableWidget>(dialog, "importDuplicatesTable");
        QCOMPARE(duplicates->rowCount(), 1);
        auto* choice = child<QComboBox>(dialog, "importDuplicateChoice2");
        QCOMPARE(choice->count(), 2); // no "import as new" with the same document
        choice->setCurrentIndex(
            choice->findData(int(ImportMapping::DuplicateChoice::LinkToExisting)));
        keepScreenshot(dialog, QStringLiteral("import-5-duplicates.png"));
        QVERIFY(
            child<QPushButton>(dialog, "importNextButton")->text().contains(QStringLiteral("4")));
        click(dialog, "importNextButton");

        auto* result = child<QLabel>(dialog, "importResultSummary");
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 10000);
        QCOMPARE(imported.count(), 1);
        QVERIFY2(result->text().startsWith(QStringLiteral("Imported: 3 rows, in 3 new cases.")),
                 qPrintable(result->text()));
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 4);
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 4);
        keepScreenshot(dialog, QStringLiteral("import-6-result.png"));

        const QString report = m_files.filePath(QStringLiteral("report.csv"));
        FileDialog::setNextFileName(report);
        click(dialog, "importSaveReportButton");
        QVERIFY(QFile::exists(report));
        dialog->close();
        closeDiscarding(window);
    }

    void aBadFileIsASentenceAndNothingIsLost()
    {
        TestDatabase t;
        Fixtures::cucutaSite(t);
        ImportDialog dialog(t.db(), t.clock(), t.legal());
        dialog.show();
        QFile binary(m_files.filePath(QStringLiteral("photo.csv")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
        binary.close();
        auto* file = child<QLineEdit>(&dialog, "importFileEdit");
        file->setText(binary.fileName());
        click(&dialog, "importNextButton");
        auto* error = child<QLabel>(&dialog, "importError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("binary")));
        QCOMPARE(file->text(), binary.fileName());
        keepScreenshot(&dialog, QStringLiteral("import-bad-file.png"));
    }

    void volunteersCannotImport()
    {
        TestDatabase t;
        MainWindow window(t.db(), t.clock(), t.session(Role::Volunteer));
        auto* action = window.findChild<QAction*>(QStringLiteral("importAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        closeDiscarding(window);
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_importgui.moc"
