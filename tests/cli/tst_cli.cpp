#include "core/services/AuthService.h"
#include "core/services/CaseService.h"
#include "core/services/ConductService.h"
#include "core/services/DatabaseKeys.h"
#include "core/services/PartnerService.h"
#include "core/services/SyncSetupService.h"
#include "core/storage/Database.h"
#include "tests/support/Fixtures.h"
#include "tests/support/MockClock.h"
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

#include <sys/stat.h>

// Runs the real amparo-cli executable, as a script would.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    // On the PostgreSQL run, the database the commands share is on the test server.
    std::unique_ptr<TestDatabase> m_server;

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    // Runs amparo-cli on the test database, signed in as `user` (empty: no --user) with
    // the test passphrase in the environment, plus `env` ("NAME=value").
    Run cli(const QStringList& args, bool withDatabase = true,
            const QString& user = QStringLiteral("admin"), const QStringList& env = {})
    {
        QProcess p;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AMPARO_PASSPHRASE"),
                           QStringLiteral("a long test passphrase"));
        for (const QString& e : env)
            environment.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(environment);
        QStringList full = args;
        if (!user.isEmpty())
            full = QStringList{QStringLiteral("--user"), user} + full;
        if (withDatabase)
            full = QStringList{QStringLiteral("--database"), m_db} + full;
        p.start(QStringLiteral(AMPARO_CLI_PATH), full);
        if (!p.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timeout")};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // A new database at m_db with the administrator "admin" and the site CUC (Cúcuta).
    int initCucuta()
    {
        return cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                    QStringLiteral("--admin-name"), QStringLiteral("Ada Admin"),
                    QStringLiteral("--site-code"), QStringLiteral("CUC"),
                    QStringLiteral("--site-name"), QStringLiteral("Cúcuta"),
                    QStringLiteral("--site-country"), QStringLiteral("COL"),
                    QStringLiteral("--site-admin1"), QStringLiteral("CO-NSA")},
                   true, QString())
            .exitCode;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        if (TestDatabase::onServer()) {
            m_server = std::make_unique<TestDatabase>();
            QVERIFY(*m_server);
            m_server->close();
            m_db = m_server->path();
        }
        // The usual session setting, under which new files are readable by every account:
        // amparo-cli must not depend on a stricter one.
        ::umask(022);
    }

    void versionAndUsage()
    {
        Run v = cli({QStringLiteral("--version")}, false);
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("amparo-cli ")));
        Run none = cli({}, false);
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("Usage")));
        Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
    }

    // Two Amparo programs on one file: this one has two connections open (a window and its
    // import, say) when another program opens the file and closes it. The other must not
    // take itself for the last one and fold the write-ahead log away under ours.
    void anotherProgramClosingLeavesOurConnectionsSound()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        MockClock clock;
        Result<std::unique_ptr<Database>> first = Database::open(path, clock);
        QVERIFY2(first, qPrintable(first.error().message()));
        QVERIFY(first.value()->run(QStringLiteral(
            "INSERT INTO sites (code, name, country) VALUES ('QUI', 'Quito', 'ECU')")));
        Result<std::unique_ptr<Database>> second = Database::open(path, clock);
        QVERIFY2(second, qPrintable(second.error().message()));

        QProcess other;
        other.start(QStringLiteral(AMPARO_CLI_PATH),
                    {QStringLiteral("--database"), path, QStringLiteral("list")});
        QVERIFY(other.waitForFinished(30000));
        // This program goes on writing, then opens a third connection (a background task).
        QVERIFY(first.value()->run(QStringLiteral(
            "INSERT INTO sites (code, name, country) VALUES ('LIM', 'Lima', 'PER')")));

        Result<std::unique_ptr<Database>> third = Database::open(path, clock);
        QVERIFY2(third, qPrintable(third.error().message()));
        for (Database* db : {first.value().get(), second.value().get(), third.value().get()}) {
            Result<QSqlQuery> q = db->exec(QStringLiteral("SELECT count(*) FROM sites"));
            QVERIFY2(q, qPrintable(q ? QString() : q.error().message()));
            QVERIFY(q.value().next());
            QCOMPARE(q.value().value(0).toInt(), 2);
        }
        QVERIFY(third.value()->integrityProblems().value().isEmpty());
    }

    // A new database is encrypted unless asked otherwise; a plaintext one is encrypted by
    // `encrypt`, after which every user's passphrase still opens it (issue 19).
    // Issue 20: a field post and its office exchange cards from the command line.
    // A code of conduct the user has not accepted stops every command with a sentence that
    // says where to accept it (exit code 4); once accepted in the window, commands run.
    void aCodeOfConductWaitingStopsCommands()
    {
        if (TestDatabase::onServer())
            QSKIP("about a file of its own");
        const QString shared = m_db;
        const auto restore = qScopeGuard([&] { m_db = shared; });
        m_db = m_dir.filePath(QStringLiteral("conduct.sqlite"));
        QCOMPARE(initCucuta(), 0);
        QVERIFY(DatabaseKeys::unlock(m_db, QStringLiteral("admin"),
                                     QStringLiteral("a long test passphrase")));
        MockClock clock;
        {
            Result<std::unique_ptr<Database>> db = Database::open(m_db, clock);
            QVERIFY(db);
            Result<UserSession> admin =
                AuthService(**db, clock)
                    .signIn(QStringLiteral("admin"), QStringLiteral("a long test passphrase"));
            QVERIFY(admin);
            QVERIFY(ConductService(**db, clock, *admin)
                        .write(QStringLiteral("We never share a name.")));
        }
        Run waiting = cli({QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(waiting.exitCode, 4);
        QVERIFY2(waiting.err.contains(QStringLiteral("code of conduct (version 1)")),
                 qPrintable(waiting.err));
        {
            Result<std::unique_ptr<Database>> db = Database::open(m_db, clock);
            QVERIFY(db);
            Result<UserSession> admin =
                AuthService(**db, clock)
                    .signIn(QStringLiteral("admin"), QStringLiteral("a long test passphrase"));
            QVERIFY(ConductService(**db, clock, *admin).accept(1));
        }
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("list")}).exitCode, 0);
    }

    void postAndOfficeExchangeCards()
    {
        SKIP_ON_SERVER("two files, one post and one office (the server: tst_syncsetup)");
        QTemporaryDir dir;
        const auto run = [&](const QString& path, const QStringList& args) {
            QProcess p;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("AMPARO_PASSPHRASE"),
                               QStringLiteral("a long test passphrase"));
            p.setProcessEnvironment(environment);
            p.start(QStringLiteral(AMPARO_CLI_PATH),
                    QStringList{QStringLiteral("--database"), path} + args);
            p.waitForFinished(60000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        const QString post = dir.filePath(QStringLiteral("post.sqlite"));
        const QString office = dir.filePath(QStringLiteral("office.sqlite"));
        for (const QString& path : {post, office}) {
            Run init = run(path, {QStringLiteral("init"), QStringLiteral("--admin"),
                                  QStringLiteral("ana"), QStringLiteral("--no-encryption")});
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        }
        const QStringList as{QStringLiteral("--user"), QStringLiteral("ana"),
                             QStringLiteral("sync")};
        const QString postCard = dir.filePath(QStringLiteral("cuc.card"));
        const QString officeCard = dir.filePath(QStringLiteral("oficina.card"));
        Run becomePost =
            run(post, as + QStringList{QStringLiteral("become-site"), QStringLiteral("--site"),
                                       QStringLiteral("cuc"), QStringLiteral("--as"),
                                       QStringLiteral("post"), QStringLiteral("--out"), postCard});
        QVERIFY2(becomePost.exitCode == 0, qPrintable(becomePost.err));
        const QRegularExpression fingerprint(QStringLiteral("[0-9A-F]{4}( [0-9A-F]{4}){3}"));
        const QString postFingerprint = fingerprint.match(becomePost.out).captured(0);
        QVERIFY2(!postFingerprint.isEmpty(), qPrintable(becomePost.out));
        Run becomeOffice =
            run(office,
                as + QStringList{QStringLiteral("become-site"), QStringLiteral("--site"),
                                 QStringLiteral("OFICINA"), QStringLiteral("--as"),
                                 QStringLiteral("office"), QStringLiteral("--out"), officeCard});
        QVERIFY2(becomeOffice.exitCode == 0, qPrintable(becomeOffice.err));

        // Registering shows the fingerprint the other administrator read out.
        Run atOffice = run(office, as + QStringList{QStringLiteral("add-site"), postCard});
        QVERIFY2(atOffice.exitCode == 0, qPrintable(atOffice.err));
        QVERIFY2(atOffice.out.contains(postFingerprint), qPrintable(atOffice.out));
        Run atPost = run(post, as + QStringList{QStringLiteral("add-site"), officeCard});
        QVERIFY2(atPost.exitCode == 0, qPrintable(atPost.err));
        QVERIFY(run(post, as + QStringList{QStringLiteral("add-site"), officeCard}).exitCode == 0);
        Run sites = run(post, as + QStringList{QStringLiteral("sites")});
        QVERIFY(sites.out.startsWith(QStringLiteral("OFICINA\toffice\t")));
        Run card = run(post, as + QStringList{QStringLiteral("card")});
        QVERIFY(card.out.contains(QStringLiteral("site: CUC")));
        QVERIFY(card.out.contains(postFingerprint));

        // A case registered at the post reaches the office in a package.
        Run site = run(
            post, {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("add-site"),
                   QStringLiteral("--code"), QStringLiteral("CUC"), QStringLiteral("--name"),
                   QStringLiteral("Cúcuta"), QStringLiteral("--country"), QStringLiteral("COL")});
        QVERIFY2(site.exitCode == 0, qPrintable(site.err));
        Run added = run(
            post, {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("add-case"),
                   QStringLiteral("--site"), QStringLiteral("CUC"), QStringLiteral("--given"),
                   QStringLiteral("Yoselin"), QStringLiteral("--family1"), QStringLiteral("Pérez"),
                   QStringLiteral("--sex"), QStringLiteral("F"), QStringLiteral("--born"),
                   QStringLiteral("1990"), QStringLiteral("--nationality"), QStringLiteral("VEN"),
                   QStringLiteral("--no-document")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString package = dir.filePath(QStringLiteral("1.amparo-package"));
        Run sent = run(post, as + QStringList{QStringLiteral("send"), QStringLiteral("--to"),
                                              QStringLiteral("OFICINA"), QStringLiteral("--out"),
                                              package});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY(QFile::exists(package));
        Run received = run(office, as + QStringList{QStringLiteral("receive"), package});
        QVERIFY2(received.exitCode == 0, qPrintable(received.err));
        QVERIFY2(received.out.contains(QStringLiteral("CUC")), qPrintable(received.out));
        Run listed =
            run(office, {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("list"),
                         QStringLiteral("--search"), QStringLiteral("yoselin")});
        QVERIFY2(listed.out.contains(QStringLiteral("Yoselin")), qPrintable(listed.out));
        Run twice = run(office, as + QStringList{QStringLiteral("receive"), package});
        QVERIFY(twice.exitCode != 0);
        QVERIFY(twice.err.contains(QStringLiteral("already")));
        // The review list from the command line: nothing waits; a number that is not there
        // gets a sentence.
        Run reviews = run(office, as + QStringList{QStringLiteral("reviews")});
        QVERIFY2(reviews.exitCode == 0, qPrintable(reviews.err));
        QVERIFY2(reviews.out.contains(QStringLiteral("Nothing waits")), qPrintable(reviews.out));
        Run keep = run(office, as + QStringList{QStringLiteral("keep"), QStringLiteral("99")});
        QVERIFY(keep.exitCode != 0);
        QVERIFY2(keep.err.contains(QStringLiteral("no longer in the review list")),
                 qPrintable(keep.err));
        QCOMPARE(run(office, as + QStringList{QStringLiteral("take")}).exitCode, 2);
        // The post's audit trail arrived with it, and the office checks it.
        Run verified = run(office, {QStringLiteral("--user"), QStringLiteral("ana"),
                                    QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("The audit trail of CUC is intact")),
                 qPrintable(verified.out));

        // Mistakes get a sentence and change nothing.
        QCOMPARE(run(post, as).exitCode, 2);
        QCOMPARE(run(post, as + QStringList{QStringLiteral("become-site"), QStringLiteral("--site"),
                                            QStringLiteral("CUC")})
                     .exitCode,
                 2);
        Run missing = run(post, as + QStringList{QStringLiteral("add-site"),
                                                 dir.filePath(QStringLiteral("none.card"))});
        QVERIFY(missing.exitCode != 0);
        QVERIFY(missing.err.contains(QStringLiteral("none.card")));
        Run another = run(post, as + QStringList{QStringLiteral("become-site"),
                                                 QStringLiteral("--site"), QStringLiteral("PASTO"),
                                                 QStringLiteral("--as"), QStringLiteral("post")});
        QVERIFY(another.exitCode != 0);
        QVERIFY(another.err.contains(QStringLiteral("CUC")));
    }

    // Issue 20: a post and its office exchange through the office's server, from the command
    // line (what a timer at the office would run).
    void postAndOfficeExchangeThroughTheServer()
    {
        if (!TestDatabase::onServer())
            QSKIP("the office is on the test server");
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
        QVERIFY(CaseService(post.db(), post.clock(), post.legal())
                    .save(Fixtures::caseFor(
                        Fixtures::cucutaSite(post).id,
                        Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Pérez")))));
        const QString postPath = post.path();
        const QString officePath = office.path();
        post.close();
        office.close();
        const auto run = [&](const QString& path, const QStringList& args) {
            QProcess p;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("AMPARO_PASSPHRASE"),
                               QLatin1String(TestDatabase::Passphrase));
            p.setProcessEnvironment(environment);
            p.start(QStringLiteral(AMPARO_CLI_PATH),
                    QStringList{QStringLiteral("--database"), path, QStringLiteral("--user"),
                                QStringLiteral("admin"), QStringLiteral("sync")} +
                        args);
            p.waitForFinished(60000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        QUrl location(officePath);
        location.setUserName(QString());
        Run bad = run(postPath, {QStringLiteral("office-server"), QStringLiteral("office")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(QStringLiteral("not a server location")), qPrintable(bad.err));
        Run noServer = run(postPath, {QStringLiteral("exchange")});
        QVERIFY(noServer.exitCode != 0);
        QVERIFY2(noServer.err.contains(QStringLiteral("office's server")),
                 qPrintable(noServer.err));
        Run set = run(postPath, {QStringLiteral("office-server"), location.toString()});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(set.out.contains(location.toString()));

        Run left = run(postPath, {QStringLiteral("exchange")});
        QVERIFY2(left.exitCode == 0, qPrintable(left.err));
        QVERIFY2(left.out.contains(QStringLiteral("left on the server")), qPrintable(left.out));
        Run applied = run(officePath, {QStringLiteral("exchange")});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
        QVERIFY2(applied.out.contains(QStringLiteral("from CUC was applied")),
                 qPrintable(applied.out));
        Run answered = run(postPath, {QStringLiteral("exchange")});
        QVERIFY2(answered.out.contains(QStringLiteral("from OFICINA was applied")),
                 qPrintable(answered.out));
        QVERIFY(run(officePath, {QStringLiteral("exchange")}).exitCode == 0);
        Run idle = run(officePath, {QStringLiteral("exchange")});
        QVERIFY2(idle.out.contains(QStringLiteral("No package was waiting")), qPrintable(idle.out));
    }

    // An organisation sends its counts, the network's coordinator adds them up: each a
    // script's one line; a legal staff member may do neither (exit code 4).
    void networkCountsFromTheCommandLine()
    {
        SKIP_ON_SERVER("two files, an organisation and its network's coordinator");
        TestDatabase org(TestDatabase::Engine::File);
        TestDatabase network(TestDatabase::Engine::File);
        QVERIFY(org && network);
        const SiteCard orgCard = *SyncSetupService(org.db(), org.clock(), org.admin())
                                      .becomeSite(QStringLiteral("ORG"), SyncRole::Office);
        const SiteCard networkCard =
            *SyncSetupService(network.db(), network.clock(), network.admin())
                 .becomeSite(QStringLiteral("RED"), SyncRole::Office);
        for (auto [t, name, card] : {std::tuple{&org, "Red de protección", &networkCard},
                                     std::tuple{&network, "Clínica Cúcuta", &orgCard}}) {
            Partner p;
            p.name = QString::fromUtf8(name);
            p.services = {QStringLiteral("legal")};
            p.siteCard = QString::fromUtf8(card->toFile());
            QVERIFY(PartnerService(t->db(), t->clock(), t->admin()).save(p));
        }
        org.session(Role::LegalStaff);
        org.session(Role::Coordinator);
        network.session(Role::Coordinator);
        const QString orgPath = org.path();
        const QString networkPath = network.path();
        org.close();
        network.close();
        const auto run = [&](const QString& path, const QString& user, const QStringList& args) {
            QProcess p;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("AMPARO_PASSPHRASE"),
                               QLatin1String(TestDatabase::Passphrase));
            p.setProcessEnvironment(environment);
            p.start(QStringLiteral(AMPARO_CLI_PATH),
                    QStringList{QStringLiteral("--database"), path, QStringLiteral("--user"), user,
                                QStringLiteral("network")} +
                        args);
            p.waitForFinished(60000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        const QString package = m_dir.filePath(QStringLiteral("org.amparo-counts"));
        const QStringList send{QStringLiteral("send"),
                               QStringLiteral("--period"),
                               QStringLiteral("2026-Q2"),
                               QStringLiteral("--to"),
                               QStringLiteral("red de protección"),
                               QStringLiteral("--out"),
                               package};
        QCOMPARE(run(orgPath, QStringLiteral("legal"), send).exitCode, 4);
        Run sent = run(orgPath, QStringLiteral("coordinator"), send);
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY(sent.out.contains(QStringLiteral("Red de protección")));
        Run nobody = run(orgPath, QStringLiteral("coordinator"),
                         {QStringLiteral("send"), QStringLiteral("--period"),
                          QStringLiteral("2026-Q2"), QStringLiteral("--to"),
                          QStringLiteral("Nadie"), QStringLiteral("--out"), package});
        QVERIFY(nobody.exitCode != 0);
        QVERIFY2(nobody.err.contains(QStringLiteral("Nadie")), qPrintable(nobody.err));

        const QString xlsx = m_dir.filePath(QStringLiteral("regional.xlsx"));
        Run added = run(networkPath, QStringLiteral("coordinator"),
                        {QStringLiteral("report"), package, QStringLiteral("--format"),
                         QStringLiteral("xlsx"), QStringLiteral("--language"), QStringLiteral("es"),
                         QStringLiteral("--out"), xlsx});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(added.out.contains(QStringLiteral("Clínica Cúcuta")));
        QVERIFY(QFile::exists(xlsx));
        // The organisation's own package cannot be opened where it was made.
        Run wrongEnd = run(orgPath, QStringLiteral("coordinator"),
                           {QStringLiteral("report"), package, QStringLiteral("--out"), xlsx});
        QVERIFY(wrongEnd.exitCode != 0);
        QVERIFY(
            run(networkPath, QStringLiteral("coordinator"), {QStringLiteral("report")}).exitCode ==
            2);
    }

    void encryptionFromTheCommandLine()
    {
        SKIP_ON_SERVER("encryption is of a file");
        QTemporaryDir dir;
        const auto run = [&](const QString& path, const QStringList& args,
                             const QStringList& env = {}) {
            QProcess p;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("AMPARO_PASSPHRASE"),
                               QStringLiteral("a long test passphrase"));
            for (const QString& e : env)
                environment.insert(e.section(QLatin1Char('='), 0, 0),
                                   e.section(QLatin1Char('='), 1));
            p.setProcessEnvironment(environment);
            p.start(QStringLiteral(AMPARO_CLI_PATH),
                    QStringList{QStringLiteral("--database"), path} + args);
            p.waitForFinished(60000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        const auto bytes = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };

        // A passphrase refused: nothing is left behind.
        const QString refused = dir.filePath(QStringLiteral("refused.sqlite"));
        Run weak =
            run(refused, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("ana")},
                {QStringLiteral("AMPARO_PASSPHRASE=short")});
        QCOMPARE(weak.exitCode, 3);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());

        const QString encrypted = dir.filePath(QStringLiteral("new.sqlite"));
        const QString keyOut = dir.filePath(QStringLiteral("recovery.txt"));
        Run init =
            run(encrypted, {QStringLiteral("init"), QStringLiteral("--admin"),
                            QStringLiteral("ana"), QStringLiteral("--recovery-key-out"), keyOut});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QVERIFY(!init.out.contains(QString::fromLatin1(bytes(keyOut)).trimmed()));
        QCOMPARE(QFile::permissions(keyOut) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(!bytes(encrypted).startsWith("SQLite format 3"));
        QVERIFY(QFile::exists(encrypted + QStringLiteral(".keys")));
        QCOMPARE(run(encrypted, {QStringLiteral("--user"), QStringLiteral("ana"),
                                 QStringLiteral("users"), QStringLiteral("list")})
                     .exitCode,
                 0);
        Run wrong = run(encrypted,
                        {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("users"),
                         QStringLiteral("list")},
                        {QStringLiteral("AMPARO_PASSPHRASE=not the passphrase at all")});
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY(wrong.err.contains(QStringLiteral("not right")));
        Run noUser = run(encrypted, {QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(noUser.exitCode, 4);
        QVERIFY(noUser.err.contains(QStringLiteral("encrypted")));
        // The recovery key opens it (then a user signs in as usual).
        Run recovered = run(encrypted,
                            {QStringLiteral("--user"), QStringLiteral("ana"),
                             QStringLiteral("users"), QStringLiteral("list")},
                            {QStringLiteral("AMPARO_RECOVERY_KEY=") +
                             QString::fromLatin1(bytes(keyOut)).trimmed()});
        QCOMPARE(recovered.exitCode, 0);

        // Plaintext on request; then encrypted by `encrypt`.
        const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
        Run plainInit = run(plain, {QStringLiteral("init"), QStringLiteral("--admin"),
                                    QStringLiteral("ana"), QStringLiteral("--no-encryption")});
        QCOMPARE(plainInit.exitCode, 0);
        QVERIFY(plainInit.out.contains(QStringLiteral("NOT encrypted")));
        QVERIFY(bytes(plain).startsWith("SQLite format 3"));
        Run encrypt = run(
            plain, {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("encrypt")});
        QVERIFY2(encrypt.exitCode == 0, qPrintable(encrypt.err));
        static const QRegularExpression key(QStringLiteral("([0-9A-Z]{4}-){13}[0-9A-Z]{4}"));
        QVERIFY(key.match(encrypt.out).hasMatch());
        QVERIFY(!bytes(plain).startsWith("SQLite format 3"));
        QVERIFY(!QFile::exists(plain + QStringLiteral(".plaintext")));
        QCOMPARE(run(plain, {QStringLiteral("--user"), QStringLiteral("ana"),
                             QStringLiteral("users"), QStringLiteral("list")})
                     .exitCode,
                 0);
        // A deactivated user's passphrase stops opening it; coming back sets a new one.
        QCOMPARE(run(plain,
                     {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("users"),
                      QStringLiteral("add"), QStringLiteral("--username"), QStringLiteral("vera"),
                      QStringLiteral("--name"), QStringLiteral("Vera Ruiz"),
                      QStringLiteral("--role"), QStringLiteral("volunteer")},
                     {QStringLiteral("AMPARO_NEW_PASSPHRASE=lluvia de marzo en cucuta")})
                     .exitCode,
                 0);
        const auto veraLists = [&](const QString& passphrase) {
            return run(plain,
                       {QStringLiteral("--user"), QStringLiteral("vera"), QStringLiteral("list")},
                       {QStringLiteral("AMPARO_PASSPHRASE=") + passphrase})
                .exitCode;
        };
        QCOMPARE(veraLists(QStringLiteral("lluvia de marzo en cucuta")), 0);
        QCOMPARE(
            run(plain, {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("users"),
                        QStringLiteral("deactivate"), QStringLiteral("vera")})
                .exitCode,
            0);
        QCOMPARE(veraLists(QStringLiteral("lluvia de marzo en cucuta")), 4);
        QCOMPARE(run(plain,
                     {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("users"),
                      QStringLiteral("activate"), QStringLiteral("vera")},
                     {QStringLiteral("AMPARO_NEW_PASSPHRASE=sol de invierno en pasto")})
                     .exitCode,
                 0);
        QCOMPARE(veraLists(QStringLiteral("sol de invierno en pasto")), 0);

        // A copy into a new file is encrypted with a key of its own; its users keep their
        // passphrases.
        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        Run copied = run(plain, {QStringLiteral("--user"), QStringLiteral("ana"),
                                 QStringLiteral("copy-to"), copy});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY(key.match(copied.out).hasMatch());
        QVERIFY(!bytes(copy).startsWith("SQLite format 3"));
        QCOMPARE(run(copy, {QStringLiteral("--user"), QStringLiteral("ana"),
                            QStringLiteral("users"), QStringLiteral("list")})
                     .exitCode,
                 0);

        Run again = run(
            plain, {QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("encrypt")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already")));
    }

    // A database on a read-only file, or in a folder Amparo cannot write to (it keeps its
    // write-ahead log next to the file), is refused with a sentence and left as it was.
    // Root writes through permissions, so as root the check runs as the user "nobody".
    void readOnlyFileOrFolderIsRefusedUntouched()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
        QProcess init;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AMPARO_PASSPHRASE"),
                           QStringLiteral("a long test passphrase"));
        init.setProcessEnvironment(environment);
        // About the database file's own permissions: a plaintext one (an encrypted one's key
        // file, readable by its owner only, is refused first for another account).
        init.start(QStringLiteral(AMPARO_CLI_PATH),
                   {QStringLiteral("--database"), path, QStringLiteral("init"),
                    QStringLiteral("--admin"), QStringLiteral("admin"),
                    QStringLiteral("--no-encryption")});
        QVERIFY(init.waitForFinished(30000));
        QCOMPARE(init.exitCode(), 0);
        const auto hash = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = hash();
        QVERIFY(!before.isEmpty());

        const bool root =
            QProcess::execute(QStringLiteral("sh"),
                              {QStringLiteral("-c"), QStringLiteral("test \"$(id -u)\" = 0")}) == 0;
        const auto check = [&] {
            QProcess p;
            QProcessEnvironment env = environment;
            env.insert(QStringLiteral("HOME"), dir.path());
            p.setProcessEnvironment(env);
            const QStringList args{QStringLiteral("--database"), path, QStringLiteral("--user"),
                                   QStringLiteral("admin"), QStringLiteral("check")};
            if (root)
                p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"),
                                                               QStringLiteral("--regid=65534"),
                                                               QStringLiteral("--clear-groups"),
                                                               QStringLiteral(AMPARO_CLI_PATH)} +
                                                       args);
            else
                p.start(QStringLiteral(AMPARO_CLI_PATH), args);
            p.waitForFinished(30000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        const QFileDevice::Permissions all = QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                             QFileDevice::ReadOther | QFileDevice::ExeOwner |
                                             QFileDevice::ExeGroup | QFileDevice::ExeOther;
        const QFileDevice::Permissions writable =
            QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        auto restore = qScopeGuard([&] {
            QFile::setPermissions(dir.path(), all | writable);
            QFile::setPermissions(path, all | writable);
        });

        // The file is read-only, its folder is not.
        QVERIFY(QFile::setPermissions(dir.path(), all | writable));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        Run file = check();
        QCOMPARE(file.exitCode, 1);
        QVERIFY2(file.err.contains(QStringLiteral("read-only")), qPrintable(file.err));
        QCOMPARE(hash(), before);

        // The file may be written, its folder may not.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther | writable));
        QVERIFY(QFile::setPermissions(dir.path(), all));
        Run folder = check();
        QCOMPARE(folder.exitCode, 1);
        QVERIFY2(folder.err.contains(QStringLiteral("read-only")), qPrintable(folder.err));
        QVERIFY2(folder.err.contains(QStringLiteral("folder")), qPrintable(folder.err));
        QCOMPARE(hash(), before);

        // Both writable again: the same check passes, so the permissions were the reason.
        QVERIFY(QFile::setPermissions(dir.path(), all | writable));
        Run writableAgain = check();
        QVERIFY2(writableAgain.exitCode == 0, qPrintable(writableAgain.err));
    }

    void initAddListShowCheck()
    {
        // Without users, only init --admin is possible.
        Run noUsers = cli({QStringLiteral("list")}, true, QString());
        QCOMPARE(noUsers.exitCode, 4);
        QVERIFY(noUsers.err.contains(QStringLiteral("no users yet")));

        Run init = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                        QStringLiteral("--admin-name"), QStringLiteral("Ada Admin"),
                        QStringLiteral("--site-code"), QStringLiteral("cuc"),
                        QStringLiteral("--site-name"), QStringLiteral("Cúcuta"),
                        QStringLiteral("--site-country"), QStringLiteral("Colombia"),
                        QStringLiteral("--site-admin1"), QStringLiteral("CO-NSA")},
                       true, QString());
        QCOMPARE(init.err, QString());
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(QStringLiteral("Database ready")));

        Run add = cli({QStringLiteral("add-case"), QStringLiteral("--given"),
                       QStringLiteral("José Gregorio"), QStringLiteral("--family1"),
                       QStringLiteral("Pérez"), QStringLiteral("--sex"), QStringLiteral("M"),
                       QStringLiteral("--born"), QStringLiteral("~45"),
                       QStringLiteral("--nationality"), QStringLiteral("VEN"),
                       QStringLiteral("--document"), QStringLiteral("national_id:VEN:V-18.456.789"),
                       QStringLiteral("--note"), QStringLiteral("Primera atención"),
                       QStringLiteral("--consent"), QStringLiteral("registration,tracing")});
        // Without --caseworker: the signed-in user recorded the consent and wrote the note.
        QCOMPARE(add.err, QString());
        QCOMPARE(add.exitCode, 0);
        const QString number = add.out.trimmed();
        QVERIFY(number.startsWith(QStringLiteral("CUC-")));
        QVERIFY(number.endsWith(QStringLiteral("-00001")));

        Run list =
            cli({QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("jose perez")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.startsWith(number + QLatin1Char('\t') +
                                    QStringLiteral("José Gregorio Pérez")));
        // Misspelled, the name is found as similar, with the reason (issue 21).
        Run misspelled = cli({QStringLiteral("list"), QStringLiteral("--search"),
                              QStringLiteral("Jose Gregorio Peres")});
        QCOMPARE(misspelled.exitCode, 0);
        QVERIFY2(misspelled.out.startsWith(number + QLatin1Char('\t')), qPrintable(misspelled.out));
        QVERIFY2(misspelled.out.contains(QStringLiteral("\tsimilar: José Gregorio Pérez (")),
                 qPrintable(misspelled.out));
        Run similarJson = cli({QStringLiteral("list"), QStringLiteral("--search"),
                               QStringLiteral("Jose Gregorio Peres"), QStringLiteral("--format"),
                               QStringLiteral("json")});
        const QJsonObject similarRow =
            QJsonDocument::fromJson(similarJson.out.toUtf8()).array()[0].toObject();
        QVERIFY(
            similarRow[QStringLiteral("similar")].toObject()[QStringLiteral("score")].toDouble() >=
            0.8);

        Run json =
            cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject()[QStringLiteral("caseNumber")].toString(), number);

        Run show = cli({QStringLiteral("show"), number.toLower()});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QStringLiteral("José Gregorio Pérez")));
        QVERIFY(show.out.contains(QStringLiteral("V-18.456.789")));
        QVERIFY(show.out.contains(QStringLiteral("Primera atención")));
        QVERIFY(show.out.contains(QStringLiteral("about 45 years")));

        Run showJson = cli(
            {QStringLiteral("show"), number, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject c = QJsonDocument::fromJson(showJson.out.toUtf8()).object();
        QCOMPARE(c[QStringLiteral("members")]
                     .toArray()[0]
                     .toObject()[QStringLiteral("birthDatePrecision")]
                     .toString(),
                 QStringLiteral("estimated"));
        QVERIFY(c[QStringLiteral("consent")].toObject()[QStringLiteral("tracingContact")].toBool());
        QCOMPARE(c[QStringLiteral("consent")].toObject()[QStringLiteral("recordedBy")].toString(),
                 QStringLiteral("Ada Admin"));
        QCOMPARE(
            c[QStringLiteral("notes")].toArray()[0].toObject()[QStringLiteral("author")].toString(),
            QStringLiteral("Ada Admin"));

        // The same person again: the possible match is listed and nothing is saved, unless a
        // reason is given (issue 21).
        const QStringList again{QStringLiteral("add-case"),
                                QStringLiteral("--given"),
                                QStringLiteral("Jose Gregorio"),
                                QStringLiteral("--family1"),
                                QStringLiteral("Peres"),
                                QStringLiteral("--sex"),
                                QStringLiteral("M"),
                                QStringLiteral("--born"),
                                QStringLiteral("~45"),
                                QStringLiteral("--no-document")};
        Run duplicate = cli(again);
        QCOMPARE(duplicate.exitCode, 3);
        QVERIFY2(duplicate.err.contains(number + QLatin1Char('\t') +
                                        QStringLiteral("José Gregorio Pérez")),
                 qPrintable(duplicate.err));
        QVERIFY(duplicate.err.contains(QStringLiteral("--new-person-reason")));

        Run check = cli({QStringLiteral("check")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains(QStringLiteral("Integrity: ok")));
    }

    void badInputIsRefusedWithExitCodes()
    {
        // Rules refused: exit code 3, the message on stderr, nothing saved.
        Run noName =
            cli({QStringLiteral("add-case"), QStringLiteral("--family1"), QStringLiteral("Pérez")});
        QCOMPARE(noName.exitCode, 3);
        QVERIFY(noName.err.contains(QStringLiteral("given name")));
        QCOMPARE(noName.out, QString());

        Run future =
            cli({QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Ana"),
                 QStringLiteral("--born"), QStringLiteral("2999-01-01")});
        QCOMPARE(future.exitCode, 3);
        QVERIFY(future.err.contains(QStringLiteral("future")));

        Run country =
            cli({QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Ana"),
                 QStringLiteral("--nationality"), QStringLiteral("Atlantis")});
        QCOMPARE(country.exitCode, 3);
        QVERIFY(country.err.contains(QStringLiteral("ATLANTIS")));

        Run duplicate =
            cli({QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Otra"),
                 QStringLiteral("--document"), QStringLiteral("national_id:VEN:v18456789")});
        QCOMPARE(duplicate.exitCode, 3);
        QVERIFY(duplicate.err.contains(QStringLiteral("already registered")));

        // Wrong usage: exit code 2.
        Run badDate =
            cli({QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Ana"),
                 QStringLiteral("--born"), QStringLiteral("31/02/2020")});
        QCOMPARE(badDate.exitCode, 2);
        Run badDoc =
            cli({QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Ana"),
                 QStringLiteral("--document"), QStringLiteral("12345")});
        QCOMPARE(badDoc.exitCode, 2);
        Run badOption = cli({QStringLiteral("list"), QStringLiteral("--nonsense")});
        QCOMPARE(badOption.exitCode, 2);

        // Still only the one case.
        Run list = cli({QStringLiteral("list")});
        QCOMPARE(list.out.count(QLatin1Char('\n')), 1);

        Run missing = cli({QStringLiteral("show"), QStringLiteral("CUC-1999-00001")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no case")));

        // Someone else after all: with the reason, registered, and the reason kept.
        Run anyway =
            cli({QStringLiteral("add-case"), QStringLiteral("--given"),
                 QStringLiteral("Jose Gregorio"), QStringLiteral("--family1"),
                 QStringLiteral("Peres"), QStringLiteral("--sex"), QStringLiteral("M"),
                 QStringLiteral("--born"), QStringLiteral("~45"), QStringLiteral("--no-document"),
                 QStringLiteral("--new-person-reason"), QStringLiteral("Su primo, otra persona")});
        QCOMPARE(anyway.exitCode, 0);
        QVERIFY2(anyway.out.endsWith(QStringLiteral("-00002\n")), qPrintable(anyway.out));
        Run audit = cli({QStringLiteral("audit"), QStringLiteral("list"),
                         QStringLiteral("--action"), QStringLiteral("case.create")});
        QVERIFY2(audit.out.contains(QStringLiteral("Su primo, otra persona")),
                 qPrintable(audit.out));
        QCOMPARE(cli({QStringLiteral("list")}).out.count(QLatin1Char('\n')), 2);
    }

    void rolesAndSignIn()
    {
        const QString newPass = QStringLiteral("AMPARO_NEW_PASSPHRASE=another long passphrase");
        Run addVolunteer = cli({QStringLiteral("users"), QStringLiteral("add"),
                                QStringLiteral("--username"), QStringLiteral("vera"),
                                QStringLiteral("--name"), QStringLiteral("Vera Voluntaria"),
                                QStringLiteral("--role"), QStringLiteral("volunteer")},
                               true, QStringLiteral("admin"), {newPass});
        QCOMPARE(addVolunteer.err, QString());
        QCOMPARE(addVolunteer.exitCode, 0);
        Run addCoordinator = cli({QStringLiteral("users"), QStringLiteral("add"),
                                  QStringLiteral("--username"), QStringLiteral("coco"),
                                  QStringLiteral("--name"), QStringLiteral("Coco Coordinadora"),
                                  QStringLiteral("--role"), QStringLiteral("coordinator")},
                                 true, QStringLiteral("admin"), {newPass});
        QCOMPARE(addCoordinator.exitCode, 0);
        Run users = cli({QStringLiteral("users"), QStringLiteral("list")});
        QVERIFY(users.out.contains(QStringLiteral("vera\tVera Voluntaria\tvolunteer\tactive")));

        const QString volunteerPass = QStringLiteral("AMPARO_PASSPHRASE=another long passphrase");
        // A volunteer sees the family group, not documents, phones or notes.
        Run show = cli({QStringLiteral("show"), QStringLiteral("CUC-") +
                                                    QString::number(QDate::currentDate().year()) +
                                                    QStringLiteral("-00001")},
                       true, QStringLiteral("vera"), {volunteerPass});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains(QStringLiteral("José Gregorio Pérez")));
        QVERIFY(!show.out.contains(QStringLiteral("18.456.789")));
        QVERIFY(!show.out.contains(QStringLiteral("Primera atención")));
        // … and is told that it is not shown, never that it is not recorded.
        QVERIFY2(show.out.contains(QStringLiteral("Documents: not shown to your role")),
                 qPrintable(show.out));
        QVERIFY(!show.out.contains(QStringLiteral("not recorded")));
        QVERIFY(show.out.contains(QStringLiteral("Notes: not shown to your role")));
        if (TestDatabase::onServer()) {
            // The server without an account: Vera signs in with her own, which the server
            // lets read the same and no more.
            QUrl own(m_db);
            own.setUserName(QString());
            Run mine = cli({QStringLiteral("--database"), own.toString(), QStringLiteral("show"),
                            QStringLiteral("CUC-") + QString::number(QDate::currentDate().year()) +
                                QStringLiteral("-00001")},
                           false, QStringLiteral("vera"), {volunteerPass});
            QVERIFY2(mine.exitCode == 0, qPrintable(mine.err));
            QVERIFY(mine.out.contains(QStringLiteral("José Gregorio Pérez")));
            QVERIFY(!mine.out.contains(QStringLiteral("18.456.789")));
            Run wrong = cli({QStringLiteral("--database"), own.toString(), QStringLiteral("list")},
                            false, QStringLiteral("vera"),
                            {QStringLiteral("AMPARO_PASSPHRASE=not the passphrase of vera")});
            QVERIFY(wrong.exitCode != 0);
            QVERIFY2(wrong.err.contains(QStringLiteral("passphrase is not right")),
                     qPrintable(wrong.err));
            Run nobody = cli({QStringLiteral("--database"), own.toString(), QStringLiteral("list")},
                             false, QString());
            QVERIFY(nobody.exitCode != 0);
            QVERIFY2(nobody.err.contains(QStringLiteral("--user NAME")), qPrintable(nobody.err));
        }
        Run showJson = cli({QStringLiteral("show"),
                            QStringLiteral("CUC-") + QString::number(QDate::currentDate().year()) +
                                QStringLiteral("-00001"),
                            QStringLiteral("--format"), QStringLiteral("json")},
                           true, QStringLiteral("vera"), {volunteerPass});
        QVERIFY(QJsonDocument::fromJson(showJson.out.toUtf8())
                    .object()[QStringLiteral("withheld")]
                    .toArray()
                    .contains(QStringLiteral("documents")));
        // A backup is refused before any passphrase is asked for.
        Run backup = cli({QStringLiteral("backup"), QStringLiteral("--to"),
                          m_dir.filePath(QStringLiteral("vera.amparobackup"))},
                         true, QStringLiteral("vera"), {volunteerPass});
        QCOMPARE(backup.exitCode, 4);
        QVERIFY2(backup.err.contains(QStringLiteral("Not permitted")) &&
                     !backup.err.contains(QStringLiteral("passphrase was given")),
                 qPrintable(backup.err));
        // … and may not register a case.
        Run add =
            cli({QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Ana")},
                true, QStringLiteral("vera"), {volunteerPass});
        QCOMPARE(add.exitCode, 4);
        QVERIFY(add.err.contains(QStringLiteral("Not permitted")));
        // A coordinator sees no named record at all.
        Run coordinatorList =
            cli({QStringLiteral("list")}, true, QStringLiteral("coco"), {volunteerPass});
        QCOMPARE(coordinatorList.exitCode, 4);
        QCOMPARE(coordinatorList.out, QString());

        Run wrong = cli({QStringLiteral("list")}, true, QStringLiteral("vera"),
                        {QStringLiteral("AMPARO_PASSPHRASE=not the passphrase")});
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY(wrong.err.contains(QStringLiteral("not right")));

        Run deactivate =
            cli({QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("vera")});
        QCOMPARE(deactivate.exitCode, 0);
        Run deactivated =
            cli({QStringLiteral("list")}, true, QStringLiteral("vera"), {volunteerPass});
        QCOMPARE(deactivated.exitCode, 4);
        QVERIFY(deactivated.err.contains(QStringLiteral("deactivated")));

        // The trail says who opened what, and is intact.
        Run opened = cli({QStringLiteral("audit"), QStringLiteral("list"),
                          QStringLiteral("--action"), QStringLiteral("case.open"),
                          QStringLiteral("--for-user"), QStringLiteral("vera")});
        QCOMPARE(opened.exitCode, 0);
        QVERIFY(opened.out.contains(QStringLiteral("\tvera\tcase.open\tCUC-")));
        Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY(verify.out.contains(QStringLiteral("intact")));
        Run notAdmin = cli({QStringLiteral("audit"), QStringLiteral("verify")}, true,
                           QStringLiteral("coco"), {volunteerPass});
        QCOMPARE(notAdmin.exitCode, 4);
    }

    void backupAndRestore()
    {
        const QString backup = m_dir.filePath(QStringLiteral("cli.amparobackup"));
        const QString backupPass =
            QStringLiteral("AMPARO_BACKUP_PASSPHRASE=backup passphrase 2026");
        Run made = cli({QStringLiteral("backup"), QStringLiteral("--to"), backup}, true,
                       QStringLiteral("admin"), {backupPass});
        QCOMPARE(made.err, QString());
        QCOMPARE(made.exitCode, 0);
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("AMPBKUP1"));
        QVERIFY(!bytes.contains("Gregorio")); // encrypted, not just compressed
        file.close();

        // A case registered after the backup disappears with the restore.
        Run later = cli(
            {QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Posterior")});
        QCOMPARE(later.exitCode, 0);
        Run wrong = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup}, true,
                        QStringLiteral("admin"),
                        {QStringLiteral("AMPARO_BACKUP_PASSPHRASE=wrong passphrase!!")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("passphrase is wrong")));
        QVERIFY(cli({QStringLiteral("list")}).out.contains(QStringLiteral("Posterior")));

        Run restored = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup}, true,
                           QStringLiteral("admin"), {backupPass});
        if (m_server) {
            // A server's database is never replaced: it is refused there, untouched, and
            // restored into an empty database, with no one to sign in as but the backup's
            // passphrase to show.
            QVERIFY(restored.exitCode != 0);
            QVERIFY2(restored.err.contains(QStringLiteral("not empty")), qPrintable(restored.err));
            QVERIFY(cli({QStringLiteral("list")}).out.contains(QStringLiteral("Posterior")));
            TestDatabase empty;
            empty.close();
            Run filled = cli({QStringLiteral("--database"), empty.path(), QStringLiteral("restore"),
                              QStringLiteral("--from"), backup},
                             false, QString(), {backupPass});
            QCOMPARE(filled.err, QString());
            QCOMPARE(filled.exitCode, 0);
            const QString there =
                cli({QStringLiteral("--database"), empty.path(), QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("list")},
                    false, QString())
                    .out;
            QVERIFY2(there.contains(QStringLiteral("José Gregorio")), qPrintable(there));
            QVERIFY(!there.contains(QStringLiteral("Posterior")));
            return;
        }
        QCOMPARE(restored.err, QString());
        QCOMPARE(restored.exitCode, 0);
        QVERIFY(restored.out.contains(QStringLiteral("previous database was kept")));
        const QString list = cli({QStringLiteral("list")}).out;
        QVERIFY(list.contains(QStringLiteral("José Gregorio")));
        QVERIFY(!list.contains(QStringLiteral("Posterior")));
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                     QStringLiteral("backup.restore")})
                    .out.contains(QStringLiteral("backup.restore")));
    }

    // A laptop's file brought into an empty database (the office's server on the PostgreSQL
    // run): everything arrives, counted and checked, and a second copy is refused.
    void copyToFillsAnEmptyDatabaseOnly()
    {
        const QString laptop = m_dir.filePath(QStringLiteral("laptop.sqlite"));
        const QStringList onLaptop{QStringLiteral("--database"), laptop};
        QCOMPARE(
            cli(onLaptop + QStringList{QStringLiteral("init"), QStringLiteral("--admin"),
                                       QStringLiteral("admin"), QStringLiteral("--site-code"),
                                       QStringLiteral("pst"), QStringLiteral("--site-name"),
                                       QStringLiteral("Pasto"), QStringLiteral("--site-country"),
                                       QStringLiteral("Colombia")},
                false, QString())
                .exitCode,
            0);
        QCOMPARE(cli(onLaptop + QStringList{QStringLiteral("--user"), QStringLiteral("admin"),
                                            QStringLiteral("add-case"), QStringLiteral("--given"),
                                            QStringLiteral("Yoselin"), QStringLiteral("--family1"),
                                            QStringLiteral("Arrieta")},
                     false, QString())
                     .exitCode,
                 0);
        TestDatabase office;
        QVERIFY(office);
        office.close();
        const QStringList copy =
            onLaptop + QStringList{QStringLiteral("--user"), QStringLiteral("admin"),
                                   QStringLiteral("copy-to"), office.path()};
        Run copied = cli(copy, false, QString());
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY2(copied.out.contains(QStringLiteral("audit trail")), qPrintable(copied.out));
        Run list = cli({QStringLiteral("--database"), office.path(), QStringLiteral("--user"),
                        QStringLiteral("admin"), QStringLiteral("list")},
                       false, QString());
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(QStringLiteral("Yoselin Arrieta")));
        Run again = cli(copy, false, QString());
        QVERIFY(again.exitCode != 0);
        QVERIFY(again.err.contains(QStringLiteral("not empty")));
        Run noTarget = cli(onLaptop + QStringList{QStringLiteral("--user"), QStringLiteral("admin"),
                                                  QStringLiteral("copy-to")},
                           false, QString());
        QCOMPARE(noTarget.exitCode, 2);
    }

    // Statistics files from the command line: written whole, recorded in the audit trail, and
    // like every file amparo-cli writes (the database, a backup), readable by their owner only.
    void exportsAreAuditedAndTheirOwnersOnly()
    {
        const QString shared = m_db;
        m_db = m_dir.filePath(QStringLiteral("exports.sqlite"));
        const auto restore = qScopeGuard([this, shared] { m_db = shared; });
        QCOMPARE(initCucuta(), 0);
        QCOMPARE(
            cli({QStringLiteral("generate"), QStringLiteral("--persons"), QStringLiteral("300")})
                .exitCode,
            0);
        const QString definition = m_dir.filePath(QStringLiteral("by-sex.json"));
        QFile json(definition);
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(R"({"amparo_export": 1, "measure": "persons", "by": ["sex"]})");
        json.close();
        const QString csv = m_dir.filePath(QStringLiteral("by-sex.csv"));
        Run counts =
            cli({QStringLiteral("export"), QStringLiteral("--definition"), definition,
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
        QVERIFY2(counts.exitCode == 0, qPrintable(counts.err));
        const QString pdf = m_dir.filePath(QStringLiteral("informe.pdf"));
        Run report =
            cli({QStringLiteral("export"), QStringLiteral("--report"),
                 QDate::currentDate().toString(QStringLiteral("yyyy-MM")),
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--language"),
                 QStringLiteral("es"), QStringLiteral("--out"), pdf});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        const QString trail = cli({QStringLiteral("audit"), QStringLiteral("list"),
                                   QStringLiteral("--action"), QStringLiteral("statistics.export")})
                                  .out;
        QCOMPARE(trail.count(QStringLiteral("statistics.export")), 2);
        const QString backup = m_dir.filePath(QStringLiteral("private.amparobackup"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--to"), backup}, true,
                     QStringLiteral("admin"),
                     {QStringLiteral("AMPARO_BACKUP_PASSPHRASE=backup passphrase 2026")})
                     .exitCode,
                 0);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        for (const QString& file : {m_db, csv, pdf, backup}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QVERIFY2(!(QFile(file).permissions() & others), qPrintable(file));
        }
    }

    void generateFillsOnlyAnEmptyDatabase()
    {
        const QString shared = m_db;
        m_db = m_dir.filePath(QStringLiteral("generated.sqlite"));
        const auto restore = qScopeGuard([this, shared] { m_db = shared; });
        QCOMPARE(initCucuta(), 0);
        // The same permission as demonstration data in the window: legal staff may not.
        const QString lenaPass = QStringLiteral("AMPARO_NEW_PASSPHRASE=another long passphrase");
        QCOMPARE(
            cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--username"),
                 QStringLiteral("lena"), QStringLiteral("--name"), QStringLiteral("Lena Legal"),
                 QStringLiteral("--role"), QStringLiteral("legal_staff")},
                true, QStringLiteral("admin"), {lenaPass})
                .exitCode,
            0);
        Run refused = cli(
            {QStringLiteral("generate"), QStringLiteral("--persons"), QStringLiteral("20")}, true,
            QStringLiteral("lena"), {QStringLiteral("AMPARO_PASSPHRASE=another long passphrase")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("add or remove invented people")),
                 qPrintable(refused.err));
        QVERIFY(QJsonDocument::fromJson(cli({QStringLiteral("list"), QStringLiteral("--format"),
                                             QStringLiteral("json")})
                                            .out.toUtf8())
                    .array()
                    .isEmpty());
        Run made = cli({QStringLiteral("generate"), QStringLiteral("--persons"),
                        QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.out.startsWith(QStringLiteral("200 persons in ")), qPrintable(made.out));
        QVERIFY(cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                     QStringLiteral("demo.generate")})
                    .out.contains(QStringLiteral("200 invented persons")));
        Run list =
            cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(list.out.toUtf8()).array().isEmpty());
        // Never twice, never next to cases; a bad count is wrong usage.
        Run again =
            cli({QStringLiteral("generate"), QStringLiteral("--persons"), QStringLiteral("10")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already holds cases")));
        Run bad =
            cli({QStringLiteral("generate"), QStringLiteral("--persons"), QStringLiteral("many")});
        QCOMPARE(bad.exitCode, 2);
    }

    void importProposeDryRunAndImport()
    {
        const QString shared = m_db;
        m_db = m_dir.filePath(QStringLiteral("imported.sqlite"));
        const auto restore = qScopeGuard([this, shared] { m_db = shared; });
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"),
                      QStringLiteral("--admin-name"), QStringLiteral("Ada Admin"),
                      QStringLiteral("--site-code"), QStringLiteral("CUC"),
                      QStringLiteral("--site-name"), QStringLiteral("Cúcuta"),
                      QStringLiteral("--site-country"), QStringLiteral("COL")},
                     true, QString())
                     .exitCode,
                 0);
        const QString csv = m_dir.filePath(QStringLiteral("casos.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nombres;Apellidos;Sexo;Fecha de nacimiento;Nacionalidad\n"
                "Ana;P\xC3\xA9rez G\xC3\xB3mez;F;03/05/1988;Venezolana\n"
                "Luis;Rojas;M;31/02/2020;VEN\n");
        f.close();
        const QString mapping = m_dir.filePath(QStringLiteral("mapping.json"));
        Run proposed =
            cli({QStringLiteral("import"), csv, QStringLiteral("--propose-mapping"), mapping});
        QCOMPARE(proposed.exitCode, 0);
        QVERIFY(proposed.out.contains(QStringLiteral("Choose the site")));
        // Without a site the mapping cannot be used: refused, nothing imported.
        Run refused = cli({QStringLiteral("import"), csv, QStringLiteral("--mapping"), mapping});
        QCOMPARE(refused.exitCode, 3);
        QFile m(mapping);
        QVERIFY(m.open(QIODevice::ReadWrite));
        QByteArray json = m.readAll().replace("\"defaultSite\": \"\"", "\"defaultSite\": \"CUC\"");
        m.resize(0);
        m.write(json);
        m.close();
        Run dry = cli({QStringLiteral("import"), csv, QStringLiteral("--mapping"), mapping,
                       QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("Row 3, Fecha de nacimiento, “31/02/2020”")),
                 qPrintable(dry.out));
        QVERIFY(dry.out.contains(QStringLiteral("Dry run")));
        QVERIFY(!cli({QStringLiteral("list")}).out.contains(QStringLiteral("Ana")));
        const QString report = m_dir.filePath(QStringLiteral("report.csv"));
        Run done = cli({QStringLiteral("import"), csv, QStringLiteral("--mapping"), mapping,
                        QStringLiteral("--report"), report});
        QCOMPARE(done.exitCode, 0);
        QVERIFY(cli({QStringLiteral("list")}).out.contains(QStringLiteral("Ana Pérez Gómez")));
        QVERIFY(QFile::exists(report));
        // Volunteers may not import.
        Run volunteer = cli({QStringLiteral("import"), csv, QStringLiteral("--mapping"), mapping},
                            true, QStringLiteral("nobody"));
        QVERIFY(volunteer.exitCode != 0);
    }

    void deadlinesForAScheduledTask()
    {
        // Document expiries are deadlines: one in three days, one in forty.
        const QDate today = QDate::currentDate();
        const QString soon = today.addDays(3).toString(Qt::ISODate);
        const QString later = today.addDays(40).toString(Qt::ISODate);
        Run add = cli(
            {QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Rosa"),
             QStringLiteral("--family1"), QStringLiteral("Márquez"), QStringLiteral("--document"),
             QStringLiteral("passport:VEN:P0457812:") + soon, QStringLiteral("--document"),
             QStringLiteral("residence_permit:COL:PPT-99812:") + later});
        QCOMPARE(add.err, QString());
        QCOMPARE(add.exitCode, 0);
        const QString number = add.out.trimmed();

        Run text = cli({QStringLiteral("deadlines")});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(soon + QStringLiteral("  in 3 days  ") + number),
                 qPrintable(lines[0]));
        QVERIFY(lines[0].contains(QStringLiteral("Passport of Rosa Márquez expires")));
        QVERIFY(lines[1].startsWith(later));

        Run csv = cli({QStringLiteral("deadlines"), QStringLiteral("--within"), QStringLiteral("7"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = csv.out.trimmed().split(QStringLiteral("\r\n"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0],
                 QStringLiteral("due,days_left,when,case,person,procedure,what,responsible"));
        QVERIFY2(rows[1].startsWith(soon + QStringLiteral(",3,this_week,") + number),
                 qPrintable(rows[1]));

        Run json = cli({QStringLiteral("deadlines"), QStringLiteral("--within"),
                        QStringLiteral("60"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array[1].toObject()[QStringLiteral("due")].toString(), later);
        QCOMPARE(array[1].toObject()[QStringLiteral("daysLeft")].toInt(), 40);
        QCOMPARE(array[1].toObject()[QStringLiteral("when")].toString(), QStringLiteral("later"));
        QCOMPARE(array[1].toObject()[QStringLiteral("case")].toString(), number);

        Run overdue = cli({QStringLiteral("deadlines"), QStringLiteral("--overdue"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(overdue.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(overdue.out.toUtf8()).array().size(), 0);
        Run none = cli({QStringLiteral("deadlines"), QStringLiteral("--overdue")});
        QCOMPARE(none.out.trimmed(), QStringLiteral("No open deadlines."));

        Run badDays =
            cli({QStringLiteral("deadlines"), QStringLiteral("--within"), QStringLiteral("soon")});
        QCOMPARE(badDays.exitCode, 2);
        QVERIFY(badDays.err.contains(QStringLiteral("--within")));
        Run both = cli({QStringLiteral("deadlines"), QStringLiteral("--overdue"),
                        QStringLiteral("--within"), QStringLiteral("3")});
        QCOMPARE(both.exitCode, 2);
        Run badFormat =
            cli({QStringLiteral("deadlines"), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(badFormat.exitCode, 2);
        Run badExpiry =
            cli({QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Rosa"),
                 QStringLiteral("--document"), QStringLiteral("passport:VEN:P1:31/02/2027")});
        QCOMPARE(badExpiry.exitCode, 2);
    }

    // Two records of one man merged, listed, undone; two cases merged and the old number still
    // shown; a closed review cannot be undone; a volunteer merges nothing (issue 21).
    void mergeFromTheCommandLine()
    {
        const QString shared = m_db;
        m_db = m_dir.filePath(QStringLiteral("merges.sqlite"));
        const auto restore = qScopeGuard([this, shared] { m_db = shared; });
        QCOMPARE(initCucuta(), 0);
        const QStringList person{QStringLiteral("--family1"),    QStringLiteral("Pérez"),
                                 QStringLiteral("--sex"),        QStringLiteral("M"),
                                 QStringLiteral("--born"),       QStringLiteral("1981"),
                                 QStringLiteral("--no-document")};
        Run first = cli(QStringList{QStringLiteral("add-case"), QStringLiteral("--given"),
                                    QStringLiteral("José Gregorio")} +
                        person);
        QCOMPARE(first.exitCode, 0);
        Run second = cli(QStringList{QStringLiteral("add-case"), QStringLiteral("--given"),
                                     QStringLiteral("Jose Gregorio"), QStringLiteral("--phone"),
                                     QStringLiteral("+58 414 123 4567"),
                                     QStringLiteral("--new-person-reason"),
                                     QStringLiteral("registered twice on purpose")} +
                         person);
        QCOMPARE(second.exitCode, 0);
        const QString one = first.out.trimmed();
        const QString two = second.out.trimmed();

        Run unknownField =
            cli({QStringLiteral("merge"), QStringLiteral("persons"), one + QStringLiteral(":1"),
                 two + QStringLiteral(":1"), QStringLiteral("--take"), QStringLiteral("nickname")});
        QCOMPARE(unknownField.exitCode, 2);
        QVERIFY(unknownField.err.contains(QStringLiteral("phone")));
        Run merged =
            cli({QStringLiteral("merge"), QStringLiteral("persons"), one + QStringLiteral(":1"),
                 two + QStringLiteral(":1"), QStringLiteral("--take"), QStringLiteral("phone")});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY2(merged.out.contains(QStringLiteral("merge undo 1")), qPrintable(merged.out));
        Run shown = cli({QStringLiteral("show"), two});
        QVERIFY2(shown.out.contains(QStringLiteral("José Gregorio Pérez")), qPrintable(shown.out));
        QVERIFY(shown.out.contains(QStringLiteral("414 123 4567")));
        Run listed = cli({QStringLiteral("merge"), QStringLiteral("list")});
        QCOMPARE(listed.out.count(QLatin1Char('\n')), 1);
        QVERIFY(listed.out.startsWith(QStringLiteral("1\t")));
        QCOMPARE(
            cli({QStringLiteral("merge"), QStringLiteral("undo"), QStringLiteral("1")}).exitCode,
            0);
        QCOMPARE(cli({QStringLiteral("merge"), QStringLiteral("list")}).out, QString());
        QVERIFY(
            cli({QStringLiteral("show"), two}).out.contains(QStringLiteral("Jose Gregorio Pérez")));

        Run cases = cli({QStringLiteral("merge"), QStringLiteral("cases"), one, two,
                         QStringLiteral("--same-principal"), QStringLiteral("--principal-take"),
                         QStringLiteral("phone")});
        QVERIFY2(cases.exitCode == 0, qPrintable(cases.err));
        Run byOldNumber = cli({QStringLiteral("show"), two});
        QCOMPARE(byOldNumber.exitCode, 0);
        QVERIFY2(byOldNumber.out.contains(one), qPrintable(byOldNumber.out));
        QCOMPARE(
            cli({QStringLiteral("merge"), QStringLiteral("close"), QStringLiteral("2")}).exitCode,
            0);
        Run tooLate = cli({QStringLiteral("merge"), QStringLiteral("undo"), QStringLiteral("2")});
        QCOMPARE(tooLate.exitCode, 3);
        QVERIFY(tooLate.err.contains(QStringLiteral("closed")));

        const QString newPass = QStringLiteral("AMPARO_NEW_PASSPHRASE=another long passphrase");
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--username"),
                      QStringLiteral("vera"), QStringLiteral("--name"),
                      QStringLiteral("Vera Voluntaria"), QStringLiteral("--role"),
                      QStringLiteral("volunteer")},
                     true, QStringLiteral("admin"), {newPass})
                     .exitCode,
                 0);
        Run volunteer =
            cli({QStringLiteral("merge"), QStringLiteral("list")}, true, QStringLiteral("vera"),
                {QStringLiteral("AMPARO_PASSPHRASE=another long passphrase")});
        QCOMPARE(volunteer.exitCode, 4);
    }

    // A person's requests about their data, from the command line: a copy of their data
    // (PDF), a correction recorded then decided, a consent withdrawn, an erasure refused
    // then made; each in the register; administrators only.
    void answerAPersonsRequestsFromTheCommandLine()
    {
        const QString shared = m_db;
        m_db = m_dir.filePath(QStringLiteral("rights.sqlite"));
        const auto restore = qScopeGuard([this, shared] { m_db = shared; });
        QCOMPARE(initCucuta(), 0);
        Run added =
            cli({QStringLiteral("add-case"), QStringLiteral("--given"), QStringLiteral("Yoselin"),
                 QStringLiteral("--family1"), QStringLiteral("Quintero"), QStringLiteral("--sex"),
                 QStringLiteral("F"), QStringLiteral("--born"), QStringLiteral("1994"),
                 QStringLiteral("--no-document")});
        QCOMPARE(added.exitCode, 0);
        const QString yoselin = added.out.trimmed() + QStringLiteral(":1");
        const QString identity = QStringLiteral("--identity=cédula shown");

        const QString pdf = m_dir.filePath(QStringLiteral("yoselin.pdf"));
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("access"), yoselin,
                      QStringLiteral("--out"), pdf})
                     .exitCode,
                 2);
        Run access = cli({QStringLiteral("person"), QStringLiteral("access"), yoselin,
                          QStringLiteral("--out"), pdf, QStringLiteral("--language"),
                          QStringLiteral("es"), identity});
        QVERIFY2(access.exitCode == 0, qPrintable(access.err));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        Run noIdentity = cli({QStringLiteral("person"), QStringLiteral("correct"), yoselin,
                              QStringLiteral("--request"), QStringLiteral("My name is Yoselín.")});
        QCOMPARE(noIdentity.exitCode, 3);
        QVERIFY(noIdentity.err.contains(QStringLiteral("identity")));
        Run correct = cli({QStringLiteral("person"), QStringLiteral("correct"), yoselin,
                           QStringLiteral("--request"), QStringLiteral("My name is Yoselín."),
                           identity, QStringLiteral("--received"), QStringLiteral("2026-06-01")});
        QVERIFY2(correct.exitCode == 0, qPrintable(correct.err));
        QVERIFY(correct.out.contains(QStringLiteral("request 2")));
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("decide"), QStringLiteral("2"),
                      QStringLiteral("--decision"), QStringLiteral("granted"),
                      QStringLiteral("--answer"), QStringLiteral("Accent added.")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("person"), QStringLiteral("withdraw-consent"), yoselin,
                      QStringLiteral("--purposes"), QStringLiteral("tracing"), identity})
                     .exitCode,
                 0);
        Run refuse = cli({QStringLiteral("person"), QStringLiteral("refuse-erasure"), yoselin,
                          QStringLiteral("--reason"), QStringLiteral("Legal hold."), identity});
        QVERIFY2(refuse.exitCode == 0, qPrintable(refuse.err));
        Run withoutYes = cli({QStringLiteral("person"), QStringLiteral("erase"), yoselin,
                              QStringLiteral("--ground"), QStringLiteral("consent_withdrawn")});
        QCOMPARE(withoutYes.exitCode, 2);
        Run erase = cli({QStringLiteral("person"), QStringLiteral("erase"), yoselin,
                         QStringLiteral("--ground"), QStringLiteral("consent_withdrawn"),
                         QStringLiteral("--yes"), identity});
        QVERIFY2(erase.exitCode == 0, qPrintable(erase.err));
        QVERIFY2(erase.out.contains(QStringLiteral("1 case removed whole")), qPrintable(erase.out));
        QCOMPARE(cli({QStringLiteral("show"), added.out.trimmed()}).exitCode, 1);
        Run verified = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains(QStringLiteral("emptied by erasures")),
                 qPrintable(verified.out));

        Run listed = cli({QStringLiteral("person"), QStringLiteral("requests")});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].contains(QStringLiteral("\terasure\t")));
        QVERIFY(lines[0].contains(QStringLiteral("\tgranted\t")));
        QVERIFY(!listed.out.contains(QStringLiteral("Yoselin")));

        const QString newPass = QStringLiteral("AMPARO_NEW_PASSPHRASE=another long passphrase");
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--username"),
                      QStringLiteral("lia"), QStringLiteral("--name"), QStringLiteral("Lía Legal"),
                      QStringLiteral("--role"), QStringLiteral("legal_staff")},
                     true, QStringLiteral("admin"), {newPass})
                     .exitCode,
                 0);
        Run legal =
            cli({QStringLiteral("person"), QStringLiteral("requests")}, true, QStringLiteral("lia"),
                {QStringLiteral("AMPARO_PASSPHRASE=another long passphrase")});
        QCOMPARE(legal.exitCode, 4);
    }

    void refusesAFileThatIsNotAnAmparoDatabase()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
        f.close();
        Run r = cli({QStringLiteral("--database"), text, QStringLiteral("list")}, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not an Amparo database")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
