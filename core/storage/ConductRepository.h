#pragma once

#include "core/common/Result.h"
#include "core/domain/ConductCode.h"

#include <QCoreApplication>

#include <optional>

class Database;

// The code of conduct's versions and which user accepted which.
class ConductRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConductRepository)

public:
    explicit ConductRepository(const Database& db);

    // The newest version, if any was written.
    Result<std::optional<ConductCode>> current() const;
    Status insert(const ConductCode& code);
    Result<bool> accepted(qint64 userId, int version) const;
    Status recordAcceptance(qint64 userId, int version, const QDateTime& at);
    // How many users accepted this version.
    Result<int> acceptances(int version) const;

private:
    const Database& m_db;
};
