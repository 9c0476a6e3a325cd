#include "core/services/CaseService.h"

#include "core/audit/AuditLog.h"
#include "core/audit/CaseChanges.h"
#include "core/common/Clock.h"
#include "core/security/AccessPolicy.h"
#include "core/security/CaseRedactor.h"
#include "core/services/CaseWriter.h"
#include "core/storage/CaseMemberRepository.h"
#include "core/storage/CaseNoteRepository.h"
#include "core/storage/CaseRepository.h"
#include "core/storage/ConsentRepository.h"
#include "core/storage/Database.h"
#include "core/storage/MergeRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/RecordOwnership.h"
#include "core/storage/Transaction.h"

#include <QSet>

CaseService::CaseService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_validator(clock)
{
}

Status CaseService::checkSavable(const CaseRecord& record) const
{
    const bool isNew = record.id == 0;
    if (Status s =
            AccessPolicy::require(m_session, isNew ? Permission::CreateCase : Permission::EditCase);
        !s)
        return s;
    const QList<FieldError> errors = m_validator.validate(record);
    if (!errors.isEmpty())
        return Error::invalid(errors);
    if (Status s = checkDocumentsAreFree(record); !s)
        return s;
    if (!isNew)
        return RecordOwnership(m_db).checkOwnedHere(QStringLiteral("cases"), record.id);
    // A site's case numbers are given by the database that keeps the site: two databases
    // numbering one site's cases would give the same number twice.
    Result<QString> keeper =
        RecordOwnership(m_db).ownerElsewhere(QStringLiteral("sites"), record.siteId);
    if (!keeper)
        return keeper.error();
    if (!keeper->isEmpty())
        return Error(
            Error::Code::NotPermitted,
            tr("This site's cases are registered at %1, which gives their numbers. "
               "Choose one of this database's own sites.")
                .arg(*keeper),
            {{QStringLiteral("site"), tr("This site's cases are registered at %1.").arg(*keeper)}});
    return {};
}

Result<CaseRecord> CaseService::save(const CaseRecord& record, const QString& newPersonReason)
{
    const bool isNew = record.id == 0;
    if (Status s = checkSavable(record); !s)
        return s.error();

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    CaseRecord before;
    if (!isNew) {
        Result<CaseRecord> stored = readVisible(record.id);
        if (!stored)
            return stored.error();
        before = *stored;
    }
    // Closing asks how the case ended; cases closed before outcomes existed keep none.
    if (record.status == CaseStatus::Closed && !record.outcome &&
        (isNew || before.status != CaseStatus::Closed))
        return Error::invalid({{QStringLiteral("outcome"), tr("Choose how the case ended.")}});
    Result<CaseWriter::Written> written =
        CaseWriter(m_db, m_clock, m_session.displayName).write(record);
    if (!written)
        return written.error();
    const qint64 id = written->caseId;
    Result<CaseRecord> after = readVisible(id);
    if (!after)
        return after.error();
    AuditEvent event{isNew ? QStringLiteral("case.create") : QStringLiteral("case.change"),
                     QStringLiteral("case"),
                     QString::number(id),
                     after->caseNumber,
                     isNew ? CaseChanges::created(record) : CaseChanges::between(before, record),
                     newPersonReason.trimmed().isEmpty()
                         ? QString()
                         : tr("Registered as a new person despite possible matches: %1")
                               .arg(newPersonReason.trimmed())};
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

Result<CaseRecord> CaseService::load(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewCase); !s)
        return s.error();
    Result<CaseRecord> record = readVisible(caseId);
    if (record)
        CaseRedactor::apply(record.value(), m_session.role);
    return record;
}

Result<CaseRecord> CaseService::loadToChange(qint64 caseId) const
{
    if (Status s = RecordOwnership(m_db).checkOwnedHere(QStringLiteral("cases"), caseId); !s)
        return s.error();
    return load(caseId);
}

Result<QString> CaseService::keptElsewhere(qint64 caseId) const
{
    return RecordOwnership(m_db).ownerElsewhere(QStringLiteral("cases"), caseId);
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

Result<CaseRecord> CaseService::readVisible(qint64 caseId) const
{
    // What the role may not see is not read at all: on a server its account may not.
    const CaseRedactor::Withheld withheld = CaseRedactor::withheldFor(m_session.role);
    Result<CaseRecord> found = CaseRepository(m_db, m_clock).find(caseId, !withheld.notes);
    if (!found)
        return found.error();
    CaseRecord record = *found;
    Result<QList<CaseMemberRepository::Membership>> members =
        CaseMemberRepository(m_db).members(caseId);
    if (!members)
        return members.error();
    PersonRepository persons(m_db, m_clock);
    for (const auto& m : *members) {
        Result<Person> p =
            persons.find(m.personId, withheld.documentsAndContact
                                         ? PersonRepository::Detail::WithoutDocumentsAndContact
                                         : PersonRepository::Detail::Everything);
        if (!p)
            return p.error();
        record.members.append(CaseMember{*p, m.relationship});
    }
    if (!withheld.notes) {
        Result<QList<CaseNote>> notes = CaseNoteRepository(m_db).forCase(caseId);
        if (!notes)
            return notes.error();
        record.notes = *notes;
    }
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
        id = MergeRepository(m_db, m_clock).caseForMergedNumber(caseNumber);
    if (!id)
        return id.error();
    if (*id == 0)
        return Error(Error::Code::NotFound, tr("There is no case %1.").arg(caseNumber.trimmed()));
    return open(*id);
}
