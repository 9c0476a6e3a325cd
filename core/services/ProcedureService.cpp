#include "ProcedureService.h"

#include "CaseService.h"
#include "DeadlineService.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "reference/CountryCatalog.h"
#include "reference/HolidayCalendar.h"
#include "reference/ProcedureCatalogue.h"
#include "security/AccessPolicy.h"
#include "storage/Database.h"
#include "storage/DeadlineRepository.h"
#include "storage/ProcedureRepository.h"
#include "storage/Transaction.h"

#include <QSet>

ProcedureService::ProcedureService(const Database& db, const Clock& clock,
                                   const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

QString ProcedureService::typeName(const QString& typeCode)
{
    const ProcedureType* t = ProcedureCatalogue::current().type(typeCode);
    return t ? t->name.text() : typeCode;
}

QList<std::pair<QString, QString>> ProcedureService::stages(const Procedure& p)
{
    QList<std::pair<QString, QString>> out;
    const ProcedureType* t = ProcedureCatalogue::current().type(p.typeCode);
    if (t && t->customStages) {
        for (const QString& s : p.customStages)
            out.append({s, s});
    } else if (t) {
        for (const ProcedureStage& s : t->stages)
            out.append({s.code, s.label.text()});
    }
    return out;
}

QString ProcedureService::stageLabel(const Procedure& p, const QString& code)
{
    for (const auto& [c, label] : stages(p)) {
        if (c == code)
            return label;
    }
    return code;
}

QString ProcedureService::eventLabel(const Procedure& p, const QString& code)
{
    const ProcedureType* t = ProcedureCatalogue::current().type(p.typeCode);
    const ProcedureEventType* e = t ? t->event(code) : nullptr;
    return e ? e->label.text() : code;
}

QList<FieldError> ProcedureService::validate(const CaseRecord& record, const Procedure& p) const
{
    QList<FieldError> errors;
    const ProcedureType* type = ProcedureCatalogue::current().type(p.typeCode);
    if (!type) {
        errors.append({QStringLiteral("type"), tr("Choose the kind of procedure.")});
        return errors;
    }
    if (!CountryCatalog::instance().isCountry(p.country))
        errors.append({QStringLiteral("country"), tr("Choose the country of the procedure.")});
    else if (!type->country.isEmpty() && type->country != p.country)
        errors.append(
            {QStringLiteral("country"), tr("This procedure exists only in %1.")
                                            .arg(CountryCatalog::instance().name(type->country))});
    if (p.authority.size() > 200)
        errors.append(
            {QStringLiteral("authority"), tr("The authority can have at most 200 characters.")});
    if (p.fileNumber.size() > 100)
        errors.append(
            {QStringLiteral("fileNumber"), tr("The file number can have at most 100 characters.")});
    if (p.responsible.trimmed().isEmpty())
        errors.append(
            {QStringLiteral("responsible"), tr("Say who is responsible for the procedure.")});
    else if (p.responsible.size() > 200)
        errors.append(
            {QStringLiteral("responsible"), tr("The name can have at most 200 characters.")});
    if (!p.openedOn.isValid())
        errors.append({QStringLiteral("openedOn"), tr("Enter the date the procedure started.")});
    else if (p.openedOn > m_clock.today())
        errors.append(
            {QStringLiteral("openedOn"), tr("The procedure cannot start in the future.")});
    QSet<qint64> members;
    for (const CaseMember& m : record.members)
        members.insert(m.person.id);
    if (p.personIds.isEmpty())
        errors.append(
            {QStringLiteral("persons"), tr("Choose the members the procedure concerns.")});
    for (qint64 id : p.personIds) {
        if (!members.contains(id))
            errors.append(
                {QStringLiteral("persons"), tr("Someone chosen is not a member of this case.")});
    }
    if (type->customStages) {
        QStringList cleaned;
        for (const QString& s : p.customStages) {
            if (!s.trimmed().isEmpty())
                cleaned.append(s.trimmed());
        }
        if (cleaned.isEmpty())
            errors.append({QStringLiteral("customStages"),
                           tr("Name the stages of this procedure, one per line.")});
        else if (QSet<QString>(cleaned.begin(), cleaned.end()).size() != cleaned.size())
            errors.append(
                {QStringLiteral("customStages"), tr("Each stage needs a different name.")});
        else if (std::any_of(cleaned.begin(), cleaned.end(),
                             [](const QString& s) { return s.size() > 100; }))
            errors.append({QStringLiteral("customStages"),
                           tr("A stage name can have at most 100 characters.")});
    }
    return errors;
}

Result<Procedure> ProcedureService::open(const Procedure& input)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).load(input.caseId);
    if (!record)
        return record.error();
    Procedure p = input;
    p.authority = p.authority.trimmed();
    p.fileNumber = p.fileNumber.trimmed();
    p.responsible = p.responsible.trimmed();
    QStringList stagesCleaned;
    for (const QString& s : p.customStages) {
        if (!s.trimmed().isEmpty())
            stagesCleaned.append(s.trimmed());
    }
    p.customStages = stagesCleaned;
    if (const QList<FieldError> errors = validate(*record, p); !errors.isEmpty())
        return Error::invalid(errors);
    const QList<std::pair<QString, QString>> stageList = stages(p);
    p.currentStage = stageList.isEmpty() ? QString() : stageList.constFirst().first;
    p.outcome.clear();

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = ProcedureRepository(m_db, m_clock).insert(p);
    if (!id)
        return id.error();
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session, {QStringLiteral("procedure.create"),
                                    QStringLiteral("case"),
                                    QString::number(p.caseId),
                                    record->caseNumber,
                                    {{QStringLiteral("type"), QString(), p.typeCode},
                                     {QStringLiteral("country"), QString(), p.country},
                                     {QStringLiteral("file number"), QString(), p.fileNumber},
                                     {QStringLiteral("responsible"), QString(), p.responsible}},
                                    {}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return find(*id);
}

Result<Procedure> ProcedureService::update(const Procedure& input)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s.error();
    Result<Procedure> stored = ProcedureRepository(m_db, m_clock).find(input.id);
    if (!stored)
        return stored.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).load(stored->caseId);
    if (!record)
        return record.error();
    Procedure p = *stored;
    p.revision = input.revision;
    p.authority = input.authority.trimmed();
    p.fileNumber = input.fileNumber.trimmed();
    p.responsible = input.responsible.trimmed();
    p.personIds = input.personIds;
    if (ProcedureCatalogue::current().type(p.typeCode) &&
        ProcedureCatalogue::current().type(p.typeCode)->customStages) {
        p.customStages.clear();
        for (const QString& s : input.customStages) {
            if (!s.trimmed().isEmpty())
                p.customStages.append(s.trimmed());
        }
    }
    if (const QList<FieldError> errors = validate(*record, p); !errors.isEmpty())
        return Error::invalid(errors);
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = ProcedureRepository(m_db, m_clock).update(p); !s)
        return s.error();
    QList<AuditChange> changes;
    const auto compare = [&changes](const char* field, const QString& a, const QString& b) {
        if (a != b)
            changes.append({QLatin1String(field), a, b});
    };
    compare("authority", stored->authority, p.authority);
    compare("file number", stored->fileNumber, p.fileNumber);
    compare("responsible", stored->responsible, p.responsible);
    compare("stages", stored->customStages.join(QStringLiteral(", ")),
            p.customStages.join(QStringLiteral(", ")));
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("procedure.change"),
                                           QStringLiteral("case"), QString::number(p.caseId),
                                           record->caseNumber, changes, typeName(p.typeCode)});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return find(p.id);
}

Result<Procedure> ProcedureService::find(qint64 id) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewLegal); !s)
        return s.error();
    return ProcedureRepository(m_db, m_clock).find(id);
}

Result<QList<Procedure>> ProcedureService::forCase(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewLegal); !s)
        return s.error();
    return ProcedureRepository(m_db, m_clock).forCase(caseId);
}

Result<ProcedureService::EventEffects> ProcedureService::plan(const Procedure& p,
                                                              const EventInput& input) const
{
    const ProcedureType* type = ProcedureCatalogue::current().type(p.typeCode);
    const ProcedureEventType* event = type ? type->event(input.eventCode) : nullptr;
    QList<FieldError> errors;
    const QDate today = m_clock.today();
    if (!event)
        errors.append({QStringLiteral("event"), tr("Choose what happened from the list.")});
    if (!input.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the date of the event.")});
    else if (input.date < p.openedOn)
        errors.append(
            {QStringLiteral("date"), tr("The event cannot be before the procedure started (%1).")
                                         .arg(p.openedOn.toString(QStringLiteral("dd/MM/yyyy")))});
    else if (event && input.date > today && !event->allowsFutureDate())
        errors.append({QStringLiteral("date"), tr("This event cannot be in the future.")});
    else if (input.date > today.addYears(2))
        errors.append({QStringLiteral("date"), tr("The date is too far ahead.")});
    if (input.note.size() > MaxNoteLength)
        errors.append({QStringLiteral("note"),
                       tr("The note can have at most %1 characters.").arg(MaxNoteLength)});
    EventEffects effects;
    effects.stageAfter = p.currentStage;
    effects.outcome = p.outcome;
    effects.documentLabel = p.documentLabel;
    effects.documentExpiry = p.documentExpiry;
    if (event && type->customStages && event->code == QLatin1String("stage_reached")) {
        if (!p.customStages.contains(input.customStage))
            errors.append({QStringLiteral("stage"),
                           tr("“%1” is not a stage of this procedure.").arg(input.customStage)});
        effects.stageAfter = input.customStage;
    } else if (event && !event->toStage.isEmpty()) {
        effects.stageAfter = event->toStage;
    }
    if (!errors.isEmpty())
        return Error::invalid(errors);

    if (event->setsOutcome)
        effects.outcome = event->outcome;
    const HolidayCalendar& calendar = HolidayCalendar::current();
    for (const DeadlineRule& rule : event->deadlines) {
        Deadline d;
        d.kind = Deadline::Kind::Procedure;
        d.caseId = p.caseId;
        d.procedureId = p.id;
        d.what = rule.label.text();
        d.sourceKey = DeadlineService::RulePrefix + rule.code;
        d.responsible = p.responsible;
        d.dueOn = rule.onEventDate   ? input.date
                  : rule.workingDays ? calendar.addWorkingDays(p.country, input.date, rule.days)
                                     : input.date.addDays(rule.days);
        effects.deadlines.append(d);
    }
    if (event->yieldsDocument) {
        effects.documentLabel = event->document.label.text();
        effects.documentExpiry = event->document.expiryFrom(input.date);
        Deadline d;
        d.kind = Deadline::Kind::Procedure;
        d.caseId = p.caseId;
        d.procedureId = p.id;
        d.responsible = p.responsible;
        d.sourceKey = DeadlineService::DocumentEventPrefix + event->code;
        if (event->document.hasRenewal) {
            d.what = event->document.renewLabel.text();
            d.dueOn = effects.documentExpiry.addDays(-event->document.renewDaysBefore);
        } else {
            d.what = tr("%1 expires").arg(effects.documentLabel);
            d.dueOn = effects.documentExpiry;
        }
        effects.deadlines.append(d);
    }
    return effects;
}

Result<Procedure> ProcedureService::recordEvent(qint64 procedureId, const EventInput& input)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s.error();
    ProcedureRepository repository(m_db, m_clock);
    Result<Procedure> stored = repository.find(procedureId);
    if (!stored)
        return stored.error();
    Result<EventEffects> effects = plan(*stored, input);
    if (!effects)
        return effects.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).load(stored->caseId);
    if (!record)
        return record.error();
    Procedure p = *stored;
    p.currentStage = effects->stageAfter;
    p.outcome = effects->outcome;
    p.documentLabel = effects->documentLabel;
    p.documentExpiry = effects->documentExpiry;
    QList<Deadline> deadlines = effects->deadlines;
    const QString stageAfter = p.currentStage;

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> eventId = repository.addEvent(p.id, ProcedureEvent{0,
                                                                      input.eventCode,
                                                                      input.date,
                                                                      stageAfter,
                                                                      input.note.trimmed(),
                                                                      m_session.displayName,
                                                                      {}});
    if (!eventId)
        return eventId.error();
    if (Status s = repository.setState(p); !s)
        return s.error();
    DeadlineRepository deadlineRepository(m_db, m_clock);
    QStringList created;
    for (Deadline& d : deadlines) {
        d.eventId = *eventId;
        if (Result<qint64> id = deadlineRepository.insert(d); !id)
            return id.error();
        created.append(QStringLiteral("%1 (%2)").arg(d.what, d.dueOn.toString(Qt::ISODate)));
    }
    QList<AuditChange> changes{{QStringLiteral("stage"), stored->currentStage, p.currentStage}};
    if (stored->outcome != p.outcome)
        changes.append({QStringLiteral("outcome"), stored->outcome, p.outcome});
    if (!created.isEmpty())
        changes.append(
            {QStringLiteral("deadlines"), QString(), created.join(QStringLiteral("; "))});
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session, {QStringLiteral("procedure.event"), QStringLiteral("case"),
                                    QString::number(p.caseId), record->caseNumber, changes,
                                    QStringLiteral("%1: %2 (%3)")
                                        .arg(typeName(p.typeCode), input.eventCode,
                                             input.date.toString(Qt::ISODate))});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return repository.find(p.id);
}
