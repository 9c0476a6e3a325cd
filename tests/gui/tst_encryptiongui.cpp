#include "core/crypto/Crypto.h"
#include "core/crypto/Keyring.h"
#include "core/crypto/RecoveryKey.h"
#include "core/services/AuthService.h"
#include "core/services/DatabaseKeys.h"
#include "core/storage/EncryptionSwitch.h"
#include "tests/gui/GuiTestHelpers.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/security/LockScreen.h"
#include "ui/security/RecoveryDialog.h"
#include "ui/security/RecoveryKeyDialog.h"
#include "ui/security/SignInDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

// The screens of an encrypted database (issue 19): the recovery key shown once and typed back,
// the window whose lock takes the key away, the recovery key at sign-in, and turning
// encryption on from the Administration menu.
class TestEncryptionGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MockClock m_clock;
    int m_counter = 0;

    // A database file with its administrator ("admin", the test passphrase); encrypted or not.
    std::unique_ptr<Database> makeDatabase(bool encrypted, UserSession& admin, QString& path)
    {
        path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter));
        if (encrypted && !DatabaseKeys::create(path))
            return nullptr;
        Result<std::unique_ptr<Database>> db = Database::open(path, m_clock);
        if (!db)
            return nullptr;
        Result<UserSession> made =
            AuthService(**db, m_clock)
                .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"),
                                          QLatin1String(TestDatabase::Passphrase));
        if (!made)
            return nullptr;
        admin = *made;
        return std::move(db).value();
    }

private slots:
    void initTestCase()
    {
        Crypto::useFastParametersForTests();
        QVERIFY(Crypto::init());
    }
    void init() { MessageBox::resetForTests(); }

    void theRecoveryKeyIsTypedBackBeforeGoingOn()
    {
        const RecoveryKey key = RecoveryKey::generate();
        RecoveryKeyDialog dialog(key.text(), QStringLiteral("amparo.sqlite"), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QLabel>(&dialog, "recoveryKeyLabel")->text().remove(QLatin1Char('\n')),
                 key.text());
        keepScreenshot(&dialog, QStringLiteral("recovery-key.png"));
        auto* typed = child<QLineEdit>(&dialog, "recoveryKeyConfirmEdit");
        auto* next = child<QPushButton>(&dialog, "recoveryKeyContinueButton");
        typeText(typed, QStringLiteral("ABCD-EFGH"));
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, "recoveryKeyErrorLabel")->isHidden());
        // Typed as people type: lower case, spaces for dashes.
        typed->clear();
        typeText(typed, key.text().toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.encryptionDeclined());
    }

    void theFirstStartMayLeaveADiskAlreadyEncryptedAlone()
    {
        RecoveryKeyDialog dialog(RecoveryKey::generate().text(), QStringLiteral("amparo.sqlite"),
                                 true);
        dialog.show();
        child<QCheckBox>(&dialog, "noEncryptionCheck")->setChecked(true);
        QVERIFY(!child<QLineEdit>(&dialog, "recoveryKeyConfirmEdit")->isEnabled());
        // Asked once more; "no" keeps the dialog.
        MessageBox::setNextAnswer(MessageBox::Answer::No);
        QTest::mouseClick(child<QPushButton>(&dialog, "recoveryKeyContinueButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        QTest::mouseClick(child<QPushButton>(&dialog, "recoveryKeyContinueButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.encryptionDeclined());
    }

    void lockingTheWindowTakesTheKeyAway()
    {
        UserSession admin;
        QString path;
        std::unique_ptr<Database> db = makeDatabase(true, admin, path);
        QVERIFY(db);
        MainWindow window(*db, m_clock, admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.lock();
        QVERIFY(!Keyring::isUnlocked(db->databaseId()));
        auto* lockScreen = window.findChild<LockScreen*>();
        auto* passphrase = child<QLineEdit>(lockScreen, "unlockPassphraseEdit");
        typeText(passphrase, QStringLiteral("not it at all"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(window.isLocked());
        QVERIFY(!Keyring::isUnlocked(db->databaseId()));
        QVERIFY(child<QLabel>(lockScreen, "unlockErrorLabel")
                    ->text()
                    .contains(QStringLiteral("not right")));
        typeText(passphrase, QLatin1String(TestDatabase::Passphrase));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(!window.isLocked());
        QVERIFY(Keyring::isUnlocked(db->databaseId()));
        QVERIFY(db->exec(QStringLiteral("SELECT count(*) FROM users")));
        closeDiscarding(window);
    }

    void theRecoveryKeyOpensTheSignIn()
    {
        UserSession admin;
        QString path;
        std::optional<RecoveryKey> recovery;
        {
            path = m_dir.filePath(QStringLiteral("recover.sqlite"));
            Result<RecoveryKey> made = DatabaseKeys::create(path);
            QVERIFY(made);
            recovery = RecoveryKey::parse(made->text()).value();
            Result<std::unique_ptr<Database>> db = Database::open(path, m_clock);
            QVERIFY(db);
            QVERIFY(AuthService(**db, m_clock)
                        .createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada"),
                                                  QLatin1String(TestDatabase::Passphrase)));
        }
        DatabaseKeys::lock(path);
        std::unique_ptr<Database> opened;
        SignInDialog dialog(
            [](const QString&, const QString&) -> Result<UserSession> {
                return Error(Error::Code::NotPermitted, QStringLiteral("not this way"));
            },
            path);
        dialog.offerRecovery([&](const RecoveryKey& key, const QString& username,
                                 const QString& passphrase) -> Result<UserSession> {
            if (Status s = DatabaseKeys::unlock(path, key); !s)
                return s.error();
            Result<std::unique_ptr<Database>> db = Database::open(path, m_clock);
            if (!db)
                return db.error();
            opened = std::move(db).value();
            return AuthService(*opened, m_clock).recoverAdministrator(key, username, passphrase);
        });
        dialog.show();
        const QString fresh = QStringLiteral("a brand new passphrase for ada");
        QTimer::singleShot(0, this, [&] {
            RecoveryDialog* recover = visibleDialog<RecoveryDialog>();
            QVERIFY(recover);
            // A mistyped key first: said, and nothing else happens.
            typeText(child<QLineEdit>(recover, "recoveryKeyEdit"), QStringLiteral("AAAA-BBBB"));
            typeText(child<QLineEdit>(recover, "recoveryUsernameEdit"), QStringLiteral("admin"));
            typeText(child<QLineEdit>(recover, "recoveryPassphraseEdit"), fresh);
            typeText(child<QLineEdit>(recover, "recoveryRepeatEdit"), fresh);
            QTest::mouseClick(child<QPushButton>(recover, "recoverButton"), Qt::LeftButton);
            QVERIFY(recover->isVisible());
            QVERIFY(!child<QLabel>(recover, "recoveryErrorLabel")->isHidden());
            keepScreenshot(recover, QStringLiteral("recovery-sign-in.png"));
            auto* key = child<QLineEdit>(recover, "recoveryKeyEdit");
            key->clear();
            typeText(key, recovery->text());
            QTest::mouseClick(child<QPushButton>(recover, "recoverButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "useRecoveryKeyButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().username, QStringLiteral("admin"));
        // The new passphrase is the one that opens it now.
        opened.reset();
        DatabaseKeys::lock(path);
        QVERIFY(!DatabaseKeys::unlock(path, QStringLiteral("admin"),
                                      QLatin1String(TestDatabase::Passphrase)));
        QVERIFY(DatabaseKeys::unlock(path, QStringLiteral("admin"), fresh));
    }

    void encryptionIsTurnedOnFromTheAdministrationMenu()
    {
        UserSession admin;
        QString path;
        std::unique_ptr<Database> db = makeDatabase(false, admin, path);
        QVERIFY(db);
        MainWindow window(*db, m_clock, admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy prepared(&window, &MainWindow::encryptionPrepared);
        auto* action = window.findChild<QAction*>(QStringLiteral("encryptDatabaseAction"));
        QVERIFY(action && action->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Answer::Yes);
        action->trigger();
        QCOMPARE(prepared.count(), 1);
        const QString key = prepared.first().first().toString();
        QVERIFY(RecoveryKey::parse(key));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("SSD")));
        closeDiscarding(window);
        db.reset();
        QVERIFY(EncryptionSwitch::run(path));
        Keyring::forgetAll();
        QCOMPARE(Database::open(path, m_clock).error().code(), Error::Code::Locked);
        QVERIFY(DatabaseKeys::unlock(path, QStringLiteral("admin"),
                                     QLatin1String(TestDatabase::Passphrase)));
        Result<std::unique_ptr<Database>> reopened = Database::open(path, m_clock);
        QVERIFY(reopened);
        // An encrypted database has no such menu entry, but a new recovery key.
        QString shown;
        {
            MainWindow encrypted(**reopened, m_clock, admin);
            QVERIFY(!encrypted.findChild<QAction*>(QStringLiteral("encryptDatabaseAction")));
            auto* renew = encrypted.findChild<QAction*>(QStringLiteral("newRecoveryKeyAction"));
            QVERIFY(renew && renew->isEnabled());
            QTimer::singleShot(0, this, [&] {
                auto* dialog = visibleDialog<RecoveryKeyDialog>();
                QVERIFY(dialog);
                shown = child<QLabel>(dialog, "recoveryKeyLabel")->text().remove(QLatin1Char('\n'));
                typeText(child<QLineEdit>(dialog, "recoveryKeyConfirmEdit"), shown);
                QTest::mouseClick(child<QPushButton>(dialog, "recoveryKeyContinueButton"),
                                  Qt::LeftButton);
            });
            MessageBox::resetForTests(); // answers left over from closing the first window
            MessageBox::setNextAnswer(MessageBox::Answer::Yes);
            renew->trigger();
            QVERIFY2(!shown.isEmpty(), qPrintable(MessageBox::lastText()));
        }
        // The old key opens nothing; the new one does.
        reopened.value().reset();
        QVERIFY(!DatabaseKeys::unlock(path, RecoveryKey::parse(key).value()));
        QVERIFY(DatabaseKeys::unlock(path, RecoveryKey::parse(shown).value()));
    }
};

QTEST_MAIN(TestEncryptionGui)
#include "tst_encryptiongui.moc"
