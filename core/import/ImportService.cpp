#include "core/import/ImportService.h"

#include "core/audit/AuditLog.h"
#include "core/import/ConvertedRowStream.h"
#include "core/import/RowConverter.h"
#include "core/import/TabularSource.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseWriter.h"
#include "core/storage/InsertBatch.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

namespace {
using Choice = ImportMapping::DuplicateChoice;
using Outcome = ImportReport::Outcome;

// A household being read; its case is written when its last row has come.
struct PendingCase
{
    struct Member
    {
        int row = 0;
        Person person; // only the id for a registered person who joins
        Relationship relationship = Relationship::OtherRelative;
        bool linked = false;
        QString note;
        QString name; // as the file writes it, to say whose remark a note is
    };
    QList<Member> members;
    int principalIndex = -1;
    QDate registeredOn;
    qint64 siteId = 0;
    std::optional<bool> tracingConsent;
    int remaining = 0;
};
} // namespace

ImportService::ImportService(const Database& db, const Clock& clock, const UserSession& session)
    : m_db(db)
    , m_clock(clock)
    , m_session(session)
{
}

Result<ImportPlan> ImportService::preview(TabularSource& source, const ImportMapping& mapping,
                                          const Progress& progress) const
{
    if (Status s = AccessPolicy::require(m_session, Permission::ImportCases); !s)
        return s.error();
    return ImportPlanner(m_db, m_clock).plan(source, mapping, progress);
}

Result<ImportReport> ImportService::run(TabularSource& source, const ImportMapping& mapping,
                                        const ImportPlan& plan, const DuplicateChoices& choices,
                                        const QString& fileName, const Progress& progress)
{
    if (Status s = AccessPolicy::require(m_session, Permission::ImportCases); !s)
        return s.error();
    if (!plan.mappingProblems.isEmpty())
        return Error(Error::Code::Invalid, plan.mappingProblems.join(u' '));
    QElapsedTimer timer;
    timer.start();
    Result<QList<Site>> siteList = SiteRepository(m_db).all();
    if (!siteList)
        return siteList.error();
    const RowConverter converter(source.header(), mapping, *siteList, m_clock);
    if (!converter.problems().isEmpty())
        return Error(Error::Code::Invalid, converter.problems().join(u' '));

    auto choiceFor = [&](int row) {
        const DuplicateMatch& match = plan.duplicateByRow[row];
        Choice c = choices.value(row, mapping.onDuplicate);
        // Two persons never share one document: such a row is that person or left out.
        if (match.sameDocument && c == Choice::ImportAsNew)
            c = Choice::Skip;
        return c;
    };
    // What happens to each household is known before anything is written: one whose head is
    // skipped is skipped whole; one whose members are all registered already gets no case.
    QHash<QString, QString> skippedHouseholds; // key -> why
    QSet<QString> linkedOnly;
    for (auto it = plan.households.cbegin(); it != plan.households.cend(); ++it) {
        const ImportPlan::Household& h = it.value();
        if (h.importableRows == 0)
            continue;
        if (plan.duplicateByRow.contains(h.principalRow) &&
            choiceFor(h.principalRow) == Choice::Skip) {
            skippedHouseholds.insert(
                it.key(), tr("Skipped with the head of its household (row %1), who is already "
                             "registered.")
                              .arg(h.principalRow));
            continue;
        }
        const bool allLinked = std::all_of(h.rows.cbegin(), h.rows.cend(), [&](int r) {
            return plan.failedRows.contains(r) ||
                   (plan.duplicateByRow.contains(r) && choiceFor(r) != Choice::ImportAsNew);
        });
        if (allLinked)
            linkedOnly.insert(it.key());
    }

    Transaction transaction(m_db);
    if (Status s = transaction.begin(); !s)
        return s.error();
    // Thousands of rows written in one go: on a server they travel together.
    InsertBatch batch(m_db);
    if (Status s = batch.begin(); !s)
        return s.error();
    if (Status s = source.rewind(); !s)
        return s.error();

    CaseWriter writer(m_db, m_clock, m_session.displayName);
    writer.reserveNumbersAhead();
    ImportReport report;
    report.file = QFileInfo(fileName).fileName();
    QHash<QString, PendingCase> pending;
    QHash<int, int> reportIndex; // row -> index in report.rows, to add the case number later

    auto writeCase = [&](PendingCase& c) -> Status {
        if (c.principalIndex < 0)
            return {};
        // The head of household first, as every case has it.
        c.members.swapItemsAt(0, c.principalIndex);
        c.members[0].relationship = Relationship::Principal;
        CaseRecord record;
        record.siteId = c.siteId;
        record.registeredOn = c.registeredOn;
        record.caseworker = m_session.displayName;
        if (c.tracingConsent)
            record.consent =
                Consent{c.registeredOn, m_session.displayName, false, false, *c.tracingConsent};
        QSet<qint64> linked;
        for (const PendingCase::Member& m : c.members) {
            record.members.append({m.person, m.relationship});
            if (m.linked)
                linked.insert(m.person.id);
            // A member's remark says whose it is; the head's is the case's.
            if (!m.note.isEmpty())
                record.notes.append(CaseNote{
                    0, QDateTime(c.registeredOn, QTime(12, 0)), m_session.displayName,
                    &m == &c.members.constFirst() ? m.note
                                                  : QStringLiteral("%1: %2").arg(m.name, m.note)});
        }
        Result<CaseWriter::Written> written = writer.write(record, linked);
        if (!written)
            return Error(written.error().code(),
                         tr("The household of row %1 could not be saved: %2 Nothing was "
                            "imported.")
                             .arg(c.members[0].row)
                             .arg(written.error().message()));
        for (const PendingCase::Member& m : c.members)
            report.rows[reportIndex.take(m.row)].caseNumber = written->caseNumber;
        ++report.casesCreated;
        return {};
    };

    ConvertedRowStream stream(source, converter, progress,
                              tr("The import was cancelled; nothing was imported."));
    ConvertedRowStream::Item item;
    for (;;) {
        Result<bool> got = stream.next(item);
        if (!got)
            return got.error();
        if (!*got)
            break;
        const SourceRow& row = item.source;
        const ImportedRow& imported = item.row;
        if (const auto failed = plan.failedRows.constFind(row.number);
            failed != plan.failedRows.cend()) {
            report.add(row.number, Outcome::NotImported, {}, *failed);
            continue;
        }
        const QString key = ImportPlan::householdKey(item.household, row.number);
        const auto household = plan.households.constFind(key);
        if (!item.issues.isEmpty() || household == plan.households.cend())
            return Error(Error::Code::Conflict,
                         tr("The file changed after it was checked (row %1). Check it again "
                            "before importing; nothing was imported.")
                             .arg(row.number));
        if (const auto why = skippedHouseholds.constFind(key); why != skippedHouseholds.cend()) {
            const DuplicateMatch match = plan.duplicateByRow.value(row.number);
            report.add(
                row.number, Outcome::Skipped, match.caseNumber,
                row.number == household->principalRow
                    ? tr("Already registered: %1 (%2).").arg(match.registeredName, match.reason)
                    : *why);
            continue;
        }
        const bool isDuplicate = plan.duplicateByRow.contains(row.number);
        const Choice choice = isDuplicate ? choiceFor(row.number) : Choice::ImportAsNew;
        if (isDuplicate && choice == Choice::Skip) {
            const DuplicateMatch& match = plan.duplicateByRow[row.number];
            report.add(row.number, Outcome::Skipped, match.caseNumber,
                       tr("Already registered: %1 (%2).").arg(match.registeredName, match.reason));
            continue;
        }
        if (linkedOnly.contains(key)) {
            const DuplicateMatch& match = plan.duplicateByRow[row.number];
            report.add(
                row.number, Outcome::Linked, match.caseNumber,
                tr("Already registered with the whole household: %1.").arg(match.registeredName));
            continue;
        }

        PendingCase::Member member;
        member.row = row.number;
        member.note = imported.note;
        member.name = imported.person.fullName();
        if (isDuplicate) {
            member.person.id = plan.duplicateByRow[row.number].personId;
            member.linked = true;
            report.add(row.number, Outcome::Linked, {},
                       tr("The registered person %1 joins the new case.")
                           .arg(plan.duplicateByRow[row.number].registeredName));
        } else {
            member.person = imported.person;
            report.add(row.number, Outcome::Imported, {}, {});
        }
        reportIndex.insert(row.number, int(report.rows.size()) - 1);
        member.relationship = imported.relationship.value_or(Relationship::OtherRelative);

        PendingCase& c = pending[key];
        if (c.members.isEmpty())
            c.remaining = household->importableRows;
        if (row.number == household->principalRow) {
            c.principalIndex = int(c.members.size());
            c.registeredOn = imported.registeredOn;
            c.siteId = imported.siteId;
            c.tracingConsent = imported.tracingConsent;
        }
        c.members.append(member);
        if (--c.remaining == 0) {
            if (Status s = writeCase(c); !s)
                return s.error();
            pending.remove(key);
        }
    }
    if (!pending.isEmpty())
        return Error(Error::Code::Conflict,
                     tr("The file changed after it was checked: some households are not "
                        "complete. Check it again before importing; nothing was imported."));
    if (Status s = writer.returnUnusedNumbers(); !s)
        return s.error();

    report.milliseconds = timer.elapsed();
    const AuditEvent event{QStringLiteral("import.run"),
                           QStringLiteral("import"),
                           {},
                           report.file,
                           {},
                           tr("Imported from %1: %2").arg(report.file, report.summary())};
    if (Status s = AuditLog(m_db, m_clock).record(m_session, event); !s)
        return s.error();
    if (progress && !progress(1000))
        return Error(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
    if (Status s = transaction.commit(); !s)
        return s.error();
    report.milliseconds = timer.elapsed();
    return report;
}
