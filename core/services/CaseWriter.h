#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"
#include "core/domain/Deadline.h"
#include "core/domain/Site.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class Clock;
class Database;

// The one place a case is written, whoever writes it (the case form, an import, invented
// people): its new and changed persons, its number, the case, its members, new notes and
// consent, the deadlines of documents that will expire, and the matching a save sets off (a
// person registered may be the one a family is looking for). No permission is checked and no
// audit entry is written here: the service that calls it does both, in its own transaction.
class CaseWriter
{
    Q_DECLARE_TR_FUNCTIONS(CaseWriter)

public:
    struct Written
    {
        qint64 caseId = 0;
        QString caseNumber;
        QList<qint64> personIds; // in the order of the record's members
    };

    // `actor`: who the tracing history says proposed matches.
    CaseWriter(const Database& db, const Clock& clock, QString actor);

    // Registers `record` (id 0; a number is assigned) or changes it. A member whose person id
    // is in `linked` is a person registered already who joins as stored, unchanged (an import
    // linking a duplicate); other members with an id are updated, those without are created.
    Result<Written> write(const CaseRecord& record, const QSet<qint64>& linked = {});

    // For thousands of new cases in one transaction (an import): case numbers are reserved
    // in growing blocks, since on a server each change of the counter's row leaves a version
    // of it that every later change walks past. returnUnusedNumbers() gives back the rest of
    // the last blocks before the transaction commits; without it the numbers only skip.
    void reserveNumbersAhead() { m_numbersAhead = true; }
    Status returnUnusedNumbers();

private:
    Result<Site> site(qint64 siteId);
    Result<QString> nextNumber(const Site& site, int year);
    Status removeFormerMembers(qint64 caseId, const QList<qint64>& former);
    // Documents that will expire (a passport, a permit) are deadlines, kept in step with the
    // documents recorded.
    QList<Deadline> documentExpiries(const CaseRecord& record, qint64 caseId,
                                     const QList<qint64>& personIds) const;

    const Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    QHash<qint64, Site> m_sites;

    struct NumberBlock
    {
        int next = 1;
        int last = 0;
        int size = 0;
    };
    static constexpr int MaxNumberBlock = 1024;
    bool m_numbersAhead = false;
    QHash<std::pair<qint64, int>, NumberBlock> m_numbers; // (site, year) -> reserved
};
