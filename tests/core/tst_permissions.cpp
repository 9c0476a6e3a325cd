#include "core/services/AuditService.h"
#include "core/services/BackupService.h"
#include "core/services/CaseListService.h"
#include "core/security/AccessPolicy.h"
#include "core/services/CaseService.h"
#include "core/services/DemoDataService.h"
#include "core/services/SiteService.h"
#include "core/services/UserService.h"
#include "core/statistics/AggregateService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Every role against every service operation, called directly: the widgets are not the
// protection.
class TestPermissions : public QObject
{
    Q_OBJECT

    using Operation = std::function<Status(TestDatabase&, const UserSession&)>;

    static Status status(const Error& e) { return e; }
    static int roleColumnWidth(Role r)
    {
        return r == Role::Administrator || r == Role::LegalStaff ? 6 : 10;
    }
    template <typename T>
    static Status status(const Result<T>& r)
    {
        return r ? Status() : Status(r.error());
    }

    static CaseRecord storedCase(TestDatabase& t)
    {
        return *CaseService(t.db(), t.clock(), t.admin()).load(1);
    }

    QHash<QString, Operation> operations()
    {
        QHash<QString, Operation> ops;
        ops[QStringLiteral("list cases")] = [](TestDatabase& t, const UserSession& s) {
            return status(CaseListService(t.db(), s).count({}));
        };
        ops[QStringLiteral("open a case")] = [](TestDatabase& t, const UserSession& s) {
            return status(CaseService(t.db(), t.clock(), s).open(1));
        };
        ops[QStringLiteral("register a case")] = [](TestDatabase& t, const UserSession& s) {
            return status(
                CaseService(t.db(), t.clock(), s)
                    .save(Fixtures::caseFor(
                        1, Fixtures::person(QStringLiteral("Nuevo"), QStringLiteral("Caso")))));
        };
        ops[QStringLiteral("change a case")] = [](TestDatabase& t, const UserSession& s) {
            CaseRecord r = storedCase(t);
            r.caseworker = QStringLiteral("Otra persona");
            return status(CaseService(t.db(), t.clock(), s).save(r));
        };
        ops[QStringLiteral("add a site")] = [](TestDatabase& t, const UserSession& s) {
            return status(SiteService(t.db(), t.clock(), s)
                              .create(Site{0,
                                           QStringLiteral("LIM"),
                                           QStringLiteral("Lima"),
                                           QStringLiteral("PER"),
                                           {}}));
        };
        ops[QStringLiteral("manage users")] = [](TestDatabase& t, const UserSession& s) {
            return status(UserService(t.db(), t.clock(), s).users());
        };
        ops[QStringLiteral("read the audit trail")] = [](TestDatabase& t, const UserSession& s) {
            return status(AuditService(t.db(), t.clock(), s).entries({}, 0, 10));
        };
        ops[QStringLiteral("export the audit trail")] = [](TestDatabase& t, const UserSession& s) {
            QBuffer out;
            out.open(QIODevice::WriteOnly);
            return status(AuditService(t.db(), t.clock(), s).exportCsv({}, out));
        };
        ops[QStringLiteral("make a backup")] = [](TestDatabase& t, const UserSession& s) {
            return BackupService(t.db(), t.clock(), s)
                .createBackup(t.folder() + QStringLiteral("/b.amparobackup"),
                              QStringLiteral("backup passphrase 1"));
        };
        ops[QStringLiteral("restore a backup")] = [](TestDatabase& t, const UserSession& s) {
            // A missing file fails after the permission check: NotPermitted means refused.
            return status(BackupService::prepareRestore(s, t.folder() + QStringLiteral("/none"),
                                                        QStringLiteral("x"), t.path()));
        };
        ops[QStringLiteral("see statistics")] = [](TestDatabase& t, const UserSession& s) {
            // Refused as too fine to publish is still permitted: NotPermitted means refused.
            Result<AggregateTable> r =
                AggregateService(t.db(), t.clock(), s).compute(AggregateDefinition());
            return !r && r.error().code() == Error::Code::Invalid ? Status() : status(r);
        };
        ops[QStringLiteral("set the smallest count")] = [](TestDatabase& t, const UserSession& s) {
            return AggregateService(t.db(), t.clock(), s).setOrganisationThreshold(8);
        };
        ops[QStringLiteral("add invented people")] = [](TestDatabase& t, const UserSession& s) {
            // The database holds a case, so an allowed call is refused by the rule instead.
            Result<Site> r = DemoDataService(t.db(), t.clock(), s).load();
            return !r && r.error().code() == Error::Code::Refused ? Status() : status(r);
        };
        return ops;
    }

private slots:
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("allowed");
        const auto rows = [](Role role, const QStringList& allowed, const QStringList& refused) {
            for (const QString& op : allowed)
                QTest::addRow("%s may %s", qPrintable(roleCodes().code(role)), qPrintable(op))
                    << int(role) << op << true;
            for (const QString& op : refused)
                QTest::addRow("%s may not %s", qPrintable(roleCodes().code(role)), qPrintable(op))
                    << int(role) << op << false;
        };
        const QString list = QStringLiteral("list cases"), open = QStringLiteral("open a case"),
                      create = QStringLiteral("register a case"),
                      change = QStringLiteral("change a case"), site = QStringLiteral("add a site"),
                      users = QStringLiteral("manage users"),
                      audit = QStringLiteral("read the audit trail"),
                      auditExport = QStringLiteral("export the audit trail"),
                      backup = QStringLiteral("make a backup"),
                      restore = QStringLiteral("restore a backup"),
                      stats = QStringLiteral("see statistics"),
                      threshold = QStringLiteral("set the smallest count"),
                      invented = QStringLiteral("add invented people");
        rows(Role::Administrator,
             {list, open, create, change, site, users, audit, auditExport, backup, stats,
              threshold, invented},
             {});
        rows(Role::LegalStaff, {list, open, create, change, backup, stats},
             {site, users, audit, auditExport, restore, threshold, invented});
        rows(Role::Volunteer, {list, open},
             {create, change, site, users, audit, auditExport, backup, restore, stats, threshold,
              invented});
        rows(Role::Coordinator, {stats},
             {list, open, create, change, site, users, audit, auditExport, backup, restore,
              threshold, invented});
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(QString, operation);
        QFETCH(bool, allowed);
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        Person p = Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"));
        QVERIFY(CaseService(t.db(), t.clock(), t.legal()).save(Fixtures::caseFor(site.id, p)));
        const UserSession session = t.session(Role(role));
        const Status result = operations().value(operation)(t, session);
        if (allowed) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code(), Error::Code::NotPermitted);
            QVERIFY(result.error().message().startsWith(QStringLiteral("Not permitted")));
        }
    }

    void volunteersSeeOnlyWhatReunificationNeeds()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        Person p = Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"), {},
                                    Sex::Female, PartialDate::exact(QDate(1990, 4, 12)));
        p.documents = {Fixtures::document(QStringLiteral("V-555"))};
        p.phone = QStringLiteral("+57 300 000 0000");
        CaseRecord r = Fixtures::caseFor(site.id, p);
        r.notes.append(
            CaseNote{0, {}, QStringLiteral("Ana"), QStringLiteral("Survivor of violence")});
        r.status = CaseStatus::Closed;
        r.closureReason = QStringLiteral("Moved after threats");
        r.outcome = CaseOutcome::VoluntaryReturn;
        r.voluntaryReturn = VoluntaryReturn{QDate(2026, 6, 10), QStringLiteral("VEN"),
                                            QStringLiteral("Maracaibo"), true};
        QVERIFY(CaseService(t.db(), t.clock(), t.legal()).save(r));

        Result<CaseRecord> seen =
            CaseService(t.db(), t.clock(), t.session(Role::Volunteer)).open(1);
        QVERIFY(seen);
        const Person& visible = seen->members.constFirst().person;
        QCOMPARE(visible.fullName(), QStringLiteral("Carmen Rojas"));
        QCOMPARE(visible.nationalities, QStringList{QStringLiteral("VEN")});
        QCOMPARE(visible.location.place, QStringLiteral("Cúcuta"));
        QCOMPARE(visible.birthDate, PartialDate::yearOnly(1990)); // the year, not the day
        QVERIFY(visible.documents.isEmpty());
        QVERIFY(visible.phone.isEmpty());
        QVERIFY(seen->notes.isEmpty());
        QVERIFY(seen->closureReason.isEmpty());

        // Legal staff see everything.
        Result<CaseRecord> full = CaseService(t.db(), t.clock(), t.legal()).open(1);
        QCOMPARE(full->members.constFirst().person.documents.size(), 1);
        QCOMPARE(full->notes.size(), 1);
    }

    // Every permission against every role, as one table: a new permission, or a role given
    // one more, changes the table and fails here until this expected table says so too.
    void wholeMatrixAsExpected()
    {
        const QList<Role> roles{Role::Administrator, Role::LegalStaff, Role::Volunteer,
                                Role::Coordinator};
        QString table = QStringLiteral("permission            admin legal volunteer coordinator\n");
        for (const Permission p : permissionCodes().values()) {
            QString line = permissionCodes().code(p).leftJustified(22);
            for (const Role r : roles)
                line += (AccessPolicy::allows(r, p) ? QStringLiteral("x") : QStringLiteral("-"))
                            .leftJustified(r == Role::Coordinator ? 1 : roleColumnWidth(r));
            table += line + QLatin1Char('\n');
        }
        const QString expected = QStringLiteral(
            "permission            admin legal volunteer coordinator\n"
            "view_case_list        x     x     x         -\n"
            "view_case             x     x     x         -\n"
            "view_birth_dates      x     x     -         -\n"
            "view_documents        x     x     -         -\n"
            "view_notes            x     x     -         -\n"
            "create_case           x     x     -         -\n"
            "edit_case             x     x     -         -\n"
            "manage_sites          x     -     -         -\n"
            "manage_users          x     -     -         -\n"
            "view_audit            x     -     -         -\n"
            "make_backup           x     x     -         -\n"
            "restore_backup        x     -     -         -\n"
            "view_aggregates       x     x     -         x\n"
            "view_risk             x     x     -         -\n"
            "edit_risk             x     x     -         -\n"
            "view_legal            x     x     -         -\n"
            "edit_legal            x     x     -         -\n"
            "trace_families        x     x     x         -\n"
            "review_child_matches  x     x     -         -\n"
            "import_cases          x     x     -         -\n"
            "set_count_threshold   x     -     -         -\n"
            "invented_data         x     -     -         -\n"
            "merge_records         x     x     -         -\n"
            "refer                 x     x     -         -\n"
            "manage_partners       x     -     -         -\n"
            "plan_cases            x     x     -         -\n"
            "answer_data_requests  x     -     -         -\n"
            "document_incidents    x     x     -         -\n"
            "monitor_protection    x     x     x         -\n"
            "network_counts        x     -     -         x\n");
        QCOMPARE(table, expected);
    }

    void noSessionNoAccess()
    {
        TestDatabase t;
        QVERIFY(t);
        Result<int> count = CaseListService(t.db(), UserSession{}).count({});
        QVERIFY(!count);
        QCOMPARE(count.error().code(), Error::Code::NotPermitted);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
