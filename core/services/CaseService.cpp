#include "CaseService.h"

#include "DeadlineService.h"
#include "MatchProposer.h"
#include "audit/AuditLog.h"
#include "audit/CaseChanges.h"
#include "common/Clock.h"
#include "common/TextNormalizer.h"
#include "security/AccessPolicy.h"
#include "security/CaseRedactor.h"
#include "storage/CaseMemberRepository.h"
#include "storage/CaseNoteRepository.h"
#include "storage/CaseRepository.h"
#include "storage/CaseRiskRepository.h"
#include "storage/ConsentRepository.h"
#include "storage/Database.h"
#include "storage/DeadlineRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ScreeningRepository.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"

#include <QSet>

CaseService::CaseService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_validator(clock)
{
}

Result<CaseRecord> CaseService::save(const CaseRecord& record)
{
    const bool isNew = record.id == 0;
    if (Status s =
            AccessPolicy::require(m_session, isNew ? Permission::CreateCase : Permission::EditCase);
        !s)
        return s.error();
    const QList<FieldError> errors = m_validator.validate(record);
    if (!errors.isEmpty())
        return Error::invalid(errors);
    if (Status s = checkDocumentsAreFree(record); !s)
        return s.error();

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    CaseRecord before;
    if (!isNew) {
        Result<CaseRecord> stored = loadUnredacted(record.id);
        if (!stored)
            return stored.error();
        before = *stored;
    }
    Result<qint64> id = write(record);
    if (!id)
        return id.error();
    Result<CaseRecord> after = loadUnredacted(*id);
    if (!after)
        return after.error();
    // A person registered or changed may be someone a family is looking for.
    QList<qint64> personIds;
    for (const CaseMember& m : after->members)
        personIds.append(m.person.id);
    if (Status s = MatchProposer(m_db, m_clock).proposeForPersons(personIds, m_session.displayName);
        !s)
        return s.error();
    AuditEvent event{isNew ? QStringLiteral("case.create") : QStringLiteral("case.change"),
                     QStringLiteral("case"),
                     QString::number(*id),
                     after->caseNumber,
                     isNew ? CaseChanges::created(record) : CaseChanges::between(before, record),
                     {}};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    CaseRedactor::apply(after.value(), m_session.role);
    return after;
}

Status CaseService::checkDocumentsAreFree(const CaseRecord& record) const
{
    QSet<qint64> ownPersons;
    for (const CaseMember& m : record.members)
        ownPersons.insert(m.person.id);
    PersonRepository persons(m_db, m_clock);
    QList<FieldError> conflicts;
    for (int i = 0; i < record.members.size(); ++i) {
        const Person& p = record.members[i].person;
        for (int d = 0; d < p.documents.size(); ++d) {
            Result<qint64> holder = persons.holderOfDocument(p.documents[d]);
            if (!holder)
                return holder.error();
            if (*holder == 0 || *holder == p.id)
                continue;
            Result<Person> other = persons.find(*holder);
            const QString otherName = other ? other->fullName() : QString();
            conflicts.append(
                {QStringLiteral("members/%1/documents/%2/number").arg(i).arg(d),
                 tr("The document %1 (%2) is already registered for %3. Check the "
                    "number, or open that person's case.")
                     .arg(p.documents[d].number, p.documents[d].issuingCountry, otherName)});
        }
    }
    if (conflicts.isEmpty())
        return {};
    Error e = Error::invalid(conflicts);
    return Error(Error::Code::Conflict, e.message(), conflicts);
}

Result<qint64> CaseService::write(const CaseRecord& record)
{
    PersonRepository persons(m_db, m_clock);
    CaseRepository cases(m_db, m_clock);
    CaseMemberRepository memberships(m_db);

    Result<std::optional<Site>> site = SiteRepository(m_db).find(record.siteId);
    if (!site)
        return site.error();
    if (!site->has_value())
        return Error(Error::Code::Invalid, tr("The chosen site no longer exists."),
                     {{QStringLiteral("site"), tr("The chosen site no longer exists.")}});

    QList<CaseMemberRepository::Membership> members;
    for (const CaseMember& m : record.members) {
        qint64 personId = m.person.id;
        if (personId == 0) {
            Result<qint64> inserted = persons.insert(m.person);
            if (!inserted)
                return inserted.error();
            personId = *inserted;
        } else if (Status s = persons.update(m.person); !s) {
            return s.error();
        }
        members.append({personId, m.relationship, {}});
    }
    const qint64 principalId = members.constFirst().personId;
    const QString principalSortName = record.members.constFirst().person.sortKey();

    qint64 caseId = record.id;
    QList<qint64> formerMembers;
    if (caseId == 0) {
        CaseRecord numbered = record;
        Result<QString> number = cases.allocateNumber(**site, record.registeredOn.year());
        if (!number)
            return number.error();
        numbered.caseNumber = *number;
        Result<qint64> inserted = cases.insert(numbered, principalId, principalSortName);
        if (!inserted)
            return inserted.error();
        caseId = *inserted;
    } else {
        Result<QList<CaseMemberRepository::Membership>> before = memberships.members(caseId);
        if (!before)
            return before.error();
        for (const auto& m : *before)
            formerMembers.append(m.personId);
        if (Status s = cases.update(record, principalId, principalSortName); !s)
            return s.error();
    }
    if (Status s = memberships.replace(caseId, members); !s)
        return s.error();

    // A person removed from the family group who belongs to no other case and has no
    // history elsewhere (a screening) is removed too.
    for (qint64 former : formerMembers) {
        Result<int> count = memberships.caseCount(former);
        if (!count)
            return count.error();
        Result<bool> referenced = persons.hasHistory(former);
        if (!referenced)
            return referenced.error();
        if (*count == 0 && !*referenced) {
            if (Status s = persons.remove(former); !s)
                return s.error();
        }
    }
    if (!formerMembers.isEmpty()) {
        // Someone who left the group no longer counts towards the case's risk.
        Result<QHash<qint64, Screening>> latest =
            ScreeningRepository(m_db, m_clock).latestForCase(caseId);
        if (!latest)
            return latest.error();
        if (Status s = CaseRiskRepository(m_db).store(caseId, *latest); !s)
            return s.error();
    }

    CaseNoteRepository notes(m_db);
    for (const CaseNote& note : record.notes) {
        if (note.id != 0)
            continue;
        CaseNote stamped = note;
        if (!stamped.writtenAt.isValid())
            stamped.writtenAt = m_clock.now();
        if (Result<qint64> n = notes.add(caseId, stamped); !n)
            return n.error();
    }
    if (Status s = ConsentRepository(m_db).set(caseId, record.consent); !s)
        return s.error();

    // Documents that will expire (a passport, a permit) are deadlines, kept in step with the
    // documents recorded.
    QList<Deadline> expiries;
    for (int i = 0; i < record.members.size(); ++i) {
        const Person& p = record.members[i].person;
        for (const IdentityDocument& d : p.documents) {
            if (!d.expiry.isValid() || d.expiry < m_clock.today())
                continue;
            Deadline deadline;
            deadline.kind = Deadline::Kind::Document;
            deadline.caseId = caseId;
            deadline.personId = members[i].personId;
            deadline.sourceKey = (DeadlineService::DocumentPrefix + QStringLiteral("%1:%2:%3:%4"))
                                     .arg(members[i].personId)
                                     .arg(documentTypeCodes().code(d.type), d.issuingCountry,
                                          TextNormalizer::documentNumber(d.number));
            deadline.what = DeadlineService::documentExpiryText(d.type, p.fullName());
            deadline.dueOn = d.expiry;
            deadline.responsible = record.caseworker;
            expiries.append(deadline);
        }
    }
    if (Status s = DeadlineRepository(m_db, m_clock).syncDocuments(caseId, expiries); !s)
        return s.error();
    return caseId;
}

Result<CaseRecord> CaseService::load(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewCase); !s)
        return s.error();
    Result<CaseRecord> record = loadUnredacted(caseId);
    if (record)
        CaseRedactor::apply(record.value(), m_session.role);
    return record;
}

Result<CaseRecord> CaseService::open(qint64 caseId)
{
    Result<CaseRecord> record = load(caseId);
    if (!record)
        return record;
    const AuditEvent event{QStringLiteral("case.open"),
                           QStringLiteral("case"),
                           QString::number(caseId),
                           record->caseNumber,
                           {},
                           {}};
    if (Status s = AuditLog(m_db, m_clock).recordAlone(m_session, event); !s)
        return s.error();
    return record;
}

Result<CaseRecord> CaseService::loadUnredacted(qint64 caseId) const
{
    Result<CaseRecord> found = CaseRepository(m_db, m_clock).find(caseId);
    if (!found)
        return found.error();
    CaseRecord record = *found;
    Result<QList<CaseMemberRepository::Membership>> members =
        CaseMemberRepository(m_db).members(caseId);
    if (!members)
        return members.error();
    PersonRepository persons(m_db, m_clock);
    for (const auto& m : *members) {
        Result<Person> p = persons.find(m.personId);
        if (!p)
            return p.error();
        record.members.append(CaseMember{*p, m.relationship});
    }
    Result<QList<CaseNote>> notes = CaseNoteRepository(m_db).forCase(caseId);
    if (!notes)
        return notes.error();
    record.notes = *notes;
    Result<std::optional<Consent>> consent = ConsentRepository(m_db).forCase(caseId);
    if (!consent)
        return consent.error();
    record.consent = *consent;
    return record;
}

Result<CaseRecord> CaseService::openByNumber(const QString& caseNumber)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewCase); !s)
        return s.error();
    Result<qint64> id = CaseRepository(m_db, m_clock).idForNumber(caseNumber);
    if (!id)
        return id.error();
    if (*id == 0)
        return Error(Error::Code::NotFound, tr("There is no case %1.").arg(caseNumber.trimmed()));
    return open(*id);
}
