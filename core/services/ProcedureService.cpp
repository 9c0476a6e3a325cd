#include "core/services/ProcedureService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/reference/ProcedureCatalogue.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/services/ProcedureRules.h"
#include "core/storage/Database.h"
#include "core/storage/DeadlineRepository.h"
#include "core/storage/ProcedureRepository.h"
#include "core/storage/Transaction.h"

#include <QSet>

ProcedureService::ProcedureService(const Database& db, const Clock& clock,
                                   const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<Procedure> ProcedureService::open(const Procedure& input)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(input.caseId);
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
    if (const QList<FieldError> errors = ProcedureRules::validate(*record, p, m_clock.today());
        !errors.isEmpty())
        return Error::invalid(errors);
    const QList<std::pair<QString, QString>> stageList = ProcedureRules::stages(p);
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
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(stored->caseId);
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
    if (const QList<FieldError> errors = ProcedureRules::validate(*record, p, m_clock.today());
        !errors.isEmpty())
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
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session, {QStringLiteral("procedure.change"), QStringLiteral("case"),
                                    QString::number(p.caseId), record->caseNumber, changes,
                                    ProcedureRules::typeName(p.typeCode)});
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

Result<Procedure> ProcedureService::recordEvent(qint64 procedureId,
                                                const ProcedureRules::EventInput& input)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s.error();
    ProcedureRepository repository(m_db, m_clock);
    Result<Procedure> stored = repository.find(procedureId);
    if (!stored)
        return stored.error();
    Result<ProcedureRules::EventEffects> effects =
        ProcedureRules::plan(*stored, input, m_clock.today());
    if (!effects)
        return effects.error();
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(stored->caseId);
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
                                        .arg(ProcedureRules::typeName(p.typeCode), input.eventCode,
                                             input.date.toString(Qt::ISODate))});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return repository.find(p.id);
}
