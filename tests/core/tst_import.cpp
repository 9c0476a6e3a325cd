#include "core/audit/AuditQuery.h"
#include "core/common/CsvWriter.h"
#include "core/import/ImportService.h"
#include "core/import/MappingProposer.h"
#include "core/import/TabularSource.h"
#include "core/services/CaseService.h"
#include "core/services/DeadlineService.h"
#include "core/services/SiteService.h"
#include "core/services/TracingService.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/XlsxFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Bringing persons and families in from files: what the preview finds (row, column, value,
// reason), households as cases, possible duplicates and the choice per row, and that an
// import lands whole or not at all.
class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    static std::unique_ptr<TabularSource> open(const QString& path)
    {
        Result<std::unique_ptr<TabularSource>> s = TabularSource::open(path);
        if (!s)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(s.error().message()));
        return std::move(s).value();
    }

    static ImportMapping proposed(TabularSource& source)
    {
        ImportMapping m = MappingProposer::propose(source.header(), {});
        m.defaultSiteCode = QStringLiteral("CUC");
        return m;
    }

    static QByteArray fileHash(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // A spreadsheet exported in Spanish: three families and people alone, with mistakes.
    static QString spanishFile()
    {
        return QStringLiteral(
            "Nombres;Apellidos;Sexo;Fecha de nacimiento;Nacionalidad;Documento;Grupo "
            "familiar;Parentesco\n"
            "María José;Pérez Gómez;Mujer;03/05/1988;Venezolana;V-1001;F1;Jefa de hogar\n" // 2
            "Luis;Pérez Gómez;Hombre;12/01/2015;Venezolana;;F1;Hijo\n"                     // 3
            "Ana;Rojas;F;31/02/2020;Colombiana;;;\n"                                       // 4
            "Pedro;Salas;M;35;Venezolana;;;\n"                                             // 5
            "Rosa;Díaz;banana;01/01/1990;Venezolana;;;\n"                                  // 6
            "Carmen;Ruiz;F;01/01/1990;Atlántida;;;\n"                                      // 7
            "Jorge;Mora;M;=HOY();Venezolana;;;\n"                                          // 8
            "Elena;Vargas;F;02/02/1992;Venezolana;V-1002;F2;Titular\n"                     // 9
            "Tomás;Vargas;M;02/02/2019;Venezolana;;F2;Hijo;extra\n"                        // 10
            "Sofía;León;F;07/07/1977;Venezuela / Colombia;V-1003;;\n"                      // 11
            "Raúl;Castro;M;;Venezolana;;F3;Hijo\n"                                         // 12
            "Inés;Castro;F;;Venezolana;;F3;Hija\n");                                       // 13
    }

private slots:
    void thePreviewSaysWhichRowsAreWrongAndWhy()
    {
        TestDatabase t;
        Fixtures::cucutaSite(t);
        auto source = open(t.writeFile(QStringLiteral("casos.csv"), spanishFile()));
        const ImportMapping mapping = proposed(*source);
        QVERIFY2(mapping.problems(source->header()).isEmpty(),
                 qPrintable(mapping.problems(source->header()).join(u'\n')));
        Result<ImportPlan> plan =
            ImportService(t.db(), t.clock(), t.legal()).preview(*source, mapping);
        QVERIFY2(plan.ok(), qPrintable(plan.error().message()));
        QCOMPARE(plan->rows, 12);
        auto issueFor = [&](int row) {
            for (const RowIssue& i : plan->issues) {
                if (i.row == row)
                    return i;
            }
            return RowIssue{};
        };
        QCOMPARE(issueFor(4).column, QStringLiteral("Fecha de nacimiento"));
        QCOMPARE(issueFor(4).value, QStringLiteral("31/02/2020"));
        QVERIFY(issueFor(4).reason.contains(QStringLiteral("29 days")));
        QVERIFY(issueFor(5).reason.contains(QStringLiteral("looks like an age")));
        QCOMPARE(issueFor(6).column, QStringLiteral("Sexo"));
        QCOMPARE(issueFor(6).value, QStringLiteral("banana"));
        QCOMPARE(issueFor(7).column, QStringLiteral("Nacionalidad"));
        QVERIFY(issueFor(8).reason.contains(QStringLiteral("formula")));
        QVERIFY(issueFor(10).reason.contains(QStringLiteral("9 cells")));
        // The rest of household F2 goes with its broken row: families land whole.
        QVERIFY(issueFor(9).reason.contains(QStringLiteral("row 10")));
        // F3 has no head of household.
        QVERIFY(issueFor(12).reason.contains(QStringLiteral("no head")));
        QVERIFY(issueFor(13).reason.contains(QStringLiteral("row 12")));
        QCOMPARE(plan->importableRows(), 3); // F1 (2 persons) and Sofía
        QCOMPARE(plan->caseCount(), 2);
        QCOMPARE(plan->values[ImportField::Sex].value(QStringLiteral("Mujer")), 1);
        QCOMPARE(plan->values[ImportField::Nationality].value(QStringLiteral("Colombia")), 1);
        // Nothing was written by looking.
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
    }

    void theImportMakesOneCasePerHousehold()
    {
        TestDatabase t;
        Fixtures::cucutaSite(t);
        auto source = open(t.writeFile(QStringLiteral("casos.csv"), spanishFile()));
        const ImportMapping mapping = proposed(*source);
        ImportService service(t.db(), t.clock(), t.legal());
        const ImportPlan plan = service.preview(*source, mapping).value();
        Result<ImportReport> report =
            service.run(*source, mapping, plan, {}, QStringLiteral("/home/ana/casos.csv"));
        QVERIFY2(report.ok(), qPrintable(report.error().message()));
        QCOMPARE(report->imported, 3);
        QCOMPARE(report->notImported, 9);
        QCOMPARE(report->casesCreated, 2);
        QCOMPARE(report->rows.size(), 12);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 3);
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 2);

        const QString number = report->rows[0].caseNumber;
        QVERIFY(number.startsWith(QStringLiteral("CUC-")));
        QCOMPARE(report->rows[1].caseNumber, number);
        const CaseRecord family =
            CaseService(t.db(), t.clock(), t.admin()).openByNumber(number).value();
        QCOMPARE(family.members.size(), 2);
        QCOMPARE(family.members[0].person.givenNames, QStringLiteral("María José"));
        QCOMPARE(family.members[0].person.familyName2, QStringLiteral("Gómez"));
        QCOMPARE(family.members[0].person.sex, Sex::Female);
        QCOMPARE(family.members[0].person.birthDate, PartialDate::exact(QDate(1988, 5, 3)));
        QCOMPARE(family.members[0].person.nationalities, QStringList{QStringLiteral("VEN")});
        QCOMPARE(family.members[0].person.documents.size(), 1);
        QCOMPARE(family.members[0].person.documents[0].issuingCountry, QStringLiteral("VEN"));
        QCOMPARE(family.members[1].relationship, Relationship::Child);
        QCOMPARE(family.members[0].person.location.country, QStringLiteral("COL"));

        const CaseRecord sofia = CaseService(t.db(), t.clock(), t.admin())
                                     .openByNumber(report->rows[9].caseNumber)
                                     .value();
        QCOMPARE(sofia.members[0].person.nationalities,
                 QStringList({QStringLiteral("VEN"), QStringLiteral("COL")}));

        // Recorded once, with counts and without anyone's name.
        const QList<AuditEntry> entries = AuditQuery(t.db()).all().value();
        const auto imports =
            std::count_if(entries.cbegin(), entries.cend(), [](const AuditEntry& e) {
                return e.event.action == QLatin1String("import.run");
            });
        QCOMPARE(imports, 1);
        for (const AuditEntry& e : entries) {
            if (e.event.action != QLatin1String("import.run"))
                continue;
            QVERIFY(e.details.contains(QStringLiteral("casos.csv")));
            QVERIFY(!e.details.contains(QStringLiteral("Pérez")));
            QVERIFY(!e.details.contains(QStringLiteral("/home/ana")));
        }

        const QString reportPath = m_files.filePath(QStringLiteral("report.csv"));
        QVERIFY(report->saveCsv(reportPath).ok());
        QFile saved(reportPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(saved.readAll());
        QCOMPARE(csv.count(u'\n'), 13);
        QVERIFY(csv.contains(QStringLiteral("29 days")));
    }

    // An import reserves case numbers in blocks (one change of the counter per case is slow on
    // a server): the cases still get consecutive numbers, and the case typed next the one after.
    void importedCasesAreNumberedWithoutGaps()
    {
        TestDatabase t;
        const Site site = Fixtures::cucutaSite(t);
        QString csv = QStringLiteral("Nombres;Apellidos;Sexo;Fecha de nacimiento;Nacionalidad\n");
        const int households = 40;
        for (int i = 0; i < households; ++i)
            csv += QStringLiteral("Persona;Número %1;F;01/01/1990;Venezolana\n").arg(i);
        auto source = open(t.writeFile(QStringLiteral("casos.csv"), csv));
        const ImportMapping mapping = proposed(*source);
        ImportService service(t.db(), t.clock(), t.legal());
        const ImportPlan plan = service.preview(*source, mapping).value();
        Result<ImportReport> report = service.run(*source, mapping, plan, {}, QString());
        QVERIFY2(report.ok(), qPrintable(report.error().message()));
        QCOMPARE(report->casesCreated, households);
        QStringList numbers;
        for (const ImportReport::Row& row : report->rows)
            numbers.append(row.caseNumber);
        numbers.sort();
        const QString year = QString::number(t.clock().today().year());
        for (int i = 0; i < households; ++i)
            QCOMPARE(numbers[i],
                     QStringLiteral("CUC-%1-%2").arg(year).arg(i + 1, 5, 10, QLatin1Char('0')));
        CaseRecord next = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Luz"), QStringLiteral("Mar")),
            t.clock().today());
        const CaseRecord saved = CaseService(t.db(), t.clock(), t.admin()).save(next).value();
        QCOMPARE(
            saved.caseNumber,
            QStringLiteral("CUC-%1-%2").arg(year).arg(households + 1, 5, 10, QLatin1Char('0')));
    }

    // An imported case is written as a typed one is: a household that agrees to tracing is
    // proposed to the families looking for its members, and a document that will expire gets
    // its deadline.
    void anImportedCaseHasWhatATypedCaseHas()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        TracingRequest sought = Fixtures::tracingRequest(
            site.id, QStringLiteral("Yoselin"), QStringLiteral("Márquez"), t.clock().today());
        sought.sought.sex = Sex::Female;
        TracingService tracing(t.db(), t.clock(), t.session(Role::Volunteer));
        Result<TracingRequest> request = tracing.add(sought);
        QVERIFY2(request, qPrintable(request ? QString() : request.error().message()));
        QCOMPARE(request->status, TracingStatus::Open);

        auto source = open(t.writeFile(
            QStringLiteral("casos.csv"),
            QStringLiteral(
                "Nombres;Apellidos;Sexo;Fecha de nacimiento;Nacionalidad;Documento;"
                "Vencimiento;Grupo familiar;Parentesco;Acepta búsqueda familiar;Observaciones\n"
                "Yoselin;Márquez;F;04/04/1990;Venezolana;V-2001;15/09/2027;H1;Jefa de "
                "hogar;Sí;=HIPERVINCULO(\"x\")\n"
                "Yoselin;\"Márquez;Lara\";F;04/04/1991;Venezolana;V-2002;;H2;Jefa de "
                "hogar;No;\n"
                "Ana;Rojas;F;01/01/2010;Venezolana;;31/12/2027;H3;Jefa de hogar;;\n"
                "Rosa;Díaz;F;01/01/1985;Venezolana;V-2003;2027;H4;Jefa de hogar;quizás;\n")));
        const ImportMapping mapping = proposed(*source);
        QCOMPARE(mapping.fieldOf(QStringLiteral("Vencimiento")), ImportField::DocumentExpiry);
        QCOMPARE(mapping.fieldOf(QStringLiteral("Acepta búsqueda familiar")),
                 ImportField::TracingConsent);
        ImportService service(t.db(), t.clock(), t.legal());
        const ImportPlan plan = service.preview(*source, mapping).value();
        auto reasonsFor = [&](int row) {
            QStringList reasons;
            for (const RowIssue& i : plan.issues) {
                if (i.row == row)
                    reasons.append(i.reason);
            }
            return reasons.join(u' ');
        };
        QVERIFY2(reasonsFor(4).contains(QStringLiteral("not the document's number")),
                 qPrintable(reasonsFor(4)));
        QVERIFY2(reasonsFor(5).contains(QStringLiteral("day, month and year")),
                 qPrintable(reasonsFor(5)));
        QVERIFY2(reasonsFor(5).contains(QStringLiteral("quizás")), qPrintable(reasonsFor(5)));
        QCOMPARE(plan.importableRows(), 2);
        // Imported, but the name with a semicolon is shown to check.
        QCOMPARE(plan.warningCount, 1);
        QCOMPARE(plan.warnings[0].row, 3);
        QCOMPARE(plan.warnings[0].value, QStringLiteral("Márquez;Lara"));
        QVERIFY(plan.warnings[0].reason.contains(QStringLiteral("(;)")));
        Result<ImportReport> report =
            service.run(*source, mapping, plan, {}, QStringLiteral("casos.csv"));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message()));
        QCOMPARE(report->casesCreated, 2);

        const CaseRecord agrees = CaseService(t.db(), t.clock(), t.legal())
                                      .openByNumber(report->rows[0].caseNumber)
                                      .value();
        QVERIFY(agrees.consent);
        QVERIFY(agrees.consent->tracingContact);
        QCOMPARE(agrees.consent->givenOn, t.clock().today());
        QCOMPARE(agrees.consent->recordedBy, t.legal().displayName);
        QCOMPARE(agrees.members[0].person.documents[0].expiry, QDate(2027, 9, 15));
        // The remark is a dated note, kept as written (exports neutralise the "=").
        QCOMPARE(agrees.notes.size(), 1);
        QCOMPARE(agrees.notes[0].text, QStringLiteral("=HIPERVINCULO(\"x\")"));
        QCOMPARE(agrees.notes[0].writtenAt.date(), t.clock().today());
        QCOMPARE(CsvWriter::escape(agrees.notes[0].text),
                 QStringLiteral("\"'=HIPERVINCULO(\"\"x\"\")\""));
        const CaseRecord refuses = CaseService(t.db(), t.clock(), t.legal())
                                       .openByNumber(report->rows[1].caseNumber)
                                       .value();
        QVERIFY(refuses.consent);
        QVERIFY(!refuses.consent->tracingContact);

        // Only the one who agreed is proposed, as for a case typed in the form.
        const QList<MatchProposal> proposals = tracing.proposals(request->id).value();
        QCOMPARE(proposals.size(), 1);
        QCOMPARE(proposals[0].personId, agrees.members[0].person.id);
        QCOMPARE(tracing.find(request->id)->status, TracingStatus::MatchProposed);
        const QList<DeadlineRow> deadlines =
            DeadlineService(t.db(), t.clock(), t.legal()).forCase(agrees.id, false).value();
        QCOMPARE(deadlines.size(), 1);
        QCOMPARE(deadlines[0].deadline.dueOn, QDate(2027, 9, 15));
        QCOMPARE(deadlines[0].deadline.kind, Deadline::Kind::Document);
        QVERIFY(
            DeadlineService(t.db(), t.clock(), t.legal()).forCase(refuses.id, false)->isEmpty());
    }

    void possibleDuplicatesAreShownAndTheChoiceIsObeyed()
    {
        TestDatabase t;
        const Site site = Fixtures::cucutaSite(t);
        Person known = Fixtures::person(QStringLiteral("José Gregorio"),
                                        QStringLiteral("Hernández"), QStringLiteral("Pérez"),
                                        Sex::Male, PartialDate::exact(QDate(1980, 4, 2)));
        Person documented = Fixtures::person(QStringLiteral("Carla"), QStringLiteral("Mendoza"), {},
                                             Sex::Female, PartialDate::exact(QDate(1991, 1, 1)));
        documented.documents = {Fixtures::document(QStringLiteral("V-555"))};
        CaseService cases(t.db(), t.clock(), t.admin());
        const CaseRecord first = cases.save(Fixtures::caseFor(site.id, known)).value();
        const CaseRecord second = cases.save(Fixtures::caseFor(site.id, documented)).value();

        const QString text = QStringLiteral(
            "Nombre completo,Sexo,Fecha de nacimiento,Documento,Nacionalidad\n"
            "Jose Gregorio Hernandes Perez,M,02/04/1980,,VEN\n" // 2: similar name, same birth
            "Karla Mendosa,F,15/06/1995,V 555,VEN\n"            // 3: same document
            "Nueva Persona,F,01/01/2000,,VEN\n"                 // 4
            "Otra Nueva,F,01/01/2001,V-777,VEN\n"               // 5
            "Repetida Nueva,F,01/01/2002,V-777,VEN\n");         // 6: same document as row 5
        auto source = open(t.writeFile(QStringLiteral("dups.csv"), text));
        const ImportMapping mapping = proposed(*source);
        ImportService service(t.db(), t.clock(), t.admin());
        const ImportPlan plan = service.preview(*source, mapping).value();
        QVERIFY2(plan.duplicateCount == 2, qPrintable(plan.duplicates.value(0).reason));
        QCOMPARE(plan.duplicates[0].row, 2);
        QCOMPARE(plan.duplicates[0].caseNumber, first.caseNumber);
        QVERIFY(!plan.duplicates[0].sameDocument);
        QCOMPARE(plan.duplicates[1].row, 3);
        QVERIFY(plan.duplicates[1].sameDocument);
        QCOMPARE(plan.duplicates[1].registeredName, QStringLiteral("Carla Mendoza"));
        QVERIFY(plan.failedRows.value(6).contains(QStringLiteral("Row 5")));

        // Row 2 linked (joins the new case? it is alone: nothing new), row 3 "as new" is not
        // possible with the same document: skipped.
        ImportService::DuplicateChoices choices{{2, ImportMapping::DuplicateChoice::LinkToExisting},
                                                {3, ImportMapping::DuplicateChoice::ImportAsNew}};
        const ImportReport report =
            service.run(*source, mapping, plan, choices, QStringLiteral("dups.csv")).value();
        QCOMPARE(report.rows[0].outcome, ImportReport::Outcome::Linked);
        QCOMPARE(report.rows[0].caseNumber, first.caseNumber);
        QCOMPARE(report.rows[1].outcome, ImportReport::Outcome::Skipped);
        QCOMPARE(report.rows[1].caseNumber, second.caseNumber);
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.notImported, 1);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 4);
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 4);
    }

    void aRegisteredPersonCanJoinTheNewFamilyCase()
    {
        TestDatabase t;
        const Site site = Fixtures::cucutaSite(t);
        Person mother = Fixtures::person(QStringLiteral("Yusmary"), QStringLiteral("Contreras"), {},
                                         Sex::Female, PartialDate::exact(QDate(1985, 3, 3)));
        CaseService(t.db(), t.clock(), t.admin()).save(Fixtures::caseFor(site.id, mother)).value();
        auto source = open(t.writeFile(
            QStringLiteral("family.csv"),
            QStringLiteral("Nombre,Apellidos,Sexo,Fecha de nacimiento,Hogar,Parentesco\n"
                           "Yusmary,Contreras,F,03/03/1985,H1,Jefa de hogar\n"
                           "Samuel,Contreras,M,04/04/2016,H1,Hijo\n")));
        const ImportMapping mapping = proposed(*source);
        ImportService service(t.db(), t.clock(), t.admin());
        const ImportPlan plan = service.preview(*source, mapping).value();
        QCOMPARE(plan.duplicateCount, 1);
        const ImportReport report =
            service
                .run(*source, mapping, plan, {{2, ImportMapping::DuplicateChoice::LinkToExisting}},
                     QStringLiteral("family.csv"))
                .value();
        QCOMPARE(report.linked, 1);
        QCOMPARE(report.imported, 1);
        QCOMPARE(report.casesCreated, 1);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 2); // the mother is not copied
        const CaseRecord c = CaseService(t.db(), t.clock(), t.admin())
                                 .openByNumber(report.rows[1].caseNumber)
                                 .value();
        QCOMPARE(c.members.size(), 2);
        QCOMPARE(c.members[0].person.id, mother.id == 0 ? c.members[0].person.id : mother.id);
        QCOMPARE(c.members[0].person.givenNames, QStringLiteral("Yusmary"));
        QCOMPARE(c.members[1].relationship, Relationship::Child);

        // Skipping the head skips her household.
        TestDatabase t2;
        const Site site2 = Fixtures::cucutaSite(t2);
        CaseService(t2.db(), t2.clock(), t2.admin())
            .save(Fixtures::caseFor(site2.id, mother))
            .value();
        ImportService service2(t2.db(), t2.clock(), t2.admin());
        const ImportPlan plan2 = service2.preview(*source, mapping).value();
        const ImportReport skipped =
            service2.run(*source, mapping, plan2, {}, QStringLiteral("family.csv")).value();
        QCOMPARE(skipped.skipped, 2);
        QVERIFY(skipped.rows[1].note.contains(QStringLiteral("row 2")));
        QCOMPARE(t2.rowCount(QStringLiteral("persons")), 1);
    }

    void aCancelledImportLeavesTheDatabaseByteForByte()
    {
        TestDatabase t;
        Fixtures::cucutaSite(t);
        const UserSession legal = t.legal();
        QString text = QStringLiteral("Nombre completo,Sexo,Edad\n");
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral("Persona Número%1 Prueba,F,%2\n").arg(i).arg(i % 80);
        const QString path = t.writeFile(QStringLiteral("big.csv"), text);
        // Whatever opening writes has been written; then a file's bytes are taken.
        const bool file = !t.db().isServer();
        QByteArray before;
        if (file) {
            t.close();
            QVERIFY(t.reopen());
            t.close();
            before = fileHash(t.path());
            QVERIFY(!before.isEmpty());
            QVERIFY(t.reopen());
        }

        auto source = open(path);
        const ImportMapping mapping = proposed(*source);
        ImportService service(t.db(), t.clock(), legal);
        const ImportPlan plan = service.preview(*source, mapping).value();
        QCOMPARE(plan.importableRows(), 3000);
        int calls = 0;
        Result<ImportReport> cancelled =
            service.run(*source, mapping, plan, {}, path, [&calls](int perMille) {
                // Half-way: persons are already written inside the transaction.
                return ++calls < 6 || perMille < 500;
            });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code(), Error::Code::Cancelled);
        QVERIFY(calls >= 6);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("person_search")), 0);
        if (file) {
            t.close();
            QCOMPARE(fileHash(t.path()), before);
            QVERIFY(t.reopen());
        }

        // The file changed after its check: refused whole.
        t.writeFile(
            QStringLiteral("big.csv"),
            text.replace(QStringLiteral("Persona Número2999 Prueba"), QStringLiteral("=1")));
        auto changed = open(path);
        Result<ImportReport> refused =
            ImportService(t.db(), t.clock(), legal).run(*changed, mapping, plan, {}, path);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message().contains(QStringLiteral("changed")));
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
    }

    void aFullDiskStopsTheImportWholeWithASentence()
    {
        SKIP_ON_SERVER("a full disk is simulated with SQLite's page limit");
        TestDatabase t;
        Fixtures::cucutaSite(t);
        QString text = QStringLiteral("Nombre completo,Sexo,Edad\n");
        for (int i = 0; i < 2000; ++i)
            text += QStringLiteral("Persona Número%1 Prueba,F,%2\n").arg(i).arg(i % 80);
        auto source = open(t.writeFile(QStringLiteral("full.csv"), text));
        const ImportMapping mapping = proposed(*source);
        ImportService service(t.db(), t.clock(), t.legal());
        const ImportPlan plan = service.preview(*source, mapping).value();
        Result<QSqlQuery> pages = t.db().exec(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages && pages.value().next());
        const int used = pages.value().value(0).toInt();
        pages.value().finish();
        QVERIFY(t.db().run(QStringLiteral("PRAGMA max_page_count = %1").arg(used + 1)));
        Result<ImportReport> report =
            service.run(*source, mapping, plan, {}, QStringLiteral("full.csv"));
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message().contains(QStringLiteral("disk is full")),
                 qPrintable(report.error().message()));
        QVERIFY(report.error().message().contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 0);
        QVERIFY(t.db().integrityProblems().value().isEmpty());
    }

    // The connection to the server is cut half-way through an import: nothing of it stays,
    // the sentence says why, and the same file imports once the server is back.
    void aLostServerConnectionStopsTheImportWhole()
    {
        if (!TestDatabase::onServer())
            QSKIP("about the connection to a server");
        TestDatabase t;
        Fixtures::cucutaSite(t);
        QString text = QStringLiteral("Nombre completo,Sexo,Edad\n");
        for (int i = 0; i < 500; ++i)
            text += QStringLiteral("Persona Número%1 Prueba,F,%2\n").arg(i).arg(i % 80);
        const QString path = t.writeFile(QStringLiteral("cut.csv"), text);
        auto source = open(path);
        const ImportMapping mapping = proposed(*source);
        ImportService service(t.db(), t.clock(), t.legal());
        const ImportPlan plan = service.preview(*source, mapping).value();
        QVERIFY(t.cutConnectionWhenInserting(
            QStringLiteral("persons"),
            QStringLiteral("NEW.given_names = 'Persona' AND NEW.family_name1 = 'Número300'")));
        Result<ImportReport> cut = service.run(*source, mapping, plan, {}, path);
        QVERIFY(!cut.ok());
        QVERIFY2(
            cut.error().message().contains(QStringLiteral("connection to the server was lost")),
            qPrintable(cut.error().message()));
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 0);
        QVERIFY(t.stopCuttingConnection(QStringLiteral("persons")));
        auto again = open(path);
        Result<ImportReport> imported = service.run(*again, mapping, plan, {}, path);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message()));
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 500);
    }

    void onlyThoseWhoCreateCasesMayImport()
    {
        TestDatabase t;
        Fixtures::cucutaSite(t);
        auto source =
            open(t.writeFile(QStringLiteral("p.csv"), QStringLiteral("Nombre\nAna Pérez\n")));
        const ImportMapping mapping = proposed(*source);
        for (Role role : {Role::Volunteer, Role::Coordinator}) {
            Result<ImportPlan> refused =
                ImportService(t.db(), t.clock(), t.session(role)).preview(*source, mapping);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code(), Error::Code::NotPermitted);
        }
        ImportService admin(t.db(), t.clock(), t.admin());
        const ImportPlan plan = admin.preview(*source, mapping).value();
        Result<ImportReport> refused =
            ImportService(t.db(), t.clock(), t.session(Role::Volunteer))
                .run(*source, mapping, plan, {}, QStringLiteral("p.csv"));
        QVERIFY(!refused.ok());
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
    }

    void aWorkbookInPortugueseWithAges()
    {
        TestDatabase t;
        Result<Site> boa = SiteService(t.db(), t.clock(), t.admin())
                               .create(Site{0, QStringLiteral("BVB"), QStringLiteral("Boa Vista"),
                                            QStringLiteral("BRA"), QStringLiteral("BR-RR")});
        QVERIFY(boa.ok());
        XlsxFixture::Parts parts;
        parts.sheetData = XlsxFixture::rows(
            {{QStringLiteral("Nome completo"), QStringLiteral("Sexo"), QStringLiteral("Idade"),
              QStringLiteral("Nacionalidade"), QStringLiteral("Unidade"), QStringLiteral("Estado")},
             {QStringLiteral("João da Silva Santos"), QStringLiteral("Masculino"),
              QStringLiteral("34 anos"), QStringLiteral("Venezuelano"), QStringLiteral("Boa Vista"),
              QStringLiteral("Roraima")}});
        const QString path = m_files.filePath(QStringLiteral("casos.xlsx"));
        QVERIFY(XlsxFixture::write(path, parts));
        auto source = open(path);
        ImportMapping mapping = MappingProposer::propose(source->header(), {});
        QCOMPARE(mapping.fieldOf(QStringLiteral("Unidade")), ImportField::Site);
        QCOMPARE(mapping.fieldOf(QStringLiteral("Estado")), ImportField::Admin1);
        ImportService service(t.db(), t.clock(), t.admin());
        const ImportPlan plan = service.preview(*source, mapping).value();
        QVERIFY2(plan.mappingProblems.isEmpty(), qPrintable(plan.mappingProblems.join(u' ')));
        QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.value(0).reason));
        const ImportReport report = service.run(*source, mapping, plan, {}, path).value();
        QCOMPARE(report.imported, 1);
        const CaseRecord c = CaseService(t.db(), t.clock(), t.admin())
                                 .openByNumber(report.rows[0].caseNumber)
                                 .value();
        const Person& p = c.members[0].person;
        QCOMPARE(p.familyName1, QStringLiteral("da Silva"));
        QCOMPARE(p.sex, Sex::Male);
        QCOMPARE(p.birthDate.precision(), PartialDate::Precision::Estimated);
        QCOMPARE(p.location.country, QStringLiteral("BRA"));
        QCOMPARE(p.location.admin1, QStringLiteral("BR-RR"));
        QVERIFY(report.rows[0].caseNumber.startsWith(QStringLiteral("BVB-")));
    }

    void aWorkbookDamagedHalfWayIsRefusedWhole()
    {
        TestDatabase t;
        Fixtures::cucutaSite(t);
        XlsxFixture::Parts parts;
        QList<QStringList> rows{{QStringLiteral("Nombre completo"), QStringLiteral("Sexo")}};
        for (int i = 0; i < 600; ++i)
            rows.append({QStringLiteral("Persona Número%1 Prueba").arg(i), QStringLiteral("F")});
        // Rows read on the second thread come first; then the damage is reported, once.
        parts.sheetData = XlsxFixture::rows(rows) + QStringLiteral("<row r=\"999\"><c>");
        const QString path = m_files.filePath(QStringLiteral("damaged.xlsx"));
        QVERIFY(XlsxFixture::write(path, parts));
        auto source = open(path);
        const ImportMapping mapping = proposed(*source);
        Result<ImportPlan> plan =
            ImportService(t.db(), t.clock(), t.admin()).preview(*source, mapping);
        QVERIFY(!plan.ok());
        QVERIFY2(plan.error().message().contains(QStringLiteral("damaged")) ||
                     plan.error().message().contains(QStringLiteral("cut short")),
                 qPrintable(plan.error().message()));
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 0);
    }

    void theMeaningOfAValueCanBeCorrected()
    {
        TestDatabase t;
        Fixtures::cucutaSite(t);
        auto source = open(t.writeFile(QStringLiteral("codes.csv"),
                                       QStringLiteral("Nombre,Sexo\nAna Pérez,1\nLuis Pérez,2\n")));
        ImportMapping mapping = proposed(*source);
        ImportService service(t.db(), t.clock(), t.admin());
        QCOMPARE(service.preview(*source, mapping).value().issueCount, 2);
        mapping.setValue(ImportField::Sex, QStringLiteral("1"), QStringLiteral("F"));
        mapping.setValue(ImportField::Sex, QStringLiteral("2"), QStringLiteral("M"));
        const ImportPlan plan = service.preview(*source, mapping).value();
        QCOMPARE(plan.issueCount, 0);
        mapping.setValue(ImportField::Sex, QStringLiteral("3"), QStringLiteral("robot"));
        const QStringList problems = service.preview(*source, mapping).value().mappingProblems;
        QVERIFY2(problems.size() == 1, qPrintable(problems.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
