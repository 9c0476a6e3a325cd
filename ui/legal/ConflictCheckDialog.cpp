#include "ui/legal/ConflictCheckDialog.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/services/ConflictCheckService.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget* makeTable(QWidget* parent, const QStringList& headers, const char* name)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

QTableWidgetItem* item(const QString& text)
{
    return new QTableWidgetItem(text);
}
} // namespace

ConflictCheckDialog::ConflictCheckDialog(const Database& db, const Clock& clock,
                                         const UserSession& session, const CaseRecord& record,
                                         QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_record(record)
{
    setObjectName(QStringLiteral("conflictCheckDialog"));
    setWindowTitle(tr("Conflict check · %1").arg(record.caseNumber));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Before taking on a case or a procedure, check that the clinic does not already act "
           "for, or against, the same people. Names are compared ignoring accents, case and "
           "small spelling differences; document numbers must match."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // The four parts scroll together on a small screen; the buttons stay in view.
    auto* content = new QWidget;
    auto* sections = new QVBoxLayout(content);
    sections->setContentsMargins(0, 0, 0, 0);
    buildParties(sections);
    buildSubjects(sections);
    buildFindings(sections);
    buildHistory(sections);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictCheckDialog::reject);
    layout->addWidget(buttons);
    resize(920, 680);
    loadParties();
    for (const ConflictSubject& s : ConflictCheckService::subjectsFor(record, {}))
        addSubjectRow(s);
    loadHistory();
}

void ConflictCheckDialog::buildParties(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Opposing parties in this case"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_parties = makeTable(box, {tr("Name"), tr("Document"), tr("Note")}, "opposingPartiesTable");
    m_parties->setMaximumHeight(110);
    boxLayout->addWidget(m_parties);
    auto* row = new QHBoxLayout;
    m_partyName = new QLineEdit(box);
    m_partyName->setObjectName(QStringLiteral("partyNameEdit"));
    m_partyName->setAccessibleName(tr("Name of the opposing party"));
    m_partyName->setPlaceholderText(tr("name of the other side"));
    m_partyDocument = new QLineEdit(box);
    m_partyDocument->setObjectName(QStringLiteral("partyDocumentEdit"));
    m_partyDocument->setAccessibleName(tr("Their document number"));
    m_partyDocument->setPlaceholderText(tr("document number, if known"));
    m_partyNote = new QLineEdit(box);
    m_partyNote->setObjectName(QStringLiteral("partyNoteEdit"));
    m_partyNote->setAccessibleName(tr("Their relation to the case"));
    m_partyNote->setPlaceholderText(tr("relation to the case"));
    auto* add = new QPushButton(tr("Add"), box);
    add->setObjectName(QStringLiteral("addPartyButton"));
    auto* remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removePartyButton"));
    row->addWidget(m_partyName, 2);
    row->addWidget(m_partyDocument, 1);
    row->addWidget(m_partyNote, 2);
    row->addWidget(add);
    row->addWidget(remove);
    boxLayout->addLayout(row);
    layout->addWidget(box);
    connect(add, &QPushButton::clicked, this, &ConflictCheckDialog::addParty);
    connect(m_partyName, &QLineEdit::returnPressed, this, &ConflictCheckDialog::addParty);
    connect(remove, &QPushButton::clicked, this, &ConflictCheckDialog::removeParty);
}

void ConflictCheckDialog::buildSubjects(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Names to check"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_subjects = makeTable(box, {tr("Name"), tr("Document numbers (comma between them)")},
                           "conflictSubjectsTable");
    m_subjects->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_subjects->setMinimumHeight(110);
    m_subjects->setMaximumHeight(140);
    boxLayout->addWidget(m_subjects);
    auto* row = new QHBoxLayout;
    auto* addName = new QPushButton(tr("Add a name"), box);
    addName->setObjectName(QStringLiteral("addSubjectButton"));
    auto* run = new QPushButton(tr("Run check"), box);
    run->setObjectName(QStringLiteral("runConflictCheckButton"));
    run->setDefault(true);
    row->addWidget(addName);
    row->addStretch();
    row->addWidget(run);
    boxLayout->addLayout(row);
    layout->addWidget(box);
    connect(addName, &QPushButton::clicked, this, [this] {
        addSubjectRow({});
        m_subjects->setCurrentCell(m_subjects->rowCount() - 1, 0);
        m_subjects->editItem(m_subjects->item(m_subjects->rowCount() - 1, 0));
    });
    connect(run, &QPushButton::clicked, this, &ConflictCheckDialog::runCheck);
    connect(m_subjects, &QTableWidget::itemChanged, this, &ConflictCheckDialog::subjectsEdited);
}

void ConflictCheckDialog::buildFindings(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Possible conflicts"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_resultSummary = new QLabel(tr("Run the check to see possible conflicts."), box);
    m_resultSummary->setObjectName(QStringLiteral("conflictSummaryLabel"));
    m_resultSummary->setWordWrap(true);
    boxLayout->addWidget(m_resultSummary);
    m_results = makeTable(
        box, {tr("Checked"), tr("Found"), tr("Case"), tr("As"), tr("Likeness"), tr("Why")},
        "conflictResultsTable");
    m_results->setMinimumHeight(120);
    boxLayout->addWidget(m_results, 1);
    auto* form = new QFormLayout;
    m_decision = new QComboBox(box);
    m_decision->setObjectName(QStringLiteral("conflictDecisionCombo"));
    for (ConflictCheck::Decision d :
         {ConflictCheck::Decision::NoConflict, ConflictCheck::Decision::Waived,
          ConflictCheck::Decision::Declined})
        m_decision->addItem(ConflictCheckService::decisionLabel(d), int(d));
    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("conflictNoteEdit"));
    m_note->setPlaceholderText(tr("why — required when waived or declined"));
    form->addRow(tr("Decision"), m_decision);
    form->addRow(tr("Note"), m_note);
    boxLayout->addLayout(form);
    m_error = new FieldErrorLabel(box);
    m_error->setObjectName(QStringLiteral("conflictErrorLabel"));
    boxLayout->addWidget(m_error);
    auto* row = new QHBoxLayout;
    row->addStretch();
    m_recordButton = new QPushButton(tr("Record decision"), box);
    m_recordButton->setObjectName(QStringLiteral("recordConflictDecisionButton"));
    m_recordButton->setEnabled(false);
    row->addWidget(m_recordButton);
    boxLayout->addLayout(row);
    layout->addWidget(box, 1);
    connect(m_recordButton, &QPushButton::clicked, this, &ConflictCheckDialog::recordDecision);
}

void ConflictCheckDialog::buildHistory(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Checks recorded on this case"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_history =
        makeTable(box, {tr("On"), tr("By"), tr("Decision"), tr("Note")}, "conflictHistoryTable");
    m_history->setMaximumHeight(120);
    boxLayout->addWidget(m_history);
    layout->addWidget(box);
}

void ConflictCheckDialog::loadParties()
{
    Result<QList<OpposingParty>> parties =
        ConflictCheckService(m_db, m_clock, m_session).opposingParties(m_record.id);
    m_parties->setRowCount(0);
    if (!parties) {
        m_error->showError(parties.error().message());
        return;
    }
    for (const OpposingParty& p : *parties) {
        const int row = m_parties->rowCount();
        m_parties->insertRow(row);
        m_parties->setItem(row, 0, item(p.name));
        m_parties->item(row, 0)->setData(Qt::UserRole, p.id);
        m_parties->setItem(row, 1, item(p.documentNumber));
        m_parties->setItem(row, 2, item(p.note));
    }
}

void ConflictCheckDialog::loadHistory()
{
    Result<QList<ConflictCheck>> checks =
        ConflictCheckService(m_db, m_clock, m_session).checks(m_record.id);
    m_history->setRowCount(0);
    if (!checks) {
        m_error->showError(checks.error().message());
        return;
    }
    for (const ConflictCheck& c : *checks) {
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        m_history->setItem(row, 0, item(DateFormats::numeric(c.checkedOn)));
        m_history->setItem(row, 1, item(c.checkedBy));
        m_history->setItem(row, 2, item(ConflictCheckService::decisionLabel(c.decision)));
        m_history->setItem(row, 3, item(c.note));
        const QString tip = tr("Checked: %1\nFound:\n%2")
                                .arg(c.subject, c.findings.isEmpty() ? tr("nothing") : c.findings);
        for (int column = 0; column < 4; ++column)
            m_history->item(row, column)->setToolTip(tip);
    }
}

void ConflictCheckDialog::addParty()
{
    m_error->clearError();
    Result<OpposingParty> added =
        ConflictCheckService(m_db, m_clock, m_session)
            .addOpposingParty(m_record.id, m_partyName->text(), m_partyDocument->text(),
                              m_partyNote->text());
    if (!added) {
        m_error->showError(added.error().message());
        m_partyName->setFocus();
        return;
    }
    m_partyName->clear();
    m_partyDocument->clear();
    m_partyNote->clear();
    loadParties();
    addSubjectRow({added->name, added->documentNumber.isEmpty()
                                    ? QStringList()
                                    : QStringList{added->documentNumber}});
    m_partyName->setFocus();
}

void ConflictCheckDialog::removeParty()
{
    const int row = m_parties->currentRow();
    if (row < 0)
        return;
    const QString name = m_parties->item(row, 0)->text();
    if (MessageBox::askYesNo(this, tr("Opposing parties"),
                             tr("Remove %1 from the opposing parties of this case?").arg(name)) !=
        MessageBox::Answer::Yes)
        return;
    if (Status s = ConflictCheckService(m_db, m_clock, m_session)
                       .removeOpposingParty(
                           m_record.id, m_parties->item(row, 0)->data(Qt::UserRole).toLongLong());
        !s) {
        m_error->showError(s.error().message());
        return;
    }
    loadParties();
}

void ConflictCheckDialog::addSubjectRow(const ConflictSubject& subject)
{
    const QSignalBlocker block(m_subjects);
    const int row = m_subjects->rowCount();
    m_subjects->insertRow(row);
    m_subjects->setItem(row, 0, item(subject.name));
    m_subjects->setItem(row, 1, item(subject.documentNumbers.join(QStringLiteral(", "))));
    subjectsEdited();
}

QList<ConflictSubject> ConflictCheckDialog::subjects() const
{
    QList<ConflictSubject> out;
    for (int row = 0; row < m_subjects->rowCount(); ++row) {
        ConflictSubject s;
        s.name =
            m_subjects->item(row, 0) ? m_subjects->item(row, 0)->text().simplified() : QString();
        const QString numbers =
            m_subjects->item(row, 1) ? m_subjects->item(row, 1)->text() : QString();
        for (const QString& n : numbers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!n.trimmed().isEmpty())
                s.documentNumbers.append(n.trimmed());
        }
        if (!s.name.isEmpty() || !s.documentNumbers.isEmpty())
            out.append(s);
    }
    return out;
}

void ConflictCheckDialog::subjectsEdited()
{
    // A decision is about the names actually checked: changing them asks for a new run.
    if (m_checkRun) {
        m_checkRun = false;
        m_recordButton->setEnabled(false);
        m_resultSummary->setText(tr("The names changed: run the check again."));
    }
}

void ConflictCheckDialog::runCheck()
{
    m_error->clearError();
    const QList<ConflictSubject> checked = subjects();
    if (checked.isEmpty()) {
        m_error->showError(tr("Write at least one name or document number to check."));
        return;
    }
    Result<QList<ConflictFinding>> found =
        ConflictCheckService(m_db, m_clock, m_session).check(checked, m_record.id);
    if (!found) {
        m_error->showError(found.error().message());
        return;
    }
    m_findings = *found;
    m_checked = checked;
    m_results->setRowCount(0);
    for (const ConflictFinding& f : m_findings) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        m_results->setItem(row, 0, item(f.subject));
        m_results->setItem(row, 1, item(f.foundName));
        m_results->setItem(row, 2, item(f.caseNumber));
        m_results->setItem(row, 3, item(f.role));
        m_results->setItem(row, 4, item(QStringLiteral("%1%").arg(qRound(f.score * 100))));
        m_results->setItem(row, 5, item(f.reason));
        m_results->item(row, 5)->setToolTip(f.reason);
    }
    m_resultSummary->setText(
        m_findings.isEmpty()
            ? tr("No possible conflict found among %n name(s).", nullptr, int(checked.size()))
            : tr("%n possible conflict(s): look at each before deciding.", nullptr,
                 int(m_findings.size())));
    m_resultSummary->setStyleSheet(m_findings.isEmpty()
                                       ? QStringLiteral("color: #1e5b24; font-weight: bold;")
                                       : ErrorStyle::text(true));
    m_decision->setCurrentIndex(m_decision->findData(int(ConflictCheck::Decision::NoConflict)));
    m_checkRun = true;
    m_recordButton->setEnabled(true);
}

void ConflictCheckDialog::recordDecision()
{
    m_error->clearError();
    if (!m_checkRun) {
        m_error->showError(tr("Run the check first."));
        return;
    }
    Result<ConflictCheck> check =
        ConflictCheckService(m_db, m_clock, m_session)
            .record(m_record.id, m_checked, m_findings,
                    ConflictCheck::Decision(m_decision->currentData().toInt()), m_note->text());
    if (!check) {
        m_error->showError(check.error().message());
        m_note->setFocus();
        return;
    }
    m_note->clear();
    m_checkRun = false;
    m_recordButton->setEnabled(false);
    m_resultSummary->setText(
        tr("Decision recorded: %1.").arg(ConflictCheckService::decisionLabel(check->decision)));
    loadHistory();
    emit recorded();
}
