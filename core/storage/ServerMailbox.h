#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// A field post's connection to its office's server (issue 20), signed in with the post's own
// mailbox account (MailboxAccounts): it leaves the post's package for the office and collects
// the answers waiting for the post, and can do nothing else on the server. Packages are
// sealed before they get here.
class ServerMailbox
{
    Q_DECLARE_TR_FUNCTIONS(ServerMailbox)

public:
    struct Letter
    {
        qint64 id = 0;
        QByteArray package;
    };

    // `location` names the server and the office's database, without an account.
    static Result<std::unique_ptr<ServerMailbox>> open(const QString& location,
                                                      const QString& siteCode,
                                                      const QString& password);
    ~ServerMailbox();
    ServerMailbox(const ServerMailbox&) = delete;
    ServerMailbox& operator=(const ServerMailbox&) = delete;

    // Whether `location` is one a post can reach its office by; refused with a sentence.
    static Status checkLocation(const QString& location);

    Status put(const QByteArray& package) const;
    // The packages waiting for this post, oldest first.
    Result<QList<Letter>> waiting() const;
    // Removes a package this post applied.
    Status collected(qint64 id) const;

private:
    explicit ServerMailbox(QString connectionName, QString displayName);
    Error failed(const QSqlError& error) const;

    QString m_connectionName;
    QString m_displayName;
    QSqlDatabase m_db;
};
