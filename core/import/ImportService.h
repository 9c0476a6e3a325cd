#pragma once

#include "core/common/Result.h"
#include "core/import/ImportMapping.h"
#include "core/import/ImportPlan.h"
#include "core/import/ImportPlanner.h"
#include "core/import/ImportReport.h"
#include "core/security/UserSession.h"

#include <QCoreApplication>
#include <QHash>

class Clock;
class Database;
class TabularSource;

// Brings persons and their family groups in from a file, on behalf of a signed-in user:
// first a preview that writes nothing, then the import of every row the person accepted in
// one transaction. A problem, a cancel or a crash half-way leaves the database as it was.
// Each household becomes one case; the import is recorded in the audit trail without any
// personal data.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    using DuplicateChoices = QHash<int, ImportMapping::DuplicateChoice>;
    // Thousandths done; returning false cancels.
    using Progress = ImportPlanner::Progress;

    ImportService(const Database& db, const Clock& clock, const UserSession& session);

    Result<ImportPlan> preview(TabularSource& source, const ImportMapping& mapping,
                               const Progress& progress = {}) const;
    // Imports what `plan` (the preview of the same file and mapping) found importable.
    // `choices` says, per row, what to do with a person who seems registered already; rows
    // not in it follow the mapping's default.
    Result<ImportReport> run(TabularSource& source, const ImportMapping& mapping,
                             const ImportPlan& plan, const DuplicateChoices& choices,
                             const QString& fileName, const Progress& progress = {});

private:
    const Database& m_db;
    const Clock& m_clock;
    UserSession m_session;
};
