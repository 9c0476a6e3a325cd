// amparo-bench: builds (once, then cached) synthetic databases of 100,000 and 1,000,000
// persons and measures what people wait for. See docs/performance.md.

#include "core/common/Clock.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/KeyFile.h"
#include "core/generator/PopulationGenerator.h"
#include "core/generator/SyntheticNames.h"
#include "core/import/ImportService.h"
#include "core/import/MappingProposer.h"
#include "core/import/TabularSource.h"
#include "core/matching/NameMatcher.h"
#include "core/services/AuthService.h"
#include "core/services/CasePlanService.h"
#include "core/services/DatabaseCopier.h"
#include "core/services/DatabaseEncryptor.h"
#include "core/services/DatabaseKeys.h"
#include "core/services/DuplicateScan.h"
#include "core/services/ErasureService.h"
#include "core/services/IntakeCheck.h"
#include "core/services/ReunificationSearch.h"
#include "core/services/SimilarCaseSearch.h"
#include "core/services/SiteService.h"
#include "core/services/SyncService.h"
#include "core/services/SyncSetupService.h"
#include "core/services/TracingService.h"
#include "core/statistics/AggregateQuery.h"
#include "core/statistics/AggregateService.h"
#include "core/statistics/CountsPackage.h"
#include "core/statistics/StatisticsReport.h"
#include "core/storage/AppStateRepository.h"
#include "core/storage/Database.h"
#include "core/storage/EncryptionSwitch.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/TableGraph.h"
#include "tests/benchmarks/BenchTable.h"
#include "ui/caselist/CaseListModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator64>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QString benchUser = QStringLiteral("bench");
const QString benchPassphrase = QStringLiteral("measure twice, cut once 2026");
constexpr quint64 Seed = 2026;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The database for `persons`, generated the first time and kept for later runs.
std::unique_ptr<Database> databaseFor(const QString& cacheDir, int persons, UserSession& session)
{
    const QString path = QDir(cacheDir).filePath(QStringLiteral("amparo-bench-%1-v%2.sqlite")
                                                     .arg(persons)
                                                     .arg(PopulationGenerator::Version));
    const bool exists = QFile::exists(path);
    Result<std::unique_ptr<Database>> db = Database::open(path, Clock::system());
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().message()));
    AuthService auth(**db, Clock::system());
    if (exists) {
        Result<UserSession> signedIn = auth.signIn(benchUser, benchPassphrase);
        if (!signedIn)
            qFatal("cannot sign in: %s", qPrintable(signedIn.error().message()));
        session = *signedIn;
        Result<QString> made =
            AppStateRepository(**db).value(QStringLiteral("generated_population"));
        if (made && !made->isEmpty())
            return std::move(db).value();
        qFatal("%s is incomplete; remove it and run again", qPrintable(path));
    }
    Result<UserSession> created =
        auth.createFirstAdministrator(benchUser, QStringLiteral("Bench"), benchPassphrase);
    if (!created)
        qFatal("cannot create the user: %s", qPrintable(created.error().message()));
    session = *created;
    out() << QStringLiteral("Generating %1 persons into %2…").arg(persons).arg(path) << Qt::endl;
    QElapsedTimer timer;
    timer.start();
    Result<PopulationGenerator::Report> report =
        PopulationGenerator(**db, Clock::system()).generate({persons, Seed});
    if (!report)
        qFatal("generation failed: %s", qPrintable(report.error().message()));
    out() << QStringLiteral("  generated in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return std::move(db).value();
}

// The same database encrypted (issue 19), made once from the plaintext one and kept.
std::unique_ptr<Database> encryptedCopyOf(const QString& cacheDir, const Database& plain,
                                          int persons, const UserSession& session)
{
    const QString path =
        QDir(cacheDir).filePath(QStringLiteral("amparo-bench-%1-v%2-encrypted.sqlite")
                                    .arg(persons)
                                    .arg(PopulationGenerator::Version));
    if (!QFile::exists(path)) {
        out() << QStringLiteral("Encrypting a copy into %1…").arg(path) << Qt::endl;
        if (Result<RecoveryKey> made = DatabaseEncryptor(plain, Clock::system(), session).prepare();
            !made)
            qFatal("cannot encrypt: %s", qPrintable(made.error().message()));
        const QString copy = EncryptionSwitch::encryptingPath(plain.path());
        if (!QFile::rename(KeyFile::pathFor(copy), KeyFile::pathFor(path)) ||
            !QFile::rename(copy, path))
            qFatal("cannot move the encrypted copy to %s", qPrintable(path));
    }
    if (Status s = DatabaseKeys::unlock(path, benchUser, benchPassphrase); !s)
        qFatal("cannot unlock: %s", qPrintable(s.error().message()));
    Result<std::unique_ptr<Database>> db = Database::open(path, Clock::system());
    if (!db)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().message()));
    return std::move(db).value();
}

// Names people would type at the door: taken from the data, one in three misspelled. Only
// the persons' ids are read whole: a million names held and freed at once leave the allocator
// a million small blocks to gather on its next large request, which some measurement after
// would pay (150 ms at a million persons).
QList<ReunificationQuery> queriesFrom(Database& db, int count)
{
    QList<ReunificationQuery> queries;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM persons ORDER BY id"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT given_names, family_name1 FROM persons WHERE id = ?"));
    QRandomGenerator64 random(Seed);
    for (int i = 0; i < count && !ids.isEmpty(); ++i) {
        q.addBindValue(ids[qsizetype(random.bounded(quint64(ids.size())))]);
        if (!q.exec() || !q.next())
            qFatal("cannot read a name: %s", qPrintable(q.lastError().text()));
        QString given = q.value(0).toString().section(QLatin1Char(' '), 0, 0);
        QString family = q.value(1).toString();
        if (i % 3 == 0)
            given = SyntheticNames::variant(given, random.generate());
        queries.append({given + QLatin1Char(' ') + family, {}, Sex::Unknown, {}});
    }
    return queries;
}

void measureTracing(Database& db, const UserSession& session, int persons, BenchTable& table)
{
    BenchTable::Row search{QStringLiteral("Reunification search (volunteer), 100 names from the "
                                          "data, a third misspelled"),
                           persons,
                           {},
                           20,
                           QStringLiteral("p95 ≤ 20 ms")};
    const ReunificationSearch searcher(db, Clock::system(), session);
    for (const ReunificationQuery& query : queriesFrom(db, 100)) {
        QElapsedTimer timer;
        timer.start();
        Result<QList<ReunificationHit>> hits = searcher.search(query);
        search.samplesMs.append(timer.nsecsElapsed() / 1e6);
        if (!hits)
            qFatal("search failed: %s", qPrintable(hits.error().message()));
    }
    table.add(search);

    BenchTable::Row pass{QStringLiteral("Full reunification matching pass (every open tracing "
                                        "request)"),
                         persons,
                         {},
                         15000,
                         QStringLiteral("≤ 15 s")};
    // Every run starts where the generator leaves the file, without proposals: on the kept
    // database the run before would otherwise have written them already.
    if (Status cleared = db.run(QStringLiteral("DELETE FROM match_proposals")); !cleared)
        qFatal("cannot clear the proposals: %s", qPrintable(cleared.error().message()));
    QElapsedTimer timer;
    timer.start();
    Result<int> pending = TracingService(db, Clock::system(), session).rematchAll({});
    pass.samplesMs.append(timer.nsecsElapsed() / 1e6);
    if (!pending)
        qFatal("matching failed: %s", qPrintable(pending.error().message()));
    table.add(pass);
}
// Reads what a view shows of the first page: the rows on screen.
void readPage(const CaseListModel& model, int firstRow)
{
    const int last = std::min(model.rowCount(), firstRow + 40);
    for (int r = firstRow; r < last; ++r) {
        for (int c = 0; c < CaseListModel::ColumnCount; ++c)
            model.data(model.index(r, c), Qt::DisplayRole);
    }
}

// Peak memory of a process that opens the database and shows the case list, scrolled to the
// middle: run as a child so that generating or matching never counts.
int caseListMemoryChild(const QString& path)
{
    if (DatabaseKeys::isEncrypted(path) && !DatabaseKeys::unlock(path, benchUser, benchPassphrase))
        qFatal("cannot unlock %s", qPrintable(path));
    Result<std::unique_ptr<Database>> db = Database::open(path, Clock::system());
    if (!db)
        qFatal("cannot open: %s", qPrintable(db.error().message()));
    // Signing in is part of the app's life (and Argon2id takes memory of its own).
    Result<UserSession> session =
        AuthService(**db, Clock::system()).signIn(benchUser, benchPassphrase);
    if (!session)
        qFatal("cannot sign in: %s", qPrintable(session.error().message()));
    CaseListModel model(**db, *session);
    readPage(model, 0);
    model.sort(CaseListModel::PrincipalColumn, Qt::AscendingOrder);
    readPage(model, model.rowCount() / 2);
    readPage(model, model.rowCount() - 40);
    if (model.rowCount() == 0)
        qFatal("the case list is empty: %s", qPrintable(model.lastError()));
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    // The peak (unlocking an encrypted file takes Argon2id's 256 MiB for a moment), then what
    // stays resident with the list open.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const char* field : {"VmHWM:", "VmRSS:"}) {
        for (const QByteArray& line : lines) {
            if (line.startsWith(field))
                out() << line.mid(6).trimmed().split(' ').value(0) << Qt::endl;
        }
    }
    return 0;
}

// The database file (and its write-ahead log) read into the operating system's cache, as on a
// laptop where Amparo has been in use a while; or dropped from it, as after the system needed
// the memory for something else. This machine's kernel drops pages left idle for a while
// (kdamond), so without either the figures depend on what ran just before.
// Done by another process: closing any descriptor of the database file in this one would drop
// every POSIX lock the process holds on it, and another program closing the file could then take
// itself for the last one and fold the write-ahead log away under this one's connections (the
// next connection found the file "damaged": a short read).
void keepFileInCache(const QString& path, bool keep)
{
    for (const QString& name : {path, path + QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(name))
            continue;
        QProcess dd;
        dd.start(QStringLiteral("dd"),
                 keep ? QStringList{QStringLiteral("if=") + name, QStringLiteral("of=/dev/null"),
                                    QStringLiteral("bs=1M"), QStringLiteral("status=none")}
                      : QStringList{QStringLiteral("if=") + name, QStringLiteral("iflag=nocache"),
                                    QStringLiteral("count=0"), QStringLiteral("status=none")});
        dd.waitForFinished(-1);
        if (dd.exitCode() != 0)
            qFatal("dd failed: %s", dd.readAllStandardError().constData());
    }
}

void measureCaseList(Database& db, const UserSession& session, int persons, BenchTable& table)
{
    const QString path = db.path();
    keepFileInCache(path, true);
    BenchTable::Row open{QStringLiteral("Open the database and show the first page of the case "
                                        "list"),
                         persons,
                         {},
                         100,
                         QStringLiteral("p95 ≤ 100 ms")};
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Database>> again = Database::open(path, Clock::system());
        if (!again)
            qFatal("cannot open: %s", qPrintable(again.error().message()));
        CaseListModel model(**again, session);
        readPage(model, 0);
        open.samplesMs.append(timer.nsecsElapsed() / 1e6);
    }
    table.add(open);

    CaseListModel model(db, session);
    // The first search after the list opens prepares its statements and reads the search
    // index's structure: once a session, reported apart so that it does not stand for every
    // search in the percentiles below.
    BenchTable::Row cold{QStringLiteral("First name search after the list opens (once a session)"),
                         persons,
                         {},
                         0,
                         QStringLiteral("reported")};
    {
        QElapsedTimer timer;
        timer.start();
        CaseListFilter first;
        first.text = QStringLiteral("Ana Pérez");
        model.setFilter(first);
        readPage(model, 0);
        cold.samplesMs.append(timer.nsecsElapsed() / 1e6);
    }
    table.add(cold);
    BenchTable::Row search{QStringLiteral("Name search in the case list, 200 names from the "
                                          "data, a third misspelled"),
                           persons,
                           {},
                           10,
                           QStringLiteral("p95 ≤ 10 ms")};
    // Issue 21: a search that finds few cases by the name typed looks for similar names too.
    BenchTable::Row similar{QStringLiteral("Name search in the case list that falls back to "
                                           "similar names (the same searches)"),
                            persons,
                            {},
                            50,
                            QStringLiteral("p95 ≤ 50 ms")};
    QStringList fallingBack;
    const QList<ReunificationQuery> queries = queriesFrom(db, 200);
    keepFileInCache(path, true);
    // The floor: the search index alone, reading the persons a first page needs at least.
    QSqlQuery bare(db.connection());
    bare.prepare(db.dialect().personsMatching() + QStringLiteral(" LIMIT 50"));
    QList<double> floorMs;
    for (const ReunificationQuery& q : queries) {
        QElapsedTimer timer;
        timer.start();
        CaseListFilter filter;
        filter.text = q.name;
        model.setFilter(filter);
        readPage(model, 0);
        const double ms = timer.nsecsElapsed() / 1e6;
        const bool fellBack =
            model.rowCount() - model.similarCount() < SimilarCaseSearch::FewMatches;
        (fellBack ? similar : search).samplesMs.append(ms);
        if (fellBack) {
            fallingBack.append(q.name);
            continue;
        }
        timer.restart();
        bare.addBindValue(db.dialect().searchParameter(q.name));
        if (!bare.exec())
            qFatal("bare search failed: %s", qPrintable(bare.lastError().text()));
        while (bare.next()) {
        }
        floorMs.append(timer.nsecsElapsed() / 1e6);
    }
    bare.finish();
    BenchTable::Row bareRow;
    bareRow.samplesMs = floorMs;
    search.floorMs = bareRow.p95();
    search.floorText = QStringLiteral("p95 of the search index alone, 50 persons");
    table.add(search);
    table.add(similar);
    // The same searches, each on a file just dropped from the operating system's cache and a
    // database opened anew: what the first search of the day costs on a laptop short of memory.
    BenchTable::Row dropped{QStringLiteral("The same searches that fall back to similar names, "
                                           "each on a file just dropped from the system's cache"),
                            persons,
                            {},
                            0,
                            QStringLiteral("reported")};
    for (const QString& name : std::as_const(fallingBack)) {
        Result<std::unique_ptr<Database>> fresh = Database::open(path, Clock::system());
        if (!fresh)
            qFatal("cannot open: %s", qPrintable(fresh.error().message()));
        CaseListModel coldModel(**fresh, session);
        keepFileInCache(path, false);
        QElapsedTimer timer;
        timer.start();
        CaseListFilter filter;
        filter.text = name;
        coldModel.setFilter(filter);
        readPage(coldModel, 0);
        dropped.samplesMs.append(timer.nsecsElapsed() / 1e6);
    }
    table.add(dropped);
    keepFileInCache(path, true);

    // Issue 21: registering checks first. Persons from the data, a third misspelled, with a
    // birth year and a phone number, as a caseworker types them.
    BenchTable::Row intake{QStringLiteral("Check before registering (similar name and birth, "
                                          "document, phone), 200 persons from the data"),
                           persons,
                           {},
                           50,
                           QStringLiteral("p95 ≤ 50 ms")};
    const IntakeCheck check(db, Clock::system(), session);
    QRandomGenerator64 random(Seed);
    for (const ReunificationQuery& q : queriesFrom(db, 200)) {
        Person person;
        const auto [given, family] = PersonName::split(q.name.split(QLatin1Char(' ')));
        person.givenNames = given.join(QLatin1Char(' '));
        person.familyName1 = family.join(QLatin1Char(' '));
        person.birthDate = PartialDate::yearOnly(1960 + int(random.bounded(60)));
        person.phone = QStringLiteral("+57 3%1").arg(random.bounded(100000000, 999999999));
        person.documents = {
            IdentityDocument{0,
                             DocumentType::NationalId,
                             QStringLiteral("VEN"),
                             QStringLiteral("V-%1").arg(random.bounded(1000000, 30000000)),
                             {}}};
        QElapsedTimer timer;
        timer.start();
        Result<QList<PossibleDuplicate>> found = check.check(person);
        intake.samplesMs.append(timer.nsecsElapsed() / 1e6);
        if (!found)
            qFatal("intake check failed: %s", qPrintable(found.error().message()));
    }
    table.add(intake);

    model.setFilter({});
    model.sort(CaseListModel::PrincipalColumn, Qt::AscendingOrder);
    BenchTable::Row jump{QStringLiteral("Jump to the middle row of the case list sorted by name"),
                         persons,
                         {},
                         50,
                         QStringLiteral("p95 ≤ 50 ms")};
    for (int i = 0; i < 5; ++i) {
        model.refresh();
        const int middle = model.rowCount() / 2 + i * 1000;
        QElapsedTimer timer;
        timer.start();
        readPage(model, middle);
        jump.samplesMs.append(timer.nsecsElapsed() / 1e6);
    }
    jump.measurement +=
        QStringLiteral(" (row %L1 of %L2)").arg(model.rowCount() / 2).arg(model.rowCount());
    table.add(jump);

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--case-list-memory"), path});
    child.waitForFinished(-1);
    const QList<QByteArray> kb = child.readAllStandardOutput().trimmed().split('\n');
    BenchTable::Row memory{QStringLiteral("Peak resident memory, case list open and scrolled"),
                           persons,
                           {kb.value(0).toDouble() / 1024},
                           150,
                           QStringLiteral("≤ 150 MB"),
                           true};
    table.add(memory);
    BenchTable::Row resident{QStringLiteral("Resident memory afterwards, case list still open"),
                             persons,
                             {kb.value(1).toDouble() / 1024},
                             0,
                             QStringLiteral("reported"),
                             true};
    table.add(resident);
}

// Issue 21: the possible duplicates over the whole database.
void measureDuplicates(Database& db, const UserSession& session, int persons, BenchTable& table)
{
    BenchTable::Row scan{QStringLiteral("Possible duplicates over the whole database"),
                         persons,
                         {},
                         300000,
                         QStringLiteral("≤ 5 min")};
    QElapsedTimer scanTimer;
    scanTimer.start();
    Result<QList<DuplicatePair>> pairs = DuplicateScan(db, Clock::system(), session).run();
    scan.samplesMs.append(scanTimer.nsecsElapsed() / 1e6);
    if (!pairs)
        qFatal("duplicate scan failed: %s", qPrintable(pairs.error().message()));
    scan.measurement += QStringLiteral(" (%L1 pairs)").arg(pairs->size());
    table.add(scan);
}

// Issue 22: what the Deadlines tab shows under the deadlines, for everyone's cases: the case
// plans' overdue steps (counted, the 500 longest overdue listed) and the open cases with no
// next step (counted, the 200 waiting longest listed). Nearly half the open cases have a plan; the
// others have no next step.
void measurePlans(Database& db, const UserSession& session, int persons, BenchTable& table)
{
    BenchTable::Row next{QStringLiteral("Deadlines tab: overdue plan steps and cases with no "
                                        "next step (everyone's)"),
                         persons,
                         {},
                         500,
                         QStringLiteral("≤ 500 ms")};
    CasePlanService plans(db, Clock::system(), session);
    int overdue = 0;
    int unplanned = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<OverdueSteps> late = plans.overdue(false);
        Result<UnplannedCases> without = plans.withoutNextStep(false);
        next.samplesMs.append(timer.nsecsElapsed() / 1e6);
        if (!late || !without)
            qFatal("case plan lists failed: %s",
                   qPrintable((late ? without.error() : late.error()).message()));
        overdue = late->total;
        unplanned = without->total;
    }
    next.measurement +=
        QStringLiteral(" (%L1 overdue, %L2 cases without)").arg(overdue).arg(unplanned);
    table.add(next);
}

// An administrator erases a principal from a family (issue 23): the records, the audit
// entries about the case emptied, the search index rewritten, the log emptied. On a file the
// cached database is copied first (an erasure cannot be undone); a server database is a fresh
// copy already. The encrypted file is left out: its copy would cost a re-encryption.
// What a measurement that changes the database works on: on a file, a copy of the cached
// database in `scratch` (kept in `copy`); a server database is the run's fresh copy already.
Database* scratchCopy(Database& db, const QTemporaryDir& scratch, std::unique_ptr<Database>& copy)
{
    if (db.isServer())
        return &db;
    const QString path = scratch.filePath(QStringLiteral("scratch.sqlite"));
    if (Status s = db.run(QStringLiteral("VACUUM INTO ?"), {path}); !s)
        qFatal("copy the cached database: %s", qPrintable(s.error().message()));
    Result<std::unique_ptr<Database>> opened = Database::open(path, Clock::system());
    if (!opened)
        qFatal("open the copy: %s", qPrintable(opened.error().message()));
    copy = std::move(opened).value();
    return copy.get();
}

void measureErasure(Database& db, const UserSession& session, int persons, BenchTable& table)
{
    if (db.isEncrypted())
        return;
    QTemporaryDir scratch;
    std::unique_ptr<Database> copy;
    Database* target = scratchCopy(db, scratch, copy);
    QList<qint64> principals;
    if (Status s = target->forEachRow(
            QStringLiteral("SELECT principal_id FROM cases c WHERE (SELECT count(*) FROM "
                           "case_members m WHERE m.case_id = c.id) > 1 ORDER BY c.id LIMIT 5"),
            {}, [&](const QSqlQuery& q) { principals.append(q.value(0).toLongLong()); });
        !s)
        qFatal("choose whom to erase: %s", qPrintable(s.error().message()));
    BenchTable::Row erase{QStringLiteral("Erase a family's principal (records, audit entries "
                                         "emptied, search index rewritten, log emptied)"),
                          persons,
                          {},
                          0,
                          QStringLiteral("reported")};
    ErasureService erasures(*target, Clock::system(), session);
    for (qint64 id : principals) {
        ErasureService::Request r;
        r.personId = id;
        r.ground = ErasureGround::NoLongerNecessary;
        r.receivedOn = Clock::system().today();
        QElapsedTimer timer;
        timer.start();
        Result<ErasureService::Outcome> done = erasures.erase(r);
        erase.samplesMs.append(timer.nsecsElapsed() / 1e6);
        if (!done)
            qFatal("erasure failed: %s", qPrintable(done.error().message()));
    }
    table.add(erase);
}

// Issue 26: the human rights documentation report (its 13 protected tables) and what an
// organisation sends its network's coordinator (the same tables' raw counts, as JSON), over one
// incident for every fifth person registered — each of five types, two perpetrators, the
// month their case was registered, the site's department. On a copy (the incidents are
// added); the encrypted file is left out, as for the erasure.
void measureAdvocacy(Database& db, const UserSession& session, int persons, BenchTable& table)
{
    if (db.isEncrypted())
        return;
    QTemporaryDir scratch;
    std::unique_ptr<Database> copy;
    Database* target = scratchCopy(db, scratch, copy);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (Status s = target->run(
            QStringLiteral(
                "INSERT INTO incidents (case_id, person_id, incident_type, perpetrator, "
                "occurred_month, country, admin1, place, age_group, sex, reported, institution, "
                "state_response, recorded_by, created_at, updated_at) "
                "SELECT m.case_id, m.person_id, CASE p.id % 5 WHEN 0 THEN 'extortion' "
                "WHEN 1 THEN 'police_violence' WHEN 2 THEN 'health_denied' "
                "WHEN 3 THEN 'asylum_denied' ELSE 'xenophobic_aggression' END, "
                "CASE WHEN p.id % 3 = 0 THEN 'police' ELSE 'criminal_group' END, "
                "substr(c.registered_on, 1, 7), s.country, s.admin1, 'informal_crossing', "
                "'18-59', p.sex, 'no', '', 'nothing', 'bench', ?, ? "
                "FROM case_members m JOIN persons p ON p.id = m.person_id "
                "JOIN cases c ON c.id = m.case_id JOIN sites s ON s.id = c.site_id "
                "WHERE m.person_id % 5 = 0"),
            {now, now});
        !s)
        qFatal("add incidents: %s", qPrintable(s.error().message()));
    int incidents = 0;
    if (Status s = target->forEachRow(QStringLiteral("SELECT count(*) FROM incidents"), {},
                                      [&](const QSqlQuery& q) { incidents = q.value(0).toInt(); });
        !s)
        qFatal("count incidents: %s", qPrintable(s.error().message()));
    BenchTable::Row report{
        QStringLiteral("Human rights documentation report, 13 protected tables (%L1 incidents)")
            .arg(incidents),
        persons,
        {},
        0,
        QStringLiteral("reported")};
    BenchTable::Row counts{
        QStringLiteral("A network's counts: the same tables' raw counts, as JSON (%L1 incidents)")
            .arg(incidents),
        persons,
        {},
        0,
        QStringLiteral("reported")};
    const AggregateService service(*target, Clock::system(), session);
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<StatisticsReport> built =
            StatisticsReport::build(service, {}, {}, {}, StatisticsReport::Kind::Advocacy);
        report.samplesMs.append(timer.nsecsElapsed() / 1e6);
        if (!built)
            qFatal("advocacy report: %s", qPrintable(built.error().message()));
        timer.restart();
        CountsPackage package;
        for (const StatisticsReport::Section& s :
             StatisticsReport::sectionsOf(StatisticsReport::Kind::Advocacy, {}, {}, {})) {
            Result<QList<std::pair<QStringList, int>>> raw = service.rawCounts(s.definition);
            if (!raw)
                qFatal("raw counts: %s", qPrintable(raw.error().message()));
            package.tables.append({s.definition.measure, s.definition.dimensions, *raw});
        }
        const QByteArray json = package.toJson();
        counts.samplesMs.append(timer.nsecsElapsed() / 1e6);
        if (json.isEmpty())
            qFatal("empty counts package");
    }
    table.add(report);
    table.add(counts);
}

// A statement with its values written in, for the sqlite3 shell.
QString withLiterals(const QString& sql, const QVariantList& params)
{
    QString out;
    int next = 0;
    for (const QChar c : sql) {
        if (c != QLatin1Char('?')) {
            out += c;
            continue;
        }
        const QVariant v = params.value(next++);
        out += v.typeId() == QMetaType::QString
                   ? QLatin1Char('\'') +
                         v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) +
                         QLatin1Char('\'')
                   : v.toString();
    }
    return out;
}

void measureAggregates(Database& db, const UserSession& session, int persons, BenchTable& table)
{
    AggregateDefinition monthly;
    monthly.measure = Measure::Persons;
    monthly.dimensions = {Dimension::Sex, Dimension::AgeGroup, Dimension::Nationality,
                          Dimension::Month};
    constexpr int runs = 5;
    // The floor: the same query in the engine's own shell, on the same database.
    const bool server = db.isServer();
    BenchTable::Row floor{
        server ? QStringLiteral("The same GROUP BY in psql (the floor)")
               : QStringLiteral("The same GROUP BY in the sqlite3 shell (the floor)"),
        persons,
        {},
        0,
        QStringLiteral("reported")};
    Result<AggregateQuery> query =
        AggregateQuery::build(monthly, QDate::currentDate(), db.dialect());
    if (!query)
        qFatal("%s", qPrintable(query.error().message()));
    const QString sql = withLiterals(query->sql, query->params);
    const QUrl location(db.path());
    // The shell cannot read an encrypted file: its floor is the plaintext file's.
    const double plaintextFloor = table.medianOf(floor.measurement, persons);
    for (int i = 0; i < runs && !db.isEncrypted(); ++i) {
        QProcess shell;
        QElapsedTimer timer;
        timer.start();
        if (server)
            shell.start(QStringLiteral("psql"),
                        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-o"),
                         QStringLiteral("/dev/null"), QStringLiteral("-h"),
                         QUrlQuery(location).queryItemValue(QStringLiteral("host")),
                         QStringLiteral("-U"), location.userName(), QStringLiteral("-d"),
                         location.path().mid(1), QStringLiteral("-c"), sql});
        else
            shell.start(QStringLiteral("sqlite3"), {db.path(), sql});
        shell.waitForFinished(-1);
        floor.samplesMs.append(timer.nsecsElapsed() / 1e6);
        if (shell.exitCode() != 0)
            qFatal("%s failed: %s", server ? "psql" : "sqlite3",
                   shell.readAllStandardError().constData());
    }
    // Issue 24: within 1.2 times the engine's own shell.
    const double factor = 1.2;
    const double floorMs = db.isEncrypted() ? plaintextFloor : floor.median();
    BenchTable::Row exported{QStringLiteral("Standard monthly aggregate (sex × age group × "
                                            "nationality × month), protected"),
                             persons,
                             {},
                             factor * floorMs,
                             QStringLiteral("≤ %1 × %2 (%3 ms)")
                                 .arg(factor)
                                 .arg(server ? QStringLiteral("psql") : QStringLiteral("sqlite3"))
                                 .arg(factor * floorMs, 0, 'f', 0)};
    exported.floorMs = floorMs;
    exported.floorText =
        server ? QStringLiteral("psql, median") : QStringLiteral("sqlite3, median");
    const AggregateService service(db, Clock::system(), session);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<AggregateTable> t = service.compute(monthly);
        exported.samplesMs.append(timer.nsecsElapsed() / 1e6);
        if (!t)
            qFatal("aggregate failed: %s", qPrintable(t.error().message()));
    }
    if (!db.isEncrypted())
        table.add(floor);
    table.add(exported);
}

// A spreadsheet as an organisation would bring it: Spanish headers, households of one to
// six, dates day first, some ages instead of dates, a few rows with mistakes.
void writeImportFile(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream csv(&file);
    csv << "Nombres;Apellidos;Sexo;Fecha de nacimiento;Edad;Nacionalidad;Documento;"
           "Grupo familiar;Parentesco;Municipio\n";
    QRandomGenerator64 random(Seed);
    auto pick = [&random](const QStringList& list) {
        return list[int(random.bounded(quint64(list.size())))];
    };
    int row = 0;
    int household = 0;
    while (row < rows) {
        ++household;
        const int size = 1 + int(random.bounded(6));
        const QString family1 = pick(SyntheticNames::family());
        for (int m = 0; m < size && row < rows; ++m, ++row) {
            const bool female = random.bounded(2) == 0;
            const QString given =
                pick(female ? SyntheticNames::femaleGiven() : SyntheticNames::maleGiven());
            const int year =
                m == 0 ? 1960 + int(random.bounded(45)) : 1990 + int(random.bounded(35));
            QString born = QStringLiteral("%1/%2/%3")
                               .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))
                               .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'))
                               .arg(year);
            QString age;
            if (random.bounded(10) == 0) {
                age = QString::number(2026 - year);
                born.clear();
            }
            if (random.bounded(500) == 0)
                born = QStringLiteral("31/02/2020");
            csv << given << ';' << family1 << ' ' << pick(SyntheticNames::family()) << ';'
                << (female ? "Mujer" : "Hombre") << ';' << born << ';' << age << ';'
                << (random.bounded(10) == 0 ? "Colombiana" : "Venezolana") << ';'
                << (m == 0 ? QStringLiteral("V-%1").arg(30000000 + row) : QString()) << ';' << "H"
                << household << ';' << (m == 0 ? "Jefe de hogar" : "Hijo") << ';' << "Cúcuta\n";
        }
    }
}

// A new, empty database on the test server (superuser amparo_admin at the socket folder
// `serverDir`), and its location.
QString freshServerDatabase(const QString& serverDir, const QString& name)
{
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(serverDir);
        admin.setUserName(QStringLiteral("amparo_admin"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            qFatal("bench server: %s", qPrintable(admin.lastError().text()));
        QSqlQuery q(admin);
        for (const QString& sql :
             {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name),
              QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'")
                  .arg(name)})
            if (!q.exec(sql))
                qFatal("bench server: %s", qPrintable(q.lastError().text()));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return QStringLiteral("postgresql://amparo_admin@localhost/%1?host=%2").arg(name, serverDir);
}

// Imports `rows` generated rows into a new database: a file, or one on the server at
// `serverDir`.
// A new database (a file in `dir`, or on the server at `serverDir`) with its administrator
// signed in and the site CUC.
std::unique_ptr<Database> newDatabase(const QTemporaryDir& dir, const QString& name,
                                      const QString& serverDir, bool encrypted,
                                      UserSession& session)
{
    const QString file = dir.filePath(name + QStringLiteral(".sqlite"));
    if (encrypted && !DatabaseKeys::create(file))
        qFatal("cannot create the encrypted database");
    Result<std::unique_ptr<Database>> db =
        Database::open(serverDir.isEmpty()
                           ? file
                           : freshServerDatabase(serverDir, QStringLiteral("amparo_bench_") + name),
                       Clock::system());
    if (!db)
        qFatal("cannot open: %s", qPrintable(db.error().message()));
    Result<UserSession> signedIn =
        AuthService(**db, Clock::system())
            .createFirstAdministrator(benchUser, QStringLiteral("Bench"), benchPassphrase);
    if (!signedIn)
        qFatal("cannot sign in: %s", qPrintable(signedIn.error().message()));
    session = *signedIn;
    if (!SiteService(**db, Clock::system(), session)
             .create(Site{0, QStringLiteral("CUC"), QStringLiteral("Cúcuta"), QStringLiteral("COL"),
                          QStringLiteral("CO-NSA")}))
        qFatal("cannot create the site");
    return std::move(db).value();
}

// The floor of an import: the rows it wrote, written again by the sqlite3 shell into an empty
// database of the same schema (its indexes, triggers and search index) in one transaction,
// with Amparo's page cache. 0 for a database the shell cannot read (encrypted, a server).
double importFloorMs(const Database& imported, const QTemporaryDir& dir)
{
    if (imported.isServer() || imported.isEncrypted())
        return 0;
    const QString empty = dir.filePath(QStringLiteral("floor.sqlite"));
    if (!Database::open(empty, Clock::system()))
        qFatal("cannot create the floor's database");
    Result<TableGraph> graph = TableGraph::of(imported);
    if (!graph)
        qFatal("%s", qPrintable(graph.error().message()));
    QString script = QStringLiteral("PRAGMA cache_size = -65536;\nPRAGMA foreign_keys = ON;\n"
                                    "ATTACH '%1' AS src;\nBEGIN;\n")
                         .arg(imported.path());
    for (const QString& t : graph->inOrder()) {
        // The search index takes its row ids by name; the empty database holds a few rows of
        // its own already (settings, the schema's version).
        script +=
            t == QStringLiteral("person_search")
                ? QStringLiteral("INSERT INTO person_search(rowid, names, documents) SELECT "
                                 "rowid, names, documents FROM src.person_search;\n")
                : QStringLiteral("INSERT OR IGNORE INTO main.%1 SELECT * FROM src.%1;\n").arg(t);
    }
    script += QStringLiteral("COMMIT;\n");
    QProcess shell;
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {empty});
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (shell.exitCode() != 0 || !shell.readAllStandardError().isEmpty())
        qFatal("the import's floor failed: %s", shell.readAllStandardError().constData());
    return ms;
}

void measureImport(int rows, BenchTable& table, const QString& serverDir = {},
                   bool encrypted = false)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("registro.csv"));
    writeImportFile(csv, rows);
    UserSession session;
    std::unique_ptr<Database> db =
        newDatabase(dir, QStringLiteral("import_%1").arg(rows), serverDir, encrypted, session);

    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<TabularSource>> source = TabularSource::open(csv);
    if (!source)
        qFatal("cannot read the file: %s", qPrintable(source.error().message()));
    ImportMapping mapping = MappingProposer::proposeFor(**source).value();
    mapping.defaultSiteCode = QStringLiteral("CUC");
    ImportService service(*db, Clock::system(), session);
    Result<ImportPlan> plan = service.preview(**source, mapping);
    if (!plan || !plan->canImport())
        qFatal("the check failed: %s",
               qPrintable(plan ? plan->mappingProblems.join(u' ') : plan.error().message()));
    const double checked = double(timer.elapsed());
    Result<ImportReport> report = service.run(**source, mapping, *plan, {}, csv);
    if (!report)
        qFatal("the import failed: %s", qPrintable(report.error().message()));
    const double total = double(timer.elapsed());
    out() << QStringLiteral("  imported %1 of %2 rows in %3 cases")
                 .arg(report->imported)
                 .arg(rows)
                 .arg(report->casesCreated)
          << Qt::endl;
    table.add({QStringLiteral("Import a CSV file: check every row (preview, nothing written)"),
               rows,
               {checked},
               0,
               QStringLiteral("reported"),
               false});
    // Issue 24: 100,000 rows in 3 s, a million in 40 s.
    const double target = rows <= 100000 ? 3000.0 * rows / 100000 : 40000.0 * rows / 1000000;
    const double floor = importFloorMs(*db, dir);
    table.add({QStringLiteral("Import a CSV file: check and import (one transaction)"),
               rows,
               {total},
               target,
               QStringLiteral("≤ %1 s").arg(target / 1000),
               false,
               floor,
               QStringLiteral("the same rows written by sqlite3")});
}

// Issue 20: a field post with `persons` new persons (imported from a file) writes a package
// for its office, which applies it (a file, or the server at `serverDir`).
void measurePackages(int persons, BenchTable& table, const QString& serverDir = {})
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("registro.csv"));
    writeImportFile(csv, persons);
    UserSession postAdmin;
    UserSession officeAdmin;
    std::unique_ptr<Database> post =
        newDatabase(dir, QStringLiteral("post_%1").arg(persons), {}, false, postAdmin);
    std::unique_ptr<Database> office =
        newDatabase(dir, QStringLiteral("office_%1").arg(persons), serverDir, false, officeAdmin);
    Result<std::unique_ptr<TabularSource>> source = TabularSource::open(csv);
    if (!source)
        qFatal("cannot read the file");
    ImportMapping mapping = MappingProposer::proposeFor(**source).value();
    mapping.defaultSiteCode = QStringLiteral("CUC");
    ImportService import(*post, Clock::system(), postAdmin);
    Result<ImportPlan> plan = import.preview(**source, mapping);
    if (!plan || !import.run(**source, mapping, *plan, {}, csv))
        qFatal("the import failed");
    SyncSetupService postSetup(*post, Clock::system(), postAdmin);
    SyncSetupService officeSetup(*office, Clock::system(), officeAdmin);
    const SiteCard postCard = *postSetup.becomeSite(QStringLiteral("CUC"), SyncRole::Post);
    const SiteCard officeCard =
        *officeSetup.becomeSite(QStringLiteral("OFICINA"), SyncRole::Office);
    if (!postSetup.registerSite(officeCard.toFile()) ||
        !officeSetup.registerSite(postCard.toFile()))
        qFatal("cannot register the sites");
    const QString file = dir.filePath(QStringLiteral("1.amparo-package"));
    QElapsedTimer timer;
    timer.start();
    Result<SyncService::Sent> sent =
        SyncService(*post, Clock::system(), postAdmin).send(QStringLiteral("OFICINA"), file);
    if (!sent)
        qFatal("send: %s", qPrintable(sent.error().message()));
    const double written = timer.nsecsElapsed() / 1e6;
    timer.restart();
    Result<SyncService::Received> received =
        SyncService(*office, Clock::system(), officeAdmin).receive(file);
    if (!received)
        qFatal("receive: %s", qPrintable(received.error().message()));
    const double applied = timer.nsecsElapsed() / 1e6;
    out() << QStringLiteral("  package of %1 records (%2 persons), %3 bytes")
                 .arg(sent->records)
                 .arg(received->summary.byKind.value(QStringLiteral("persons")))
                 .arg(QFileInfo(file).size())
          << Qt::endl;
    table.add({QStringLiteral("Field post: write a package of every new person"),
               persons,
               {written},
               persons <= 10000 ? 5000.0 : 0,
               persons <= 10000 ? QStringLiteral("≤ 5 s") : QStringLiteral("reported"),
               false});
    table.add({QStringLiteral("Office: apply that package (one transaction)"),
               persons,
               {applied},
               persons <= 10000 ? 15000.0 : 0,
               persons <= 10000 ? QStringLiteral("≤ 15 s") : QStringLiteral("reported"),
               false});
}
} // namespace

// The same population on a PostgreSQL server (superuser amparo_admin at the socket folder
// `serverDir`), copied as `amparo-cli copy-to` would; the copy is timed too.
std::unique_ptr<Database> serverCopy(const QString& serverDir, Database& file, int persons,
                                     BenchTable& table)
{
    Result<std::unique_ptr<Database>> server = Database::open(
        freshServerDatabase(serverDir, QStringLiteral("amparo_bench_%1").arg(persons)),
        Clock::system());
    if (!server)
        qFatal("bench server: %s", qPrintable(server.error().message()));
    QElapsedTimer timer;
    timer.start();
    Result<DatabaseCopier::Report> copied = DatabaseCopier(file, **server).copy();
    if (!copied)
        qFatal("copy to the server: %s", qPrintable(copied.error().message()));
    table.add({QStringLiteral("Copy the whole database into an empty server database "
                              "(copy-to; %1 rows)")
                   .arg(copied->totalRows()),
               persons,
               {timer.nsecsElapsed() / 1e6},
               0,
               QStringLiteral("reported")});
    return std::move(server).value();
}

// What any screen on the server costs before Amparo's own work: a connection made by Qt's
// driver alone, Amparo's opening (the connection and its checks of schema and roles), and
// one statement's round trip on a kept statement.
void measureServerFloors(const QString& serverDir, const Database& server, int persons,
                         BenchTable& table)
{
    BenchTable::Row connect{QStringLiteral("Connect with Qt's driver alone and run SELECT 1 "
                                           "(the floor of opening)"),
                            persons,
                            {},
                            0,
                            QStringLiteral("reported")};
    const QString name = QUrl(server.path()).path().mid(1);
    for (int i = 0; i < 5; ++i) {
        const QString connection = QStringLiteral("bench-floor-%1").arg(i);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(serverDir);
            db.setUserName(QStringLiteral("amparo_admin"));
            db.setDatabaseName(name);
            QElapsedTimer timer;
            timer.start();
            QSqlQuery q(db);
            if (!db.open() || !q.exec(QStringLiteral("SELECT 1")) || !q.next())
                qFatal("bench server: %s", qPrintable(db.lastError().text()));
            connect.samplesMs.append(timer.nsecsElapsed() / 1e6);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    table.add(connect);

    BenchTable::Row open{QStringLiteral("Open the database alone (connection, checks of the "
                                        "schema and the roles)"),
                         persons,
                         {},
                         0,
                         QStringLiteral("reported")};
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Database>> again = Database::open(server.path(), Clock::system());
        if (!again)
            qFatal("cannot open: %s", qPrintable(again.error().message()));
        open.samplesMs.append(timer.nsecsElapsed() / 1e6);
    }
    table.add(open);

    // A thousand at a time: one is below the table's resolution.
    BenchTable::Row trips{QStringLiteral("1,000 statements' round trips (a kept SELECT 1)"),
                          persons,
                          {},
                          0,
                          QStringLiteral("reported")};
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        for (int n = 0; n < 1000; ++n) {
            if (!server.forEachRow(QStringLiteral("SELECT 1"), {}, [](const QSqlQuery&) {}))
                qFatal("SELECT 1 failed on the server");
        }
        trips.samplesMs.append(timer.nsecsElapsed() / 1e6);
    }
    table.add(trips);
}

void measureAreas(const QStringList& areas, Database& db, const UserSession& session, int persons,
                  BenchTable& table)
{
    if (areas.contains(QStringLiteral("caselist")))
        measureCaseList(db, session, persons, table);
    if (areas.contains(QStringLiteral("duplicates")))
        measureDuplicates(db, session, persons, table);
    if (areas.contains(QStringLiteral("aggregates")))
        measureAggregates(db, session, persons, table);
    if (areas.contains(QStringLiteral("tracing")))
        measureTracing(db, session, persons, table);
    if (areas.contains(QStringLiteral("plans")))
        measurePlans(db, session, persons, table);
    if (areas.contains(QStringLiteral("advocacy")))
        measureAdvocacy(db, session, persons, table);
    // Last: it removes persons.
    if (areas.contains(QStringLiteral("erasure")))
        measureErasure(db, session, persons, table);
}

// Every measurement of one size, once.
void measureSize(const QCommandLineParser& parser, const QStringList& areas, int persons,
                 BenchTable& table)
{
    const QString serverDir = parser.value(QStringLiteral("server"));
    if (areas == QStringList{QStringLiteral("packages")}) {
        measurePackages(persons, table);
        if (!serverDir.isEmpty()) {
            table.setPrefix(QStringLiteral("PostgreSQL office: "));
            measurePackages(persons, table, serverDir);
            table.setPrefix({});
        }
        return;
    }
    if (parser.isSet(QStringLiteral("import-only"))) {
        measureImport(persons, table);
        if (!parser.isSet(QStringLiteral("no-encrypted"))) {
            table.setPrefix(QStringLiteral("Encrypted: "));
            measureImport(persons, table, {}, true);
            table.setPrefix({});
        }
        if (!serverDir.isEmpty()) {
            table.setPrefix(QStringLiteral("PostgreSQL: "));
            measureImport(persons, table, serverDir);
            table.setPrefix({});
        }
        return;
    }
    UserSession session;
    std::unique_ptr<Database> db =
        databaseFor(parser.value(QStringLiteral("cache")), persons, session);
    const bool onlyEncrypted = parser.isSet(QStringLiteral("only-encrypted"));
    if (!onlyEncrypted) {
        measureAreas(areas, *db, session, persons, table);
        if (areas.contains(QStringLiteral("import")))
            measureImport(persons, table);
    }
    if (onlyEncrypted || !parser.isSet(QStringLiteral("no-encrypted"))) {
        table.setPrefix(QStringLiteral("Encrypted: "));
        std::unique_ptr<Database> encrypted =
            encryptedCopyOf(parser.value(QStringLiteral("cache")), *db, persons, session);
        measureAreas(areas, *encrypted, session, persons, table);
        if (areas.contains(QStringLiteral("import")))
            measureImport(persons, table, {}, true);
        table.setPrefix({});
    }
    if (!serverDir.isEmpty()) {
        table.setPrefix(QStringLiteral("PostgreSQL: "));
        std::unique_ptr<Database> server = serverCopy(serverDir, *db, persons, table);
        measureServerFloors(serverDir, *server, persons, table);
        measureAreas(areas, *server, session, persons, table);
        if (areas.contains(QStringLiteral("import")))
            measureImport(persons, table, serverDir);
        table.setPrefix({});
    }
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("amparo-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Amparo benchmarks (see docs/performance.md)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("sizes"), QStringLiteral("Population sizes, comma between them."),
         QStringLiteral("N,N"), QStringLiteral("100000,1000000")},
        {QStringLiteral("import-only"), QStringLiteral("Measure only the import of files.")},
        {QStringLiteral("no-encrypted"),
         QStringLiteral("Leave out the same figures on an encrypted database.")},
        {QStringLiteral("only-encrypted"),
         QStringLiteral("Measure the encrypted database only (no ratios then).")},
        {QStringLiteral("server"),
         QStringLiteral("Measure a copy on the PostgreSQL server at this socket folder too."),
         QStringLiteral("DIR")},
        {QStringLiteral("case-list-memory"),
         QStringLiteral("Internal: peak memory of a case list."), QStringLiteral("DATABASE")},
        {QStringLiteral("areas"),
         QStringLiteral("Measure these areas only: caselist, duplicates, aggregates, tracing, "
                        "plans, import, advocacy, erasure, packages (packages alone: no "
                        "generated database)."),
         QStringLiteral("AREA,AREA"),
         QStringLiteral("caselist,duplicates,aggregates,tracing,plans,import,advocacy,erasure")},
        {QStringLiteral("runs"),
         QStringLiteral("Measure everything this many times: the table gives the median of the "
                        "runs and the spread of their p95."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("cache"), QStringLiteral("Where generated databases are kept."),
         QStringLiteral("DIR"),
         QCoreApplication::applicationDirPath() + QStringLiteral("/bench-data")},
    });
    parser.process(app);
    if (Status s = Crypto::init(); !s)
        qFatal("%s", qPrintable(s.error().message()));
    if (parser.isSet(QStringLiteral("case-list-memory")))
        return caseListMemoryChild(parser.value(QStringLiteral("case-list-memory")));
    QDir().mkpath(parser.value(QStringLiteral("cache")));
    const QStringList areas = parser.value(QStringLiteral("areas")).split(QLatin1Char(','));
    for (const QString& area : areas) {
        if (!QStringList{QStringLiteral("caselist"), QStringLiteral("duplicates"),
                         QStringLiteral("aggregates"), QStringLiteral("tracing"),
                         QStringLiteral("plans"), QStringLiteral("import"),
                         QStringLiteral("advocacy"), QStringLiteral("erasure"),
                         QStringLiteral("packages")}
                 .contains(area))
            qFatal("unknown area %s", qPrintable(area));
    }
    bool ok = false;
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs < 1)
        qFatal("--runs must be 1 or more");
    BenchTable table;
    for (const QString& size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const int persons = size.trimmed().toInt();
        if (persons <= 0)
            qFatal("bad size %s", qPrintable(size));
        for (int run = 1; run <= runs; ++run) {
            if (runs > 1)
                out() << QStringLiteral("%1 persons, run %2 of %3").arg(persons).arg(run).arg(runs)
                      << Qt::endl;
            measureSize(parser, areas, persons, table);
        }
    }
    out() << Qt::endl << table.markdown() << Qt::endl;
    return 0;
}
