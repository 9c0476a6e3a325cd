#pragma once

#include "core/common/Result.h"
#include "core/domain/User.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(const Database& db);

    Result<int> count() const;
    Result<QList<User>> all() const;
    Result<std::optional<User>> find(qint64 id) const;
    Result<std::optional<User>> findByUsername(const QString& username) const;
    Result<QString> passphraseHash(qint64 id) const;
    Result<qint64> insert(const User& user, const QString& passphraseHash, const QDateTime& now);
    Status setPassphraseHash(qint64 id, const QString& hash, const QDateTime& now);
    Status setActive(qint64 id, bool active);
    Status setRole(qint64 id, Role role);
    Result<int> activeAdministrators() const;

private:
    Result<std::optional<User>> findWhere(const QString& condition, const QVariant& value) const;

    const Database& m_db;
};
