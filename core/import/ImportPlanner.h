#pragma once

#include "core/common/Result.h"
#include "core/import/ConvertedRowStream.h"
#include "core/import/ImportMapping.h"
#include "core/import/ImportPlan.h"

#include <QCoreApplication>

class Clock;
class Database;
class TabularSource;

// Reads a whole file through a mapping without writing anything: which rows have problems
// and why, which persons seem to be registered already, how rows group into households, and
// what values the coded columns hold. The preview shows it; ImportService follows it.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)

public:
    // Told how far reading is (0..1000); returning false stops it.
    using Progress = ConvertedRowStream::Progress;

    ImportPlanner(const Database& db, const Clock& clock);
    Result<ImportPlan> plan(TabularSource& source, const ImportMapping& mapping,
                            const Progress& progress = {}) const;

private:
    const Database& m_db;
    const Clock& m_clock;
};
