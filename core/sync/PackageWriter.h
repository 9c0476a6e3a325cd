#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;

// The contents of a package (issue 20): the current state of every record the change journal
// noted after a mark — with its parts, and its references as global identifiers — and the
// identifiers of records removed; compressed JSON. Records that came from the receiver are
// not sent back to it. Sites and users travel whole in every package: the receiver matches
// them to its own by code and user name.
class PackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)

public:
    static constexpr int Format = 1;

    struct Written
    {
        QByteArray contents;
        int records = 0;
        int removed = 0;
    };

    explicit PackageWriter(const Database& db);

    Result<Written> write(const QString& senderCode, const QString& receiverCode, qint64 mark);

private:
    Result<QByteArray> uidOf(const QString& kind, qint64 id);

    const Database& m_db;
    QHash<QString, QHash<qint64, QByteArray>> m_uids;
};
