#include "core/crypto/Crypto.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/Database.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

// Field posts and the office (issue 20): an administrator on each side makes the database a
// site and registers the other side's card; then packages open between them, and only then.
class TestSyncSetup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::init()); }

    void aPostAndItsOfficeRegisterEachOther()
    {
        TestDatabase officeDb;
        TestDatabase postDb;
        QVERIFY(officeDb && postDb);
        SyncSetupService office(officeDb.db(), officeDb.clock(), officeDb.admin());
        SyncSetupService post(postDb.db(), postDb.clock(), postDb.admin());

        Result<std::optional<SyncSetupService::Own>> none = post.own();
        QVERIFY(none && !none->has_value());
        QVERIFY(!post.registerSite(QByteArray())); // not a site yet

        Result<SiteCard> officeCard =
            office.becomeSite(QStringLiteral("oficina"), SyncRole::Office);
        QVERIFY2(officeCard, officeCard ? "" : qPrintable(officeCard.error().message()));
        QCOMPARE(officeCard->code, QStringLiteral("OFICINA"));
        Result<SiteCard> postCard = post.becomeSite(QStringLiteral("CUC"), SyncRole::Post);
        QVERIFY(postCard);

        // Asked again, the same card; another code or role is refused with a sentence.
        Result<SiteCard> again = post.becomeSite(QStringLiteral("CUC"), SyncRole::Post);
        QVERIFY(again && again->toFile() == postCard->toFile());
        Result<SiteCard> other = post.becomeSite(QStringLiteral("PASTO"), SyncRole::Post);
        QVERIFY(!other);
        QCOMPARE(other.error().code(), Error::Code::Conflict);
        QVERIFY(other.error().message().contains(QStringLiteral("CUC")));
        QCOMPARE(office.becomeSite(QStringLiteral("c u c"), SyncRole::Office).error().code(),
                 Error::Code::Invalid);

        // The card holds public keys only: nothing of the stored secret.
        Result<std::optional<SyncSetupService::Own>> ownPost = post.own();
        QVERIFY(ownPost && ownPost->has_value());
        const QByteArray secret(reinterpret_cast<const char*>((*ownPost)->keys.secret().data()),
                                int(SecretKey::Size));
        QVERIFY(!postCard->toFile().contains(secret));
        QVERIFY(!postCard->toFile().contains(secret.toBase64()));

        // Each registers the other's card; the same card again changes nothing.
        Result<SyncSite> atOffice = office.registerSite(postCard->toFile());
        QVERIFY2(atOffice, atOffice ? "" : qPrintable(atOffice.error().message()));
        QCOMPARE(atOffice->role, SyncRole::Post);
        Result<SyncSite> atPost = post.registerSite(officeCard->toFile());
        QVERIFY(atPost);
        QCOMPARE(atPost->role, SyncRole::Office);
        QVERIFY(office.registerSite(postCard->toFile()));
        QCOMPARE(office.sites()->size(), 1);

        // Refused: its own card, a second office for a post, a registered code with other keys.
        QVERIFY(!post.registerSite(postCard->toFile()));
        const SiteKeys otherKeys = SiteKeys::generate();
        const SiteCard secondOffice{QStringLiteral("OTRA"), otherKeys.signPublic(),
                                    otherKeys.boxPublic()};
        Result<SyncSite> two = post.registerSite(secondOffice.toFile());
        QVERIFY(!two);
        QVERIFY(two.error().message().contains(QStringLiteral("OFICINA")));
        const SiteCard impostor{QStringLiteral("CUC"), otherKeys.signPublic(),
                                otherKeys.boxPublic()};
        Result<SyncSite> swapped = office.registerSite(impostor.toFile());
        QVERIFY(!swapped);
        QCOMPARE(swapped.error().code(), Error::Code::Conflict);

        // A package from the post opens at the office, and only with the registered card.
        Result<QByteArray> sealed = PackageEnvelope::seal(
            (*ownPost)->keys, postCard->code, *officeCard, 1, QByteArrayLiteral("contents"));
        QVERIFY(sealed);
        Result<std::optional<SyncSetupService::Own>> ownOffice = office.own();
        QVERIFY(ownOffice && ownOffice->has_value());
        Result<PackageEnvelope::Directory> known = office.directory();
        QVERIFY(known);
        Result<PackageEnvelope::Opened> opened =
            PackageEnvelope::open(*sealed, (*ownOffice)->keys, officeCard->code, *known);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        QCOMPARE(opened->contents, QByteArrayLiteral("contents"));
        Result<PackageEnvelope::Opened> forged = PackageEnvelope::open(
            *PackageEnvelope::seal(otherKeys, QStringLiteral("CUC"), *officeCard, 1, "x"),
            (*ownOffice)->keys, officeCard->code, *known);
        QVERIFY(!forged);

        // Every step is in the audit trail, with the fingerprint compared over the phone.
        QCOMPARE(officeDb.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                                "('sync.identity', 'sync.site_register')")),
                 2);
        QCOMPARE(postDb.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE "
                                              "'%%1%'")
                                   .arg(officeCard->fingerprint())),
                 1);
    }

    void onlyAdministratorsSetItUp()
    {
        TestDatabase t;
        QVERIFY(t);
        for (const Role role : {Role::LegalStaff, Role::Volunteer, Role::Coordinator}) {
            SyncSetupService service(t.db(), t.clock(), t.session(role));
            Result<SiteCard> refused = service.becomeSite(QStringLiteral("CUC"), SyncRole::Post);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code(), Error::Code::NotPermitted);
            QVERIFY(!service.sites());
        }
        QCOMPARE(t.rowCount(QStringLiteral("sync_identity")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncSetup)
#include "tst_syncsetup.moc"
