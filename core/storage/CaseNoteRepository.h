#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Dated notes on a case. Notes are only ever added: the timeline is a record of what was
// known when.
class CaseNoteRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseNoteRepository)

public:
    explicit CaseNoteRepository(const Database& db);

    Result<qint64> add(qint64 caseId, const CaseNote& note);
    Result<QList<CaseNote>> forCase(qint64 caseId) const;

private:
    const Database& m_db;
};
