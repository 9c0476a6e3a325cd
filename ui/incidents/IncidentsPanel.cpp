#include "ui/incidents/IncidentsPanel.h"

#include "core/reference/IncidentCatalogue.h"
#include "core/services/IncidentService.h"
#include "ui/common/MessageBox.h"
#include "ui/common/RecordTable.h"
#include "ui/incidents/IncidentDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    MonthColumn,
    WhatColumn,
    WhomColumn,
    ByWhomColumn,
    WhereColumn,
    ReportedColumn,
    ResponseColumn,
    ColumnCount
};
} // namespace

IncidentsPanel::IncidentsPanel(const Database& db, const Clock& clock, const UserSession& session,
                               QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
{
    setObjectName(QStringLiteral("incidentsPanel"));
    m_table = RecordTable::create({tr("Month"), tr("What happened"), tr("To whom"), tr("By whom"),
                                   tr("Where"), tr("Reported"), tr("What the state did")},
                                  WhatColumn, QStringLiteral("incidentsTable"), this);
    m_narrative = new QLabel(this);
    m_narrative->setObjectName(QStringLiteral("incidentNarrativeLabel"));
    m_narrative->setWordWrap(true);
    m_narrative->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_new = new QPushButton(tr("Record what happened…"), this);
    m_new->setObjectName(QStringLiteral("recordIncidentButton"));
    m_change = new QPushButton(tr("Change…"), this);
    m_change->setObjectName(QStringLiteral("changeIncidentButton"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeIncidentButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_narrative);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &IncidentsPanel::recordNew);
    connect(m_change, &QPushButton::clicked, this, &IncidentsPanel::changeCurrent);
    connect(m_remove, &QPushButton::clicked, this, &IncidentsPanel::removeCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IncidentsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &IncidentsPanel::changeCurrent);
    updateButtons();
}

void IncidentsPanel::setCase(const CaseRecord& record)
{
    m_record = record;
    refresh();
}

void IncidentsPanel::setReadOnly()
{
    m_readOnly = true;
    updateButtons();
}

const Incident* IncidentsPanel::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_incidents.size() ? &m_incidents[row] : nullptr;
}

void IncidentsPanel::refresh()
{
    m_table->setRowCount(0);
    m_incidents.clear();
    Result<QList<Incident>> incidents =
        IncidentService(m_db, m_clock, m_session).forCase(m_record.id);
    if (!incidents) {
        m_status->setText(incidents.error().message());
        updateButtons();
        return;
    }
    m_incidents = *incidents;
    const IncidentCatalogue& c = IncidentCatalogue::current();
    for (const Incident& i : std::as_const(m_incidents)) {
        const IncidentFacts& f = i.facts;
        QString whom = tr("The family");
        for (const CaseMember& m : std::as_const(m_record.members)) {
            if (m.person.id == i.personId)
                whom = m.person.fullName();
        }
        const QString where = IncidentService::where(f) + QStringLiteral(" · ") +
                              IncidentCatalogue::label(c.places(), f.place);
        const QString reported =
            f.reported == IncidentReported::Yes
                ? tr("To %1").arg(IncidentCatalogue::label(c.institutions(), f.institution))
                : incidentReportedCodes().label(f.reported);
        const QStringList cells{f.month.toString(QStringLiteral("MM/yyyy")),
                                IncidentCatalogue::label(c.types(), f.type),
                                whom,
                                IncidentCatalogue::label(c.perpetrators(), f.perpetrator),
                                where,
                                reported,
                                IncidentCatalogue::label(c.stateResponses(), f.stateResponse)};
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int col = 0; col < ColumnCount; ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_status->setText(m_incidents.isEmpty()
                          ? tr("Nothing recorded yet. What a person tells happened to them on "
                               "the way or where they live now is documented here; only its "
                               "codes are ever counted, with small numbers hidden.")
                          : QString());
    updateButtons();
}

void IncidentsPanel::updateButtons()
{
    const Incident* i = current();
    m_new->setEnabled(!m_readOnly && m_record.id > 0);
    m_change->setEnabled(!m_readOnly && i);
    m_remove->setEnabled(!m_readOnly && i);
    m_change->setText(m_readOnly ? tr("View…") : tr("Change…"));
    m_narrative->setText(i && !i->narrative.isEmpty() ? tr("What they told: %1").arg(i->narrative)
                                                      : QString());
    m_narrative->setVisible(!m_narrative->text().isEmpty());
}

void IncidentsPanel::recordNew()
{
    Incident draft;
    draft.caseId = m_record.id;
    openDialog(draft);
}

void IncidentsPanel::changeCurrent()
{
    if (const Incident* i = current(); i && !m_readOnly)
        openDialog(*i);
}

void IncidentsPanel::openDialog(const Incident& incident)
{
    auto* dialog = new IncidentDialog(m_db, m_clock, m_session, m_record, incident, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        emit changed();
    });
    dialog->open();
}

void IncidentsPanel::removeCurrent()
{
    const Incident* i = current();
    if (!i)
        return;
    if (MessageBox::askYesNo(this, tr("Remove the incident"),
                             tr("Remove “%1” from the case? The audit trail keeps that it was "
                                "recorded and removed.")
                                 .arg(IncidentService::describe(i->facts))) !=
        MessageBox::Answer::Yes)
        return;
    if (Status s = IncidentService(m_db, m_clock, m_session).remove(i->id); !s) {
        MessageBox::warning(this, tr("Remove the incident"), s.error().message());
        return;
    }
    refresh();
    emit changed();
}
