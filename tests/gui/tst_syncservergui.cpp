#include "core/services/CaseService.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/Database.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "ui/MainWindow.h"
#include "ui/common/FieldErrorLabel.h"
#include "ui/common/MessageBox.h"
#include "ui/sync/SyncSitesDialog.h"

#include <QAction>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUrl>

// Field posts and the office's server (issue 20), on screen: the post's administrator writes
// where the office's server is, then File → Exchange packages through the server at the post,
// at the office, and at the post again brings the post's case to the office and the office's
// answer back. The office is on the test run's PostgreSQL.
class TestSyncServerGui : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::resetForTests(); }

    void aPostAndItsOfficeExchangeFromTheMenus()
    {
        TestDatabase post(TestDatabase::Engine::File);
        TestDatabase office(TestDatabase::Engine::Server);
        QVERIFY(post && office);
        SyncSetupService postSetup(post.db(), post.clock(), post.admin());
        SyncSetupService officeSetup(office.db(), office.clock(), office.admin());
        const SiteCard postCard = *postSetup.becomeSite(QStringLiteral("CUC"), SyncRole::Post);
        const SiteCard officeCard =
            *officeSetup.becomeSite(QStringLiteral("OFICINA"), SyncRole::Office);
        QVERIFY(officeSetup.registerSite(postCard.toFile()));
        QVERIFY(postSetup.registerSite(officeCard.toFile()));
        QUrl location(office.path());
        location.setUserName(QString());

        {
            SyncSitesDialog dialog(post.db(), post.clock(), post.admin());
            dialog.show();
            auto* box = dialog.findChild<QGroupBox*>(QStringLiteral("officeServerBox"));
            auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("officeServerEdit"));
            auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveOfficeServerButton"));
            QVERIFY(box && edit && save && box->isVisible());
            // Not a location: said under the field, nothing typed is lost, nothing kept.
            QTest::keyClicks(edit, QStringLiteral("office-server"));
            QTest::mouseClick(save, Qt::LeftButton);
            const auto shownError = [box]() -> QString {
                for (FieldErrorLabel* label : box->findChildren<FieldErrorLabel*>()) {
                    if (label->isVisible())
                        return label->text();
                }
                return {};
            };
            QVERIFY2(shownError().contains(QStringLiteral("postgresql://")),
                     qPrintable(shownError()));
            QCOMPARE(edit->text(), QStringLiteral("office-server"));
            if (qEnvironmentVariableIsSet("AMPARO_SCREENSHOTS"))
                dialog.grab().save(qEnvironmentVariable("AMPARO_SCREENSHOTS") +
                                   QStringLiteral("/sync-office-server-refused.png"));
            QVERIFY(postSetup.officeServer()->isEmpty());
            edit->clear();
            QTest::keyClicks(edit, location.toString());
            MessageBox::setNextAnswer(MessageBox::Answer::Ok);
            QTest::mouseClick(save, Qt::LeftButton);
            QVERIFY(shownError().isEmpty());
            QCOMPARE(*postSetup.officeServer(), location.toString());
            if (qEnvironmentVariableIsSet("AMPARO_SCREENSHOTS"))
                dialog.grab().save(qEnvironmentVariable("AMPARO_SCREENSHOTS") +
                                   QStringLiteral("/sync-office-server.png"));
        }
        {
            // The office's own dialog has no such field.
            SyncSitesDialog dialog(office.db(), office.clock(), office.admin());
            dialog.show();
            QVERIFY(!dialog.findChild<QGroupBox*>(QStringLiteral("officeServerBox"))->isVisible());
        }

        QVERIFY(CaseService(post.db(), post.clock(), post.legal())
                    .save(Fixtures::caseFor(
                        Fixtures::cucutaSite(post).id,
                        Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Pérez")))));
        const auto exchange = [](TestDatabase& t) {
            MainWindow window(t.db(), t.clock(), t.admin());
            MessageBox::setNextAnswer(MessageBox::Answer::Ok);
            window.findChild<QAction*>(QStringLiteral("exchangeAction"))->trigger();
            return MessageBox::lastText();
        };
        const QString atPost = exchange(post);
        QVERIFY2(atPost.contains(QStringLiteral("left on the server")), qPrintable(atPost));
        const QString atOffice = exchange(office);
        QVERIFY2(atOffice.contains(QStringLiteral("from CUC was applied")), qPrintable(atOffice));
        QVERIFY2(atOffice.contains(QStringLiteral("An answer for CUC")), qPrintable(atOffice));
        QCOMPARE(office.scalar(QStringLiteral("SELECT count(*) FROM persons WHERE given_names = "
                                              "'Yoselin'")),
                 1);
        const QString again = exchange(post);
        QVERIFY2(again.contains(QStringLiteral("from OFICINA was applied")), qPrintable(again));
        QCOMPARE(post.scalar(QStringLiteral("SELECT received_number FROM sync_sites")), 1);
        const QString idle = exchange(office);
        QVERIFY2(idle.contains(QStringLiteral("from CUC was applied")), qPrintable(idle));
        QVERIFY2(exchange(office).contains(QStringLiteral("No package was waiting")),
                 qPrintable(MessageBox::lastText()));
    }
};

QTEST_MAIN(TestSyncServerGui)
#include "tst_syncservergui.moc"
