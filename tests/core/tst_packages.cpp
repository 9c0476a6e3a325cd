#include "core/crypto/Crypto.h"
#include "core/crypto/PackageEnvelope.h"
#include "core/crypto/SiteCard.h"
#include "core/crypto/SiteKeys.h"

#include <QFile>
#include <QTest>

// Field posts and the office (issue 20): the keys of a site, the card that carries its public
// keys, and the envelope of a package — signed by its sender, encrypted for its receiver,
// refused whole when anything about it is wrong.
class TestPackages : public QObject
{
    Q_OBJECT

    // Fixed secrets, so the stored golden package and the fuzz target's seed open with them.
    static SiteKeys fixedKeys(char fill)
    {
        const QByteArray bytes(SecretKey::Size, fill);
        return SiteKeys::fromSecret(
            SecretKey::fromBytes(reinterpret_cast<const unsigned char*>(bytes.constData())));
    }
    static SiteCard cardOf(const QString& code, const SiteKeys& keys)
    {
        return SiteCard{code, keys.signPublic(), keys.boxPublic()};
    }
    static QByteArray contents()
    {
        return QByteArrayLiteral("{\"records\": [\"Yoselin P\xc3\xa9rez, C\xc3\xba"
                                 "cuta\"]}");
    }

private slots:
    void initTestCase() { QVERIFY(Crypto::init()); }

    void aSitesKeysComeBackFromItsSecret()
    {
        const SiteKeys keys = SiteKeys::generate();
        QVERIFY(!keys.isNull());
        const SiteKeys again = SiteKeys::fromSecret(keys.secret().copy());
        QCOMPARE(again.signPublic(), keys.signPublic());
        QCOMPARE(again.boxPublic(), keys.boxPublic());
        QVERIFY(keys.signPublic() != keys.boxPublic());
        QVERIFY(SiteKeys::generate().signPublic() != keys.signPublic());

        const QByteArray signature = keys.sign(contents());
        QVERIFY(SiteKeys::verify(contents(), signature, keys.signPublic()));
        QVERIFY(!SiteKeys::verify(contents() + ' ', signature, keys.signPublic()));
        QVERIFY(!SiteKeys::verify(contents(), signature, SiteKeys::generate().signPublic()));

        const SiteKeys other = SiteKeys::generate();
        QVERIFY(keys.sharedWith(other.boxPublic()) == other.sharedWith(keys.boxPublic()));
        QVERIFY(keys.sharedWith(QByteArray(32, '\0')).isNull()); // a key of low order
        QVERIFY(keys.sharedWith(QByteArray(31, 'x')).isNull());
    }

    void aSiteCardReadsBackAndRefusesAnythingElse()
    {
        const SiteCard card = cardOf(QStringLiteral("CUC"), SiteKeys::generate());
        const QByteArray file = card.toFile();
        QVERIFY(file.startsWith("Amparo site card 1\nsite: CUC\n"));
        Result<SiteCard> read = SiteCard::parse(file);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
        QCOMPARE(read->code, QStringLiteral("CUC"));
        QCOMPARE(read->signPublic, card.signPublic);
        QCOMPARE(read->boxPublic, card.boxPublic);
        QCOMPARE(read->fingerprint(), card.fingerprint());
        QCOMPARE(card.fingerprint().size(), 19); // "ABCD 1234 …"

        // A byte changed anywhere: refused, or (inside a key) a card with another fingerprint,
        // which is what administrators compare.
        for (int i = 0; i < file.size(); ++i) {
            QByteArray changed = file;
            changed[i] = char(changed[i] ^ 0x01);
            Result<SiteCard> c = SiteCard::parse(changed);
            QVERIFY2(!c || c->fingerprint() != card.fingerprint(), qPrintable(QString::number(i)));
        }
        for (const QByteArray& bad :
             {file.chopped(1), file + "\n", file + "more: x\n", QByteArray(),
              QByteArray(file).replace("CUC", "cuc"), QByteArray(file).replace("CUC", "C U"),
              QByteArray(SiteCard::MaxFileSize + 1, 'A')})
            QVERIFY(!SiteCard::parse(bad));
        QVERIFY(SiteCard::isValidCode(QStringLiteral("PASTO-2")));
        QVERIFY(!SiteCard::isValidCode(QString(17, u'A')));
        QVERIFY(!SiteCard::isValidCode(QString()));
    }

    void aPackageOpensOnlyForItsReceiverFromAKnownSender()
    {
        const SiteKeys post = SiteKeys::generate();
        const SiteKeys office = SiteKeys::generate();
        const SiteCard postCard = cardOf(QStringLiteral("CUC"), post);
        const SiteCard officeCard = cardOf(QStringLiteral("OFICINA"), office);
        Result<QByteArray> sealed =
            PackageEnvelope::seal(post, postCard.code, officeCard, 7, contents());
        QVERIFY(sealed);
        QVERIFY(!sealed->contains("Yoselin"));
        QVERIFY(!sealed->contains("rez"));

        const PackageEnvelope::Directory knowsPost =
            [&](const QString& code) -> std::optional<SiteCard> {
            if (code == postCard.code)
                return postCard;
            return std::nullopt;
        };
        Result<PackageEnvelope::Opened> opened =
            PackageEnvelope::open(*sealed, office, officeCard.code, knowsPost);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        QCOMPARE(opened->sender, QStringLiteral("CUC"));
        QCOMPARE(opened->number, quint64(7));
        QCOMPARE(opened->contents, contents());

        // Another site cannot read it, even one that knows the sender.
        const SiteKeys stranger = SiteKeys::generate();
        Result<PackageEnvelope::Opened> wrongKeys =
            PackageEnvelope::open(*sealed, stranger, officeCard.code, knowsPost);
        QVERIFY(!wrongKeys);
        QCOMPARE(wrongKeys.error().code(), Error::Code::Refused);
        Result<PackageEnvelope::Opened> otherSite =
            PackageEnvelope::open(*sealed, office, QStringLiteral("PASTO"), knowsPost);
        QVERIFY(!otherSite);
        QVERIFY(otherSite.error().message().contains(QStringLiteral("OFICINA")));

        // A sender the office has not registered is refused, by name.
        Result<PackageEnvelope::Opened> unknown = PackageEnvelope::open(
            *sealed, office, officeCard.code,
            [](const QString&) -> std::optional<SiteCard> { return std::nullopt; });
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message().contains(QStringLiteral("CUC")));

        // A package signed with other keys under a known site's code is refused.
        Result<QByteArray> forged =
            PackageEnvelope::seal(stranger, postCard.code, officeCard, 8, contents());
        QVERIFY(forged);
        QVERIFY(!PackageEnvelope::open(*forged, office, officeCard.code, knowsPost));
    }

    void everyChangedCutOrGrownPackageIsRefused()
    {
        const SiteKeys post = SiteKeys::generate();
        const SiteKeys office = SiteKeys::generate();
        const SiteCard postCard = cardOf(QStringLiteral("CUC"), post);
        const SiteCard officeCard = cardOf(QStringLiteral("OFICINA"), office);
        const QByteArray sealed =
            *PackageEnvelope::seal(post, postCard.code, officeCard, 1, contents());
        const auto open = [&](const QByteArray& bytes) {
            return PackageEnvelope::open(bytes, office, officeCard.code,
                                         [&](const QString& code) -> std::optional<SiteCard> {
                                             if (code == postCard.code)
                                                 return postCard;
                                             return std::nullopt;
                                         });
        };
        QVERIFY(open(sealed));
        for (int i = 0; i < sealed.size(); ++i) {
            for (const char bit : {char(0x01), char(0x80)}) {
                QByteArray changed = sealed;
                changed[i] = char(changed[i] ^ bit);
                QVERIFY2(!open(changed), qPrintable(QStringLiteral("byte %1").arg(i)));
            }
        }
        for (int length = 0; length < sealed.size(); ++length)
            QVERIFY2(!open(sealed.left(length)), qPrintable(QString::number(length)));
        QVERIFY(!open(sealed + '\0'));
        QVERIFY(!open(sealed + sealed));
        QCOMPARE(open(sealed.left(100)).error().message(),
                 PackageEnvelope::tr("This package was changed or cut short on the way; nothing "
                                     "of it was applied. Ask the sender for it again."));
        QCOMPARE(open(QByteArrayLiteral("PK\x03\x04")).error().message(),
                 PackageEnvelope::tr("This file is not an Amparo package."));
    }

    // A package written by version 1 of the format still opens (set AMPARO_WRITE_GOLDEN_PAGE=1
    // to write it again, never to pass). It and the card are also the fuzz target's seeds.
    void aStoredGoldenPackageStillOpens()
    {
        const QString folder = qEnvironmentVariable("AMPARO_TEST_DATA");
        const SiteKeys post = fixedKeys('p');
        const SiteKeys office = fixedKeys('o');
        const SiteCard postCard = cardOf(QStringLiteral("CUC"), post);
        const SiteCard officeCard = cardOf(QStringLiteral("OFICINA"), office);
        if (qEnvironmentVariable("AMPARO_WRITE_GOLDEN_PAGE") == QLatin1String("1")) {
            for (const auto& [name, bytes] :
                 {std::pair{QStringLiteral("/golden-v1.package"),
                            *PackageEnvelope::seal(post, postCard.code, officeCard, 1, contents())},
                  std::pair{QStringLiteral("/golden-v1.sitecard"), postCard.toFile()}}) {
                QFile f(folder + name);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(bytes);
            }
        }
        QFile package(folder + QStringLiteral("/golden-v1.package"));
        QVERIFY(package.open(QIODevice::ReadOnly));
        QFile card(folder + QStringLiteral("/golden-v1.sitecard"));
        QVERIFY(card.open(QIODevice::ReadOnly));
        Result<SiteCard> storedCard = SiteCard::parse(card.readAll());
        QVERIFY(storedCard);
        QCOMPARE(storedCard->signPublic, post.signPublic());
        Result<PackageEnvelope::Opened> opened = PackageEnvelope::open(
            package.readAll(), office, officeCard.code,
            [&](const QString&) -> std::optional<SiteCard> { return *storedCard; });
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
        QCOMPARE(opened->contents, contents());
        QCOMPARE(opened->number, quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
