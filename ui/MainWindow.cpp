#include "MainWindow.h"

#include "caseeditor/CaseEditor.h"
#include "caselist/CaseListView.h"
#include "common/MessageBox.h"
#include "services/SiteService.h"
#include "sites/SiteDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

MainWindow::MainWindow(Database& db, const Clock& clock, QString userName, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clock(clock)
    , m_userName(std::move(userName))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Amparo — %1").arg(db.path()));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_caseList = new CaseListView(db, m_tabs);
    m_tabs->addTab(m_caseList, tr("Cases"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    setCentralWidget(m_tabs);
    createMenus();
    statusBar()->showMessage(tr("Database: %1").arg(db.path()));
    resize(1200, 760);

    connect(m_caseList, &CaseListView::openCaseRequested, this, &MainWindow::openCase);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto* editor = qobject_cast<CaseEditor*>(m_tabs->widget(index)))
            closeEditor(editor);
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCase = file->addAction(tr("&New case…"), this, &MainWindow::newCase);
    newCase->setObjectName(QStringLiteral("newCaseAction"));
    newCase->setShortcut(QKeySequence::New);
    QAction* find = file->addAction(tr("&Find a case"), this, [this] {
        m_tabs->setCurrentWidget(m_caseList);
        m_caseList->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    QAction* closeTab = file->addAction(tr("&Close case"), this, [this] {
        if (auto* editor = qobject_cast<CaseEditor*>(m_tabs->currentWidget()))
            closeEditor(editor);
    });
    closeTab->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* organisation = menuBar()->addMenu(tr("&Organisation"));
    organisation->addAction(tr("Add a &site…"), this, &MainWindow::addSite)
        ->setObjectName(QStringLiteral("addSiteAction"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Amparo"), this, &MainWindow::showAbout);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(newCase);
    toolbar->addAction(find);
}

CaseEditor* MainWindow::editorFor(qint64 caseId) const
{
    for (CaseEditor* e : editors()) {
        if (e->caseId() == caseId)
            return e;
    }
    return nullptr;
}

QList<CaseEditor*> MainWindow::editors() const
{
    QList<CaseEditor*> list;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* e = qobject_cast<CaseEditor*>(m_tabs->widget(i)))
            list.append(e);
    }
    return list;
}

CaseEditor* MainWindow::addEditorTab()
{
    auto* editor = new CaseEditor(m_db, m_clock, m_userName, m_tabs);
    const int index = m_tabs->addTab(editor, tr("New case"));
    m_tabs->setCurrentIndex(index);
    connect(editor, &CaseEditor::titleChanged, this, [this, editor](const QString& title) {
        const int i = m_tabs->indexOf(editor);
        if (i >= 0)
            m_tabs->setTabText(i, title);
    });
    connect(editor, &CaseEditor::saved, m_caseList, &CaseListView::refresh);
    connect(editor, &CaseEditor::closeRequested, this, [this, editor] { closeEditor(editor); });
    return editor;
}

void MainWindow::newCase()
{
    Result<QList<Site>> sites = SiteService(m_db).sites();
    if (!sites) {
        MessageBox::warning(this, tr("New case"), sites.error().message());
        return;
    }
    if (sites->isEmpty()) {
        // A case number needs a site: ask for the first one, then go on with the case.
        auto* dialog = new SiteDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { startNewCaseAt(dialog->site().id); });
        dialog->open();
        return;
    }
    startNewCaseAt(sites->constFirst().id);
}

void MainWindow::startNewCaseAt(qint64 siteId)
{
    CaseEditor* editor = addEditorTab();
    editor->startNewCase(siteId);
}

void MainWindow::openCase(qint64 caseId)
{
    if (CaseEditor* open = editorFor(caseId)) {
        m_tabs->setCurrentWidget(open);
        return;
    }
    CaseEditor* editor = addEditorTab();
    if (!editor->loadCase(caseId)) {
        m_tabs->removeTab(m_tabs->indexOf(editor));
        editor->deleteLater();
    }
}

void MainWindow::addSite()
{
    auto* dialog = new SiteDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::closeEditor(CaseEditor* editor)
{
    m_tabs->setCurrentWidget(editor);
    if (!editor->confirmClose())
        return false;
    m_tabs->removeTab(m_tabs->indexOf(editor));
    editor->deleteLater();
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (CaseEditor* editor : editors()) {
        if (!closeEditor(editor)) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Amparo"),
                       tr("<h3>Amparo %1</h3><p>Case management for organisations that serve "
                          "refugees and migrants.</p><p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(), m_db.path().toHtmlEscaped()));
}
