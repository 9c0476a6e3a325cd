#include "core/audit/AuditVerifier.h"
#include "core/crypto/ScramVerifier.h"
#include "core/security/AccessPolicy.h"
#include "core/services/AuthService.h"
#include "core/services/CaseListService.h"
#include "core/services/CaseService.h"
#include "core/services/ReunificationSearch.h"
#include "core/services/TracingService.h"
#include "core/services/UserService.h"
#include "core/statistics/AggregateService.h"
#include "core/storage/ServerAccounts.h"
#include "core/storage/ServerRoles.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QProcess>
#include <QSet>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

// The office server enforces Amparo's roles itself: each user's own server account reads only
// what their role may, proved with psql as each of them, and Amparo works on those accounts.
class TestServerRoles : public QObject
{
    Q_OBJECT

    static constexpr const char* Passphrase = TestDatabase::Passphrase;

    struct Psql
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // What psql prints for `sql`, signed in as `account` with `password`.
    static Psql psql(const TestDatabase& t, const QString& account, const QString& password,
                     const QString& sql)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
                {QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                 QStringLiteral("-h"), qEnvironmentVariable("AMPARO_TEST_PGHOST"),
                 QStringLiteral("-U"), account, QStringLiteral("-d"), t.serverDatabase(),
                 QStringLiteral("-f"), QStringLiteral("-")});
        p.write(sql.toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QString accountOf(const TestDatabase& t, const QString& username)
    {
        return ServerAccounts::accountOf(t.serverDatabase(), username);
    }

    // A case with everything a volunteer may not read: a document, a phone number, a note.
    static CaseRecord savedCase(TestDatabase& t)
    {
        const Site site = Fixtures::cucutaSite(t);
        Person p = Fixtures::person(QStringLiteral("Yoselin"), QStringLiteral("Pérez"));
        p.documents = {Fixtures::document(QStringLiteral("V-20111222"))};
        p.phone = QStringLiteral("+57 310 555 0101");
        CaseRecord r = Fixtures::caseFor(site.id, p);
        r.notes.append(CaseNote{0, t.clock().now(), QStringLiteral("Ana"),
                                QStringLiteral("Threatened at the crossing")});
        r.consent = Consent{QDate(2026, 6, 1), QStringLiteral("Ana"), true, true, true};
        Result<CaseRecord> saved = CaseService(t.db(), t.clock(), t.admin()).save(r);
        if (!saved)
            qFatal("fixture: %s", qPrintable(saved.error().message()));
        return *saved;
    }

private slots:
    void init()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty() ||
            qEnvironmentVariableIsEmpty("AMPARO_TEST_PGHOST"))
            QSKIP("needs the test server and psql (./dev.sh test starts them)");
    }

    void aVerifierIsWhatPostgresqlStores()
    {
        // RFC 7677's user "pencil" and salt; the keys as Python's hashlib derives them.
        QCOMPARE(ScramVerifier::make(QStringLiteral("pencil"),
                                     QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096),
                 QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                                "WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                                "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
        QCOMPARE(ScramVerifier::make(QStringLiteral("contraseña segura"),
                                     QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096),
                 QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$"
                                "egiFn1uE6t1ib0N6caKZH0vUAHjNkpeTECZS6vzTLTg=:"
                                "sES9HcuEm6qLBi4Kl3wGfI72L4StFidHScv3ByTIRoY="));
        // A no-break space is typed as a space; a decomposed ñ is the composed one.
        QCOMPARE(ScramVerifier::prepared(QStringLiteral("contrase\u006E\u0303a\u00A0segura")),
                 QStringLiteral("contraseña segura").toUtf8());
    }

    void everyColumnIsDecided()
    {
        TestDatabase t(TestDatabase::Engine::Server);
        QVERIFY2(t, qPrintable(t.error()));
        QSet<QString> tables;
        for (QSql::TableType type : {QSql::Tables, QSql::Views}) {
            for (const QString& table : t.db().connection().tables(type))
                tables.insert(table);
        }
        const QStringList known = ServerRoles::tables();
        QCOMPARE(tables, QSet<QString>(known.cbegin(), known.cend()));
        for (const QString& table : tables) {
            const QSqlRecord record = t.db().connection().record(table);
            QSet<QString> columns;
            for (int i = 0; i < record.count(); ++i)
                columns.insert(record.fieldName(i));
            const QStringList decided = ServerRoles::columnsOf(table);
            QVERIFY2(columns == QSet<QString>(decided.cbegin(), decided.cend()),
                     qPrintable(table + QStringLiteral(": a column nobody decided on, or one "
                                                       "that no longer exists")));
        }
    }

    void eachAccountReadsOnlyWhatItsRoleMay_data()
    {
        QTest::addColumn<Role>("role");
        QTest::newRow("administrator") << Role::Administrator;
        QTest::newRow("legal staff") << Role::LegalStaff;
        QTest::newRow("volunteer") << Role::Volunteer;
        QTest::newRow("coordinator") << Role::Coordinator;
    }

    void eachAccountReadsOnlyWhatItsRoleMay()
    {
        QFETCH(Role, role);
        TestDatabase t(TestDatabase::Engine::Server);
        QVERIFY2(t, qPrintable(t.error()));
        savedCase(t);
        const UserSession user = t.session(role);

        // Every column of every table, one statement each: what succeeds prints its name.
        QString sql;
        QStringList expected;
        for (const QString& table : ServerRoles::tables()) {
            for (const QString& column : ServerRoles::columnsOf(table)) {
                const QString name = table + u'.' + column;
                sql += QStringLiteral("SELECT 'read %1' FROM (SELECT \"%2\" FROM %3 LIMIT 0) x "
                                      "UNION ALL SELECT 'read %1';\n")
                           .arg(name, column, table);
                if (ServerRoles::mayRead(role, table, column))
                    expected.append(QStringLiteral("read ") + name);
            }
        }
        const Psql run = psql(t, accountOf(t, user.username), QLatin1String(Passphrase), sql);
        const QStringList read = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(read, expected);
        QCOMPARE(run.err.count(QStringLiteral("permission denied")),
                 int(sql.count(u'\n') - expected.size()));

        // What the issue names, said plainly.
        const bool volunteer = role == Role::Volunteer;
        const bool coordinator = role == Role::Coordinator;
        const auto refused = [&](const QString& statement) {
            return psql(t, accountOf(t, user.username), QLatin1String(Passphrase), statement)
                .err.contains(QStringLiteral("permission denied"));
        };
        QCOMPARE(refused(QStringLiteral("SELECT body FROM case_notes;")), volunteer || coordinator);
        QCOMPARE(refused(QStringLiteral("SELECT number FROM person_documents;")),
                 volunteer || coordinator);
        QCOMPARE(refused(QStringLiteral("SELECT phone FROM persons;")), volunteer || coordinator);
        QCOMPARE(refused(QStringLiteral("SELECT * FROM case_risk_categories;")), volunteer);
        QCOMPARE(refused(QStringLiteral("SELECT max_level FROM case_risk;")), volunteer);
        QCOMPARE(refused(QStringLiteral("SELECT needs_attention FROM case_attention;")),
                 coordinator);
        QCOMPARE(refused(QStringLiteral("SELECT observations FROM screenings;")),
                 volunteer || coordinator);
        QCOMPARE(refused(QStringLiteral("SELECT given_names, family_name1 FROM persons;")),
                 coordinator);
        QCOMPARE(refused(QStringLiteral("SELECT name FROM person_other_names;")), coordinator);
        QCOMPARE(refused(QStringLiteral("SELECT sought_given_names FROM tracing_requests;")),
                 coordinator);
        QCOMPARE(refused(QStringLiteral("SELECT passphrase_hash FROM users;")), true);
    }

    void noAccountChangesTheAuditTrail()
    {
        TestDatabase t(TestDatabase::Engine::Server);
        QVERIFY2(t, qPrintable(t.error()));
        savedCase(t);
        for (Role role :
             {Role::Administrator, Role::LegalStaff, Role::Volunteer, Role::Coordinator}) {
            const QString account = accountOf(t, t.session(role).username);
            for (const QString& change :
                 {QStringLiteral("UPDATE audit_log SET details = '' WHERE id = 1;"),
                  QStringLiteral("UPDATE audit_log SET username = 'x' WHERE id = 1;"),
                  QStringLiteral("UPDATE audit_log SET record_label = 'x', details = "
                                 "'{\"erased\":true}', hash = '' WHERE id = 1;"),
                  QStringLiteral("DELETE FROM audit_log WHERE id = 1;"),
                  QStringLiteral("TRUNCATE audit_log;"), QStringLiteral("DROP TABLE audit_log;"),
                  QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;")}) {
                const Psql run = psql(t, account, QLatin1String(Passphrase), change);
                // Administrators may empty an entry's details for an erasure, and nothing
                // else: the trigger refuses the rest.
                QVERIFY2(
                    run.err.contains(QStringLiteral("permission denied")) ||
                        run.err.contains(QStringLiteral("must be owner")) ||
                        (role == Role::Administrator &&
                         run.err.contains(QStringLiteral("the audit trail cannot be changed"))),
                    qPrintable(account + u' ' + change + u' ' + run.err));
            }
        }
        Result<AuditVerifier::Report> report = AuditVerifier(t.db()).verify();
        QVERIFY(report);
        QVERIFY(report->intact());
    }

    void aVolunteerWorksOnTheirOwnAccount()
    {
        TestDatabase t(TestDatabase::Engine::Server);
        QVERIFY2(t, qPrintable(t.error()));
        const CaseRecord stored = savedCase(t);
        t.session(Role::Volunteer);
        Result<std::unique_ptr<Database>> opened = t.openAs(Role::Volunteer);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        Database& db = *opened.value();
        QVERIFY(ServerAccounts::isPersonal(db));
        QVERIFY(!db.ownsServerDatabase());

        AuthService auth(db, t.clock());
        Result<UserSession> wrong =
            auth.signIn(QStringLiteral("volunteer"), QStringLiteral("not the passphrase at all"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), Error::Code::NotPermitted);
        Result<UserSession> other = auth.signIn(QStringLiteral("legal"), QLatin1String(Passphrase));
        QVERIFY(!other);
        Result<UserSession> session =
            auth.signIn(QStringLiteral("volunteer"), QLatin1String(Passphrase));
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
        QCOMPARE(session->role, Role::Volunteer);

        CaseListFilter byName;
        byName.text = QStringLiteral("Yoselin");
        Result<CaseListPage> page =
            CaseListService(db, *session)
                .firstPage(byName, CaseListSort::Risk, Qt::DescendingOrder, 50);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message()));
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows[0].principalName, QStringLiteral("Yoselin Pérez"));

        Result<CaseRecord> opened2 = CaseService(db, t.clock(), *session).open(stored.id);
        QVERIFY2(opened2, qPrintable(opened2 ? QString() : opened2.error().message()));
        QCOMPARE(opened2->members[0].person.givenNames, QStringLiteral("Yoselin"));
        QVERIFY(opened2->members[0].person.documents.isEmpty());
        QVERIFY(opened2->notes.isEmpty());
        QVERIFY(!opened2->members[0].person.phone.contains(QStringLiteral("555")));

        ReunificationQuery query;
        query.name = QStringLiteral("Yoselin Perez");
        Result<QList<ReunificationHit>> hits =
            ReunificationSearch(db, t.clock(), *session).search(query);
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message()));
        QVERIFY(!hits->isEmpty());

        TracingRequest request =
            Fixtures::tracingRequest(stored.siteId, QStringLiteral("Yoselin"),
                                     QStringLiteral("Pérez"), t.clock().now().date());
        Result<TracingRequest> added = TracingService(db, t.clock(), *session).add(request);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
        Result<QList<MatchProposal>> proposals =
            TracingService(db, t.clock(), *session).proposals(added->id);
        QVERIFY2(proposals, qPrintable(proposals ? QString() : proposals.error().message()));
        QVERIFY(!proposals->isEmpty());
        Result<TracingRequest> confirmed =
            TracingService(db, t.clock(), *session).confirm(proposals->first().id, QString());
        QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().message()));

        // What was done on the volunteer's account is in the trail, which still verifies.
        Result<AuditVerifier::Report> report = AuditVerifier(t.db()).verify();
        QVERIFY(report);
        QVERIFY(report->intact());
    }

    void aCoordinatorCountsOnTheirOwnAccount()
    {
        TestDatabase t(TestDatabase::Engine::Server);
        QVERIFY2(t, qPrintable(t.error()));
        savedCase(t);
        t.session(Role::Coordinator);
        Result<std::unique_ptr<Database>> opened = t.openAs(Role::Coordinator);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        Database& db = *opened.value();
        Result<UserSession> session =
            AuthService(db, t.clock())
                .signIn(QStringLiteral("coordinator"), QLatin1String(Passphrase));
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
        AggregateService aggregates(db, t.clock(), *session);
        for (Measure measure :
             {Measure::Persons, Measure::Cases, Measure::Screenings, Measure::SpecificNeeds,
              Measure::Procedures, Measure::PermitsGranted, Measure::TracingRequests,
              Measure::Reunifications, Measure::DeadlinesMissed, Measure::OpenDeadlines}) {
            for (Dimension by : AggregateService::dimensionsOf(measure)) {
                AggregateDefinition d;
                d.measure = measure;
                d.dimensions = {by};
                Result<AggregateTable> table =
                    aggregates.compute(d, AggregateService::SmallValues::GroupAsOther);
                // One case is too few to publish: that is the only refusal expected.
                if (!table && table.error().message().contains(QStringLiteral("Too fine")))
                    continue;
                QVERIFY2(table, qPrintable(QStringLiteral("measure %1 by %2: %3")
                                               .arg(int(measure))
                                               .arg(int(by))
                                               .arg(table ? QString() : table.error().message())));
            }
        }
    }

    void legalStaffWorkOnTheirOwnAccount()
    {
        TestDatabase t(TestDatabase::Engine::Server);
        QVERIFY2(t, qPrintable(t.error()));
        const CaseRecord stored = savedCase(t);
        t.session(Role::LegalStaff);
        Result<std::unique_ptr<Database>> opened = t.openAs(Role::LegalStaff);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        Database& db = *opened.value();
        Result<UserSession> session =
            AuthService(db, t.clock()).signIn(QStringLiteral("legal"), QLatin1String(Passphrase));
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
        CaseService cases(db, t.clock(), *session);
        Result<CaseRecord> record = cases.open(stored.id);
        QVERIFY2(record, qPrintable(record ? QString() : record.error().message()));
        QCOMPARE(record->members[0].person.phone, QStringLiteral("+57 310 555 0101"));
        QCOMPARE(record->notes.size(), 1);
        CaseRecord changed = *record;
        changed.members[0].person.phone = QStringLiteral("+57 310 555 0202");
        changed.notes.append(
            CaseNote{0, t.clock().now(), QStringLiteral("Luis"), QStringLiteral("Called back")});
        Result<CaseRecord> saved = cases.save(changed);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
        QCOMPARE(saved->notes.size(), 2);
        Result<CaseListPage> page = CaseListService(db, *session)
                                        .firstPage({}, CaseListSort::Risk, Qt::DescendingOrder, 50);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message()));
    }

    // An upgrade is the owner's: a person's account opening an older schema changes nothing
    // and says who must open it first.
    void onlyTheOwnerUpgrades()
    {
        TestDatabase t(TestDatabase::Engine::Server);
        QVERIFY2(t, qPrintable(t.error()));
        t.session(Role::LegalStaff);
        const int older = Database::latestSchemaVersion() - 1;
        QVERIFY(t.db().run(
            QStringLiteral("UPDATE amparo_meta SET value = ? WHERE key = 'schema_version'"),
            {QString::number(older)}));
        Result<std::unique_ptr<Database>> opened = t.openAs(Role::LegalStaff);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), Error::Code::Refused);
        QVERIFY2(opened.error().message().contains(QStringLiteral("owner")),
                 qPrintable(opened.error().message()));
        QCOMPARE(
            t.scalar(QStringLiteral(
                "SELECT CAST(value AS INTEGER) FROM amparo_meta WHERE key = 'schema_version'")),
            older);
    }

    // An account that is neither the owner's nor a user's own is told which to use.
    void anotherAccountIsToldWhichToUse()
    {
        TestDatabase t(TestDatabase::Engine::Server);
        QVERIFY2(t, qPrintable(t.error()));
        t.admin();
        QUrl other(t.path());
        other.setUserName(QStringLiteral("amparo_with_password"));
        other.setPassword(QStringLiteral("the right password 2026"));
        Result<std::unique_ptr<Database>> opened = Database::open(other.toString(), t.clock());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), Error::Code::Refused);
        QVERIFY2(opened.error().message().contains(QStringLiteral("sign in with your Amparo name")),
                 qPrintable(opened.error().message()));
    }

    void accountsFollowTheUsers()
    {
        TestDatabase t(TestDatabase::Engine::Server);
        QVERIFY2(t, qPrintable(t.error()));
        savedCase(t);
        // The administrator, on their own account, manages the others.
        Result<std::unique_ptr<Database>> adminDb = t.openAs(Role::Administrator);
        QVERIFY2(adminDb, qPrintable(adminDb ? QString() : adminDb.error().message()));
        Result<UserSession> admin = AuthService(**adminDb, t.clock())
                                        .signIn(QStringLiteral("admin"), QLatin1String(Passphrase));
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message()));
        UserService users(**adminDb, t.clock(), *admin);
        User rosa;
        rosa.username = QStringLiteral("Rosa");
        rosa.displayName = QStringLiteral("Rosa Díaz");
        rosa.role = Role::Volunteer;
        const QString first = QStringLiteral("first of the passphrases");
        Result<User> added = users.addUser(rosa, first);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
        const QString account = accountOf(t, QStringLiteral("rosa"));
        const QString readNote = QStringLiteral("SELECT 'note ' || count(body) FROM case_notes;");
        QVERIFY(
            psql(t, account, first, readNote).err.contains(QStringLiteral("permission denied")));

        // A new role is a new group: legal staff read notes.
        QVERIFY(users.setRole(added->id, Role::LegalStaff));
        QCOMPARE(psql(t, account, first, readNote).out.trimmed(), QStringLiteral("note 1"));

        // A reset passphrase is the account's new password; the old one no longer opens it.
        const QString second = QStringLiteral("second of the passphrases");
        QVERIFY(users.resetPassphrase(added->id, second));
        QVERIFY(psql(t, account, first, readNote)
                    .err.contains(QStringLiteral("authentication failed")));
        QCOMPARE(psql(t, account, second, readNote).out.trimmed(), QStringLiteral("note 1"));

        // Rosa changes her own on her account: the server's password and Amparo's hash.
        {
            Result<std::unique_ptr<Database>> rosaDb = Database::open(
                Database::personalLocation(t.path(), QStringLiteral("rosa"), second), t.clock());
            QVERIFY2(rosaDb, qPrintable(rosaDb ? QString() : rosaDb.error().message()));
            AuthService auth(**rosaDb, t.clock());
            Result<UserSession> session = auth.signIn(QStringLiteral("rosa"), second);
            QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
            QVERIFY(!auth.unlock(*session, first));
            QVERIFY(auth.unlock(*session, second));
            const QString third = QStringLiteral("her very own passphrase");
            Status changed = auth.changeOwnPassphrase(*session, second, third);
            QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message()));
            QCOMPARE(psql(t, account, third, readNote).out.trimmed(), QStringLiteral("note 1"));
            QVERIFY(AuthService(t.db(), t.clock()).signIn(QStringLiteral("rosa"), third));
        }

        // A deactivated user's account cannot sign in, with a sentence that says so.
        QVERIFY(users.setActive(added->id, false));
        Result<std::unique_ptr<Database>> refused =
            Database::open(Database::personalLocation(t.path(), QStringLiteral("rosa"),
                                                      QStringLiteral("her very own passphrase")),
                           t.clock());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), Error::Code::NotPermitted);
        QVERIFY2(refused.error().message().contains(QStringLiteral("deactivated")),
                 qPrintable(refused.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
