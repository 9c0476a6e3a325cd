#include "ui/legal/ProceduresPanel.h"

#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/common/Translations.h"
#include "core/reference/CountryCatalog.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/reports/ProcedureSummary.h"
#include "core/security/AccessPolicy.h"
#include "core/services/ConflictCheckService.h"
#include "core/services/DeadlineService.h"
#include "core/services/ProcedureService.h"
#include "ui/common/ErrorStyle.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/legal/ConflictCheckDialog.h"
#include "ui/legal/DeadlineDialog.h"
#include "ui/legal/DeadlinesView.h"
#include "ui/legal/EventDialog.h"
#include "ui/legal/ProcedureDialog.h"
#include "ui/legal/StageProgress.h"
#include "ui/render/PdfDocumentWriter.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QString date(QDate d)
{
    return DateFormats::numeric(d);
}
} // namespace

ProceduresPanel::ProceduresPanel(const Database& db, const Clock& clock, const UserSession& session,
                                 QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_editable(AccessPolicy::allows(session.role, Permission::EditLegal))
{
    setObjectName(QStringLiteral("proceduresPanel"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    auto* horizontal = new QSplitter(Qt::Horizontal, vertical);

    // Left: the case's procedures and its conflict check.
    auto* listBox = new QGroupBox(tr("Procedures"), horizontal);
    auto* listLayout = new QVBoxLayout(listBox);
    m_list = new QListWidget(listBox);
    m_list->setObjectName(QStringLiteral("proceduresList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    listLayout->addWidget(m_list, 1);
    m_new = new QPushButton(tr("Open a procedure…"), listBox);
    m_new->setObjectName(QStringLiteral("newProcedureButton"));
    listLayout->addWidget(m_new);
    m_conflictStatus = new QLabel(listBox);
    m_conflictStatus->setObjectName(QStringLiteral("conflictStatusLabel"));
    m_conflictStatus->setWordWrap(true);
    listLayout->addWidget(m_conflictStatus);
    m_conflict = new QPushButton(tr("Conflict check…"), listBox);
    m_conflict->setObjectName(QStringLiteral("conflictCheckButton"));
    listLayout->addWidget(m_conflict);

    // Right: the procedure chosen.
    auto* detailBox = new QGroupBox(tr("Procedure"), horizontal);
    auto* detailLayout = new QVBoxLayout(detailBox);
    m_empty =
        new QLabel(tr("No procedure yet. Open one to follow its stages and deadlines."), detailBox);
    m_empty->setObjectName(QStringLiteral("noProcedureLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    detailLayout->addWidget(m_empty);
    m_detail = new QWidget(detailBox);
    auto* d = new QVBoxLayout(m_detail);
    d->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_detail);
    m_title->setObjectName(QStringLiteral("procedureTitleLabel"));
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold;"));
    m_title->setWordWrap(true);
    m_facts = new QLabel(m_detail);
    m_facts->setObjectName(QStringLiteral("procedureFactsLabel"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stages = new StageProgress(m_detail);
    m_outcome = new QLabel(m_detail);
    m_outcome->setObjectName(QStringLiteral("procedureOutcomeLabel"));
    m_outcome->setWordWrap(true);
    m_timeline = new QTableWidget(0, 5, m_detail);
    m_timeline->setObjectName(QStringLiteral("procedureTimeline"));
    m_timeline->setHorizontalHeaderLabels(
        {tr("Date"), tr("What happened"), tr("Stage after"), tr("Note"), tr("Recorded by")});
    m_timeline->verticalHeader()->hide();
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_timeline->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    m_recordEvent = new QPushButton(tr("Record what happened…"), m_detail);
    m_recordEvent->setObjectName(QStringLiteral("recordEventButton"));
    m_edit = new QPushButton(tr("Details…"), m_detail);
    m_edit->setObjectName(QStringLiteral("editProcedureButton"));
    m_print = new QToolButton(m_detail);
    m_print->setObjectName(QStringLiteral("printSummaryButton"));
    m_print->setText(tr("Summary for the person (PDF)…"));
    m_print->setToolTip(tr("A one-page summary in Spanish; the arrow offers other languages."));
    m_print->setPopupMode(QToolButton::MenuButtonPopup);
    auto* languages = new QMenu(m_print);
    languages->addAction(tr("In Spanish"), this, [this] { printSummary(QStringLiteral("es")); });
    languages->addAction(tr("In Portuguese"), this,
                         [this] { printSummary(QStringLiteral("pt_BR")); });
    languages->addAction(tr("In English"), this, [this] { printSummary(QStringLiteral("en")); });
    m_print->setMenu(languages);
    buttons->addWidget(m_recordEvent);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_print);
    d->addWidget(m_title);
    d->addWidget(m_facts);
    d->addWidget(m_stages);
    d->addWidget(m_outcome);
    d->addWidget(m_timeline, 1);
    d->addLayout(buttons);
    detailLayout->addWidget(m_detail, 1);
    horizontal->addWidget(listBox);
    horizontal->addWidget(detailBox);
    horizontal->setStretchFactor(0, 1);
    horizontal->setStretchFactor(1, 3);

    auto* deadlineBox = new QGroupBox(tr("Deadlines of this case"), vertical);
    auto* deadlineLayout = new QVBoxLayout(deadlineBox);
    m_deadlines = new DeadlinesView(db, clock, session, DeadlinesView::Scope::OneCase, deadlineBox);
    deadlineLayout->addWidget(m_deadlines);
    vertical->addWidget(horizontal);
    vertical->addWidget(deadlineBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    outer->addWidget(vertical);

    m_new->setVisible(m_editable);
    m_conflict->setVisible(m_editable);
    m_recordEvent->setVisible(m_editable);
    connect(m_new, &QPushButton::clicked, this, &ProceduresPanel::newProcedure);
    connect(m_conflict, &QPushButton::clicked, this, &ProceduresPanel::conflictCheck);
    connect(m_recordEvent, &QPushButton::clicked, this, &ProceduresPanel::recordEvent);
    connect(m_edit, &QPushButton::clicked, this, &ProceduresPanel::editProcedure);
    connect(m_print, &QToolButton::clicked, this, [this] { printSummary(QStringLiteral("es")); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ProceduresPanel::showCurrent);
    connect(m_deadlines, &DeadlinesView::changed, this, &ProceduresPanel::changed);
    connect(m_deadlines, &DeadlinesView::addRequested, this, &ProceduresPanel::addDeadline);
    showCurrent();
}

void ProceduresPanel::setCase(const CaseRecord& record)
{
    m_record = record;
    reload(current() ? current()->id : 0);
}

const Procedure* ProceduresPanel::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_procedures.size() ? &m_procedures[row] : nullptr;
}

void ProceduresPanel::reload(qint64 selectId)
{
    m_procedures.clear();
    if (m_record.id > 0) {
        Result<QList<Procedure>> loaded =
            ProcedureService(m_db, m_clock, m_session).forCase(m_record.id);
        if (loaded)
            m_procedures = *loaded;
        else
            MessageBox::warning(this, tr("Procedures"), loaded.error().message());
    }
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const Procedure& p : std::as_const(m_procedures)) {
            QString second = ProcedureRules::stageLabel(p, p.currentStage);
            if (!p.outcome.isEmpty())
                second += QStringLiteral(" · ") + ProcedureCatalogue::outcomeLabel(p.outcome);
            m_list->addItem(
                QStringLiteral("%1\n%2").arg(ProcedureRules::typeName(p.typeCode), second));
        }
    }
    int row = m_procedures.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_procedures.size(); ++i) {
        if (m_procedures[i].id == selectId)
            row = i;
    }
    m_list->setCurrentRow(row);
    showCurrent();
    showConflictStatus();
    m_deadlines->setCaseId(m_record.id);
}

void ProceduresPanel::showCurrent()
{
    const Procedure* p = current();
    m_detail->setVisible(p != nullptr);
    m_empty->setVisible(p == nullptr);
    if (!p)
        return;
    // Types of one country carry it in their name; the others (Mercosur, other) get it here.
    const ProcedureType* type = ProcedureCatalogue::current().type(p->typeCode);
    m_title->setText(
        type && !type->country.isEmpty()
            ? ProcedureRules::typeName(p->typeCode)
            : QStringLiteral("%1 — %2").arg(ProcedureRules::typeName(p->typeCode),
                                            CountryCatalog::instance().name(p->country)));
    QStringList concerned;
    for (const CaseMember& m : std::as_const(m_record.members)) {
        if (p->personIds.contains(m.person.id))
            concerned.append(m.person.fullName());
    }
    QStringList facts;
    const auto fact = [&facts](const QString& label, const QString& value) {
        if (!value.isEmpty())
            facts.append(
                QStringLiteral("<b>%1:</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
    };
    fact(tr("Authority"), p->authority);
    fact(tr("File number"), p->fileNumber);
    fact(tr("Responsible"), p->responsible);
    fact(tr("Started on"), date(p->openedOn));
    fact(tr("Concerns"), concerned.join(QStringLiteral(", ")));
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_stages->setStages(ProcedureRules::stages(*p), p->currentStage);
    QStringList outcome;
    if (!p->outcome.isEmpty())
        outcome.append(tr("Outcome: %1").arg(ProcedureCatalogue::outcomeLabel(p->outcome)));
    if (!p->documentLabel.isEmpty())
        outcome.append(p->documentExpiry.isValid()
                           ? tr("%1, valid until %2").arg(p->documentLabel, date(p->documentExpiry))
                           : p->documentLabel);
    m_outcome->setText(outcome.join(QStringLiteral(" · ")));
    m_outcome->setVisible(!outcome.isEmpty());
    m_timeline->setRowCount(0);
    // Newest first: what happened last matters most.
    for (auto it = p->events.crbegin(); it != p->events.crend(); ++it) {
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        m_timeline->setItem(row, 0, new QTableWidgetItem(date(it->occurredOn)));
        m_timeline->setItem(row, 1,
                            new QTableWidgetItem(ProcedureRules::eventLabel(*p, it->eventCode)));
        m_timeline->setItem(row, 2,
                            new QTableWidgetItem(ProcedureRules::stageLabel(*p, it->stageAfter)));
        m_timeline->setItem(row, 3, new QTableWidgetItem(it->note));
        m_timeline->setItem(row, 4, new QTableWidgetItem(it->recordedBy));
    }
    m_timeline->resizeRowsToContents();
    m_recordEvent->setEnabled(m_editable);
}

void ProceduresPanel::showConflictStatus()
{
    Result<QList<ConflictCheck>> checks =
        ConflictCheckService(m_db, m_clock, m_session).checks(m_record.id);
    if (!checks) {
        m_conflictStatus->setText(checks.error().message());
        return;
    }
    if (checks->isEmpty()) {
        m_conflictStatus->setText(tr("No conflict check recorded yet."));
        m_conflictStatus->setStyleSheet(QStringLiteral("color: #8a5a00;"));
        return;
    }
    const ConflictCheck& last = checks->constLast();
    m_conflictStatus->setText(
        tr("Conflict check of %1: %2")
            .arg(date(last.checkedOn), ConflictCheckService::decisionLabel(last.decision)));
    m_conflictStatus->setStyleSheet(
        last.decision == ConflictCheck::Decision::Declined ? ErrorStyle::text() : QString());
}

void ProceduresPanel::newProcedure()
{
    Result<QList<ConflictCheck>> checks =
        ConflictCheckService(m_db, m_clock, m_session).checks(m_record.id);
    if (checks && checks->isEmpty() &&
        MessageBox::askYesNo(this, tr("Open a procedure"),
                             tr("No conflict check is recorded on this case. Run one before "
                                "opening the procedure?")) == MessageBox::Answer::Yes) {
        conflictCheck();
        return;
    }
    Procedure blank;
    blank.caseId = m_record.id;
    auto* dialog = new ProcedureDialog(m_db, m_clock, m_session, m_record, blank, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload(dialog->procedure().id);
        emit changed();
    });
    dialog->open();
}

void ProceduresPanel::setReadOnly()
{
    m_editable = false;
    m_new->hide();
    m_conflict->hide();
    m_recordEvent->hide();
}

void ProceduresPanel::editProcedure()
{
    const Procedure* p = current();
    if (!p)
        return;
    auto* dialog = new ProcedureDialog(m_db, m_clock, m_session, m_record, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_editable)
        dialog->setEnabled(false);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload(dialog->procedure().id);
        emit changed();
    });
    dialog->open();
}

void ProceduresPanel::recordEvent()
{
    const Procedure* p = current();
    if (!p)
        return;
    auto* dialog = new EventDialog(m_db, m_clock, m_session, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload(dialog->procedure().id);
        emit changed();
    });
    dialog->open();
}

void ProceduresPanel::conflictCheck()
{
    auto* dialog = new ConflictCheckDialog(m_db, m_clock, m_session, m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictCheckDialog::recorded, this, [this] {
        showConflictStatus();
        emit changed();
    });
    dialog->open();
}

void ProceduresPanel::addDeadline()
{
    auto* dialog = new DeadlineDialog(m_db, m_clock, m_session, m_record.id, m_procedures,
                                      current() ? current()->id : 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_deadlines->refresh();
        emit changed();
    });
    dialog->open();
}

Status ProceduresPanel::writeSummary(const QString& path, const QString& language) const
{
    const Procedure* p = current();
    if (!p)
        return Error(Error::Code::NotFound, tr("Choose a procedure first."));
    Result<QList<DeadlineRow>> deadlines =
        DeadlineService(m_db, m_clock, m_session).forCase(m_record.id, false);
    if (!deadlines)
        return deadlines.error();
    // The person reads it in their language, whatever the window speaks.
    const LanguageScope scope(language);
    const ProcedureSummary summary(m_record, *p, *deadlines, m_clock.today());
    return PdfDocumentWriter::write(path, summary.title(), summary.html());
}

void ProceduresPanel::printSummary(const QString& language)
{
    const Procedure* p = current();
    if (!p)
        return;
    const Person* principal = m_record.principal();
    const QString suggested =
        QStringLiteral("%1 %2.pdf")
            .arg(m_record.caseNumber, principal ? principal->familyName1 : QString())
            .trimmed();
    const QString path = FileDialog::saveFileName(this, tr("Save the summary as PDF"), suggested,
                                                  tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeSummary(path, language); !s) {
        MessageBox::warning(this, tr("Summary"), s.error().message());
        return;
    }
    MessageBox::information(this, tr("Summary"),
                            tr("The summary was saved to %1. It contains personal data: hand it "
                               "to the person and do not leave copies around.")
                                .arg(path));
}
