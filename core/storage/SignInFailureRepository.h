#pragma once

#include "core/common/Result.h"

#include <QDateTime>

class Database;

// Failed sign-ins per name typed, to slow down guessing.
class SignInFailureRepository
{
public:
    struct Failures
    {
        int count = 0;
        QDateTime last;
    };

    explicit SignInFailureRepository(const Database& db);

    Result<Failures> get(const QString& username) const;
    Status recordFailure(const QString& username, const QDateTime& at);
    Status clear(const QString& username);

private:
    const Database& m_db;
};
