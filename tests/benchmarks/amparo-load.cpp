// amparo-load: many people saving at once on one database (./dev.sh bench runs it on a
// throw-away PostgreSQL server). Not a test: it measures, and checks what must hold under load.
//
//   amparo-load --database LOCATION [--clients 20] [--seconds 60]
//
// Each client has its own connection and saves its own case again and again; two more save
// one shared case, so that one of them keeps finding it changed by the other. At the end:
// every save a client saw committed is in the database, every refused save of the shared case
// was refused with the conflict sentence, and the audit chain verifies. Prints saves per
// second and the 95th percentile of a save's latency.
#include "core/audit/AuditVerifier.h"
#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/services/AuthService.h"
#include "core/services/CaseService.h"
#include "core/services/SiteService.h"
#include "core/storage/Database.h"
#include "tests/support/Fixtures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

namespace {
struct ClientReport
{
    qint64 caseId = 0;
    QString lastCommitted; // the caseworker of this client's last committed save
    QList<qint64> latenciesUs;
    int conflicts = 0;
    int wrongConflictSentences = 0;
    QString failure;
};

void fail(const QString& why)
{
    std::fprintf(stderr, "amparo-load: %s\n", qPrintable(why));
    std::exit(1);
}

// Saves `caseId` (or a new case when 0) until `deadline`, changing its caseworker each time.
void runClient(const QString& location, const UserSession& session, qint64 siteId,
               qint64 sharedCaseId, int index, const QDeadlineTimer& deadline, ClientReport& report)
{
    Result<std::unique_ptr<Database>> db = Database::open(location, Clock::system());
    if (!db) {
        report.failure = db.error().message();
        return;
    }
    CaseService cases(**db, Clock::system(), session);
    qint64 caseId = sharedCaseId;
    if (caseId == 0) {
        Result<CaseRecord> created = cases.save(
            Fixtures::caseFor(siteId, Fixtures::person(QStringLiteral("Cliente%1").arg(index),
                                                       QStringLiteral("Carga"))));
        if (!created) {
            report.failure = created.error().message();
            return;
        }
        caseId = created->id;
    }
    report.caseId = caseId;
    for (int round = 0; !deadline.hasExpired(); ++round) {
        Result<CaseRecord> opened = cases.open(caseId);
        if (!opened) {
            report.failure = opened.error().message();
            return;
        }
        CaseRecord changed = *opened;
        changed.caseworker = QStringLiteral("client %1 round %2").arg(index).arg(round);
        QElapsedTimer timer;
        timer.start();
        Result<CaseRecord> saved = cases.save(changed);
        const qint64 us = timer.nsecsElapsed() / 1000;
        if (saved) {
            report.latenciesUs.append(us);
            report.lastCommitted = changed.caseworker;
        } else if (saved.error().code() == Error::Code::Conflict) {
            ++report.conflicts;
            if (!saved.error().message().contains(QStringLiteral("changed by someone else")))
                ++report.wrongConflictSentences;
        } else {
            report.failure = saved.error().message();
            return;
        }
    }
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("An empty database."),
                      QStringLiteral("LOCATION")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Clients saving their own case."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long they save."),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.process(app);
    const QString location = parser.value(QStringLiteral("database"));
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    if (location.isEmpty() || clients < 1 || seconds < 1)
        fail(QStringLiteral(
            "give --database LOCATION (an empty database), --clients and --seconds"));

    Crypto::useFastParametersForTests();
    if (Status s = Crypto::init(); !s)
        fail(s.error().message());
    Result<std::unique_ptr<Database>> db = Database::open(location, Clock::system());
    if (!db)
        fail(db.error().message());
    Result<UserSession> admin =
        AuthService(**db, Clock::system())
            .createFirstAdministrator(QStringLiteral("load"), QStringLiteral("Load Program"),
                                      QStringLiteral("una frase larga de prueba"));
    if (!admin)
        fail(admin.error().message());
    Result<Site> site = SiteService(**db, Clock::system(), *admin)
                            .create(Site{0, QStringLiteral("LOD"), QStringLiteral("Carga"),
                                         QStringLiteral("COL"), QStringLiteral("CO-NSA")});
    if (!site)
        fail(site.error().message());
    Result<CaseRecord> shared =
        CaseService(**db, Clock::system(), *admin)
            .save(Fixtures::caseFor(
                site->id, Fixtures::person(QStringLiteral("Compartida"), QStringLiteral("Carga"))));
    if (!shared)
        fail(shared.error().message());

    const QDeadlineTimer deadline{std::chrono::seconds(seconds)};
    QList<ClientReport> reports(clients + 2);
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < clients + 2; ++i) {
        const qint64 sharedId = i < clients ? 0 : shared->id;
        threads.emplace_back([&, i, sharedId] {
            runClient(location, *admin, site->id, sharedId, i, deadline, reports[i]);
        });
    }
    for (std::thread& t : threads)
        t.join();
    const double elapsed = wall.nsecsElapsed() / 1e9;

    QList<qint64> latencies;
    int conflicts = 0;
    bool sound = true;
    for (int i = 0; i < reports.size(); ++i) {
        const ClientReport& r = reports[i];
        if (!r.failure.isEmpty()) {
            std::fprintf(stderr, "client %d failed: %s\n", i, qPrintable(r.failure));
            sound = false;
        }
        latencies += r.latenciesUs;
        conflicts += r.conflicts;
        if (r.wrongConflictSentences > 0) {
            std::fprintf(stderr, "client %d: %d refusals without the conflict sentence\n", i,
                         r.wrongConflictSentences);
            sound = false;
        }
        // A client's own case holds its last committed save: nothing committed was lost.
        if (i < clients && !r.lastCommitted.isEmpty()) {
            Result<CaseRecord> stored = CaseService(**db, Clock::system(), *admin).open(r.caseId);
            if (!stored || stored->caseworker != r.lastCommitted) {
                std::fprintf(stderr, "client %d: its last committed save is not there\n", i);
                sound = false;
            }
        }
    }
    Result<AuditVerifier::Report> audit = AuditVerifier(**db).verify();
    if (!audit || !audit->intact()) {
        std::fprintf(stderr, "the audit chain does not verify\n");
        sound = false;
    }
    std::sort(latencies.begin(), latencies.end());
    const qint64 p95 = latencies.isEmpty() ? 0 : latencies[int(latencies.size() * 0.95)];
    std::printf("%s: %d clients + 2 on one case for %.0f s\n", qPrintable((*db)->displayName()),
                clients, elapsed);
    std::printf("  saves committed   %lld (%.0f per second)\n", qint64(latencies.size()),
                latencies.size() / elapsed);
    std::printf("  save latency p95  %.1f ms\n", p95 / 1000.0);
    std::printf("  shared case       %d saves refused as changed by someone else\n", conflicts);
    std::printf("  audit chain       %s (%lld entries)\n",
                audit && audit->intact() ? "intact" : "BROKEN", audit ? audit->entries : 0);
    std::printf("  %s\n", sound ? "nothing committed was lost" : "FAILED: see above");
    return sound ? 0 : 1;
}
