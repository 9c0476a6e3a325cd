#include "core/storage/ServerMailbox.h"

#include "core/storage/Database.h"
#include "core/storage/MailboxAccounts.h"
#include "core/storage/StorageError.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {
QAtomicInt mailboxCounter;
} // namespace

ServerMailbox::ServerMailbox(QString connectionName, QString displayName)
    : m_connectionName(std::move(connectionName))
    , m_displayName(std::move(displayName))
{
}

ServerMailbox::~ServerMailbox()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status ServerMailbox::checkLocation(const QString& location)
{
    const QUrl url(location.trimmed());
    const bool hasHost =
        !url.host().isEmpty() || !QUrlQuery(url).queryItemValue(QStringLiteral("host")).isEmpty();
    if (!Database::isServerLocation(location.trimmed()) || !url.isValid() ||
        url.path().mid(1).isEmpty() || !hasHost)
        return Error(Error::Code::Invalid,
                     tr("“%1” is not a server location. Write it as the office gave it, for "
                        "example postgresql://office-server/amparo.")
                         .arg(location.trimmed()));
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return Error(Error::Code::Invalid,
                     tr("Leave the account out of the office's server location: the post signs "
                        "in with its own mailbox account."));
    return {};
}

Result<std::unique_ptr<ServerMailbox>>
ServerMailbox::open(const QString& location, const QString& siteCode, const QString& password)
{
    if (Status s = checkLocation(location); !s)
        return s.error();
    QUrl url(location.trimmed());
    const QString shown = Database::displayNameOf(url.toString());
    url.setUserName(MailboxAccounts::accountOf(url.path().mid(1), siteCode));
    url.setPassword(password);
    std::unique_ptr<ServerMailbox> mailbox(new ServerMailbox(
        QStringLiteral("amparo-mailbox-%1").arg(mailboxCounter.fetchAndAddRelaxed(1)), shown));
    mailbox->m_db = Database::addServerConnection(url.toString(), mailbox->m_connectionName);
    if (mailbox->m_db.open())
        return mailbox;
    // libpq says why only in words; the office's server keeps its messages in English.
    const QString why = mailbox->m_db.lastError().databaseText().trimmed();
    if (why.contains(QLatin1String("password authentication failed")) ||
        why.contains(QLatin1String("no password supplied")) ||
        why.contains(QLatin1String("is not permitted to log in")) ||
        (why.contains(QLatin1String("role")) && why.contains(QLatin1String("does not exist"))))
        return Error(Error::Code::NotPermitted,
                     tr("The office's server (%1) does not know this post's mailbox yet, or no "
                        "longer. Ask the office's administrator to register this post's card "
                        "and to exchange packages once; until then, send packages as files.")
                         .arg(shown));
    if (why.contains(QLatin1String("pg_hba.conf rejects connection")) ||
        why.contains(QLatin1String("no pg_hba.conf entry")))
        return Error(Error::Code::NotPermitted,
                     tr("The office's server (%1) turns this computer away. Ask whoever set up "
                        "the server to let the post's connections in; until then, send "
                        "packages as files.")
                         .arg(shown));
    return Error(Error::Code::Io,
                 tr("The office's server (%1) cannot be reached now: %2 Nothing was changed. Try "
                    "again when the connection is back, or send a package as a file.")
                     .arg(shown, why));
}

Error ServerMailbox::failed(const QSqlError& error) const
{
    return storageError(error, tr("exchange packages with the office's server (%1)")
                                   .arg(m_displayName));
}

Status ServerMailbox::put(const QByteArray& package) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT amparo_mailbox_put(?)")))
        return failed(q.lastError());
    q.addBindValue(package);
    if (!q.exec())
        return failed(q.lastError());
    return {};
}

Result<QList<ServerMailbox::Letter>> ServerMailbox::waiting() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, package FROM amparo_mailbox_waiting()")))
        return failed(q.lastError());
    QList<Letter> letters;
    while (q.next())
        letters.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    return letters;
}

Status ServerMailbox::collected(qint64 id) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT amparo_mailbox_collected(?)")))
        return failed(q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return failed(q.lastError());
    return {};
}
