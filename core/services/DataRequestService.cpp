#include "core/services/DataRequestService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/services/MatchProposer.h"
#include "core/storage/ConsentRepository.h"
#include "core/storage/DataRequestRepository.h"
#include "core/storage/Database.h"
#include "core/storage/DeadlineRepository.h"
#include "core/storage/IncidentRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ProcedureRepository.h"
#include "core/storage/ReferralRepository.h"
#include "core/storage/ScreeningRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/SpecificNeedRepository.h"
#include "core/storage/TracingRequestRepository.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

DataRequestService::DataRequestService(const Database& db, const Clock& clock,
                                       const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

const QStringList& DataRequestService::consentPurposes()
{
    static const QStringList purposes{QStringLiteral("registration"), QStringLiteral("referral"),
                                      QStringLiteral("tracing")};
    return purposes;
}

QString DataRequestService::purposesText(const QString& codes)
{
    QStringList labels;
    for (const QString& code : codes.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        if (code == QLatin1String("registration"))
            labels.append(tr("registration"));
        else if (code == QLatin1String("referral"))
            labels.append(tr("referral to other organisations"));
        else if (code == QLatin1String("tracing"))
            labels.append(tr("family tracing"));
        else
            labels.append(code);
    }
    return labels.join(QStringLiteral(", "));
}

Result<PersonDataSheet> DataRequestService::sheet(qint64 personId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s.error();
    PersonDataSheet sheet;
    Result<Person> person = PersonRepository(m_db, m_clock).find(personId);
    if (!person)
        return person.error();
    sheet.person = *person;

    QList<qint64> caseIds;
    QList<qint64> requestIds;
    QByteArray uid;
    const QString action = tr("gather what Amparo holds about the person");
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT case_id FROM case_members WHERE person_id = ? ORDER BY case_id"),
        {personId}, [&](const QSqlQuery& q) { caseIds.append(q.value(0).toLongLong()); }, action);
    if (read)
        read = m_db.forEachRow(
            QStringLiteral("SELECT id FROM tracing_requests WHERE inquirer_person_id = ? OR "
                           "found_person_id = ? ORDER BY id"),
            {personId, personId},
            [&](const QSqlQuery& q) { requestIds.append(q.value(0).toLongLong()); }, action);
    if (read)
        read = m_db.forEachRow(
            QStringLiteral("SELECT uid FROM persons WHERE id = ?"), {personId},
            [&](const QSqlQuery& q) { uid = q.value(0).toByteArray(); }, action);
    if (!read)
        return read.error();

    CaseService cases(m_db, m_clock, m_session);
    QSet<qint64> procedureIds;
    for (qint64 caseId : caseIds) {
        Result<CaseRecord> record = cases.load(caseId);
        if (!record)
            return record.error();
        PersonDataSheet::Membership membership{*record, Relationship::Principal};
        for (const CaseMember& m : record->members) {
            if (m.person.id == personId)
                membership.relationship = m.relationship;
        }
        sheet.cases.append(membership);

        Result<QList<Screening>> screenings =
            ScreeningRepository(m_db, m_clock).history(caseId, personId);
        if (!screenings)
            return screenings.error();
        sheet.screenings += *screenings;
        Result<QList<Procedure>> procedures = ProcedureRepository(m_db, m_clock).forCase(caseId);
        if (!procedures)
            return procedures.error();
        for (const Procedure& p : *procedures) {
            if (p.personIds.contains(personId)) {
                sheet.procedures.append(p);
                procedureIds.insert(p.id);
            }
        }
        DeadlineFilter filter;
        filter.openOnly = false;
        filter.caseId = caseId;
        Result<QList<DeadlineRow>> deadlines = DeadlineRepository(m_db, m_clock).list(filter);
        if (!deadlines)
            return deadlines.error();
        for (const DeadlineRow& d : *deadlines) {
            if (d.deadline.personId == personId || procedureIds.contains(d.deadline.procedureId))
                sheet.deadlines.append(d.deadline);
        }
        Result<QList<Referral>> referrals = ReferralRepository(m_db, m_clock).forCase(caseId);
        if (!referrals)
            return referrals.error();
        for (const Referral& r : *referrals) {
            if (r.personIds.contains(personId))
                sheet.referrals.append(r);
        }
    }
    Result<QList<Incident>> incidents = IncidentRepository(m_db, m_clock).forPerson(personId);
    if (!incidents)
        return incidents.error();
    sheet.incidents = *incidents;
    Result<QList<SpecificNeed>> needs = SpecificNeedRepository(m_db).forPerson(personId);
    if (!needs)
        return needs.error();
    sheet.specificNeeds = *needs;
    for (qint64 id : requestIds) {
        Result<TracingRequest> request = TracingRequestRepository(m_db, m_clock).find(id);
        if (!request)
            return request.error();
        sheet.tracingRequests.append(*request);
    }
    Result<QList<DataRequest>> requests = DataRequestRepository(m_db).forPerson(uid);
    if (!requests)
        return requests.error();
    sheet.requests = *requests;
    return sheet;
}

Result<PersonDataReport> DataRequestService::report(qint64 personId) const
{
    Result<PersonDataSheet> gathered = sheet(personId);
    if (!gathered)
        return gathered.error();
    QString preparedBy = m_session.displayName;
    if (!gathered->cases.isEmpty()) {
        Result<std::optional<Site>> site =
            SiteRepository(m_db).find(gathered->cases.constFirst().record.siteId);
        if (!site)
            return site.error();
        if (site->has_value())
            preparedBy = tr("%1, %2").arg(m_session.displayName, (*site)->name);
    }
    return PersonDataReport(*gathered, preparedBy, m_clock.today());
}

Status DataRequestService::check(const Received& r) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s;
    QList<FieldError> errors;
    if (!r.receivedOn.isValid())
        errors.append(
            {QStringLiteral("receivedOn"), tr("Enter the date the request was received.")});
    else if (r.receivedOn > m_clock.today())
        errors.append({QStringLiteral("receivedOn"), tr("The date received is in the future.")});
    if (r.identityCheck.trimmed().isEmpty())
        errors.append({QStringLiteral("identityCheck"),
                       tr("Say how the person's identity was checked (for example, the "
                          "document shown).")});
    if (!errors.isEmpty())
        return refusal(errors);
    return {};
}

Error DataRequestService::refusal(const QList<FieldError>& errors)
{
    return Error(Error::Code::Invalid,
                 errors.size() == 1 ? errors.constFirst().message
                                    : tr("The request cannot be recorded as it is."),
                 errors);
}

Result<DataRequest> DataRequestService::requestFor(const Received& received,
                                                   DataRequestKind kind) const
{
    DataRequest request;
    request.kind = kind;
    request.receivedOn = received.receivedOn;
    request.identityCheck = received.identityCheck.trimmed();
    request.recordedBy = m_session.displayName;
    request.recordedAt = m_clock.now();
    bool found = false;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT p.uid, (SELECT c.case_number FROM case_members m JOIN cases c ON "
                       "c.id = m.case_id WHERE m.person_id = p.id ORDER BY c.id LIMIT 1) FROM "
                       "persons p WHERE p.id = ?"),
        {received.personId},
        [&](const QSqlQuery& q) {
            found = true;
            request.personUid = q.value(0).toByteArray();
            request.caseNumber = q.value(1).toString();
        },
        tr("read the person's case"));
    if (!read)
        return read.error();
    if (!found)
        return Error(Error::Code::NotFound, tr("That person is no longer registered."));
    return request;
}

Result<qint64> DataRequestService::enter(const DataRequest& request, const QString& action,
                                         const QList<AuditChange>& changes, const QString& summary)
{
    Result<qint64> id = DataRequestRepository(m_db).insert(request);
    if (!id)
        return id.error();
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session, {action, QStringLiteral("data_request"), QString::number(*id),
                                    request.caseNumber, changes, summary});
        !s)
        return s.error();
    return id;
}

Result<qint64> DataRequestService::recordAccess(const Received& received, const QString& language)
{
    if (Status s = check(received); !s)
        return s.error();
    Result<DataRequest> request = requestFor(received, DataRequestKind::Access);
    if (!request)
        return request.error();
    DataRequest r = *request;
    r.decision = DataRequestDecision::Granted;
    r.answer = tr("A copy of everything Amparo holds about the person was handed over (%1).")
                   .arg(language);
    r.decidedBy = m_session.displayName;
    r.decidedOn = m_clock.today();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = enter(r, QStringLiteral("person.access"),
                              {{QStringLiteral("language"), QString(), language}},
                              tr("handed over a copy of a person's data"));
    if (!id)
        return id;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> DataRequestService::recordCorrection(const Received& received,
                                                    const QString& whatIsWrong)
{
    const Status checked = check(received);
    if (!checked && checked.error().code() != Error::Code::Invalid)
        return checked.error();
    QList<FieldError> errors = checked ? QList<FieldError>() : checked.error().fieldErrors();
    if (whatIsWrong.trimmed().isEmpty())
        errors.append({QStringLiteral("request"), tr("Write what the person says is wrong.")});
    if (!errors.isEmpty())
        return refusal(errors);
    Result<DataRequest> request = requestFor(received, DataRequestKind::Correction);
    if (!request)
        return request.error();
    DataRequest r = *request;
    r.request = whatIsWrong.trimmed();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = enter(r, QStringLiteral("person.correction_request"),
                              {{QStringLiteral("request"), QString(), r.request}},
                              tr("recorded a request to correct a person's data"));
    if (!id)
        return id;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Status DataRequestService::decide(qint64 requestId, DataRequestDecision decision,
                                  const QString& answer)
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s;
    if (decision == DataRequestDecision::Open)
        return Error(Error::Code::Invalid, tr("Choose the decision."),
                     {{QStringLiteral("decision"), tr("Choose the decision.")}});
    if (answer.trimmed().isEmpty())
        return Error(Error::Code::Invalid, tr("Write what was changed, or why not."),
                     {{QStringLiteral("answer"), tr("Write what was changed, or why not.")}});
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    DataRequestRepository requests(m_db);
    Result<DataRequest> request = requests.find(requestId);
    if (!request)
        return request.error();
    if (request->decision != DataRequestDecision::Open)
        return Error(Error::Code::Conflict,
                     tr("Request %1 was answered already (%2).")
                         .arg(requestId)
                         .arg(dataRequestDecisionCodes().label(request->decision)));
    DataRequest r = *request;
    r.decision = decision;
    r.answer = answer.trimmed();
    r.decidedBy = m_session.displayName;
    r.decidedOn = m_clock.today();
    if (Status s = requests.decide(r); !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("person.request_decide"),
                                           QStringLiteral("data_request"),
                                           QString::number(r.id),
                                           r.caseNumber,
                                           {{QStringLiteral("decision"), QString(),
                                             dataRequestDecisionCodes().code(decision)},
                                            {QStringLiteral("answer"), QString(), r.answer}},
                                           tr("answered a request about a person's data")});
        !s)
        return s;
    return transaction.commit();
}

Result<qint64> DataRequestService::withdrawConsent(const Received& received,
                                                   const QSet<QString>& purposes)
{
    if (Status s = check(received); !s)
        return s.error();
    for (const QString& p : purposes) {
        if (!consentPurposes().contains(p))
            return Error(Error::Code::Invalid, tr("“%1” is not a purpose of consent.").arg(p));
    }
    if (purposes.isEmpty())
        return Error(
            Error::Code::Invalid, tr("Choose the consent the person withdraws."),
            {{QStringLiteral("purposes"), tr("Choose the consent the person withdraws.")}});
    Result<DataRequest> request = requestFor(received, DataRequestKind::ConsentWithdrawal);
    if (!request)
        return request.error();
    qint64 caseId = 0;
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT id FROM cases WHERE case_number = ?"), {request->caseNumber},
        [&caseId](const QSqlQuery& q) { caseId = q.value(0).toLongLong(); },
        tr("read the person's case"));
    if (!read)
        return read.error();
    // Kept at another site: the consent changes there (it would come back with its next
    // package).
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(caseId);
    if (!record)
        return record.error();

    QStringList ordered;
    for (const QString& p : consentPurposes()) {
        if (purposes.contains(p))
            ordered.append(p);
    }
    DataRequest r = *request;
    r.request = ordered.join(QStringLiteral(", "));
    r.decision = DataRequestDecision::Granted;
    r.decidedBy = m_session.displayName;
    r.decidedOn = m_clock.today();
    std::optional<Consent> consent = record->consent;
    if (consent) {
        if (purposes.contains(QStringLiteral("registration")))
            consent->registration = false;
        if (purposes.contains(QStringLiteral("referral")))
            consent->referral = false;
        if (purposes.contains(QStringLiteral("tracing")))
            consent->tracingContact = false;
    }
    r.answer = tr("Consent withdrawn for: %1.").arg(purposesText(r.request));

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = ConsentRepository(m_db).set(caseId, consent); !s)
        return s.error();
    // Whoever has the case open learns it changed.
    if (Status s = m_db.run(QStringLiteral("UPDATE cases SET revision = revision + 1, "
                                           "updated_at = ? WHERE id = ?"),
                            {m_clock.now().toUTC().toString(Qt::ISODateWithMs), caseId},
                            tr("record the consent withdrawn"));
        !s)
        return s.error();
    QList<qint64> personIds;
    for (const CaseMember& m : record->members)
        personIds.append(m.person.id);
    // Without tracing consent, their pending proposals go and no new one is made.
    if (Status s = MatchProposer(m_db, m_clock).proposeForPersons(personIds, m_session.displayName);
        !s)
        return s.error();
    Result<qint64> id = enter(r, QStringLiteral("person.consent_withdraw"),
                              {{QStringLiteral("consent"), QString(), r.request}},
                              tr("recorded a consent withdrawn"));
    if (!id)
        return id;
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<QList<DataRequest>> DataRequestService::latest() const
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s.error();
    return DataRequestRepository(m_db).latest(ListLimit);
}
