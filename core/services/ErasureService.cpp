#include "core/services/ErasureService.h"

#include "core/audit/AuditLog.h"
#include "core/audit/AuditRedactor.h"
#include "core/audit/AuditVerifier.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/services/PersonEraser.h"
#include "core/storage/DataRequestRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ErasureRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/TableGraph.h"
#include "core/storage/Transaction.h"

#include <QSqlQuery>

ErasureService::ErasureService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

QString ErasureService::outcomeText(int casesRemoved, int casesKept)
{
    return tr("Erased: %n case(s) removed whole, ", "", casesRemoved) +
           tr("%n kept for the rest of the family.", "", casesKept);
}

Result<ErasureService::Subject> ErasureService::subjectOf(const Database& db, const Clock& clock,
                                                          qint64 personId)
{
    Result<Person> person = PersonRepository(db, clock).find(personId);
    if (!person)
        return person.error();
    Subject s;
    s.personId = personId;
    Status read = db.forEachRow(
        QStringLiteral("SELECT uid FROM persons WHERE id = ?"), {personId},
        [&s](const QSqlQuery& q) { s.uid = q.value(0).toByteArray(); },
        tr("read the person's identifier"));
    if (!read)
        return read.error();
    s.values << person->fullName() << person->otherNames << person->phone;
    for (const IdentityDocument& d : person->documents)
        s.values << d.number;
    s.values.removeAll(QString());
    return s;
}

bool ErasureService::emptyTheLog(const Database& db)
{
    if (db.isServer())
        return true;
    // Refused (or left unfinished, the first column 1) while another connection reads:
    // the erasure stands, and the caller says the log is emptied later.
    Result<QSqlQuery> left = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return left && left.value().next() && left.value().value(0).toInt() == 0;
}

Result<ErasureService::Outcome>
ErasureService::eraseNow(const Database& db, const Clock& clock, const UserSession& actor,
                         const Subject& subject, const Erasure& erasure, const DataRequest& request,
                         const QString& summary)
{
    Result<TableGraph> graph = TableGraph::of(db);
    if (!graph)
        return graph.error();
    Outcome out;
    {
        Transaction transaction(db);
        if (Status s = transaction.begin(); !s)
            return s.error();
        Result<PersonEraser::Outcome> erased =
            PersonEraser(db, clock, *graph).erase(subject.personId, subject.uid, subject.values);
        if (!erased)
            return erased.error();
        AuditRedactor::About about;
        about.personId = subject.personId;
        about.caseIds = erased->casesRemoved + erased->casesKept;
        about.caseNumbers = erased->caseNumbers;
        about.tracingRequestIds = erased->tracingRequestsRemoved;
        about.values = subject.values;
        Result<QList<AuditChange>> vouchers = AuditRedactor(db).empty(about);
        if (!vouchers)
            return vouchers.error();
        Result<qint64> erasureId = ErasureRepository(db).insert(erasure);
        if (!erasureId)
            return erasureId.error();
        DataRequestRepository requests(db);
        if (Status s = requests.forgetWordsOf(subject.uid); !s)
            return s.error();
        DataRequest entered = request;
        if (entered.answer.isEmpty())
            entered.answer =
                outcomeText(int(erased->casesRemoved.size()), int(erased->casesKept.size()));
        if (Result<qint64> id = requests.insert(entered); !id)
            return id.error();
        if (!db.isServer()) {
            // The full-text index keeps a deleted row's words until its segments are merged.
            if (Status s = db.run(QStringLiteral(
                    "INSERT INTO person_search (person_search) VALUES ('optimize')"));
                !s)
                return s.error();
        }
        // The uid (which leads nowhere once the person is gone) lets the office that
        // receives this entry in a post's trail erase them again after a restore there.
        QList<AuditChange> changes{
            {QLatin1String(ErasedEntries::PersonField), QString(),
             QString::fromLatin1(subject.uid.toHex())},
            {QLatin1String(ErasedEntries::GroundField), QString(),
             erasureGroundCodes().code(erasure.ground)},
            {QStringLiteral("cases"), QString(), erased->caseNumbers.join(QStringLiteral(", "))}};
        changes += *vouchers;
        const AuditEvent event{QLatin1String(ErasedEntries::EraseAction),
                               QStringLiteral("erasure"),
                               QString::number(*erasureId),
                               QString(),
                               changes,
                               summary};
        if (Status s = AuditLog(db, clock).record(actor, event); !s)
            return s.error();
        if (Status s = transaction.commit(); !s)
            return s.error();
        out.erasureId = *erasureId;
        out.casesRemoved = int(erased->casesRemoved.size());
        out.casesKept = int(erased->casesKept.size());
        out.auditEntriesEmptied = int(vouchers->size());
    }
    out.logEmptied = emptyTheLog(db);
    return out;
}

Result<ErasureService::Outcome> ErasureService::erase(const Request& r)
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s.error();
    if (!r.receivedOn.isValid() || r.receivedOn > m_clock.today())
        return Error(Error::Code::Invalid, tr("Enter the date the request was received."));
    // An erasure empties entries of the trail: on a trail already broken it would hide where.
    Result<AuditVerifier::Report> trail = AuditVerifier(m_db).verify();
    if (!trail)
        return trail.error();
    if (!trail->intact())
        return Error(Error::Code::Refused,
                     tr("The audit trail does not verify (Administration → Audit trail → "
                        "Verify says where), so nothing was erased: an erasure now would hide "
                        "what changed it."));
    Result<Subject> subject = subjectOf(m_db, m_clock, r.personId);
    if (!subject)
        return subject.error();
    Erasure erasure;
    erasure.personUid = subject->uid;
    erasure.erasedAt = m_clock.now();
    erasure.ground = r.ground;
    erasure.decidedBy = m_session.displayName;
    DataRequest request;
    request.kind = DataRequestKind::Erasure;
    request.personUid = subject->uid;
    request.receivedOn = r.receivedOn;
    request.identityCheck = r.identityCheck.trimmed();
    request.decision = DataRequestDecision::Granted;
    request.ground = erasureGroundCodes().code(r.ground);
    request.decidedBy = m_session.displayName;
    request.decidedOn = m_clock.today();
    request.recordedBy = m_session.displayName;
    request.recordedAt = m_clock.now();
    Status read = m_db.forEachRow(
        QStringLiteral("SELECT c.case_number FROM case_members m JOIN cases c ON c.id = "
                       "m.case_id WHERE m.person_id = ? ORDER BY c.id LIMIT 1"),
        {r.personId},
        [&request](const QSqlQuery& q) { request.caseNumber = q.value(0).toString(); },
        tr("read the person's case"));
    if (!read)
        return read.error();
    return eraseNow(
        m_db, m_clock, m_session, *subject, erasure, request,
        tr("erased a person at their request (%1)").arg(erasureGroundCodes().label(r.ground)));
}

Result<qint64> ErasureService::refuse(qint64 personId, QDate receivedOn,
                                      const QString& identityCheck, const QString& why)
{
    if (Status s = AccessPolicy::require(m_session, Permission::AnswerDataRequests); !s)
        return s.error();
    if (why.trimmed().isEmpty())
        return Error(Error::Code::Invalid,
                     tr("Say why the erasure is refused (for example, a legal hold)."),
                     {{QStringLiteral("answer"), tr("Say why the erasure is refused.")}});
    if (!receivedOn.isValid() || receivedOn > m_clock.today())
        return Error(Error::Code::Invalid, tr("Enter the date the request was received."));
    Result<Subject> subject = subjectOf(m_db, m_clock, personId);
    if (!subject)
        return subject.error();
    DataRequest request;
    request.kind = DataRequestKind::Erasure;
    request.personUid = subject->uid;
    request.receivedOn = receivedOn;
    request.identityCheck = identityCheck.trimmed();
    request.decision = DataRequestDecision::Refused;
    request.answer = why.trimmed();
    request.decidedBy = m_session.displayName;
    request.decidedOn = m_clock.today();
    request.recordedBy = m_session.displayName;
    request.recordedAt = m_clock.now();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = DataRequestRepository(m_db).insert(request);
    if (!id)
        return id.error();
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("person.erase_refused"),
                                           QStringLiteral("data_request"),
                                           QString::number(*id),
                                           QString(),
                                           {{QStringLiteral("answer"), QString(), request.answer}},
                                           tr("refused to erase a person's data")});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return id;
}

Result<QList<Erasure>> ErasureService::recorded(const Database& db)
{
    return ErasureRepository(db).all();
}

Result<int> ErasureService::reapply(const Database& restored, const Clock& clock,
                                    const QString& restoredBy, const QList<Erasure>& erasures)
{
    Result<QList<Erasure>> already = ErasureRepository(restored).all();
    if (!already)
        return already.error();
    QSet<QByteArray> known;
    for (const Erasure& e : *already)
        known.insert(e.personUid);
    UserSession actor;
    actor.username = restoredBy;
    actor.displayName = restoredBy;
    actor.role = Role::Administrator;
    int applied = 0;
    for (const Erasure& e : erasures) {
        if (known.contains(e.personUid))
            continue;
        qint64 personId = 0;
        Status read = restored.forEachRow(
            QStringLiteral("SELECT id FROM persons WHERE uid = ?"), {e.personUid},
            [&personId](const QSqlQuery& q) { personId = q.value(0).toLongLong(); },
            tr("find the person erased"));
        if (!read)
            return read.error();
        if (personId == 0) {
            // Registered after the backup: nothing to erase, but the next restore must know.
            if (Result<qint64> kept = ErasureRepository(restored).insert(e); !kept)
                return kept.error();
            continue;
        }
        Result<Subject> subject = subjectOf(restored, clock, personId);
        if (!subject)
            return subject.error();
        DataRequest request;
        request.kind = DataRequestKind::Erasure;
        request.personUid = e.personUid;
        request.receivedOn = e.erasedAt.toLocalTime().date();
        request.decision = DataRequestDecision::Granted;
        request.ground = erasureGroundCodes().code(e.ground);
        request.answer = tr("Erased again after a restore of an older backup.");
        request.decidedBy = e.decidedBy;
        request.decidedOn = e.erasedAt.toLocalTime().date();
        request.recordedBy = restoredBy;
        request.recordedAt = clock.now();
        Result<Outcome> done =
            eraseNow(restored, clock, actor, *subject, e, request,
                     tr("erased again after a restore: the erasure of %1 by %2 (%3)")
                         .arg(e.erasedAt.toLocalTime().date().toString(Qt::ISODate), e.decidedBy,
                              erasureGroundCodes().label(e.ground)));
        if (!done)
            return done.error();
        ++applied;
    }
    return applied;
}
