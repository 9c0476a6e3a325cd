#include "core/import/ImportPlanner.h"

#include "core/common/TextNormalizer.h"
#include "core/import/ConvertedRowStream.h"
#include "core/import/RowConverter.h"
#include "core/import/TabularSource.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"

#include <algorithm>

ImportPlanner::ImportPlanner(const Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<ImportPlan> ImportPlanner::plan(TabularSource& source, const ImportMapping& mapping,
                                       const Progress& progress) const
{
    Result<QList<Site>> sites = SiteRepository(m_db).all();
    if (!sites)
        return sites.error();
    ImportPlan plan;
    plan.fileDescription = source.description();
    const RowConverter converter(source.header(), mapping, *sites, m_clock);
    plan.mappingProblems = converter.problems();
    if (!plan.mappingProblems.isEmpty())
        return plan;
    if (Status s = source.rewind(); !s)
        return s.error();
    Transaction snapshot(m_db);
    if (Status s = snapshot.beginRead(); !s)
        return s.error();

    auto fail = [&plan](const RowIssue& issue) {
        ++plan.issueCount;
        if (plan.issues.size() < ImportPlan::MaxListedIssues)
            plan.issues.append(issue);
        if (!plan.failedRows.contains(issue.row))
            plan.failedRows.insert(issue.row, issue.reason);
    };
    const DuplicateFinder finder(m_db, m_clock);
    const bool hasRelationship = converter.columnOf(ImportField::Relationship) >= 0;
    // Rows seen so far by document and by name with date of birth, as 64-bit hashes: a
    // million rows fit in a few dozen megabytes.
    QHash<size_t, int> documentsSeen;
    QHash<size_t, int> personsSeen;
    ConvertedRowStream stream(source, converter, progress,
                              tr("The check of the file was stopped."));
    ConvertedRowStream::Item item;
    for (;;) {
        Result<bool> got = stream.next(item);
        if (!got)
            return got.error();
        if (!*got)
            break;
        const SourceRow& row = item.source;
        const ImportedRow& imported = item.row;
        ++plan.rows;
        for (const ImportField field : RowConverter::codedFields()) {
            QMap<QString, int>& counts = plan.values[field];
            for (const QString& written : converter.writtenValues(field, row)) {
                auto it = counts.find(written);
                if (it != counts.end())
                    ++*it;
                else if (counts.size() < ImportPlan::MaxListedValues)
                    counts.insert(written, 1);
            }
        }
        ImportPlan::Household& household =
            plan.households[ImportPlan::householdKey(item.household, row.number)];
        household.rows.append(row.number);

        if (!item.issues.isEmpty()) {
            for (const RowIssue& issue : item.issues)
                fail(issue);
            continue;
        }
        const Person& person = imported.person;
        bool repeated = false;
        for (const IdentityDocument& d : person.documents) {
            const size_t key = qHash(documentTypeCodes().code(d.type) + d.issuingCountry +
                                     TextNormalizer::documentNumber(d.number));
            const int earlier = documentsSeen.value(key);
            if (earlier != 0) {
                fail({row.number,
                      converter.columnOf(ImportField::DocumentNumber) >= 0
                          ? source.header().value(converter.columnOf(ImportField::DocumentNumber))
                          : QString(),
                      d.number, tr("Row %1 has the same document.").arg(earlier)});
                repeated = true;
            } else {
                documentsSeen.insert(key, row.number);
            }
        }
        if (person.birthDate.precision() != PartialDate::Precision::Unknown &&
            person.birthDate.precision() != PartialDate::Precision::Estimated) {
            const size_t key = qHash(TextNormalizer::fold(person.fullName()) + u'|' +
                                     person.birthDate.storageValue());
            const int earlier = personsSeen.value(key);
            if (earlier != 0 && !repeated) {
                fail({row.number,
                      {},
                      person.fullName(),
                      tr("Row %1 has the same name and date of birth: the person seems to be "
                         "listed twice.")
                          .arg(earlier)});
                repeated = true;
            } else if (earlier == 0) {
                personsSeen.insert(key, row.number);
            }
        }
        if (repeated)
            continue;
        for (const RowIssue& warning : converter.warnings(row, imported)) {
            if (plan.warnings.size() < ImportPlan::MaxListedIssues)
                plan.warnings.append(warning);
            ++plan.warningCount;
        }
        if (hasRelationship && imported.relationship == Relationship::Principal) {
            if (household.principalRow != 0) {
                fail({row.number,
                      source.header().value(converter.columnOf(ImportField::Relationship)),
                      row.cells.value(converter.columnOf(ImportField::Relationship)),
                      tr("Row %1 is already the head of this household; a household has one.")
                          .arg(household.principalRow)});
                continue;
            }
            household.principalRow = row.number;
        }
        ++household.importableRows;
        Result<std::optional<DuplicateMatch>> duplicate = finder.find(person);
        if (!duplicate)
            return duplicate.error();
        if (duplicate->has_value()) {
            DuplicateMatch match = **duplicate;
            match.row = row.number;
            plan.duplicateByRow.insert(row.number, match);
        }
    }

    // A family group is imported whole or not at all.
    for (auto it = plan.households.begin(); it != plan.households.end(); ++it) {
        ImportPlan::Household& h = it.value();
        bool failed = h.importableRows < h.rows.size();
        if (!failed && h.rows.size() > 1 && hasRelationship && h.principalRow == 0) {
            fail({h.rows.first(),
                  source.header().value(converter.columnOf(ImportField::Relationship)),
                  {},
                  tr("This household has no head: mark one of its members as head of household "
                     "(for example “Jefe de hogar” or “Titular”).")});
            failed = true;
        }
        if (!failed) {
            if (h.principalRow == 0)
                h.principalRow = h.rows.first();
            continue;
        }
        const auto culprit = std::find_if(h.rows.cbegin(), h.rows.cend(),
                                          [&plan](int r) { return plan.failedRows.contains(r); });
        for (int r : h.rows) {
            if (plan.failedRows.contains(r))
                continue;
            fail({r,
                  {},
                  {},
                  tr("Not imported: row %1 of the same household has a problem, and a family "
                     "group is imported whole.")
                      .arg(*culprit)});
            plan.duplicateByRow.remove(r);
        }
        h.importableRows = 0;
    }
    std::stable_sort(plan.issues.begin(), plan.issues.end(),
                     [](const RowIssue& a, const RowIssue& b) { return a.row < b.row; });
    plan.duplicateCount = int(plan.duplicateByRow.size());
    QList<int> duplicateRows = plan.duplicateByRow.keys();
    std::sort(duplicateRows.begin(), duplicateRows.end());
    for (int r : duplicateRows) {
        if (plan.duplicates.size() >= ImportPlan::MaxListedDuplicates)
            break;
        plan.duplicates.append(plan.duplicateByRow.value(r));
    }
    if (progress)
        progress(1000);
    return plan;
}
