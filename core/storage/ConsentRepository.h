#pragma once

#include "core/common/Result.h"
#include "core/domain/CaseRecord.h"

#include <QCoreApplication>

#include <optional>

class Database;

class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConsentRepository)

public:
    explicit ConsentRepository(const Database& db);

    // Stores the consent, or removes it when there is none.
    Status set(qint64 caseId, const std::optional<Consent>& consent);
    Result<std::optional<Consent>> forCase(qint64 caseId) const;

private:
    const Database& m_db;
};
