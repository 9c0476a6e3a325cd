#include "core/crypto/Crypto.h"
#include "core/crypto/SiteKeys.h"
#include "core/services/CaseService.h"
#include "core/services/SyncService.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/Database.h"
#include "core/storage/MailboxAccounts.h"
#include "core/storage/ServerMailbox.h"
#include "core/storage/ServerRoles.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

// Field posts and the office's server (issue 20): a post that can reach the server leaves its
// package there and collects the office's answer, through a mailbox account that can do
// nothing else; the office applies what waits, each package removed in the transaction that
// applies it. Always on the test run's PostgreSQL (the office) with files (the posts).
class TestSyncMailbox : public QObject
{
    Q_OBJECT

    struct Sites
    {
        TestDatabase post{TestDatabase::Engine::File};
        TestDatabase office{TestDatabase::Engine::Server};
        SiteCard postCard;
        SiteCard officeCard;
    };

    static void setUp(Sites& s, const QString& postCode = QStringLiteral("CUC"))
    {
        SyncSetupService post(s.post.db(), s.post.clock(), s.post.admin());
        SyncSetupService office(s.office.db(), s.office.clock(), s.office.admin());
        s.postCard = *post.becomeSite(postCode, SyncRole::Post);
        s.officeCard = *office.becomeSite(QStringLiteral("OFICINA"), SyncRole::Office);
        QVERIFY(office.registerSite(s.postCard.toFile()));
        QVERIFY(post.registerSite(s.officeCard.toFile()));
        QVERIFY(post.setOfficeServer(serverOf(s.office)));
    }

    // The office's location as its administrator gives it to a post: no account.
    static QString serverOf(const TestDatabase& office)
    {
        QUrl url(office.path());
        url.setUserName(QString());
        return url.toString();
    }

    static int personsNamed(TestDatabase& t, const char* given)
    {
        return t.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE given_names = '%1'")
                            .arg(QLatin1String(given)));
    }

    static void saveCase(TestDatabase& t, const QString& given, const QString& family)
    {
        const qint64 site = t.rowCount(QStringLiteral("sites")) > 0
                                ? t.scalar(QStringLiteral("SELECT min(id) FROM sites"))
                                : Fixtures::cucutaSite(t).id;
        Result<CaseRecord> saved =
            CaseService(t.db(), t.clock(), t.legal())
                .save(Fixtures::caseFor(site, Fixtures::person(given, family)));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message()));
    }

private slots:
    void initTestCase() { QVERIFY(Crypto::init()); }

    void aPostAndItsOfficeExchangeThroughTheServer()
    {
        Sites s;
        QVERIFY(s.post && s.office);
        setUp(s);
        saveCase(s.post, QStringLiteral("Yoselin"), QStringLiteral("Pérez"));
        SyncService post(s.post.db(), s.post.clock(), s.post.admin());
        SyncService office(s.office.db(), s.office.clock(), s.office.admin());

        Result<SyncService::Exchanged> first = post.exchange();
        QVERIFY2(first, first ? "" : qPrintable(first.error().message()));
        QVERIFY(first->sent.has_value());
        QCOMPARE(first->sent->number, quint64(1));
        QVERIFY(first->received.isEmpty());
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM sync_mailbox WHERE "
                                                "sender = 'CUC' AND receiver = 'OFICINA'")),
                 1);

        // The office applies it, removes it in the same transaction, and answers.
        Result<SyncService::Exchanged> atOffice = office.exchange();
        QVERIFY2(atOffice, atOffice ? "" : qPrintable(atOffice.error().message()));
        QVERIFY(atOffice->refused.isEmpty());
        QCOMPARE(atOffice->received.size(), 1);
        QCOMPARE(atOffice->received.first().from, QStringLiteral("CUC"));
        QCOMPARE(atOffice->received.first().summary.added > 0, true);
        QCOMPARE(atOffice->answered.size(), 1);
        QCOMPARE(atOffice->answered.first().to, QStringLiteral("CUC"));
        QCOMPARE(personsNamed(s.office, "Yoselin"), 1);
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM sync_mailbox WHERE "
                                                "receiver = 'OFICINA'")),
                 0);
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM sync_mailbox WHERE "
                                                "receiver = 'CUC'")),
                 1);
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                "'sync.receive' AND details LIKE '%server%'")),
                 1);

        // The post collects the answer at its next exchange; its confirmations go back.
        saveCase(s.post, QStringLiteral("Wilmer"), QStringLiteral("Rondón"));
        Result<SyncService::Exchanged> second = post.exchange();
        QVERIFY2(second, second ? "" : qPrintable(second.error().message()));
        QVERIFY(second->refused.isEmpty());
        QCOMPARE(second->sent->number, quint64(2));
        QCOMPARE(second->received.size(), 1);
        QCOMPARE(second->received.first().from, QStringLiteral("OFICINA"));
        QCOMPARE(s.post.scalar(QStringLiteral("SELECT received_number FROM sync_sites")), 1);
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM sync_mailbox WHERE "
                                                "receiver = 'CUC'")),
                 0);
        Result<SyncService::Exchanged> again = office.exchange();
        QVERIFY(again && again->received.size() == 1);
        QCOMPARE(again->received.first().summary.added > 0, true);
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM persons")), 2);
        // Package 1 of the office was confirmed by the post's package 2.
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM sync_sent_packages WHERE "
                                                "number = 1")),
                 0);

        // Nothing waits: the office's exchange applies nothing and leaves no answer.
        const int audit = s.office.rowCount(QStringLiteral("audit_log"));
        Result<SyncService::Exchanged> idle = office.exchange();
        QVERIFY(idle && idle->received.isEmpty() && idle->answered.isEmpty());
        QCOMPARE(s.office.rowCount(QStringLiteral("audit_log")), audit);
    }

    // A post offline from the office for weeks leaves one package, not one per try: each
    // holds everything the ones before it held.
    void aNewerPackageReplacesTheOneStillWaiting()
    {
        Sites s;
        QVERIFY(s.post && s.office);
        setUp(s);
        SyncService post(s.post.db(), s.post.clock(), s.post.admin());
        saveCase(s.post, QStringLiteral("Yoselin"), QStringLiteral("Pérez"));
        QVERIFY(post.exchange());
        saveCase(s.post, QStringLiteral("Wilmer"), QStringLiteral("Rondón"));
        QVERIFY(post.exchange());
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM sync_mailbox")), 1);
        Result<SyncService::Exchanged> atOffice =
            SyncService(s.office.db(), s.office.clock(), s.office.admin()).exchange();
        QVERIFY(atOffice && atOffice->received.size() == 1);
        QCOMPARE(atOffice->received.first().number, quint64(2));
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM persons")), 2);
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT received_number FROM sync_sites")), 2);
    }

    // The mailbox account signs in only with the password both sites derive, reads no table,
    // and reaches only its own post's packages.
    void aMailboxAccountDoesNothingElse()
    {
        Sites s;
        QVERIFY(s.post && s.office);
        setUp(s);
        TestDatabase other(TestDatabase::Engine::File);
        SyncSetupService otherSetup(other.db(), other.clock(), other.admin());
        const SiteCard pasto = *otherSetup.becomeSite(QStringLiteral("PAS"), SyncRole::Post);
        QVERIFY(SyncSetupService(s.office.db(), s.office.clock(), s.office.admin())
                    .registerSite(pasto.toFile()));
        QVERIFY(otherSetup.registerSite(s.officeCard.toFile()));
        saveCase(s.post, QStringLiteral("Yoselin"), QStringLiteral("Pérez"));
        QVERIFY(SyncService(s.post.db(), s.post.clock(), s.post.admin()).exchange());
        QVERIFY(SyncService(s.office.db(), s.office.clock(), s.office.admin()).exchange());

        const QString location = serverOf(s.office);
        Result<SyncSetupService::Own> pas =
            SyncSetupService(other.db(), other.clock(), other.admin()).ownSite();
        QVERIFY(pas);
        const QString password = pas->keys.mailboxPassword(s.officeCard.boxPublic);
        Result<std::unique_ptr<ServerMailbox>> wrong =
            ServerMailbox::open(location, QStringLiteral("PAS"), password + u'x');
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), Error::Code::NotPermitted);
        Result<std::unique_ptr<ServerMailbox>> mailbox =
            ServerMailbox::open(location, QStringLiteral("PAS"), password);
        QVERIFY2(mailbox, mailbox ? "" : qPrintable(mailbox.error().message()));
        // The answer for CUC waits on the server; PAS neither sees nor removes it.
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM sync_mailbox WHERE "
                                                "receiver = 'CUC'")),
                 1);
        Result<QList<ServerMailbox::Letter>> waiting = (*mailbox)->waiting();
        QVERIFY(waiting && waiting->isEmpty());
        const qint64 forCuc =
            s.office.scalar(QStringLiteral("SELECT id FROM sync_mailbox WHERE receiver = 'CUC'"));
        QVERIFY((*mailbox)->collected(forCuc));
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM sync_mailbox WHERE "
                                                "receiver = 'CUC'")),
                 1);

        // Every table and column is closed to it.
        QUrl url(location);
        url.setUserName(MailboxAccounts::accountOf(s.office.serverDatabase(), "PAS"));
        url.setPassword(password);
        {
            QSqlDatabase raw = Database::addServerConnection(url.toString(), "mailbox-raw");
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            for (const QString& table : ServerRoles::tables()) {
                QSqlQuery q(raw);
                QVERIFY2(!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)),
                         qPrintable(table));
                QVERIFY(q.lastError().databaseText().contains(QLatin1String("permission denied")));
            }
            QSqlQuery forget(raw);
            QVERIFY(!forget.exec(QStringLiteral("SELECT amparo_forget_changes(1)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mailbox-raw"));
        // A person's account cannot pose as a post.
        QVERIFY(!ServerMailbox::open(location, QStringLiteral("CUC"),
                                     QLatin1String(TestDatabase::Passphrase)));
    }

    // Whatever fails, nothing a person typed is lost and nothing is half done.
    void whatCannotBeDoneIsSaidAndChangesNothing()
    {
        Sites s;
        QVERIFY(s.post && s.office);
        setUp(s);
        saveCase(s.post, QStringLiteral("Yoselin"), QStringLiteral("Pérez"));
        SyncService post(s.post.db(), s.post.clock(), s.post.admin());
        SyncSetupService setup(s.post.db(), s.post.clock(), s.post.admin());

        // Not a location, or one with an account: refused with a sentence per field.
        Status bad = setup.setOfficeServer(QStringLiteral("office-server"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().fieldErrors().first().field, QStringLiteral("location"));
        QVERIFY(!setup.setOfficeServer(QStringLiteral("postgresql://ana@office/amparo")));
        QCOMPARE(*setup.officeServer(), serverOf(s.office));

        // The server cannot be reached: the package is not spent.
        QUrl away(serverOf(s.office));
        away.setQuery(QStringLiteral("host=%1/nowhere").arg(s.post.folder()));
        QVERIFY(setup.setOfficeServer(away.toString()));
        Result<SyncService::Exchanged> unreachable = post.exchange();
        QVERIFY(!unreachable);
        QCOMPARE(unreachable.error().code(), Error::Code::Io);
        QVERIFY(unreachable.error().message().contains(QLatin1String("as a file")));
        QCOMPARE(s.post.scalar(QStringLiteral("SELECT sent_number FROM sync_sites")), 0);

        // No location: the post is told where to write it.
        QVERIFY(setup.setOfficeServer(QString()));
        Result<SyncService::Exchanged> nowhere = post.exchange();
        QVERIFY(!nowhere);
        QCOMPARE(nowhere.error().code(), Error::Code::Invalid);
        QCOMPARE(s.post.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                              "'sync.office_server'")),
                 3);

        // An office whose database is a file has no server to meet on.
        TestDatabase fileOffice(TestDatabase::Engine::File);
        QVERIFY(SyncSetupService(fileOffice.db(), fileOffice.clock(), fileOffice.admin())
                    .becomeSite(QStringLiteral("OFI2"), SyncRole::Office));
        QVERIFY(!SyncService(fileOffice.db(), fileOffice.clock(), fileOffice.admin()).exchange());
    }

    // A package on the server that does not open is refused whole, with a sentence; it stays
    // until the post's next package replaces it, and the office's database is unchanged.
    void aPackageThatDoesNotOpenIsRefusedWhole()
    {
        Sites s;
        QVERIFY(s.post && s.office);
        setUp(s);
        saveCase(s.post, QStringLiteral("Yoselin"), QStringLiteral("Pérez"));
        QVERIFY(SyncService(s.post.db(), s.post.clock(), s.post.admin()).exchange());
        QVERIFY(s.office.db().run(QStringLiteral("UPDATE sync_mailbox SET package = "
                                                 "overlay(package PLACING '\\x00'::bytea FROM "
                                                 "octet_length(package) - 10)")));
        const int persons = s.office.rowCount(QStringLiteral("persons"));
        SyncService office(s.office.db(), s.office.clock(), s.office.admin());
        Result<SyncService::Exchanged> refused = office.exchange();
        QVERIFY2(refused, refused ? "" : qPrintable(refused.error().message()));
        QCOMPARE(refused->refused.size(), 1);
        QVERIFY(refused->refused.first().contains(QLatin1String("CUC")));
        QVERIFY(refused->received.isEmpty() && refused->answered.isEmpty());
        QCOMPARE(s.office.rowCount(QStringLiteral("persons")), persons);
        QCOMPARE(s.office.rowCount(QStringLiteral("sync_mailbox")), 1);
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT received_number FROM sync_sites")), 0);

        QVERIFY(SyncService(s.post.db(), s.post.clock(), s.post.admin()).exchange());
        Result<SyncService::Exchanged> applied = office.exchange();
        QVERIFY(applied && applied->refused.isEmpty() && applied->received.size() == 1);
        QCOMPARE(personsNamed(s.office, "Yoselin"), 1);
    }

    // The office's answer was applied, then the post's own package could not be left: what
    // was applied is said and stays; the package number is spent, and the next package holds
    // everything.
    void aPackageThatCannotBeLeftLosesNothing()
    {
        Sites s;
        QVERIFY(s.post && s.office);
        setUp(s);
        saveCase(s.post, QStringLiteral("Yoselin"), QStringLiteral("Pérez"));
        SyncService post(s.post.db(), s.post.clock(), s.post.admin());
        SyncService office(s.office.db(), s.office.clock(), s.office.admin());
        QVERIFY(post.exchange() && office.exchange());
        const QString revoke =
            QStringLiteral("%1 EXECUTE ON FUNCTION amparo_mailbox_put(bytea) %2 \"%3\"");
        const QString group = ServerRoles::mailboxGroupOf(s.office.serverDatabase());
        QVERIFY(
            s.office.db().run(revoke.arg(QStringLiteral("REVOKE"), QStringLiteral("FROM"), group)));
        saveCase(s.post, QStringLiteral("Wilmer"), QStringLiteral("Rondón"));
        Result<SyncService::Exchanged> half = post.exchange();
        QVERIFY2(half, half ? "" : qPrintable(half.error().message()));
        QCOMPARE(half->received.size(), 1);
        QVERIFY(!half->sent.has_value());
        QVERIFY2(half->notSent.contains(QLatin1String("Nothing is lost")),
                 qPrintable(half->notSent));
        QCOMPARE(s.post.scalar(QStringLiteral("SELECT received_number FROM sync_sites")), 1);
        QCOMPARE(s.office.scalar(QStringLiteral("SELECT count(*) FROM sync_mailbox")), 0);

        // Nothing waits for the post: its package not left is an error, with nothing applied.
        Result<SyncService::Exchanged> refused = post.exchange();
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(QLatin1String("Nothing is lost")));

        QVERIFY(
            s.office.db().run(revoke.arg(QStringLiteral("GRANT"), QStringLiteral("TO"), group)));
        Result<SyncService::Exchanged> left = post.exchange();
        QVERIFY2(left, left ? "" : qPrintable(left.error().message()));
        QCOMPARE(left->sent->number, quint64(4));
        Result<SyncService::Exchanged> applied = office.exchange();
        QVERIFY(applied && applied->received.size() == 1);
        QCOMPARE(personsNamed(s.office, "Wilmer"), 1);
    }

    // A post registered before mailboxes existed gets its account at the office's next
    // exchange.
    void aPostRegisteredBeforeMailboxesGetsOne()
    {
        Sites s;
        QVERIFY(s.post && s.office);
        setUp(s);
        const QString account = MailboxAccounts::accountOf(s.office.serverDatabase(), "CUC");
        QVERIFY(s.office.db().run(QStringLiteral("DROP ROLE \"%1\"").arg(account)));
        SyncService post(s.post.db(), s.post.clock(), s.post.admin());
        Result<SyncService::Exchanged> refused = post.exchange();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::NotPermitted);
        QVERIFY(SyncService(s.office.db(), s.office.clock(), s.office.admin()).exchange());
        Result<SyncService::Exchanged> sent = post.exchange();
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message()));
        QCOMPARE(sent->sent->number, quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSyncMailbox)
#include "tst_syncmailbox.moc"
