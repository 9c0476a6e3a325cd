#pragma once

#include "core/common/Result.h"
#include "core/domain/Referral.h"

#include <QCoreApplication>
#include <QList>

class Clock;
class Database;

class ReferralRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRepository)

public:
    ReferralRepository(const Database& db, const Clock& clock);

    // The referral with its persons.
    Result<qint64> insert(const Referral& referral);
    // Its state, note and the dates of the answer and the end.
    Status updateState(const Referral& referral);
    Result<Referral> find(qint64 id) const;
    // Newest first.
    Result<QList<Referral>> forCase(qint64 caseId) const;

private:
    Result<QList<Referral>> select(const QString& condition, const QVariantList& params) const;

    const Database& m_db;
    const Clock& m_clock;
};
