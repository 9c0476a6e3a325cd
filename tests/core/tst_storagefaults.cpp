#include "core/services/CaseService.h"
#include "tests/support/FaultInjectingVfs.h"
#include "tests/support/Fixtures.h"
#include "tests/support/TestDatabase.h"

#include <QTest>

// The disk under the database goes away while Amparo runs (a USB stick pulled out): every
// save and look-up fails with a sentence, nothing crashes, and what was saved before is
// there when the disk comes back.
class TestStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SKIP_ON_SERVER("faults are injected into SQLite's file layer");
        QVERIFY(FaultInjectingVfs::install());
    }
    void cleanup() { FaultInjectingVfs::setFault(FaultInjectingVfs::Fault::None); }

    void aRemovedUsbStickIsASentenceAndLosesNothingSaved()
    {
        TestDatabase t;
        QVERIFY(t);
        const Site site = Fixtures::cucutaSite(t);
        CaseService cases(t.db(), t.clock(), t.legal());
        Result<CaseRecord> before = cases.save(Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Carmen"), QStringLiteral("Rojas"))));
        QVERIFY(before);

        FaultInjectingVfs::setFault(FaultInjectingVfs::Fault::Removed);
        const CaseRecord typed = Fixtures::caseFor(
            site.id, Fixtures::person(QStringLiteral("Luisa"), QStringLiteral("Mendoza")));
        Result<CaseRecord> during = cases.save(typed);
        QVERIFY(!during);
        QCOMPARE(during.error().code(), Error::Code::Storage);
        QVERIFY2(during.error().message().contains(QStringLiteral("USB")),
                 qPrintable(during.error().message()));
        // Reading fails the same way, with the same sentence, and no crash.
        Result<CaseRecord> read = cases.load(before->id);
        QVERIFY(!read);
        QVERIFY2(read.error().message().contains(QStringLiteral("USB")),
                 qPrintable(read.error().message()));

        // The stick is back: Amparo opens the file again, sound, with what was saved.
        FaultInjectingVfs::setFault(FaultInjectingVfs::Fault::None);
        t.close();
        QVERIFY2(t.reopen(), qPrintable(t.error()));
        QVERIFY(t.db().integrityProblems().value().isEmpty());
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 1);
        QCOMPARE(t.rowCount(QStringLiteral("persons")), 1);
        // And the save that failed succeeds now, from the same typed record.
        QVERIFY(CaseService(t.db(), t.clock(), t.legal()).save(typed));
        QCOMPARE(t.rowCount(QStringLiteral("cases")), 2);
    }

    void openingFromARemovedStickIsASentence()
    {
        TestDatabase t;
        QVERIFY(t);
        t.close();
        FaultInjectingVfs::setFault(FaultInjectingVfs::Fault::Removed);
        QVERIFY(!t.reopen());
        QVERIFY2(t.error().contains(QStringLiteral("USB")), qPrintable(t.error()));
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
