#pragma once

#include <QString>
#include <QStringList>

// Splits a SQL script into statements: on semicolons outside quotes, comments, SQLite
// trigger bodies and PostgreSQL dollar-quoted bodies ($$ … $$). QSqlQuery runs one statement
// at a time.
class SqlScript
{
public:
    static QStringList split(const QString& script);
};
