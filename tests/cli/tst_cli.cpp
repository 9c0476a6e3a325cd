#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real amparo-cli executable, as a script would.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };

    Run cli(const QStringList& args, bool withDatabase = true)
    {
        QProcess p;
        p.start(QStringLiteral(AMPARO_CLI_PATH),
                withDatabase ? QStringList{QStringLiteral("--database"), m_db} + args : args);
        if (!p.waitForFinished(30000))
            return {-1, {}, QStringLiteral("timeout")};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
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

    void initAddListShowCheck()
    {
        Run init =
            cli({QStringLiteral("init"), QStringLiteral("--site-code"), QStringLiteral("cuc"),
                 QStringLiteral("--site-name"), QStringLiteral("Cúcuta"),
                 QStringLiteral("--site-country"), QStringLiteral("Colombia"),
                 QStringLiteral("--site-admin1"), QStringLiteral("CO-NSA")});
        QCOMPARE(init.exitCode, 0);
        QVERIFY(init.out.contains(QStringLiteral("Database ready")));

        Run add = cli({QStringLiteral("add-case"), QStringLiteral("--given"),
                       QStringLiteral("José Gregorio"), QStringLiteral("--family1"),
                       QStringLiteral("Pérez"), QStringLiteral("--sex"), QStringLiteral("M"),
                       QStringLiteral("--born"), QStringLiteral("~45"),
                       QStringLiteral("--nationality"), QStringLiteral("VEN"),
                       QStringLiteral("--document"), QStringLiteral("national_id:VEN:V-18.456.789"),
                       QStringLiteral("--note"), QStringLiteral("Primera atención"),
                       QStringLiteral("--consent"), QStringLiteral("registration,tracing"),
                       QStringLiteral("--caseworker"), QStringLiteral("Ana")});
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
