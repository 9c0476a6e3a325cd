#include "ui/import/ImportDialog.h"

#include "core/import/ImportService.h"
#include "core/import/MappingProposer.h"
#include "core/import/RowConverter.h"
#include "core/import/TabularSource.h"
#include "core/services/SiteService.h"
#include "core/storage/Database.h"
#include "ui/common/BackgroundTask.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SiteComboBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int ExampleCount = 3;
const char* fileFilter =
    QT_TRANSLATE_NOOP("ImportDialog", "Spreadsheets and CSV (*.xlsx *.csv *.txt *.tsv);;All "
                                      "files (*)");

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}
} // namespace

ImportDialog::ImportDialog(const Database& db, const Clock& clock, const UserSession& session,
                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from a spreadsheet"));
    resize(900, 620);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildColumnsPage());
    m_pages->addWidget(buildPreviewPage());
    m_pages->addWidget(buildResultPage());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::text());
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();

    m_backButton = new QPushButton(tr("< &Back"), this);
    m_backButton->setObjectName(QStringLiteral("importBackButton"));
    m_nextButton = new QPushButton(tr("&Next >"), this);
    m_nextButton->setObjectName(QStringLiteral("importNextButton"));
    m_nextButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    connect(m_backButton, &QPushButton::clicked, this, &ImportDialog::back);
    connect(m_nextButton, &QPushButton::clicked, this, &ImportDialog::next);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    goTo(FilePage);
}

ImportDialog::~ImportDialog() = default;

QWidget* ImportDialog::buildFilePage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(
        tr("Bring persons and their family groups in from a spreadsheet (.xlsx) or a CSV file "
           "exported from another tool. Nothing is written until you have seen every row that "
           "has a problem and said what to do with persons who may already be registered; then "
           "the rows you accept are imported together, or none at all."),
        page);
    intro->setWordWrap(true);
    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setAccessibleName(tr("File to import"));
    auto* choose = new QPushButton(tr("Choose…"), page);
    choose->setObjectName(QStringLiteral("importChooseFileButton"));
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(choose);
    m_sheetCombo = new QComboBox(page);
    m_sheetCombo->setObjectName(QStringLiteral("importSheetCombo"));
    m_sheetCombo->setEnabled(false);
    connect(m_sheetCombo, &QComboBox::activated, this, [this] { openSource(); });
    m_fileDescription = new QLabel(page);
    m_fileDescription->setObjectName(QStringLiteral("importFileDescription"));
    m_fileDescription->setWordWrap(true);
    m_siteCombo = new SiteComboBox(m_db, m_clock, m_session, SiteComboBox::Value::Code, {}, page);
    m_siteCombo->setObjectName(QStringLiteral("importSiteCombo"));
    auto* loadButton = new QPushButton(tr("Use a saved mapping…"), page);
    loadButton->setObjectName(QStringLiteral("importLoadMappingButton"));
    connect(loadButton, &QPushButton::clicked, this, &ImportDialog::loadMapping);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Sheet:"), m_sheetCombo);
    form->addRow(QString(), m_fileDescription);
    form->addRow(tr("Site of rows that name none:"), m_siteCombo);
    auto* loadRow = new QHBoxLayout;
    loadRow->addWidget(loadButton);
    loadRow->addStretch();
    form->addRow(QString(), loadRow);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget* ImportDialog::buildColumnsPage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("What does each column hold? Amparo proposed this from the column "
                                "names; correct it where it guessed wrong. Columns set to “(do "
                                "not import)” are left out."),
                             page);
    intro->setWordWrap(true);
    m_columnsTable = makeTable({tr("Column in the file"), tr("Examples"), tr("Imported as")},
                               QStringLiteral("importColumnsTable"), page);
    m_dateOrderCombo = new QComboBox(page);
    m_dateOrderCombo->setObjectName(QStringLiteral("importDateOrderCombo"));
    for (const ImportMapping::DateOrder order : ImportMapping::dateOrderCodes().values())
        m_dateOrderCombo->addItem(ImportMapping::dateOrderCodes().label(order),
                                  QVariant::fromValue(int(order)));
    connect(m_dateOrderCombo, &QComboBox::activated, this, &ImportDialog::updateColumnProblems);
    auto* save = new QPushButton(tr("Save this mapping…"), page);
    save->setObjectName(QStringLiteral("importSaveMappingButton"));
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    m_columnProblems = new QLabel(page);
    m_columnProblems->setObjectName(QStringLiteral("importColumnProblems"));
    m_columnProblems->setWordWrap(true);
    m_columnProblems->setStyleSheet(ErrorStyle::text());
    auto* row = new QHBoxLayout;
    auto* datesLabel = new QLabel(tr("Dates are written:"), page);
    datesLabel->setBuddy(m_dateOrderCombo);
    row->addWidget(datesLabel);
    row->addWidget(m_dateOrderCombo);
    row->addStretch();
    row->addWidget(save);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_columnsTable, 1);
    layout->addLayout(row);
    layout->addWidget(m_columnProblems);
    return page;
}

QWidget* ImportDialog::buildPreviewPage()
{
    auto* page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_previewTabs = new QTabWidget(page);
    m_previewTabs->setObjectName(QStringLiteral("importPreviewTabs"));
    m_issuesTable =
        makeTable({tr("Row"), tr("Column"), tr("Value"), tr("Why it cannot be imported")},
                  QStringLiteral("importIssuesTable"), page);
    m_duplicatesTable = makeTable({tr("Row"), tr("In the file"), tr("Registered as"), tr("Case"),
                                   tr("Why"), tr("What to do")},
                                  QStringLiteral("importDuplicatesTable"), page);
    m_valuesTable = makeTable({tr("Column holds"), tr("Written"), tr("Rows"), tr("Means")},
                              QStringLiteral("importValuesTable"), page);
    m_previewTabs->addTab(m_issuesTable, tr("Problems"));
    m_previewTabs->addTab(m_duplicatesTable, tr("Possibly registered already"));
    m_previewTabs->addTab(m_valuesTable, tr("Values"));
    m_checkAgainButton = new QPushButton(tr("Check again with these meanings"), page);
    m_checkAgainButton->setObjectName(QStringLiteral("importCheckAgainButton"));
    m_checkAgainButton->setEnabled(false);
    connect(m_checkAgainButton, &QPushButton::clicked, this, [this] {
        applyValueMeanings();
        check();
    });
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_checkAgainButton);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_previewTabs, 1);
    layout->addLayout(row);
    return page;
}

QWidget* ImportDialog::buildResultPage()
{
    auto* page = new QWidget(this);
    m_resultSummary = new QLabel(page);
    m_resultSummary->setObjectName(QStringLiteral("importResultSummary"));
    m_resultSummary->setWordWrap(true);
    m_resultTable = makeTable({tr("Row"), tr("Outcome"), tr("Case"), tr("Note")},
                              QStringLiteral("importResultTable"), page);
    auto* save = new QPushButton(tr("Save the report as CSV…"), page);
    save->setObjectName(QStringLiteral("importSaveReportButton"));
    connect(save, &QPushButton::clicked, this, &ImportDialog::saveReport);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(save);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_resultSummary);
    layout->addWidget(m_resultTable, 1);
    layout->addLayout(row);
    return page;
}

void ImportDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImportDialog::setBusy(bool busy, const QString& what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    m_progress->setFormat(what + QStringLiteral(" %p%"));
    m_pages->setEnabled(!busy);
    m_backButton->setEnabled(!busy && m_pages->currentIndex() != FilePage &&
                             m_pages->currentIndex() != ResultPage);
    m_nextButton->setEnabled(!busy);
    m_cancelButton->setText(busy                                    ? tr("Stop")
                            : m_pages->currentIndex() == ResultPage ? tr("Close")
                                                                    : tr("Cancel"));
}

void ImportDialog::goTo(Page page)
{
    m_pages->setCurrentIndex(page);
    showError({});
    m_backButton->setEnabled(page != FilePage && page != ResultPage);
    m_backButton->setVisible(page != ResultPage);
    m_nextButton->setVisible(page != ResultPage);
    m_cancelButton->setText(page == ResultPage ? tr("Close") : tr("Cancel"));
    switch (page) {
    case FilePage:
    case ColumnsPage:
        m_nextButton->setText(tr("&Check every row >"));
        if (page == FilePage)
            m_nextButton->setText(tr("&Next >"));
        break;
    case PreviewPage: {
        const int rows = m_plan ? m_plan->importableRows() : 0;
        m_nextButton->setText(tr("&Import %Ln row(s)", nullptr, rows));
        m_nextButton->setEnabled(m_plan && m_plan->canImport());
        break;
    }
    case ResultPage:
        break;
    }
}

void ImportDialog::next()
{
    switch (m_pages->currentIndex()) {
    case FilePage:
        if (openSource())
            goTo(ColumnsPage);
        break;
    case ColumnsPage:
        readColumns();
        if (m_mapping.problems(m_source->header()).isEmpty())
            check();
        else
            updateColumnProblems();
        break;
    case PreviewPage:
        startImport();
        break;
    default:
        break;
    }
}

void ImportDialog::back()
{
    if (m_pages->currentIndex() == PreviewPage) {
        goTo(ColumnsPage);
    } else if (m_pages->currentIndex() == ColumnsPage) {
        readColumns();
        goTo(FilePage);
    }
}

void ImportDialog::reject()
{
    if (m_busy) {
        // The work stops at its next row; the transaction is rolled back.
        if (m_cancel)
            *m_cancel = true;
        return;
    }
    QDialog::reject();
}

void ImportDialog::chooseFile()
{
    const QString path =
        FileDialog::openFileName(this, tr("Import from a spreadsheet"), tr(fileFilter));
    if (path.isEmpty())
        return;
    m_fileEdit->setText(path);
    m_sheetCombo->clear();
    openSource();
}

bool ImportDialog::openSource()
{
    const QString path = m_fileEdit->text().trimmed();
    if (path.isEmpty()) {
        showError(tr("Choose the file to import."));
        return false;
    }
    const int sheet = std::max(0, m_sheetCombo->currentIndex());
    Result<std::unique_ptr<TabularSource>> source = TabularSource::open(path, sheet);
    if (!source) {
        showError(source.error().message());
        m_fileDescription->clear();
        return false;
    }
    showError({});
    const bool sameFile = path == m_sourcePath;
    m_source = std::move(source).value();
    m_sourcePath = path;
    m_fileDescription->setText((*m_source).description());
    const QStringList sheets = m_source->sheetNames();
    if (!sameFile || m_sheetCombo->count() != sheets.size()) {
        m_sheetCombo->clear();
        m_sheetCombo->addItems(sheets);
        m_sheetCombo->setCurrentIndex(sheet);
    }
    m_sheetCombo->setEnabled(sheets.size() > 1);

    // Examples for each column, and a proposal from the same rows unless a saved mapping is
    // used.
    QList<SourceRow> sample;
    SourceRow row;
    while (sample.size() < MappingProposer::SampleRows) {
        Result<bool> got = m_source->next(row);
        if (!got) {
            showError(got.error().message());
            return false;
        }
        if (!*got)
            break;
        sample.append(row);
    }
    m_examples = QList<QStringList>(m_source->header().size());
    for (const SourceRow& r : std::as_const(sample)) {
        for (int c = 0; c < m_examples.size(); ++c) {
            const QString value = r.cells.value(c).trimmed();
            if (!value.isEmpty() && m_examples[c].size() < ExampleCount &&
                !m_examples[c].contains(value))
                m_examples[c].append(value.left(40));
        }
    }
    if (!m_mappingLoaded) {
        const QString site = m_mapping.defaultSiteCode;
        m_mapping = MappingProposer::propose(m_source->header(), sample);
        m_mapping.defaultSiteCode = site;
    }
    showColumns();
    return true;
}

void ImportDialog::showColumns()
{
    const QStringList header = m_source->header();
    m_columnsTable->setRowCount(int(header.size()));
    for (int c = 0; c < header.size(); ++c) {
        m_columnsTable->setItem(c, 0, item(header[c]));
        m_columnsTable->setItem(c, 1, item(m_examples.value(c).join(QStringLiteral(" · "))));
        auto* combo = new QComboBox(m_columnsTable);
        combo->setObjectName(QStringLiteral("importFieldCombo%1").arg(c));
        combo->setAccessibleName(tr("What the column “%1” holds").arg(header[c]));
        for (const ImportField field : importFieldCodes().values())
            combo->addItem(importFieldCodes().label(field), QVariant::fromValue(int(field)));
        combo->setCurrentIndex(combo->findData(int(m_mapping.fieldOf(header[c]))));
        connect(combo, &QComboBox::activated, this, &ImportDialog::updateColumnProblems);
        m_columnsTable->setCellWidget(c, 2, combo);
    }
    m_columnsTable->resizeColumnsToContents();
    m_columnsTable->setColumnWidth(1, std::min(m_columnsTable->columnWidth(1), 320));
    m_dateOrderCombo->setCurrentIndex(m_dateOrderCombo->findData(int(m_mapping.dateOrder)));
    updateColumnProblems();
}

void ImportDialog::readColumns()
{
    if (!m_source)
        return;
    const QStringList header = m_source->header();
    for (int c = 0; c < header.size(); ++c) {
        if (auto* combo = qobject_cast<QComboBox*>(m_columnsTable->cellWidget(c, 2)))
            m_mapping.setField(header[c], ImportField(combo->currentData().toInt()));
    }
    m_mapping.dateOrder = ImportMapping::DateOrder(m_dateOrderCombo->currentData().toInt());
    m_mapping.defaultSiteCode = m_siteCombo->currentData().toString();
}

void ImportDialog::updateColumnProblems()
{
    readColumns();
    const QStringList problems = m_mapping.problems(m_source->header());
    m_columnProblems->setText(problems.join(u'\n'));
    m_nextButton->setEnabled(problems.isEmpty());
}

void ImportDialog::loadMapping()
{
    const QString path =
        FileDialog::openFileName(this, tr("Use a saved mapping"), tr("Import mappings (*.json)"));
    if (path.isEmpty())
        return;
    Result<ImportMapping> loaded = ImportMapping::load(path);
    if (!loaded) {
        showError(loaded.error().message());
        return;
    }
    m_mapping = *loaded;
    m_mappingLoaded = true;
    const int site = m_siteCombo->findData(m_mapping.defaultSiteCode);
    if (site >= 0)
        m_siteCombo->setCurrentIndex(site);
    showError({});
    if (m_source)
        showColumns();
}

void ImportDialog::saveMapping()
{
    readColumns();
    const QString path = FileDialog::saveFileName(
        this, tr("Save this mapping"), tr("import-mapping.json"), tr("Import mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = m_mapping.save(path); !s)
        showError(s.error().message());
}

void ImportDialog::runOnFile(const QString& what, SourceWork work,
                             std::function<void(const Status&)> done)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QString path = m_sourcePath;
    const int sheet = std::max(0, m_sheetCombo->currentIndex());
    const UserSession session = m_session;
    const Clock& clock = m_clock;
    const auto cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    setBusy(true, what);
    BackgroundTask::run(
        this, m_db.path(), m_clock,
        [=, &clock](Database* db) -> Status {
            Result<std::unique_ptr<TabularSource>> source = TabularSource::open(path, sheet);
            if (!source)
                return source.error();
            ImportService service(*db, clock, session);
            return work(service, **source, [cancel, bar](int perMille) {
                QMetaObject::invokeMethod(
                    bar, [bar, perMille] { bar->setValue(perMille); }, Qt::QueuedConnection);
                return !*cancel;
            });
        },
        [this, done](const Status& result) {
            setBusy(false, {});
            done(result);
        });
}

void ImportDialog::check()
{
    readColumns();
    auto plan = std::make_shared<ImportPlan>();
    const ImportMapping mapping = m_mapping;
    runOnFile(
        tr("Checking every row…"),
        [plan, mapping](ImportService& service, TabularSource& source,
                        const ImportService::Progress& progress) -> Status {
            Result<ImportPlan> result = service.preview(source, mapping, progress);
            if (!result)
                return result.error();
            *plan = std::move(result).value();
            return {};
        },
        [this, plan](const Status& result) {
            if (!result) {
                if (result.error().code() != Error::Code::Cancelled)
                    showError(result.error().message());
                return;
            }
            m_plan = plan;
            showPlan();
            goTo(PreviewPage);
        });
}

void ImportDialog::showPlan()
{
    const QLocale locale;
    const ImportPlan& plan = *m_plan;
    QString summary;
    if (!plan.mappingProblems.isEmpty()) {
        summary = plan.mappingProblems.join(u'\n');
    } else {
        summary =
            tr("Rows read: %1 (%2). Can be imported: %3, as %4 new cases. With a problem, "
               "not to be imported: %5. Possibly registered already: %6 (choose what to do "
               "with each).")
                .arg(locale.toString(plan.rows), plan.fileDescription,
                     locale.toString(plan.importableRows()), locale.toString(plan.caseCount()),
                     locale.toString(int(plan.failedRows.size())),
                     locale.toString(plan.duplicateCount));
        if (plan.issueCount > plan.issues.size())
            summary += u' ' + tr("The first %1 problems are listed; the report after the import "
                                 "lists every row.")
                                  .arg(locale.toString(int(plan.issues.size())));
    }
    m_summary->setText(summary);

    // Rows that will not be imported, then rows that will be but deserve a look.
    const QList<RowIssue> listed = plan.issues + plan.warnings;
    m_issuesTable->setRowCount(int(listed.size()));
    for (int i = 0; i < listed.size(); ++i) {
        const RowIssue& issue = listed[i];
        const bool warning = i >= plan.issues.size();
        m_issuesTable->setItem(i, 0, item(QString::number(issue.row)));
        m_issuesTable->setItem(i, 1, item(issue.column));
        m_issuesTable->setItem(i, 2, item(issue.value));
        m_issuesTable->setItem(
            i, 3,
            item(warning ? tr("Will be imported; check: %1").arg(issue.reason) : issue.reason));
    }
    m_issuesTable->resizeColumnsToContents();
    m_issuesTable->setColumnWidth(3, 420);
    m_previewTabs->setTabText(
        0, plan.warningCount == 0
               ? tr("Problems (%1)").arg(locale.toString(plan.issueCount))
               : tr("Problems (%1) and rows to check (%2)")
                     .arg(locale.toString(plan.issueCount), locale.toString(plan.warningCount)));

    m_duplicatesTable->setRowCount(int(plan.duplicates.size()));
    for (int i = 0; i < plan.duplicates.size(); ++i) {
        const DuplicateMatch& d = plan.duplicates[i];
        m_duplicatesTable->setItem(i, 0, item(QString::number(d.row)));
        m_duplicatesTable->setItem(i, 1, item(d.importedName));
        m_duplicatesTable->setItem(i, 2, item(d.registeredName));
        m_duplicatesTable->setItem(i, 3, item(d.caseNumber));
        m_duplicatesTable->setItem(i, 4, item(d.reason));
        auto* choice = new QComboBox(m_duplicatesTable);
        choice->setObjectName(QStringLiteral("importDuplicateChoice%1").arg(d.row));
        choice->setAccessibleName(tr("What to do with row %1").arg(d.row));
        for (const auto c : ImportMapping::duplicateChoiceCodes().values()) {
            // One document belongs to one person: such a row is that person or left out.
            if (d.sameDocument && c == ImportMapping::DuplicateChoice::ImportAsNew)
                continue;
            choice->addItem(ImportMapping::duplicateChoiceCodes().label(c), int(c));
        }
        choice->setCurrentIndex(std::max(0, choice->findData(int(m_mapping.onDuplicate))));
        m_duplicatesTable->setCellWidget(i, 5, choice);
    }
    m_duplicatesTable->resizeColumnsToContents();
    m_previewTabs->setTabText(
        1, tr("Possibly registered already (%1)").arg(locale.toString(plan.duplicateCount)));

    // The values of coded columns, with what Amparo understood; the unknown first.
    Result<QList<Site>> sites = SiteService(m_db, m_clock, m_session).sites();
    if (!sites)
        showError(sites.error().message());
    const RowConverter withSites(m_source->header(), m_mapping, sites ? *sites : QList<Site>(),
                                 m_clock);
    struct ValueRow
    {
        ImportField field;
        QString written;
        int count;
        QString code;
    };
    QList<ValueRow> rows;
    for (auto it = plan.values.cbegin(); it != plan.values.cend(); ++it) {
        for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
            rows.append({it.key(), v.key(), v.value(), withSites.meaning(it.key(), v.key())});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ValueRow& a, const ValueRow& b) {
        return a.code.isEmpty() && !b.code.isEmpty();
    });
    m_valuesTable->setRowCount(int(rows.size()));
    int unknown = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const ValueRow& r = rows[i];
        auto* fieldItem = item(importFieldCodes().label(r.field));
        fieldItem->setData(Qt::UserRole, int(r.field));
        m_valuesTable->setItem(i, 0, fieldItem);
        m_valuesTable->setItem(i, 1, item(r.written));
        m_valuesTable->setItem(i, 2, item(locale.toString(r.count)));
        auto* meaning = new QComboBox(m_valuesTable);
        meaning->setObjectName(QStringLiteral("importValueMeaning%1").arg(i));
        meaning->setAccessibleName(tr("What “%1” means").arg(r.written));
        meaning->addItem(tr("(not known: the row is not imported)"), QString());
        for (const auto& [code, label] : withSites.choices(r.field))
            meaning->addItem(label, code);
        meaning->setCurrentIndex(std::max(0, meaning->findData(r.code)));
        connect(meaning, &QComboBox::activated, this,
                [this] { m_checkAgainButton->setEnabled(true); });
        m_valuesTable->setCellWidget(i, 3, meaning);
        if (r.code.isEmpty())
            ++unknown;
    }
    m_valuesTable->resizeColumnsToContents();
    m_previewTabs->setTabText(2, unknown > 0 ? tr("Values (%1 not understood)").arg(unknown)
                                             : tr("Values"));
    m_checkAgainButton->setEnabled(false);
    m_previewTabs->setCurrentIndex(plan.issueCount > 0 ? 0 : plan.duplicateCount > 0 ? 1 : 2);
}

void ImportDialog::applyValueMeanings()
{
    for (int i = 0; i < m_valuesTable->rowCount(); ++i) {
        auto* meaning = qobject_cast<QComboBox*>(m_valuesTable->cellWidget(i, 3));
        if (!meaning || meaning->currentData().toString().isEmpty())
            continue;
        const auto field = ImportField(m_valuesTable->item(i, 0)->data(Qt::UserRole).toInt());
        m_mapping.setValue(field, m_valuesTable->item(i, 1)->text(),
                           meaning->currentData().toString());
    }
}

QHash<int, ImportMapping::DuplicateChoice> ImportDialog::duplicateChoices() const
{
    QHash<int, ImportMapping::DuplicateChoice> choices;
    for (int i = 0; i < m_duplicatesTable->rowCount(); ++i) {
        auto* choice = qobject_cast<QComboBox*>(m_duplicatesTable->cellWidget(i, 5));
        if (choice)
            choices.insert(m_duplicatesTable->item(i, 0)->text().toInt(),
                           ImportMapping::DuplicateChoice(choice->currentData().toInt()));
    }
    return choices;
}

void ImportDialog::startImport()
{
    if (!m_plan || !m_plan->canImport())
        return;
    auto report = std::make_shared<ImportReport>();
    const ImportMapping mapping = m_mapping;
    const auto plan = m_plan;
    const auto choices = duplicateChoices();
    const QString path = m_sourcePath;
    runOnFile(
        tr("Importing…"),
        [=](ImportService& service, TabularSource& source,
            const ImportService::Progress& progress) -> Status {
            Result<ImportReport> result =
                service.run(source, mapping, *plan, choices, path, progress);
            if (!result)
                return result.error();
            *report = std::move(result).value();
            return {};
        },
        [this, report](const Status& result) {
            if (!result) {
                showError(result.error().message());
                m_nextButton->setEnabled(m_plan && m_plan->canImport());
                return;
            }
            m_report = report;
            showReport();
            goTo(ResultPage);
            emit imported();
        });
    m_cancelButton->setText(tr("Cancel the import"));
}

void ImportDialog::showReport()
{
    const QLocale locale;
    m_resultSummary->setText(
        m_report->summary() + u' ' +
        tr("It took %1 seconds. Save the report to keep what happened to every row.")
            .arg(locale.toString(double(m_report->milliseconds) / 1000.0, 'f', 1)));
    // Rows that were not simply imported come first: they need a person's attention.
    QList<ImportReport::Row> rows;
    for (const ImportReport::Row& r : m_report->rows) {
        if (r.outcome != ImportReport::Outcome::Imported)
            rows.append(r);
    }
    for (const ImportReport::Row& r : m_report->rows) {
        if (rows.size() >= ImportPlan::MaxListedIssues)
            break;
        if (r.outcome == ImportReport::Outcome::Imported)
            rows.append(r);
    }
    rows = rows.mid(0, ImportPlan::MaxListedIssues);
    m_resultTable->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_resultTable->setItem(i, 0, item(QString::number(rows[i].row)));
        m_resultTable->setItem(i, 1, item(ImportReport::outcomeCodes().label(rows[i].outcome)));
        m_resultTable->setItem(i, 2, item(rows[i].caseNumber));
        m_resultTable->setItem(i, 3, item(rows[i].note));
    }
    m_resultTable->resizeColumnsToContents();
}

void ImportDialog::saveReport()
{
    if (!m_report)
        return;
    const QString suggested =
        tr("import-report-%1.csv").arg(QFileInfo(m_sourcePath).completeBaseName());
    const QString path =
        FileDialog::saveFileName(this, tr("Save the report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = m_report->saveCsv(path); !s)
        MessageBox::warning(this, tr("Import"), s.error().message());
}
