#pragma once

#include <QMainWindow>

class CaseEditor;
class CaseListView;
class Clock;
class Database;
class QTabWidget;

// The main window: the case list in the first tab, each open case in a tab of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& db, const Clock& clock, QString userName, QWidget* parent = nullptr);

    CaseListView* caseList() const { return m_caseList; }
    // The editor showing a case, or null.
    CaseEditor* editorFor(qint64 caseId) const;
    QList<CaseEditor*> editors() const;

public slots:
    void newCase();
    void openCase(qint64 caseId);
    void addSite();
    bool closeEditor(CaseEditor* editor);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    CaseEditor* addEditorTab();
    void startNewCaseAt(qint64 siteId);
    void showAbout();

    Database& m_db;
    const Clock& m_clock;
    QString m_userName;
    QTabWidget* m_tabs;
    CaseListView* m_caseList;
};
