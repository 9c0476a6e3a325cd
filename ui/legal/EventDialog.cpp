#include "ui/legal/EventDialog.h"

#include "core/common/DateFormats.h"
#include "core/common/Clock.h"
#include "core/reference/ProcedureCatalogue.h"
#include "ui/common/FieldErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString StageReached = QStringLiteral("stage_reached");
}

EventDialog::EventDialog(const Database& db, const Clock& clock, const UserSession& session,
                         const Procedure& procedure, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_procedure(procedure)
{
    setObjectName(QStringLiteral("eventDialog"));
    setWindowTitle(tr("Record what happened"));
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("eventCombo"));
    m_event->addItem(tr("Choose…"), QString());
    if (const ProcedureType* t = ProcedureCatalogue::current().type(procedure.typeCode)) {
        for (const ProcedureEventType& e : t->events)
            m_event->addItem(e.label.text(), e.code);
    }
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("eventStageCombo"));
    for (const auto& [code, label] : ProcedureRules::stages(procedure))
        m_stage->addItem(label, code);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(procedure.currentStage)));
    m_date = new QDateEdit(clock.today(), this);
    m_date->setObjectName(QStringLiteral("eventDateEdit"));
    m_date->setDisplayFormat(DateFormats::numericFormat());
    m_date->setCalendarPopup(true);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("eventNoteEdit"));
    m_note->setPlaceholderText(tr("What the person was told, what was handed in…"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(120);

    m_form = new QFormLayout;
    m_errors.addRow(m_form, tr("What happened"), m_event, QStringLiteral("event"));
    m_errors.addRow(m_form, tr("Stage reached"), m_stage, QStringLiteral("stage"));
    m_stageRow = m_form->rowCount() - 1;
    m_errors.addRow(m_form, tr("On"), m_date, QStringLiteral("date"));
    m_errors.addRow(m_form, tr("Note"), m_note, QStringLiteral("note"));

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("eventPreviewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setStyleSheet(
        QStringLiteral("background: #eef4fb; border: 1px solid #c5d8ee; padding: 6px;"));
    m_error = new FieldErrorLabel(this);
    m_error->setObjectName(QStringLiteral("eventErrorLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("eventOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_event, &QComboBox::currentIndexChanged, this, &EventDialog::updatePreview);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &EventDialog::updatePreview);
    connect(m_date, &QDateEdit::dateChanged, this, &EventDialog::updatePreview);
    updatePreview();
}

ProcedureRules::EventInput EventDialog::input() const
{
    return {m_event->currentData().toString(), m_date->date(), m_note->toPlainText(),
            m_stage->currentData().toString()};
}

QString EventDialog::previewText() const
{
    return m_preview->text();
}

void EventDialog::updatePreview()
{
    m_form->setRowVisible(m_stageRow, m_event->currentData().toString() == StageReached);
    Result<ProcedureRules::EventEffects> effects =
        ProcedureRules::plan(m_procedure, input(), m_clock.today());
    if (!effects) {
        m_preview->hide();
        return;
    }
    QStringList lines;
    if (effects->stageAfter != m_procedure.currentStage)
        lines.append(tr("The procedure moves to the stage “%1”.")
                         .arg(ProcedureRules::stageLabel(m_procedure, effects->stageAfter)));
    if (effects->outcome != m_procedure.outcome && !effects->outcome.isEmpty())
        lines.append(tr("Outcome: %1.").arg(ProcedureCatalogue::outcomeLabel(effects->outcome)));
    if (effects->documentExpiry.isValid() && effects->documentExpiry != m_procedure.documentExpiry)
        lines.append(tr("%1, valid until %2.")
                         .arg(effects->documentLabel,
                              DateFormats::numeric(effects->documentExpiry)));
    for (const Deadline& d : effects->deadlines)
        lines.append(
            tr("New deadline: %1 by %2.")
                .arg(d.what, QLocale().toString(d.dueOn, QStringLiteral("dddd ")) + DateFormats::numeric(d.dueOn)));
    m_preview->setText(lines.join(QLatin1Char('\n')));
    m_preview->setVisible(!lines.isEmpty());
}

void EventDialog::accept()
{
    m_errors.clear();
    m_error->clearError();
    Result<Procedure> recorded =
        ProcedureService(m_db, m_clock, m_session).recordEvent(m_procedure.id, input());
    if (!recorded) {
        m_errors.showError(recorded.error(), m_error);
        return;
    }
    m_procedure = *recorded;
    QDialog::accept();
}
