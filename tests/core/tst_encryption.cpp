#include "core/crypto/Crypto.h"
#include "core/crypto/DecryptedPageCache.h"
#include "core/crypto/KeyFile.h"
#include "core/crypto/Keyring.h"
#include "core/crypto/PageCipher.h"
#include "core/crypto/RecoveryKey.h"
#include "core/import/ImportService.h"
#include "core/import/MappingProposer.h"
#include "core/import/TabularSource.h"
#include "core/services/AuthService.h"
#include "core/services/BackupService.h"
#include "core/services/CaseService.h"
#include "core/services/DatabaseEncryptor.h"
#include "core/services/DatabaseKeys.h"
#include "core/services/UserService.h"
#include "core/storage/EncryptionSwitch.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QDirIterator>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// An encrypted database (issue 19): the cipher against its published vector and a stored page,
// the key file, and what a thief with the files finds — nothing readable, and no page that can
// be changed, moved or swapped without being refused.
class TestEncryption : public QObject
{
    Q_OBJECT

    static constexpr const char* Marker = "Zorayda Quintero-Maldonado";
    static constexpr const char* NoteMarker = "MARCADOR-SECRETO-7731";
    static constexpr const char* BackupPassphrase = "a backup passphrase for the test";

    // The bytes of a page held in a QByteArray, as the cipher and the cache take them.
    static unsigned char* raw(QByteArray& page)
    {
        return reinterpret_cast<unsigned char*>(page.data());
    }
    static const unsigned char* raw(const QByteArray& page)
    {
        return reinterpret_cast<const unsigned char*>(page.constData());
    }

    static QByteArray fixedId() { return QByteArray::fromHex("00112233445566778899aabbccddeeff"); }
    static SecretKey fixedMaster()
    {
        const QByteArray bytes =
            QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        return SecretKey::fromBytes(raw(bytes));
    }
    // The plaintext of the golden page: a recognisable pattern and a zeroed reserve.
    static QByteArray goldenPlaintext()
    {
        QByteArray page(PageCipher::PageSize, '\0');
        const QByteArray text("Amparo golden page, format 1. ");
        for (int i = 0; i + text.size() <= PageCipher::PayloadBytes; i += int(text.size()))
            page.replace(i, text.size(), text);
        page.replace(PageCipher::PayloadBytes, PageCipher::ReserveBytes,
                     QByteArray(PageCipher::ReserveBytes, '\0'));
        return page;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void writeAll(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    // Whether the key file of the database at `path` opens for this passphrase.
    static bool passphraseOpens(const QString& path, const QString& username,
                                const QString& passphrase)
    {
        Result<KeyFile> keys = KeyFile::read(KeyFile::pathFor(path));
        return keys && keys->unlock(username, passphrase).ok();
    }

    // Every file under `folder` that holds `needle` (as UTF-8 or UTF-16).
    static QStringList filesHolding(const QString& folder, const QByteArray& needle)
    {
        const QString text = QString::fromUtf8(needle);
        const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()),
                               text.size() * qsizetype(sizeof(char16_t)));
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = readAll(path);
            if (bytes.contains(needle) || bytes.contains(utf16))
                found.append(path);
        }
        return found;
    }

    // An encrypted database in `folder`, unlocked, with an administrator (admin, the test
    // passphrase) and one case whose names and note hold the markers.
    struct Encrypted
    {
        QString path;
        std::unique_ptr<Database> db;
        UserSession admin;
        RecoveryKey recovery;
    };
    static std::optional<Encrypted> makeEncrypted(const QString& folder, MockClock& clock)
    {
        Encrypted e;
        e.path = folder + QStringLiteral("/amparo.sqlite");
        Result<RecoveryKey> recovery = DatabaseKeys::create(e.path);
        if (!recovery)
            return std::nullopt;
        e.recovery = RecoveryKey::parse(recovery->text()).value();
        Result<std::unique_ptr<Database>> db = Database::open(e.path, clock);
        if (!db)
            return std::nullopt;
        e.db = std::move(db).value();
        Result<UserSession> admin =
            AuthService(*e.db, clock)
                .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                          QLatin1String(TestDatabase::Passphrase));
        if (!admin)
            return std::nullopt;
        e.admin = *admin;
        return e;
    }

private slots:
    void initTestCase()
    {
        Crypto::useFastParametersForTests();
        QVERIFY(Crypto::init());
    }

    void theCipherMeetsItsPublishedVector() { QVERIFY(PageCipher::knownAnswerTest()); }

    // A page written by version 1 of the format must still read: the stored page was made once
    // with a fixed key (set AMPARO_WRITE_GOLDEN_PAGE=1 to write it again, never to pass).
    void aStoredGoldenPageStillReads()
    {
        const QString golden =
            qEnvironmentVariable("AMPARO_TEST_DATA") + QStringLiteral("/golden-page-v1.bin");
        const SecretKey pageKey = PageCipher::pageKey(fixedMaster());
        if (qEnvironmentVariable("AMPARO_WRITE_GOLDEN_PAGE") == QLatin1String("1")) {
            QByteArray page = goldenPlaintext();
            QVERIFY(PageCipher::seal(pageKey, fixedId(), 7, raw(page)));
            writeAll(golden, page);
        }
        QByteArray stored = readAll(golden);
        QCOMPARE(stored.size(), PageCipher::PageSize);
        QByteArray moved = stored;
        QVERIFY(PageCipher::open(pageKey, fixedId(), 7, raw(stored)));
        QCOMPARE(stored, goldenPlaintext());
        // The same bytes at another page number are refused.
        QVERIFY(!PageCipher::open(pageKey, fixedId(), 8, raw(moved)));
    }

    // The same for the key file's format: a stored file (fast Argon2id parameters) still opens
    // with its passphrase to its master key. It is also the fuzz target's seed.
    void aStoredKeyFileStillOpens()
    {
        const QString golden =
            qEnvironmentVariable("AMPARO_TEST_DATA") + QStringLiteral("/golden-v1.keys");
        if (qEnvironmentVariable("AMPARO_WRITE_GOLDEN_PAGE") == QLatin1String("1")) {
            KeyFile keys = KeyFile::create(fixedId());
            QVERIFY(keys.setPassphrase(fixedMaster(), QStringLiteral("ana"),
                                       QStringLiteral("golden passphrase")));
            QVERIFY(keys.setRecoveryKey(fixedMaster(), RecoveryKey::generate()));
            QVERIFY(keys.write(golden, fixedMaster()));
        }
        Result<KeyFile> keys = KeyFile::read(golden);
        QVERIFY(keys);
        QCOMPARE(keys->databaseId(), fixedId());
        QVERIFY(keys->hasRecoveryKey());
        Result<SecretKey> master =
            keys->unlock(QStringLiteral("ana"), QStringLiteral("golden passphrase"));
        QVERIFY(master);
        QVERIFY(*master == fixedMaster());
    }

    void everyChangedBitOfAPageIsRefused()
    {
        const SecretKey key = PageCipher::pageKey(SecretKey::random());
        QByteArray sealed = goldenPlaintext();
        QVERIFY(PageCipher::seal(key, fixedId(), 3, raw(sealed)));
        QVERIFY(!sealed.contains("Amparo golden page"));
        // Ciphertext, nonce and tag: one bit flipped anywhere.
        for (int byte :
             {0, 100, PageCipher::PayloadBytes - 1, PageCipher::PayloadBytes,
              PageCipher::PayloadBytes + PageCipher::NonceBytes, PageCipher::PageSize - 1}) {
            QByteArray flipped = sealed;
            flipped[byte] = char(flipped[byte] ^ 0x10);
            QVERIFY2(!PageCipher::open(key, fixedId(), 3, raw(flipped)),
                     qPrintable(QString::number(byte)));
        }
        QByteArray other = sealed;
        QVERIFY(!PageCipher::open(key, QByteArray(16, 'x'), 3, raw(other)));
        other = sealed;
        QVERIFY(
            !PageCipher::open(PageCipher::pageKey(SecretKey::random()), fixedId(), 3, raw(other)));
        other = sealed;
        QVERIFY(PageCipher::open(key, fixedId(), 3, raw(other)));
        QCOMPARE(other, goldenPlaintext());
        // A page whose reserve is in use cannot be sealed (it would lose data).
        QByteArray used = goldenPlaintext();
        used[PageCipher::PageSize - 1] = 1;
        QVERIFY(!PageCipher::seal(key, fixedId(), 3, raw(used)));
    }

    // A page decrypted once is copied from the cache only while its bytes on disk are exactly
    // those it came from; anything else is decrypted and checked again.
    void theCacheOfDecryptedPagesServesOnlyTheSameBytes()
    {
        const SecretKey key = PageCipher::pageKey(SecretKey::random());
        QByteArray sealed = goldenPlaintext();
        QVERIFY(PageCipher::seal(key, fixedId(), 3, raw(sealed)));
        const QByteArray plain = goldenPlaintext();
        DecryptedPageCache cache;
        QByteArray read = sealed;
        QVERIFY(!cache.restore(8192, 3, raw(read)));
        QCOMPARE(read, sealed); // a miss leaves the bytes as they were
        cache.keep(8192, 3, raw(sealed), raw(plain));
        QVERIFY(cache.restore(8192, 3, raw(read)));
        QCOMPARE(read, plain);
        for (int byte : {0, 17, PageCipher::PayloadBytes, PageCipher::PageSize - 1}) {
            QByteArray flipped = sealed;
            flipped[byte] = char(flipped[byte] ^ 4);
            QVERIFY2(!cache.restore(8192, 3, raw(flipped)), qPrintable(QString::number(byte)));
        }
        read = sealed;
        QVERIFY(!cache.restore(8192, 4, raw(read)));
        QVERIFY(!cache.restore(4096, 3, raw(read)));
        // The least recently used page goes first when it is full.
        for (int i = 1; i < DecryptedPageCache::Capacity; ++i)
            cache.keep(std::uint64_t(i) << 20, 3, raw(sealed), raw(plain));
        read = sealed;
        QVERIFY(cache.restore(8192, 3, raw(read)));
        cache.keep(std::uint64_t(DecryptedPageCache::Capacity) << 20, 3, raw(sealed), raw(plain));
        read = sealed;
        QVERIFY(cache.restore(8192, 3, raw(read)));
        read = sealed;
        QVERIFY(!cache.restore(std::uint64_t(1) << 20, 3, raw(read)));
        read = sealed;
        QVERIFY(cache.restore(std::uint64_t(2) << 20, 3, raw(read)));
        // Locking takes the pages away with the key.
        Keyring::put(fixedId(), SecretKey::random());
        const std::shared_ptr<const Keyring::Entry> entry = Keyring::find(fixedId());
        entry->pages->keep(8192, 3, raw(sealed), raw(plain));
        Keyring::forget(fixedId());
        Keyring::put(fixedId(), SecretKey::random());
        read = sealed;
        QVERIFY(!Keyring::find(fixedId())->pages->restore(8192, 3, raw(read)));
        Keyring::forget(fixedId());
    }

    void aRecoveryKeyIsReadAsPeopleTypeIt()
    {
        const RecoveryKey key = RecoveryKey::generate();
        const QString text = key.text();
        QCOMPARE(text.split(QLatin1Char('-')).size(), RecoveryKey::Groups);
        Result<RecoveryKey> back =
            RecoveryKey::parse(text.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY(back);
        QVERIFY(back->key() == key.key());
        // 0 typed as O, 1 as I or L: the same key.
        QString misread = text;
        misread.replace(QLatin1Char('0'), QLatin1Char('O'))
            .replace(QLatin1Char('1'), QLatin1Char('l'));
        QVERIFY(RecoveryKey::parse(misread));
        // One character wrong, one missing, one that is not in the alphabet: refused.
        QString wrong = text;
        wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(RecoveryKey::parse(wrong).error().code(), Error::Code::Invalid);
        QVERIFY(!RecoveryKey::parse(text.chopped(1)));
        QVERIFY(!RecoveryKey::parse(text + QStringLiteral("U")));
    }

    void theKeyFileOpensOnlyForItsPassphrasesAndRecoveryKey()
    {
        const SecretKey master = SecretKey::random();
        KeyFile keys = KeyFile::create(fixedId());
        const RecoveryKey recovery = RecoveryKey::generate();
        QVERIFY(keys.setRecoveryKey(master, recovery));
        QVERIFY(
            keys.setPassphrase(master, QStringLiteral("ana"), QStringLiteral("ana's passphrase")));
        QVERIFY(keys.setPassphrase(master, QStringLiteral("beto"),
                                   QStringLiteral("beto's passphrase")));
        const QByteArray bytes = keys.serialize(master);
        QVERIFY(!bytes.contains("passphrase"));

        Result<KeyFile> read = KeyFile::parse(bytes);
        QVERIFY(read);
        QCOMPARE(read->users(), QStringList({QStringLiteral("ana"), QStringLiteral("beto")}));
        QVERIFY(read->unlock(QStringLiteral("ana"), QStringLiteral("ana's passphrase")).value() ==
                master);
        QVERIFY(read->unlock(recovery).value() == master);
        QCOMPARE(
            read->unlock(QStringLiteral("ana"), QStringLiteral("beto's passphrase")).error().code(),
            Error::Code::NotPermitted);
        QVERIFY(!read->unlock(QStringLiteral("carla"), QStringLiteral("ana's passphrase")));
        QVERIFY(!read->unlock(RecoveryKey::generate()));

        // A slot taken away opens nothing; the others still do.
        KeyFile fewer = *read;
        fewer.removeUser(QStringLiteral("beto"));
        Result<KeyFile> reread = KeyFile::parse(fewer.serialize(master));
        QVERIFY(reread);
        QVERIFY(!reread->unlock(QStringLiteral("beto"), QStringLiteral("beto's passphrase")));
        QVERIFY(reread->unlock(QStringLiteral("ana"), QStringLiteral("ana's passphrase")));

        // Any changed byte: refused whole (structure), or by the slot's tag, or by the MAC.
        for (int i = 0; i < bytes.size(); ++i) {
            QByteArray tampered = bytes;
            tampered[i] = char(tampered[i] ^ 0x01);
            Result<KeyFile> t = KeyFile::parse(tampered);
            if (!t)
                continue;
            QVERIFY2(!t->unlock(QStringLiteral("ana"), QStringLiteral("ana's passphrase")) &&
                         !t->unlock(recovery),
                     qPrintable(QStringLiteral("byte %1 changed and still opened").arg(i)));
        }
        // Cut short, or grown: refused.
        QVERIFY(!KeyFile::parse(bytes.chopped(1)));
        QVERIFY(!KeyFile::parse(bytes + "x"));
    }

    void aNewDatabaseHoldsNothingReadable()
    {
        QTemporaryDir dir;
        QTemporaryDir temp;
        // SQLite's temporary files go where TMPDIR says: into a folder this test reads.
        qputenv("TMPDIR", temp.path().toUtf8());
        qputenv("SQLITE_TMPDIR", temp.path().toUtf8());
        const auto restore = qScopeGuard([] {
            qunsetenv("TMPDIR");
            qunsetenv("SQLITE_TMPDIR");
        });
        MockClock clock;
        std::optional<Encrypted> e = makeEncrypted(dir.path(), clock);
        QVERIFY(e);
        QVERIFY(e->db->isEncrypted());
        const Result<qint64> siteId = e->db->insert(
            QStringLiteral("INSERT INTO sites (code, name, country) VALUES (?, ?, ?)"),
            {QStringLiteral("CUC"), QStringLiteral("Cúcuta"), QStringLiteral("COL")});
        QVERIFY(siteId);
        Person p = Fixtures::person(QString::fromLatin1(Marker).section(QLatin1Char(' '), 0, 0),
                                    QString::fromLatin1(Marker).section(QLatin1Char(' '), 1));
        CaseRecord record = Fixtures::caseFor(*siteId, p);
        record.notes.append(
            CaseNote{0, {}, QStringLiteral("Ada Admin"), QString::fromLatin1(NoteMarker)});
        const Result<CaseRecord> saved = CaseService(*e->db, clock, e->admin).save(record);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
        // Large sorts, an index build and a VACUUM: the moments SQLite would spill to disk.
        QVERIFY(e->db->run(QStringLiteral("CREATE TABLE spill AS WITH RECURSIVE n(i) AS (SELECT 1 "
                                          "UNION ALL SELECT i + 1 FROM n "
                                          "WHERE i < 60000) SELECT i, printf('%s %d', ?, i) AS t, "
                                          "randomblob(64) AS b FROM n"),
                           {QString::fromLatin1(NoteMarker)}));
        QVERIFY(e->db->exec(QStringLiteral("SELECT t FROM spill ORDER BY b, t")));
        QVERIFY(e->db->run(QStringLiteral("CREATE INDEX spill_b ON spill (b, t)")));
        QVERIFY(e->db->run(QStringLiteral("DROP TABLE spill")));
        QVERIFY(e->db->run(QStringLiteral("VACUUM")));
        QCOMPARE(filesHolding(dir.path(), Marker), QStringList());
        QCOMPARE(filesHolding(dir.path(), NoteMarker), QStringList());
        QCOMPARE(filesHolding(temp.path(), NoteMarker), QStringList());
        QCOMPARE(filesHolding(dir.path(), "SQLite format 3"), QStringList());
        QVERIFY(QFileInfo(e->path + QStringLiteral("-wal")).size() > 0);
        e->db.reset();
        QCOMPARE(filesHolding(dir.path(), Marker), QStringList());

        // Without its key it does not open; with it, everything is there.
        DatabaseKeys::lock(e->path);
        Result<std::unique_ptr<Database>> locked = Database::open(e->path, clock);
        QCOMPARE(locked.error().code(), Error::Code::Locked);
        QVERIFY(
            !DatabaseKeys::unlock(e->path, QStringLiteral("admin"), QStringLiteral("wrong one")));
        QVERIFY(DatabaseKeys::unlock(e->path, QStringLiteral("admin"),
                                     QLatin1String(TestDatabase::Passphrase)));
        Result<std::unique_ptr<Database>> again = Database::open(e->path, clock);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
        QCOMPARE((*again)->integrityProblems().value(), QStringList());
        Result<QSqlQuery> q = (*again)->exec(QStringLiteral("SELECT given_names FROM persons"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QStringLiteral("Zorayda"));
    }

    // An import, a backup, and restores of a backup of a plaintext database and of an
    // encrypted one into an encrypted database: still nothing readable, in the database's
    // folder, the backup's, or the temporary folder.
    void importsBackupsAndRestoresLeaveNoPlaintext()
    {
        QTemporaryDir dir;
        QTemporaryDir backups;
        QTemporaryDir temp;
        QTemporaryDir outside; // the spreadsheet and the plaintext database are not Amparo's
        qputenv("TMPDIR", temp.path().toUtf8());
        const auto restore = qScopeGuard([] { qunsetenv("TMPDIR"); });
        MockClock clock;
        std::optional<Encrypted> e = makeEncrypted(dir.path(), clock);
        QVERIFY(e);
        QVERIFY(e->db->run(QStringLiteral("INSERT INTO sites (code, name, country) VALUES "
                                          "('CUC', 'Cúcuta', 'COL')")));
        const QString csv = outside.filePath(QStringLiteral("casos.csv"));
        writeAll(csv, QByteArray("nombres,apellido1,sexo,anio_nacimiento\n") + NoteMarker +
                          ",Quintero,F,1990\n");
        Result<std::unique_ptr<TabularSource>> source = TabularSource::open(csv);
        QVERIFY(source);
        ImportMapping mapping = MappingProposer::propose((*source)->header(), {});
        mapping.defaultSiteCode = QStringLiteral("CUC");
        ImportService import(*e->db, clock, e->admin);
        const Result<ImportPlan> plan = import.preview(**source, mapping);
        QVERIFY(plan);
        const Result<ImportReport> imported = import.run(**source, mapping, *plan, {}, csv);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message()));
        QCOMPARE(imported->imported, 1);

        const QString fromEncrypted = backups.filePath(QStringLiteral("encrypted.amparobackup"));
        QVERIFY(BackupService(*e->db, clock, e->admin)
                    .createBackup(fromEncrypted, QLatin1String(BackupPassphrase)));
        // A plaintext database elsewhere, backed up too.
        const QString plainPath = outside.filePath(QStringLiteral("plain.sqlite"));
        Result<std::unique_ptr<Database>> plain = Database::open(plainPath, clock);
        QVERIFY(plain);
        const Result<UserSession> plainAdmin =
            AuthService(**plain, clock)
                .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                          QLatin1String(TestDatabase::Passphrase));
        QVERIFY(plainAdmin);
        QVERIFY((*plain)->run(QStringLiteral("INSERT INTO sites (code, name, country) VALUES "
                                             "('BOG', ?, 'COL')"),
                              {QString::fromLatin1(Marker)}));
        const QString fromPlain = backups.filePath(QStringLiteral("plain.amparobackup"));
        QVERIFY(BackupService(**plain, clock, *plainAdmin)
                    .createBackup(fromPlain, QLatin1String(BackupPassphrase)));

        for (const QString& backup : {fromPlain, fromEncrypted}) {
            Result<BackupService::PreparedRestore> prepared = BackupService::prepareRestore(
                e->admin, backup, QLatin1String(BackupPassphrase), e->path);
            QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message()));
            e->db.reset();
            clock.advanceDays(1); // each restore keeps its own previous copy
            Result<QString> previous = BackupService::completeRestore(*prepared, e->path, clock);
            QVERIFY(previous);
            Result<std::unique_ptr<Database>> reopened = Database::open(e->path, clock);
            QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message()));
            e->db = std::move(reopened).value();
            QCOMPARE(e->db->integrityProblems().value(), QStringList());
            // The copy kept aside opens too.
            QVERIFY(Database::open(*previous, clock));
        }
        QCOMPARE(filesHolding(dir.path(), NoteMarker), QStringList());
        QCOMPARE(filesHolding(dir.path(), Marker), QStringList());
        QCOMPARE(filesHolding(dir.path(), "SQLite format 3"), QStringList());
        QCOMPARE(filesHolding(backups.path(), NoteMarker), QStringList());
        QCOMPARE(filesHolding(temp.path(), NoteMarker), QStringList());
        QCOMPARE(filesHolding(temp.path(), Marker), QStringList());
        // What was restored last is the encrypted database's own backup, import included.
        Result<QSqlQuery> q = e->db->exec(QStringLiteral("SELECT count(*) FROM persons WHERE "
                                                         "given_names = ?"),
                                          {QString::fromLatin1(NoteMarker)});
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 1);
    }

    // Turning encryption on, stopped at each of its steps as a crash would: every time one
    // database opens, with the passphrase its user had and everything in it.
    void turningEncryptionOnStoppedAtAnyStepLeavesOneDatabase_data()
    {
        QTest::addColumn<int>("stopAt"); // -2 cancelled copy, -1 copy made, else a Step
        QTest::newRow("copy cancelled") << -2;
        QTest::newRow("copy made, not switched") << -1;
        QTest::newRow("key file in place") << int(EncryptionSwitch::Step::KeysInPlace);
        QTest::newRow("plaintext aside") << int(EncryptionSwitch::Step::PlaintextAside);
        QTest::newRow("encrypted in place") << int(EncryptionSwitch::Step::EncryptedInPlace);
        QTest::newRow("plaintext wiped") << int(EncryptionSwitch::Step::PlaintextWiped);
    }
    void turningEncryptionOnStoppedAtAnyStepLeavesOneDatabase()
    {
        QFETCH(int, stopAt);
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("amparo.sqlite"));
        {
            Result<std::unique_ptr<Database>> db = Database::open(path, clock);
            QVERIFY(db);
            Result<UserSession> admin =
                AuthService(**db, clock)
                    .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                              QLatin1String(TestDatabase::Passphrase));
            QVERIFY(admin);
            QVERIFY((*db)->run(QStringLiteral("INSERT INTO sites (code, name, country) VALUES "
                                              "('CUC', ?, 'COL')"),
                               {QString::fromLatin1(Marker)}));
            DatabaseEncryptor encryptor(**db, clock, *admin);
            if (stopAt == -2) {
                const Result<RecoveryKey> cancelled = encryptor.prepare([](int) { return false; });
                QVERIFY2(!cancelled, "cancelled");
                QCOMPARE(cancelled.error().code(), Error::Code::Cancelled);
                QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.encrypting*")}, QDir::Files),
                         QStringList());
            } else {
                QVERIFY(encryptor.prepare([](int) { return true; }));
            }
        }
        if (stopAt >= 0) {
            const Status s = EncryptionSwitch::run(
                path, [stopAt](EncryptionSwitch::Step step) { return int(step) != stopAt; });
            QCOMPARE(s.error().code(), Error::Code::Cancelled);
        }
        Keyring::forgetAll(); // a new start of Amparo
        if (DatabaseKeys::isEncrypted(path))
            QVERIFY(DatabaseKeys::unlock(path, QStringLiteral("admin"),
                                         QLatin1String(TestDatabase::Passphrase)));
        Result<std::unique_ptr<Database>> reopened = Database::open(path, clock);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message()));
        QCOMPARE((*reopened)->integrityProblems().value(), QStringList());
        Result<QSqlQuery> q = (*reopened)->exec(QStringLiteral("SELECT name FROM sites"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toString(), QString::fromLatin1(Marker));
        // Once the key file was in place the switch is finished, the plaintext wiped.
        QCOMPARE((*reopened)->isEncrypted(), stopAt >= 0);
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral("*.encrypting*"), QStringLiteral("*.plaintext")},
                                QDir::Files),
                 QStringList());
        if (stopAt >= 0) {
            QCOMPARE(filesHolding(dir.path(), Marker), QStringList());
            // The administrator's slot was made from their sign-in hash; signing in renews it.
            QVERIFY(KeyFile::read(KeyFile::pathFor(path))->needsNewSlot(QStringLiteral("admin")));
            QVERIFY(AuthService(**reopened, clock)
                        .signIn(QStringLiteral("admin"), QLatin1String(TestDatabase::Passphrase)));
            QVERIFY(!KeyFile::read(KeyFile::pathFor(path))->needsNewSlot(QStringLiteral("admin")));
            QVERIFY(passphraseOpens(path, QStringLiteral("admin"),
                                    QLatin1String(TestDatabase::Passphrase)));
        }
    }

    // A transaction larger than the page cache spills pages to the log and writes some of them
    // again: SQLite then rereads and rewrites the frames' checksums (an import of 100,000 rows
    // did this).
    void aTransactionLargerThanTheCacheCommitsAndReadsBack()
    {
        QTemporaryDir dir;
        MockClock clock;
        std::optional<Encrypted> e = makeEncrypted(dir.path(), clock);
        QVERIFY(e);
        QVERIFY(e->db->run(QStringLiteral("PRAGMA cache_size = 50")));
        QVERIFY(e->db->run(QStringLiteral("CREATE TABLE big (i INTEGER PRIMARY KEY, t TEXT)")));
        QVERIFY(e->db->run(QStringLiteral("BEGIN")));
        for (int round = 0; round < 3; ++round) {
            QVERIFY(e->db->run(QStringLiteral("INSERT OR REPLACE INTO big WITH RECURSIVE n(i) AS "
                                              "(SELECT 1 UNION ALL SELECT i + "
                                              "1 FROM n WHERE i < 20000) SELECT i, printf('%d %d "
                                              "%s', i, ?, hex(randomblob(40))) "
                                              "FROM n"),
                               {round}));
        }
        QVERIFY(e->db->run(QStringLiteral("COMMIT")));
        Result<QSqlQuery> q =
            e->db->exec(QStringLiteral("SELECT count(*), sum(t LIKE '% 2 %') FROM big"));
        QVERIFY(q && q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 20000);
        QCOMPARE(q.value().value(1).toInt(), 20000);
        e->db.reset();
        Result<std::unique_ptr<Database>> reopened = Database::open(e->path, clock);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->integrityProblems().value(), QStringList());
    }

    void theRecoveryKeyOpensItWhenEveryPassphraseIsLost()
    {
        QTemporaryDir dir;
        MockClock clock;
        // A creation given up before the database was written leaves nothing behind.
        const QString abandoned = dir.filePath(QStringLiteral("abandoned.sqlite"));
        QVERIFY(DatabaseKeys::create(abandoned));
        QVERIFY(DatabaseKeys::discardUnused(abandoned));
        QVERIFY(!DatabaseKeys::isEncrypted(abandoned));
        // In a folder that does not exist yet, as at the very first start.
        std::optional<Encrypted> e =
            makeEncrypted(dir.filePath(QStringLiteral("new/folder")), clock);
        QVERIFY(e);
        // A database with users keeps its key file.
        QVERIFY(!DatabaseKeys::discardUnused(e->path));
        e->db.reset();
        DatabaseKeys::lock(e->path);
        QVERIFY(!DatabaseKeys::unlock(e->path, RecoveryKey::generate()));
        QVERIFY(DatabaseKeys::unlock(e->path, e->recovery));
        QVERIFY(Database::open(e->path, clock));
    }

    void changedOrMovedPagesAreRefusedWithASentence()
    {
        QTemporaryDir dir;
        MockClock clock;
        std::optional<Encrypted> e = makeEncrypted(dir.path(), clock);
        QVERIFY(e);
        QVERIFY(e->db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        e->db.reset();
        const QByteArray original = readAll(e->path);
        const int pages = int(original.size() / PageCipher::PageSize);
        QVERIFY(pages > 10);
        const auto opensAndReadsEverything = [&]() {
            Result<std::unique_ptr<Database>> db = Database::open(e->path, clock);
            if (!db)
                return db.error().message();
            Result<QStringList> problems = (*db)->integrityProblems();
            if (!problems)
                return problems.error().message();
            return problems->isEmpty() ? QString() : problems->join(QLatin1Char(' '));
        };
        QCOMPARE(opensAndReadsEverything(), QString());
        const auto check = [&](const QByteArray& damaged, const char* what) {
            writeAll(e->path, damaged);
            const QString message = opensAndReadsEverything();
            QVERIFY2(!message.isEmpty(), what);
            QVERIFY2(!message.contains(QLatin1String("Zorayda")), what);
            writeAll(e->path, original);
        };
        for (int page : {0, 1, pages / 2, pages - 1}) {
            QByteArray flipped = original;
            flipped[page * PageCipher::PageSize + 17] =
                char(flipped[page * PageCipher::PageSize + 17] ^ 4);
            check(flipped, "a flipped bit");
        }
        QByteArray swapped = original;
        swapped.replace(1 * PageCipher::PageSize, PageCipher::PageSize,
                        original.mid(2 * PageCipher::PageSize, PageCipher::PageSize));
        swapped.replace(2 * PageCipher::PageSize, PageCipher::PageSize,
                        original.mid(1 * PageCipher::PageSize, PageCipher::PageSize));
        check(swapped, "two pages swapped");

        // A page from another encrypted database, at the same place.
        QTemporaryDir otherDir;
        std::optional<Encrypted> other = makeEncrypted(otherDir.path(), clock);
        QVERIFY(other);
        QVERIFY(other->db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        other->db.reset();
        QByteArray foreign = original;
        foreign.replace(1 * PageCipher::PageSize, PageCipher::PageSize,
                        readAll(other->path).mid(1 * PageCipher::PageSize, PageCipher::PageSize));
        check(foreign, "a page of another database");
        QCOMPARE(opensAndReadsEverything(), QString());
    }

    void aTamperedKeyFileIsRefused()
    {
        QTemporaryDir dir;
        MockClock clock;
        std::optional<Encrypted> e = makeEncrypted(dir.path(), clock);
        QVERIFY(e);
        e->db.reset();
        DatabaseKeys::lock(e->path);
        const QString keyPath = KeyFile::pathFor(e->path);
        const QByteArray keys = readAll(keyPath);
        QByteArray tampered = keys;
        tampered[12] = char(tampered[12] ^ 1); // inside the database id
        writeAll(keyPath, tampered);
        const Status refused = DatabaseKeys::unlock(e->path, QStringLiteral("admin"),
                                                    QLatin1String(TestDatabase::Passphrase));
        QVERIFY(!refused);
        QVERIFY(!refused.error().message().isEmpty());
        writeAll(keyPath, QByteArray("not a key file"));
        QCOMPARE(Database::open(e->path, clock).error().code(), Error::Code::Refused);
        // Without its key file, an encrypted database is named as such.
        QFile::remove(keyPath);
        const Result<std::unique_ptr<Database>> missing = Database::open(e->path, clock);
        QVERIFY(!missing);
        QVERIFY(missing.error().message().contains(QLatin1String("key file")));
        writeAll(keyPath, keys);
        QVERIFY(DatabaseKeys::unlock(e->path, QStringLiteral("admin"),
                                     QLatin1String(TestDatabase::Passphrase)));
        QVERIFY(Database::open(e->path, clock));
    }

    void usersKeysFollowAddResetDeactivateAndReactivate()
    {
        QTemporaryDir dir;
        MockClock clock;
        std::optional<Encrypted> e = makeEncrypted(dir.path(), clock);
        QVERIFY(e);
        UserService users(*e->db, clock, e->admin);
        User ana;
        ana.username = QStringLiteral("ana");
        ana.displayName = QStringLiteral("Ana Pérez");
        ana.role = Role::LegalStaff;
        Result<User> added = users.addUser(ana, QStringLiteral("violeta marina 1983"));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
        const auto opens = [&](const QString& name, const QString& passphrase) {
            return passphraseOpens(e->path, name, passphrase);
        };
        QVERIFY(opens(QStringLiteral("ana"), QStringLiteral("violeta marina 1983")));
        QVERIFY(users.resetPassphrase(added->id, QStringLiteral("girasol de paramo 77")));
        QVERIFY(!opens(QStringLiteral("ana"), QStringLiteral("violeta marina 1983")));
        QVERIFY(opens(QStringLiteral("ana"), QStringLiteral("girasol de paramo 77")));

        QVERIFY(users.setActive(added->id, false));
        QVERIFY(!opens(QStringLiteral("ana"), QStringLiteral("girasol de paramo 77")));
        // Coming back needs a new passphrase.
        QVERIFY(users.reactivationNeedsPassphrase());
        QCOMPARE(users.setActive(added->id, true).error().code(), Error::Code::Invalid);
        QVERIFY(users.reactivate(added->id, QStringLiteral("rio magdalena crece")));
        QVERIFY(opens(QStringLiteral("ana"), QStringLiteral("rio magdalena crece")));
        // Her own change of passphrase follows too.
        const UserSession anaSession{added->id, added->username, added->displayName,
                                     Role::LegalStaff};
        QVERIFY(AuthService(*e->db, clock)
                    .changeOwnPassphrase(anaSession, QStringLiteral("rio magdalena crece"),
                                         QStringLiteral("cordillera azul norte")));
        QVERIFY(!opens(QStringLiteral("ana"), QStringLiteral("rio magdalena crece")));
        QVERIFY(opens(QStringLiteral("ana"), QStringLiteral("cordillera azul norte")));
    }

    void theCopyBeforeAMigrationIsEncryptedToo()
    {
        QTemporaryDir dir;
        MockClock clock;
        const QString path = dir.filePath(QStringLiteral("amparo.sqlite"));
        QVERIFY(DatabaseKeys::create(path));
        QVERIFY(Database::openAtVersion(path, clock, Database::latestSchemaVersion() - 1));
        Result<std::unique_ptr<Database>> db = Database::open(path, clock);
        QVERIFY(db);
        const QString copy = (*db)->migrationBackupPath();
        QVERIFY(!copy.isEmpty());
        QVERIFY(!readAll(copy).startsWith("SQLite format 3"));
        QVERIFY(QFile::exists(KeyFile::pathFor(copy)));
        Result<std::unique_ptr<Database>> opened =
            Database::openAtVersion(copy, clock, Database::latestSchemaVersion() - 1);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
