#pragma once

#include "core/import/ImportMapping.h"
#include "core/import/ImportPlan.h"
#include "core/import/ImportService.h"
#include "core/import/ImportReport.h"
#include "core/security/UserSession.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class Clock;
class Database;
class ImportService;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class SiteComboBox;
class TabularSource;

// Brings records in from a spreadsheet or CSV file, step by step: the file and the site;
// what each column holds (proposed from its name); a check of every row, writing nothing,
// that lists the problems, the persons who may be registered already (with a choice for
// each) and the values Amparo had to interpret; then the import itself, off the window's
// thread, with a Cancel that leaves the database as it was; and a report to keep.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const Database& db, const Clock& clock, const UserSession& session,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

signals:
    // Records were imported: lists showing cases should refresh.
    void imported();

protected:
    void reject() override;

private:
    enum Page
    {
        FilePage,
        ColumnsPage,
        PreviewPage,
        ResultPage
    };

    QWidget* buildFilePage();
    QWidget* buildColumnsPage();
    QWidget* buildPreviewPage();
    QWidget* buildResultPage();

    void chooseFile();
    void loadMapping();
    void saveMapping();
    bool openSource();
    void showColumns();
    void readColumns();
    void updateColumnProblems();
    void check();
    void showPlan();
    void applyValueMeanings();
    void startImport();
    void showReport();
    void saveReport();
    void goTo(Page page);
    void next();
    void back();
    void setBusy(bool busy, const QString& what);
    // Runs `work` off the window's thread on the chosen file, opened again there with a
    // connection of its own, the bar following its progress and Stop cancelling it; then
    // `done` on the window's thread.
    using SourceWork = std::function<Status(ImportService& service, TabularSource& source,
                                            const ImportService::Progress& progress)>;
    void runOnFile(const QString& what, SourceWork work, std::function<void(const Status&)> done);
    void showError(const QString& message);
    // What the person chose for each possible duplicate.
    QHash<int, ImportMapping::DuplicateChoice> duplicateChoices() const;

    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
    ImportMapping m_mapping;
    bool m_mappingLoaded = false;
    std::unique_ptr<TabularSource> m_source;
    QString m_sourcePath;
    QList<QStringList> m_examples; // per column, a few values from the file
    std::shared_ptr<ImportPlan> m_plan;
    std::shared_ptr<ImportReport> m_report;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;

    QStackedWidget* m_pages;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_backButton;
    QPushButton* m_nextButton;
    QPushButton* m_cancelButton;
    // File page.
    QLineEdit* m_fileEdit;
    QComboBox* m_sheetCombo;
    QLabel* m_fileDescription;
    SiteComboBox* m_siteCombo;
    // Columns page.
    QTableWidget* m_columnsTable;
    QComboBox* m_dateOrderCombo;
    QLabel* m_columnProblems;
    // Preview page.
    QLabel* m_summary;
    QTabWidget* m_previewTabs;
    QTableWidget* m_issuesTable;
    QTableWidget* m_duplicatesTable;
    QTableWidget* m_valuesTable;
    QPushButton* m_checkAgainButton;
    // Result page.
    QLabel* m_resultSummary;
    QTableWidget* m_resultTable;
};
