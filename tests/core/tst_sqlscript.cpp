#include "core/storage/SqlScript.h"

#include <QTest>

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splits_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two statements")
            << QStringLiteral("CREATE TABLE a (x);\nCREATE TABLE b (y);")
            << QStringList{QStringLiteral("CREATE TABLE a (x)"),
                           QStringLiteral("CREATE TABLE b (y)")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO a VALUES ('x;y');")
            << QStringList{QStringLiteral("INSERT INTO a VALUES ('x;y')")};
        QTest::newRow("comments dropped")
            << QStringLiteral("-- a comment; with semicolon\nSELECT 1; /* block; */ SELECT 2;")
            << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
        QTest::newRow("trigger body kept whole")
            << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET y = 1; "
                              "DELETE FROM c; END;\nSELECT 3;")
            << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET "
                                          "y = 1; DELETE FROM c; END"),
                           QStringLiteral("SELECT 3")};
        QTest::newRow("PostgreSQL function body kept whole")
            << QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                              "BEGIN RAISE EXCEPTION 'no; never'; END;\n$$;\n"
                              "CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; $body$;")
            << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql "
                                          "AS $$\nBEGIN RAISE EXCEPTION 'no; never'; END;\n$$"),
                           QStringLiteral("CREATE FUNCTION g() RETURNS int AS $body$ SELECT 1; "
                                          "$body$")};
        QTest::newRow("a parameter is not a quote")
            << QStringLiteral("SELECT $1, $2; SELECT 5;")
            << QStringList{QStringLiteral("SELECT $1, $2"), QStringLiteral("SELECT 5")};
        QTest::newRow("no final semicolon")
            << QStringLiteral("SELECT 4") << QStringList{QStringLiteral("SELECT 4")};
        QTest::newRow("empty") << QStringLiteral(" ;; \n") << QStringList{};
    }

    void splits()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(SqlScript::split(script), statements);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
