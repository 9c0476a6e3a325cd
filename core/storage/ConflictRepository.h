#pragma once

#include "core/common/Result.h"
#include "core/domain/ConflictCheck.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Opposing parties of cases and the conflict checks recorded on them.
class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRepository)

public:
    explicit ConflictRepository(const Database& db);

    Result<qint64> addOpposingParty(const OpposingParty& party);
    Status removeOpposingParty(qint64 id);
    Result<QList<OpposingParty>> opposingParties(qint64 caseId) const;
    // Every opposing party with its case number (to check new names against).
    Result<QList<std::pair<OpposingParty, QString>>> allOpposingParties() const;
    Result<qint64> addCheck(const ConflictCheck& check);
    Result<QList<ConflictCheck>> checks(qint64 caseId) const;

private:
    const Database& m_db;
};
