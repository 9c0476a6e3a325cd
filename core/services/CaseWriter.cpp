#include "core/services/CaseWriter.h"

#include <algorithm>

#include "core/common/Clock.h"
#include "core/common/TextNormalizer.h"
#include "core/services/DeadlineService.h"
#include "core/services/MatchProposer.h"
#include "core/storage/CaseMemberRepository.h"
#include "core/storage/CaseNoteRepository.h"
#include "core/storage/CaseRepository.h"
#include "core/storage/CaseRiskRepository.h"
#include "core/storage/ConsentRepository.h"
#include "core/storage/DeadlineRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/SiteRepository.h"

CaseWriter::CaseWriter(const Database& db, const Clock& clock, QString actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Result<Site> CaseWriter::site(qint64 siteId)
{
    if (const auto known = m_sites.constFind(siteId); known != m_sites.cend())
        return *known;
    Result<std::optional<Site>> found = SiteRepository(m_db).find(siteId);
    if (!found)
        return found.error();
    if (!*found)
        return Error(Error::Code::Invalid, tr("The chosen site no longer exists."),
                     {{QStringLiteral("site"), tr("The chosen site no longer exists.")}});
    m_sites.insert(siteId, **found);
    return **found;
}

Result<CaseWriter::Written> CaseWriter::write(const CaseRecord& input, const QSet<qint64>& linked)
{
    if (input.members.isEmpty())
        return Error(Error::Code::Invalid, tr("A case needs its principal person."));
    Result<Site> site = this->site(input.siteId);
    if (!site)
        return site.error();
    const bool isNew = input.id == 0;
    CaseRecord record = input;
    PersonRepository persons(m_db, m_clock);
    Written written;
    bool everyoneIsNew = true;
    QList<CaseMemberRepository::Membership> members;
    for (CaseMember& m : record.members) {
        if (linked.contains(m.person.id)) {
            Result<Person> stored = persons.find(m.person.id);
            if (!stored)
                return stored.error();
            m.person = *stored;
            everyoneIsNew = false;
        } else if (m.person.id == 0) {
            Result<qint64> id = persons.insert(m.person);
            if (!id)
                return id.error();
            m.person.id = *id;
        } else {
            if (Status s = persons.update(m.person); !s)
                return s.error();
            everyoneIsNew = false;
        }
        written.personIds.append(m.person.id);
        members.append({m.person.id, m.relationship, {}});
    }
    const qint64 principalId = written.personIds.constFirst();
    const QString sortName = record.members.constFirst().person.sortKey();

    CaseRepository cases(m_db, m_clock);
    CaseMemberRepository memberships(m_db);
    QList<qint64> formerMembers;
    if (isNew) {
        Result<QString> number = nextNumber(*site, record.registeredOn.year());
        if (!number)
            return number.error();
        record.caseNumber = *number;
        Result<qint64> inserted = cases.insert(record, principalId, sortName);
        if (!inserted)
            return inserted.error();
        record.id = *inserted;
    } else {
        Result<QList<CaseMemberRepository::Membership>> before = memberships.members(record.id);
        if (!before)
            return before.error();
        for (const auto& m : *before) {
            if (!written.personIds.contains(m.personId))
                formerMembers.append(m.personId);
        }
        if (Status s = cases.update(record, principalId, sortName); !s)
            return s.error();
    }
    written.caseId = record.id;
    written.caseNumber = record.caseNumber;
    if (Status s =
            isNew ? memberships.add(record.id, members) : memberships.replace(record.id, members);
        !s)
        return s.error();
    if (Status s = removeFormerMembers(record.id, formerMembers); !s)
        return s.error();

    CaseNoteRepository notes(m_db);
    for (const CaseNote& note : record.notes) {
        if (note.id != 0)
            continue;
        CaseNote stamped = note;
        if (!stamped.writtenAt.isValid())
            stamped.writtenAt = m_clock.now();
        if (Result<qint64> n = notes.add(record.id, stamped); !n)
            return n.error();
    }
    // A new case has nothing stored yet to replace or withdraw: what it lacks is not written.
    if (!isNew || record.consent) {
        if (Status s = ConsentRepository(m_db).set(record.id, record.consent); !s)
            return s.error();
    }
    const QList<Deadline> expiries = documentExpiries(record, record.id, written.personIds);
    if (!isNew || !expiries.isEmpty()) {
        if (Status s = DeadlineRepository(m_db, m_clock).syncDocuments(record.id, expiries); !s)
            return s.error();
    }
    const bool agreesToTracing = record.consent && record.consent->tracingContact;
    if (!isNew || !everyoneIsNew || agreesToTracing) {
        if (Status s = MatchProposer(m_db, m_clock).proposeForPersons(written.personIds, m_actor);
            !s)
            return s.error();
    }
    return written;
}

Result<QString> CaseWriter::nextNumber(const Site& site, int year)
{
    CaseRepository cases(m_db, m_clock);
    if (!m_numbersAhead)
        return cases.allocateNumber(site, year);
    NumberBlock& block = m_numbers[{site.id, year}];
    if (block.next > block.last) {
        block.size = std::min(MaxNumberBlock, std::max(1, block.size * 2));
        Result<int> last = cases.reserveNumbers(site.id, year, block.size);
        if (!last)
            return last.error();
        block.last = *last;
        block.next = *last - block.size + 1;
    }
    return CaseRepository::numberText(site, year, block.next++);
}

Status CaseWriter::returnUnusedNumbers()
{
    CaseRepository cases(m_db, m_clock);
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
        if (it->next <= it->last) {
            if (Status s =
                    cases.returnNumbers(it.key().first, it.key().second, it->last, it->next - 1);
                !s)
                return s;
        }
    }
    m_numbers.clear();
    return {};
}

Status CaseWriter::removeFormerMembers(qint64 caseId, const QList<qint64>& former)
{
    if (former.isEmpty())
        return {};
    // A person removed from the family group who belongs to no other case and has no
    // history elsewhere (a screening) is removed too.
    PersonRepository persons(m_db, m_clock);
    CaseMemberRepository memberships(m_db);
    for (qint64 id : former) {
        Result<int> count = memberships.caseCount(id);
        if (!count)
            return count.error();
        Result<bool> referenced = persons.hasHistory(id);
        if (!referenced)
            return referenced.error();
        if (*count == 0 && !*referenced) {
            if (Status s = persons.remove(id); !s)
                return s;
        }
    }
    // Someone who left the group no longer counts towards the case's risk.
    return CaseRiskRepository(m_db).refresh(caseId, m_clock);
}

QList<Deadline> CaseWriter::documentExpiries(const CaseRecord& record, qint64 caseId,
                                             const QList<qint64>& personIds) const
{
    QList<Deadline> expiries;
    for (int i = 0; i < record.members.size(); ++i) {
        const Person& p = record.members[i].person;
        for (const IdentityDocument& d : p.documents) {
            if (!d.expiry.isValid() || d.expiry < m_clock.today())
                continue;
            Deadline deadline;
            deadline.kind = Deadline::Kind::Document;
            deadline.caseId = caseId;
            deadline.personId = personIds[i];
            deadline.sourceKey = (DeadlineService::DocumentPrefix + QStringLiteral("%1:%2:%3:%4"))
                                     .arg(personIds[i])
                                     .arg(documentTypeCodes().code(d.type), d.issuingCountry,
                                          TextNormalizer::documentNumber(d.number));
            deadline.what = DeadlineService::documentExpiryText(d.type, p.fullName());
            deadline.dueOn = d.expiry;
            deadline.responsible = record.caseworker;
            expiries.append(deadline);
        }
    }
    return expiries;
}
