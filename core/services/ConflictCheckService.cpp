#include "core/services/ConflictCheckService.h"

#include "core/audit/AuditLog.h"
#include "core/common/Clock.h"
#include "core/common/TextNormalizer.h"
#include "core/matching/NameMatcher.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/storage/ConflictRepository.h"
#include "core/storage/Database.h"
#include "core/storage/PersonNameKeyIndex.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/Transaction.h"

#include <QSet>

namespace {
constexpr int CandidateLimit = 2000;

QString subjectText(const QList<ConflictSubject>& subjects)
{
    QStringList lines;
    for (const ConflictSubject& s : subjects)
        lines.append(s.documentNumbers.isEmpty()
                         ? s.name
                         : QStringLiteral("%1 (%2)").arg(
                               s.name, s.documentNumbers.join(QStringLiteral(", "))));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

ConflictCheckService::ConflictCheckService(const Database& db, const Clock& clock,
                                           const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

QList<ConflictSubject> ConflictCheckService::subjectsFor(const CaseRecord& record,
                                                         const QList<OpposingParty>& parties)
{
    QList<ConflictSubject> subjects;
    for (const CaseMember& m : record.members) {
        ConflictSubject s{m.person.fullName(), {}};
        for (const IdentityDocument& d : m.person.documents) {
            if (!d.number.trimmed().isEmpty())
                s.documentNumbers.append(d.number.trimmed());
        }
        subjects.append(s);
    }
    for (const OpposingParty& p : parties) {
        subjects.append(
            {p.name, p.documentNumber.isEmpty() ? QStringList() : QStringList{p.documentNumber}});
    }
    return subjects;
}

QString ConflictCheckService::decisionLabel(ConflictCheck::Decision decision)
{
    switch (decision) {
    case ConflictCheck::Decision::Waived:
        return tr("Conflict waived");
    case ConflictCheck::Decision::Declined:
        return tr("Declined because of a conflict");
    case ConflictCheck::Decision::NoConflict:
        break;
    }
    return tr("No conflict");
}

Result<QList<ConflictFinding>> ConflictCheckService::check(const QList<ConflictSubject>& subjects,
                                                           qint64 excludeCaseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s.error();
    PersonRepository persons(m_db, m_clock);
    PersonNameKeyIndex keys(m_db);
    ConflictRepository conflicts(m_db);
    Result<QList<std::pair<OpposingParty, QString>>> parties = conflicts.allOpposingParties();
    if (!parties)
        return parties.error();
    QString excludedNumber;
    if (excludeCaseId > 0) {
        Result<CaseRecord> excluded = CaseService(m_db, m_clock, m_session).load(excludeCaseId);
        if (excluded)
            excludedNumber = excluded->caseNumber;
    }

    QList<ConflictFinding> findings;
    for (const ConflictSubject& subject : subjects) {
        const PersonName name = PersonName::fromFullName(subject.name);
        QSet<qint64> reported;
        // Same document number, whatever the country or type written.
        for (const QString& number : subject.documentNumbers) {
            if (TextNormalizer::documentNumber(number).isEmpty())
                continue;
            Result<QList<qint64>> holders = persons.holdersOfNumber(number);
            if (!holders)
                return holders.error();
            Result<QList<PersonSummary>> found = persons.summaries(*holders);
            if (!found)
                return found.error();
            for (const PersonSummary& p : *found) {
                if (!excludedNumber.isEmpty() && p.caseNumbers.contains(excludedNumber))
                    continue;
                findings.append({subject.name, p.fullName(),
                                 p.caseNumbers.join(QStringLiteral(", ")), tr("person"),
                                 tr("same document number %1").arg(number), 1.0});
                reported.insert(p.id);
            }
            for (const auto& [party, caseNumber] : *parties) {
                if (party.caseId != excludeCaseId && !party.documentNumber.isEmpty() &&
                    TextNormalizer::documentNumber(party.documentNumber) ==
                        TextNormalizer::documentNumber(number))
                    findings.append({subject.name, party.name, caseNumber, tr("opposing party"),
                                     tr("same document number %1").arg(number), 1.0});
            }
        }
        if (name.isEmpty())
            continue;
        Result<QList<qint64>> candidates = keys.candidates(name, {}, CandidateLimit);
        if (!candidates)
            return candidates.error();
        Result<QList<PersonSummary>> found = persons.summaries(*candidates);
        if (!found)
            return found.error();
        for (const PersonSummary& p : *found) {
            if (reported.contains(p.id) ||
                (!excludedNumber.isEmpty() && p.caseNumbers.contains(excludedNumber)))
                continue;
            const NameMatcher::Comparison c = NameMatcher::compare(
                name, PersonName::of(p.givenNames, p.familyName1, p.familyName2));
            if (c.score >= NameThreshold)
                findings.append({subject.name, p.fullName(),
                                 p.caseNumbers.join(QStringLiteral(", ")), tr("person"),
                                 c.reasons.join(QStringLiteral(", ")), c.score});
        }
        for (const auto& [party, caseNumber] : *parties) {
            if (party.caseId == excludeCaseId)
                continue;
            const NameMatcher::Comparison c =
                NameMatcher::compare(name, PersonName::fromFullName(party.name));
            if (c.score >= NameThreshold)
                findings.append({subject.name, party.name, caseNumber, tr("opposing party"),
                                 c.reasons.join(QStringLiteral(", ")), c.score});
        }
    }
    std::stable_sort(
        findings.begin(), findings.end(),
        [](const ConflictFinding& a, const ConflictFinding& b) { return a.score > b.score; });
    return findings;
}

Result<ConflictCheck> ConflictCheckService::record(qint64 caseId,
                                                   const QList<ConflictSubject>& subjects,
                                                   const QList<ConflictFinding>& findings,
                                                   ConflictCheck::Decision decision,
                                                   const QString& note)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s.error();
    if (subjects.isEmpty())
        return Error(Error::Code::Invalid, tr("Nothing was checked."));
    if (decision != ConflictCheck::Decision::NoConflict && note.trimmed().isEmpty())
        return Error(
            Error::Code::Invalid, tr("Say why the conflict is waived or the case declined."),
            {{QStringLiteral("note"), tr("Say why the conflict is waived or the case declined.")}});
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(caseId);
    if (!record)
        return record.error();
    ConflictCheck c;
    c.caseId = caseId;
    c.checkedOn = m_clock.today();
    c.checkedBy = m_session.displayName;
    c.subject = subjectText(subjects);
    QStringList lines;
    for (const ConflictFinding& f : findings)
        lines.append(QStringLiteral("%1 ~ %2 (%3, %4): %5")
                         .arg(f.subject, f.foundName, f.caseNumber, f.role, f.reason));
    c.findings = lines.join(QLatin1Char('\n'));
    c.decision = decision;
    c.note = note.trimmed();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = ConflictRepository(m_db).addCheck(c);
    if (!id)
        return id.error();
    c.id = *id;
    if (Status s =
            AuditLog(m_db, m_clock)
                .record(m_session,
                        {QStringLiteral("conflict_check"),
                         QStringLiteral("case"),
                         QString::number(caseId),
                         record->caseNumber,
                         {{QStringLiteral("decision"), QString(), decisionLabel(decision)}},
                         tr("%n possible conflict(s) found", nullptr, int(findings.size()))});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return c;
}

Result<QList<ConflictCheck>> ConflictCheckService::checks(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewLegal); !s)
        return s.error();
    return ConflictRepository(m_db).checks(caseId);
}

Result<OpposingParty> ConflictCheckService::addOpposingParty(qint64 caseId, const QString& name,
                                                             const QString& document,
                                                             const QString& note)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s.error();
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error(Error::Code::Invalid,
                     tr("Enter the opposing party's name (at most 200 characters)."),
                     {{QStringLiteral("name"),
                       tr("Enter the opposing party's name (at most 200 characters).")}});
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(caseId);
    if (!record)
        return record.error();
    OpposingParty p{0, caseId, name.simplified(), document.trimmed(), note.trimmed()};
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    Result<qint64> id = ConflictRepository(m_db).addOpposingParty(p);
    if (!id)
        return id.error();
    p.id = *id;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("opposing_party.create"),
                                           QStringLiteral("case"),
                                           QString::number(caseId),
                                           record->caseNumber,
                                           {{QStringLiteral("opposing party"), QString(), p.name}},
                                           {}});
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return p;
}

Status ConflictCheckService::removeOpposingParty(qint64 caseId, qint64 partyId)
{
    if (Status s = AccessPolicy::require(m_session, Permission::EditLegal); !s)
        return s;
    Result<CaseRecord> record = CaseService(m_db, m_clock, m_session).loadToChange(caseId);
    if (!record)
        return record.error();
    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s;
    if (Status s = ConflictRepository(m_db).removeOpposingParty(partyId); !s)
        return s;
    if (Status s = AuditLog(m_db, m_clock)
                       .record(m_session, {QStringLiteral("opposing_party.remove"),
                                           QStringLiteral("case"),
                                           QString::number(caseId),
                                           record->caseNumber,
                                           {},
                                           QString::number(partyId)});
        !s)
        return s;
    return transaction.commit();
}

Result<QList<OpposingParty>> ConflictCheckService::opposingParties(qint64 caseId) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ViewLegal); !s)
        return s.error();
    return ConflictRepository(m_db).opposingParties(caseId);
}
